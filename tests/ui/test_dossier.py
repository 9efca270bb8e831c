"""The dossier view on the demo database: the Kyrgyzstan dossier as the worked example has it,
the timeline driven by mouse and keyboard, back/forward, "Show more", Russian and English."""

from __future__ import annotations

import pytest
from dossierkit import FIXTURES, click_link
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import CONFERENCE, DELEGATION, MEETING
from diplotrack.domain import Event
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.models.dossier_timeline import Column, TimelineModel
from diplotrack.ui.views import dossier as dossier_module
from diplotrack.ui.views.dossier import DossierView
from diplotrack.ui.views.record_text import plain_text

pytestmark = pytest.mark.gui
demo_file, demo_db, demo_context, ids = FIXTURES


@pytest.fixture
def view(qtbot: QtBot, demo_context: AppContext) -> DossierView:
    widget = DossierView(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def lines(model: TimelineModel) -> list[tuple[str, str, str]]:
    """Every timeline line as (date, status, title), under its year."""
    found = []
    for year in range(model.rowCount()):
        parent = model.index(year, 0)
        for row in range(model.rowCount(parent)):
            found.append(
                tuple(str(model.index(row, column, parent).data()) for column in Column)[:3]
            )
    return found  # type: ignore[return-value]


def index_of_title(model: TimelineModel, title: str) -> QModelIndex:
    for year in range(model.rowCount()):
        parent = model.index(year, 0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, Column.TITLE, parent)
            if index.data() == title:
                return index
    raise AssertionError(f"{title!r} is not in the timeline")


def test_kyrgyzstan_dossier(view: DossierView, ids: dict[str, int]) -> None:
    view.show("country", "KG")
    assert view.title.text() == "Kyrgyzstan"
    assert "Киргизия" in view.subtitle.text() and "KG" in view.subtitle.text()
    summary = plain_text(view.summary)
    partners = summary.split("PARTNER CITIES\n", 1)[1]
    assert partners.startswith("Jalal-Abad\n")  # with its memorandum, in force
    assert (
        "Меморандум о побратимских отношениях между городами Красноярск и Джалал-Абад"
        in (partners.split("\n\n")[0])
    )
    assert "Sister-city agreement · In force" in partners
    people = summary.split("PEOPLE\n", 1)[1]
    assert "Azamat Kabaev\nHead of the Office of the Embassy of the Kyrgyz Republic" in people
    assert "since November 2023" in people
    assert "Agreements in force: " in view.counts.text()
    timeline = lines(view.model)
    assert (
        "10 April",
        "Held",
        "Working meeting of the Mayor with the Head of the Office of the "
        "Embassy of the Kyrgyz Republic",
    ) in timeline
    assert ("20–23 April", "Held", DELEGATION) in timeline
    assert ("during the year", "Planned", "XI Russian–Kyrgyz Interregional Conference") in timeline
    assert ("5–7 April", "Held", "National Robotics Championship “Krasnoyarsk 5.0”") in timeline
    years = [view.model.index(row, 0).data() for row in range(view.model.rowCount())]
    assert years == sorted(years, reverse=True)  # newest first
    assert "XI Russian–Kyrgyz Interregional Conference" in summary.split("PLANNED\n", 1)[1]


def test_timeline_model_is_sound(qtmodeltester: ModelTester, view: DossierView) -> None:
    view.show("country", "KG")
    qtmodeltester.check(view.model)
    view.model.set_entries(())
    qtmodeltester.check(view.model)


def test_clicking_a_line_selects_and_enter_opens(
    qtbot: QtBot, view: DossierView, demo_context: AppContext, ids: dict[str, int]
) -> None:
    view.show("country", "KG")
    index = index_of_title(view.model, DELEGATION)
    view.timeline.scrollTo(index)
    rect = view.timeline.visualRect(index)
    with qtbot.waitSignal(demo_context.selection_changed) as selected:
        qtbot.mouseClick(view.timeline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert selected.args == [RecordRef("delegation", ids["delegation"])]
    with qtbot.waitSignal(demo_context.selection_changed) as moved:
        qtbot.keyClick(view.timeline, Qt.Key.Key_Down)
    assert moved.args[0].kind in ("event", "delegation")
    with qtbot.waitSignal(demo_context.open_requested) as opened:
        qtbot.keyClick(view.timeline, Qt.Key.Key_Return)
    assert opened.args == [demo_context.selection]


def test_links_in_the_summary_select(
    qtbot: QtBot, view: DossierView, demo_context: AppContext, ids: dict[str, int]
) -> None:
    view.show("country", "KG")
    with qtbot.waitSignal(demo_context.selection_changed) as selected:
        click_link(qtbot, view.summary, "Azamat Kabaev")
    assert selected.args == [RecordRef("person", ids["kabaev"])]


def test_back_and_forward(qtbot: QtBot, view: DossierView, ids: dict[str, int]) -> None:
    view.show("country", "KG")
    view.show("place", ids["jalal"])
    assert view.title.text() == "Jalal-Abad"
    assert not view.forward_button.isEnabled()
    view.timeline.setFocus()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.title.text() == "Kyrgyzstan"
    assert not view.back_button.isEnabled()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.title.text() == "Jalal-Abad"
    view.show("person", ids["kabaev"])
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.title.text() == "Jalal-Abad"
    view.show("organization", 999_999)
    assert "no longer in the database" in view.hint.text()


def test_show_more(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, view: DossierView) -> None:
    monkeypatch.setattr(dossier_module, "PAGE", 3)
    view.show("country", "KG")
    assert len(lines(view.model)) == 3
    assert view.shown is not None and view.shown.timeline_total > 6
    assert view.more_button.isVisible()
    qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert len(lines(view.model)) == 6


def test_follows_changes(
    view: DossierView, demo_context: AppContext, demo_db: Database, ids: dict[str, int]
) -> None:
    view.show("country", "KG")
    with demo_db.sessions.begin() as session:
        event = session.get_one(Event, ids["meeting"])
        event.title = "<b>bold</b> meeting"
        event.title_alt = None
    demo_context.announce(Changes(updated=frozenset({RecordRef("event", ids["meeting"])})))
    assert ("10 April", "Held", "<b>bold</b> meeting") in lines(view.model)
    assert MEETING not in [title for _, _, title in lines(view.model)]


def test_russian(qtbot: QtBot, view: DossierView, demo_context: AppContext) -> None:
    install_language("ru")
    demo_context.set_language("ru")
    view.show("country", "KG")
    assert view.title.text() == "Киргизия"
    timeline = lines(view.model)
    assert ("10 апреля", "Проведено", MEETING) in timeline or any(
        date == "10 апреля" and title == MEETING for date, _, title in timeline
    )
    assert any(title == CONFERENCE and date == "в течение года" for date, _, title in timeline)
    summary = plain_text(view.summary)
    assert "с ноября 2023" in summary
    assert "ГОРОДА-ПАРТНЁРЫ\nДжалал-Абад" in summary
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Дата"
    view.grab().save("/tmp/dossier-kg-ru.png")
    install_language("en")
    demo_context.set_language("en")
    assert view.title.text() == "Kyrgyzstan"
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    view.grab().save("/tmp/dossier-kg-en.png")
