"""The Today page on a copy of the demo, as on the day of the worked example's meeting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.demo.example_keys import DELEGATION, MEETING
from diplotrack.domain import Delegation, Event
from diplotrack.services.changes import RecordRef
from diplotrack.services.followups import FollowUpInput, create_followup
from diplotrack.ui.context import AppContext
from diplotrack.ui.operations import perform
from diplotrack.ui.views.today import TodayModel, TodayView, last_day_of_week

pytestmark = pytest.mark.gui

MEETING_DAY = date(2024, 4, 10)
MEETING_EN = "Working meeting of the Mayor with the Head of the Office of the Embassy"


@pytest.fixture
def on_meeting_day(context: AppContext, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    monkeypatch.setattr(context, "today", lambda: MEETING_DAY)
    return context


def _view(qtbot: QtBot, context: AppContext) -> TodayView:
    view = TodayView(context)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _texts(view: TodayView, role: str) -> list[str]:
    model = view.model
    return [model.line(row).text for row in range(model.rowCount()) if model.line(row).role == role]


def _id(context: AppContext, model: type[Event] | type[Delegation], title: str) -> int:
    with context.db.session() as session:
        found = session.scalar(select(model.id).where(model.title == title))
    assert found is not None
    return int(found)


def test_the_meeting_day(
    qtbot: QtBot, qtmodeltester: ModelTester, on_meeting_day: AppContext
) -> None:
    view = _view(qtbot, on_meeting_day)
    qtmodeltester.check(view.model, force_py=True)
    assert view.title.text() == "Today: Wednesday, 10 April 2024"
    assert _texts(view, "heading") == [
        "Today (1)",
        "Later this week (0)",
        "Next week, until 16 April (0)",  # Wednesday's seven days end on Tuesday
        "Visits arriving within 14 days (1)",
        "Agreements expiring within 90 days (0)",
        "Overdue follow-ups (0)",
    ]
    meeting = _id(on_meeting_day, Event, MEETING)
    delegation = _id(on_meeting_day, Delegation, DELEGATION)
    assert view.records() == [RecordRef("event", meeting), RecordRef("delegation", delegation)]
    records = _texts(view, "record")
    # an English page names a Russian record by its English title, where one is known
    assert records[0].startswith("11:00–12:00") and MEETING_EN in records[0]
    assert MEETING not in records[0]
    # and its place by the place's English name
    assert "KG" in records[0] and "Krasnoyarsk" in records[0] and "Красноярск" not in records[0]
    assert records[1].startswith("20 April 2024 – 23 April 2024") and DELEGATION in records[1]
    # every empty section says so in words
    assert "Nothing is overdue." in _texts(view, "empty")
    # headings and 'nothing' lines cannot be selected
    heading = view.model.index(0)
    assert not view.model.flags(heading) & Qt.ItemFlag.ItemIsSelectable


def test_clicking_selects_and_enter_opens(qtbot: QtBot, on_meeting_day: AppContext) -> None:
    view = _view(qtbot, on_meeting_day)
    opened: list[object] = []
    on_meeting_day.open_requested.connect(opened.append)
    meeting, delegation = view.records()
    rect = view.list.visualRect(view.model.index(view.model.row_of(meeting)))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert on_meeting_day.selection == meeting
    qtbot.keyClick(view.list, Qt.Key.Key_Down)  # over the headings to the next record
    assert on_meeting_day.selection == delegation
    qtbot.keyClick(view.list, Qt.Key.Key_Return)
    assert opened == [delegation]
    # a selection made elsewhere is shown here too
    on_meeting_day.select(meeting)
    assert view.list.currentIndex().row() == view.model.row_of(meeting)


def test_an_overdue_follow_up_appears_after_the_change(
    qtbot: QtBot, on_meeting_day: AppContext
) -> None:
    view = _view(qtbot, on_meeting_day)
    perform(
        on_meeting_day,
        lambda: create_followup(
            on_meeting_day.db,
            FollowUpInput(title="Send the invitation to Bishkek", due_on=date(2024, 4, 1)),
        ),
    )
    assert "Overdue follow-ups (1)" in _texts(view, "heading")
    line = next(text for text in _texts(view, "record") if "Bishkek" in text)
    assert line.startswith("due 1 April 2024")
    row = next(n for n in range(view.model.rowCount()) if "Bishkek" in view.model.line(n).text)
    assert view.model.data(view.model.index(row), TodayModel.RefRole).kind == "followup"


def test_russian(qtbot: QtBot, context_ru: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context_ru, "today", lambda: MEETING_DAY)
    view = _view(qtbot, context_ru)
    assert view.title.text() == "Сегодня: среда, 10 апреля 2024"
    headings = _texts(view, "heading")
    assert headings[0] == "Сегодня (1)"
    assert headings[2] == "На следующей неделе, по 16 апреля (0)"
    assert headings[3] == "Визиты в ближайшие 14 дней (1)"
    assert _texts(view, "record")[1].startswith("20 апреля 2024 – 23 апреля 2024")
    assert MEETING in _texts(view, "record")[0] and "Красноярск" in _texts(view, "record")[0]


def _sections(view: TodayView) -> dict[str, list[RecordRef]]:
    """Each heading's records, by the heading's text without its count."""
    found: dict[str, list[RecordRef]] = {}
    current: list[RecordRef] = []
    for row in range(view.model.rowCount()):
        line = view.model.line(row)
        if line.role == "heading":
            current = found.setdefault(line.text.rsplit(" (", 1)[0], [])
        elif line.ref is not None:
            current.append(line.ref)
    return found


def _first_day(context: AppContext, ref: RecordRef) -> date:
    model = Event if ref.kind == "event" else Delegation
    with context.db.session() as session:
        record = session.get_one(model, ref.id)
        if isinstance(record, Delegation):
            assert record.arrives_on is not None
            return record.arrives_on
        return record.starts_at.astimezone(context.zone).date()


def test_this_week_ends_on_sunday_and_the_rest_is_next_week(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    thursday = date(2026, 11, 26)  # the demo's day: its week ends on Sunday 29 November
    assert (
        last_day_of_week(thursday, "en") == last_day_of_week(thursday, "ru") == date(2026, 11, 29)
    )
    assert last_day_of_week(date(2026, 11, 29), "ru") == date(2026, 11, 29)
    assert last_day_of_week(date(2026, 11, 30), "ru") == date(2026, 12, 6)
    monkeypatch.setattr(context, "today", lambda: thursday)
    view = _view(qtbot, context)
    sections = _sections(view)
    this_week, next_week = sections["Later this week"], sections["Next week, until 2 December"]
    assert this_week and next_week
    assert all(
        date(2026, 11, 27) <= _first_day(context, r) <= date(2026, 11, 29) for r in this_week
    )
    assert all(date(2026, 11, 30) <= _first_day(context, r) <= date(2026, 12, 2) for r in next_week)


def test_the_language_switch_re_renders_dates(qtbot: QtBot, on_meeting_day: AppContext) -> None:
    from diplotrack.ui.i18n import install_language

    view = _view(qtbot, on_meeting_day)
    try:
        install_language("ru")
        on_meeting_day.set_language("ru")
        assert view.title.text() == "Сегодня: среда, 10 апреля 2024"
    finally:
        install_language("en")
    on_meeting_day.set_language("en")
    assert view.title.text() == "Today: Wednesday, 10 April 2024"
