"""The dossier's side column: a person's posts over time, what is over but was never marked as
held apart from what is planned, and a column with nothing to list saying so, in both
languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diplotrack.domain import Organization, Person, Position
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.views.dossier import DossierView
from diplotrack.ui.views.record_text import plain_text

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> DossierView:
    widget = DossierView(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def shown(qtbot: QtBot, view: DossierView, subject: str, key: str | int) -> str:
    view.show(subject, key)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not view.is_loading and view.shown is not None)
    return plain_text(view.summary)


def part(summary: str, heading: str) -> str:
    """The lines under a heading of the side column, up to the next heading."""
    after = summary.split(heading + "\n", 1)[1]
    return after.split("\n\n", 1)[0] if "\n\n" in after else after


def test_a_persons_posts_over_time(
    qtbot: QtBot,
    view: DossierView,
    context: AppContext,
    example_ids: dict[str, int],
    screenshots: Path,
) -> None:
    with context.db.sessions.begin() as session:
        kabaev = session.get_one(Person, example_ids["kabaev"])
        kabaev.positions.append(
            Position(title="Советник", started_on=date(2020, 1, 9), ended_on=date(2023, 10, 31))
        )
    summary = shown(qtbot, view, "person", example_ids["kabaev"])
    posts = summary.split("POSITIONS\n", 1)[1]
    assert posts.startswith("Head of the Office of the Embassy of the Kyrgyz Republic")
    assert "since November 2023 · current" in posts
    assert posts.split("since November 2023 · current\n", 1)[1].startswith(
        "Советник\nJanuary 2020 – October 2023"
    )
    install_language("ru")
    context.set_language("ru")
    summary = plain_text(view.summary)
    posts = summary.split("ДОЛЖНОСТИ\n", 1)[1]
    assert posts.startswith("руководитель канцелярии посольства Киргизской Республики")
    assert "с ноября 2023 · текущая" in posts
    assert "январь 2020 – октябрь 2023" in posts
    view.grab().save(str(screenshots / "dossier-person-ru.png"))


def test_what_is_over_is_not_planned(qtbot: QtBot, view: DossierView, context: AppContext) -> None:
    summary = shown(qtbot, view, "country", "KG")
    planned = summary.split("\nPLANNED\n", 1)[1]
    unconfirmed = summary.split("NOT MARKED AS HELD\n", 1)[1].split("\nPLANNED\n", 1)[0]
    d = view.shown
    assert d is not None and d.unconfirmed
    today = context.today()
    for entry in d.unconfirmed:
        assert entry.status in ("planned", "confirmed") and entry.starts and entry.starts < today
        assert entry.title in unconfirmed or (entry.title_alt or "") in unconfirmed
    for entry in d.planned:  # a planned line may still be under way, never over
        assert entry.ends is None or entry.ends >= today
    assert "XI Russian–Kyrgyz Interregional Conference" not in planned


def test_a_side_column_with_nothing_to_list_says_so(
    qtbot: QtBot, view: DossierView, context: AppContext
) -> None:
    with context.db.sessions.begin() as session:
        lone = Organization(name="Общество дружбы", country_code="KG")
        session.add(lone)
        session.flush()
        lone_id = lone.id
    summary = shown(qtbot, view, "organization", lone_id)
    assert summary.strip() == (
        "No agreements in force, plans, overdue follow-ups or people here yet."
    )
    install_language("ru")
    context.set_language("ru")
    assert "Пока нет" in plain_text(view.summary)
