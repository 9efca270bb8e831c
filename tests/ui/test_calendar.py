"""The calendar driven as a person would, on a real SQLite copy of the demo database."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.demo.worked_example import CHAMPIONSHIP, DELEGATION, MEETING
from diplotrack.domain import Event
from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import EventInput, create_event
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.views.calendar.layout import Mode
from diplotrack.ui.views.calendar.view import CalendarView

pytestmark = pytest.mark.gui

KRASNOYARSK = ZoneInfo("Asia/Krasnoyarsk")
MEETING_DAY = date(2024, 4, 10)


@pytest.fixture
def calendar(qtbot: QtBot, anchor_demo: Database) -> CalendarView:
    context = AppContext(anchor_demo, language="en", zone=KRASNOYARSK)
    view = CalendarView(context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.go_to(MEETING_DAY)
    view.month.setFocus()
    return view


def _titles(view: CalendarView) -> set[str]:
    return {item.title for _, item in view.month.regions}


def _chip(view: CalendarView, title: str) -> QPoint:
    for rect, item in view.month.regions:
        if item.title == title:
            return rect.center().toPoint()
    raise AssertionError(f"no chip {title!r}")


def _meeting_id(db: Database) -> int:
    with db.session() as session:
        return session.scalars(select(Event.id).where(Event.title == MEETING)).one()


def _meeting_start(db: Database) -> datetime:
    with db.session() as session:
        return session.scalars(select(Event.starts_at).where(Event.title == MEETING)).one()


def test_april_shows_the_meeting_the_championship_and_the_delegation(
    calendar: CalendarView,
) -> None:
    assert calendar.title.text() == "April 2024"
    assert {MEETING, CHAMPIONSHIP, DELEGATION} <= _titles(calendar)
    bars = {bar.item.title: bar for row in calendar.month.rows for bar in row.bars}
    days = [row.days for row in calendar.month.rows]
    championship = next(
        (row, bar)
        for row in calendar.month.rows
        for bar in row.bars
        if bar.item.title == CHAMPIONSHIP
    )
    row, bar = championship
    assert (row.days[bar.first], row.days[bar.last]) == (date(2024, 4, 5), date(2024, 4, 7))
    meeting_row = next(row for row in calendar.month.rows if MEETING_DAY in row.days)
    assert meeting_row.days[bars[MEETING].first] == MEETING_DAY
    assert days[0][0] == date(2024, 4, 1)  # April 2024 begins on a Monday, the first weekday
    delegation = [
        bar for row in calendar.month.rows for bar in row.bars if bar.item.title == DELEGATION
    ]
    covered = {
        row.days[col]
        for row in calendar.month.rows
        for bar in row.bars
        if bar.item.title == DELEGATION
        for col in range(bar.first, bar.last + 1)
    }
    assert len(delegation) == 2  # 20–23 April crosses a week boundary: one bar per week row
    assert covered == {date(2024, 4, 20) + timedelta(days=n) for n in range(4)}


def test_clicking_a_chip_selects_it_and_enter_opens_it(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    meeting = RecordRef("event", _meeting_id(calendar.context.db))
    qtbot.mouseClick(calendar.month, Qt.MouseButton.LeftButton, pos=_chip(calendar, MEETING))
    assert calendar.context.selection == meeting
    assert calendar.selected_day == MEETING_DAY
    with qtbot.waitSignal(calendar.context.open_requested) as opened:
        qtbot.keyClick(calendar.month, Qt.Key.Key_Return)
    assert opened.args == [meeting]


def test_arrows_page_down_and_today_move_the_selected_day(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    qtbot.keyClick(calendar.month, Qt.Key.Key_Right)
    assert calendar.selected_day == date(2024, 4, 11)
    qtbot.keyClick(calendar.month, Qt.Key.Key_Left)
    qtbot.keyClick(calendar.month, Qt.Key.Key_Left)
    qtbot.keyClick(calendar.month, Qt.Key.Key_Up)
    assert calendar.selected_day == date(2024, 4, 2)
    qtbot.keyClick(calendar.month, Qt.Key.Key_Down)
    qtbot.keyClick(calendar.month, Qt.Key.Key_Right)
    assert calendar.selected_day == MEETING_DAY
    meeting = RecordRef("event", _meeting_id(calendar.context.db))
    with qtbot.waitSignal(calendar.context.open_requested) as opened:
        qtbot.keyClick(calendar.month, Qt.Key.Key_Enter)
    assert opened.args == [meeting]
    qtbot.keyClick(calendar.month, Qt.Key.Key_PageDown)
    assert calendar.title.text() == "May 2024"
    assert calendar.selected_day == date(2024, 5, 10)
    qtbot.keyClick(calendar.month, Qt.Key.Key_PageUp)
    qtbot.keyClick(calendar.month, Qt.Key.Key_PageUp)
    assert calendar.title.text() == "March 2024"
    qtbot.keyClick(calendar.month, Qt.Key.Key_T)
    assert calendar.selected_day == calendar.context.today()


def test_modes_switch_by_keys_and_show_their_period(qtbot: QtBot, calendar: CalendarView) -> None:
    qtbot.keyClick(calendar.month, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert calendar.mode is Mode.WEEK
    assert calendar.title.text() == "8–14 April 2024"
    assert MEETING in {item.title for _, item in calendar.week.grid.regions}
    qtbot.keyClick(calendar.week.grid, Qt.Key.Key_D)
    assert calendar.mode is Mode.DAY
    assert [item.title for _, item in calendar.day.grid.regions] == [MEETING]
    qtbot.keyClick(calendar.day.grid, Qt.Key.Key_A)
    assert calendar.mode is Mode.AGENDA
    qtbot.keyClick(calendar.agenda, Qt.Key.Key_M)
    assert calendar.mode is Mode.MONTH


def _russian_key(
    widget: QWidget,
    letter: str,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key of a Russian keyboard layout: Qt gives the Cyrillic letter's code as the key."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, ord(letter.upper()), modifiers, letter))


def test_the_keys_work_in_the_russian_layout_too(qtbot: QtBot, calendar: CalendarView) -> None:
    """Е, Ь, Ц, В, Ф are the keys of T, M, W, D, A; Ctrl+Т of Ctrl+N."""
    _russian_key(calendar.month, "ц")
    assert calendar.mode is Mode.WEEK
    _russian_key(calendar.week.grid, "в")
    assert calendar.mode is Mode.DAY
    _russian_key(calendar.day.grid, "ф")
    assert calendar.mode is Mode.AGENDA
    _russian_key(calendar.agenda, "ь")
    assert calendar.mode is Mode.MONTH
    calendar.month.setFocus()
    _russian_key(calendar.month, "е")
    assert calendar.selected_day == calendar.context.today()
    with qtbot.waitSignal(calendar.new_event_requested) as asked:
        _russian_key(calendar.month, "т", Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [calendar.context.today()]
    for widget in QApplication.topLevelWidgets():  # the new event's editor
        if widget.isVisible() and widget is not calendar:
            widget.close()


def test_the_agenda_model_is_sound_and_lists_days(
    qtbot: QtBot, qtmodeltester: ModelTester, calendar: CalendarView
) -> None:
    calendar.set_mode(Mode.AGENDA)
    model = calendar.agenda.agenda
    qtmodeltester.check(model)
    headings = [
        model.index(row, 0).data()
        for row in range(model.rowCount())
        if model.index(row, 0).data(model.HeadingRole)
    ]
    assert "Wednesday, 10 April 2024" in headings
    row = next(
        row
        for row in range(model.rowCount())
        if model.index(row, 0).data(model.RefRole)
        == RecordRef("event", _meeting_id(calendar.context.db))
    )
    assert model.index(row, 0).data(model.WhenRole) == "11:00–12:00"
    assert model.index(row, 0).data(model.CountriesRole) == ("KG", "RU")


def test_a_busy_day_shows_more_and_clicking_it_opens_the_day(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    db = calendar.context.db
    busy = date(2024, 4, 17)
    for hour in range(8, 18):
        start = datetime(2024, 4, 17, hour, tzinfo=KRASNOYARSK)
        create_event(
            db,
            EventInput(
                title=f"Call {hour}",
                starts_at=start,
                ends_at=start + timedelta(minutes=30),
                kind="call",
                countries=("CN",),
            ),
        )
    calendar.reload()
    links = dict((day, rect) for rect, day in calendar.month.more_links)
    assert busy in links
    row = next(row for row in calendar.month.rows if busy in row.days)
    shown = sum(1 for bar in row.bars if bar.first <= row.days.index(busy) <= bar.last)
    assert shown + row.hidden[row.days.index(busy)] == 10
    assert calendar.month.max_lanes() - 1 == shown
    qtbot.mouseClick(calendar.month, Qt.MouseButton.LeftButton, pos=links[busy].center().toPoint())
    assert calendar.mode is Mode.DAY
    assert calendar.selected_day == busy
    assert len(calendar.day.grid.regions) == 10


def test_dragging_the_meeting_moves_it_a_day_with_undo_and_redo(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    db = calendar.context.db
    before = _meeting_start(db)
    source = _chip(calendar, MEETING)
    target_index = calendar.month.shown.days.index(date(2024, 4, 11))
    target = calendar.month.cell_rect(target_index).center().toPoint()
    qtbot.mousePress(calendar.month, Qt.MouseButton.LeftButton, pos=source)
    qtbot.mouseMove(calendar.month, source + QPoint(10, 0))
    qtbot.mouseMove(calendar.month, target)
    qtbot.mouseRelease(calendar.month, Qt.MouseButton.LeftButton, pos=target)

    moved = _meeting_start(db)
    assert moved == before + timedelta(days=1)
    assert moved.astimezone(KRASNOYARSK).hour == 11
    assert calendar.context.undo_stack.undoText().startswith("Move “")
    day_of = {item.title: item for _, item in calendar.month.regions}
    assert day_of[MEETING].start.astimezone(KRASNOYARSK).date() == date(2024, 4, 11)

    qtbot.keyClick(calendar.month, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _meeting_start(db) == before
    qtbot.keyClick(
        calendar.month,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert _meeting_start(db) == before + timedelta(days=1)


def test_dragging_a_later_occurrence_of_a_series_is_refused(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    later = next(
        (rect, item) for rect, item in calendar.month.regions if item.recurring and item.occurrence
    )
    _rect, item = later
    with calendar.context.db.session() as session:
        before = session.get_one(Event, item.id).starts_at
    calendar.move_item(item, date(2024, 4, 30))
    assert "first occurrence" in calendar.notice.text()
    with calendar.context.db.session() as session:
        assert session.get_one(Event, item.id).starts_at == before
    assert calendar.context.undo_stack.count() == 0


def test_filter_by_country_hides_other_countries(calendar: CalendarView) -> None:
    calendar.context.set_filter(RecordFilter().with_countries("KG"))
    titles = _titles(calendar)
    assert {MEETING, CHAMPIONSHIP, DELEGATION} <= titles
    assert all("KG" in item.countries for _, item in calendar.month.regions)
    calendar.context.set_filter(RecordFilter().with_countries("CN"))
    assert MEETING not in _titles(calendar)


def test_ctrl_n_asks_for_a_new_event_on_the_selected_day(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    with qtbot.waitSignal(calendar.new_event_requested) as asked:
        qtbot.keyClick(calendar.month, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked.args == [MEETING_DAY]


def test_russian_shows_april_and_monday_first(qtbot: QtBot, calendar: CalendarView) -> None:
    install_language("ru")
    try:
        calendar.context.set_language("ru")
        assert calendar.title.text() == "Апрель 2024"
        assert calendar.mode_buttons[Mode.MONTH].text() == "Месяц"
        assert calendar.month.shown.first_weekday == 1
        calendar.set_mode(Mode.WEEK)
        assert calendar.title.text() == "8–14 апреля 2024"
    finally:
        install_language("en")
        calendar.context.set_language("en")
