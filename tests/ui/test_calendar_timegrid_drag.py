"""Dragging in the week and day views: up and down changes the time (to the quarter hour),
sideways the day, the length stays, all-day items stay all-day; undo and redo; Esc cancels."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.demo.worked_example import CHAMPIONSHIP, MEETING
from diplotrack.domain import Event
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.calendar.layout import Mode
from diplotrack.ui.views.calendar.surface import CalendarSurface
from diplotrack.ui.views.calendar.timegrid import HOUR_HEIGHT
from diplotrack.ui.views.calendar.view import CalendarView

pytestmark = pytest.mark.gui

KRASNOYARSK = ZoneInfo("Asia/Krasnoyarsk")
MEETING_DAY = date(2024, 4, 10)


@pytest.fixture
def calendar(qtbot: QtBot, anchor_demo: Database) -> CalendarView:
    view = CalendarView(AppContext(anchor_demo, language="en", zone=KRASNOYARSK))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.go_to(MEETING_DAY)
    return view


def _bounds(db: Database, title: str) -> tuple[datetime, datetime, bool]:
    with db.session() as session:
        event = session.scalars(select(Event).where(Event.title == title)).one()
        return event.starts_at, event.ends_at, event.all_day


def _block(surface: CalendarSurface, title: str) -> QPointF:
    for rect, item in surface.regions:
        if item.title == title:
            return rect.center()
    raise AssertionError(f"no block {title!r}")


def _drag(qtbot: QtBot, surface: QWidget, source: QPointF, target: QPointF) -> None:
    start, end = source.toPoint(), target.toPoint()
    qtbot.mousePress(surface, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(surface, start + QPoint(0, 12))
    qtbot.mouseMove(surface, end)
    qtbot.mouseRelease(surface, Qt.MouseButton.LeftButton, pos=end)


def _local(moment: datetime) -> datetime:
    return moment.astimezone(KRASNOYARSK).replace(tzinfo=None)


def test_week_drag_down_and_right_moves_time_and_day_keeping_length(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    calendar.set_mode(Mode.WEEK)
    db, grid = calendar.context.db, calendar.week.grid
    before = _bounds(db, MEETING)
    assert _local(before[0]) == datetime(2024, 4, 10, 11, 0)
    source = _block(grid, MEETING)
    # two hours and eleven minutes down (snaps to a quarter past), one day to the right
    target = source + QPointF(grid.columns.width(), 2 * HOUR_HEIGHT + 8)
    _drag(qtbot, grid, source, target)

    starts, ends, all_day = _bounds(db, MEETING)
    assert _local(starts) == datetime(2024, 4, 11, 13, 15)
    assert ends - starts == before[1] - before[0] == timedelta(hours=1)
    assert not all_day
    assert calendar.context.undo_stack.undoText() == f"Move “{MEETING}”"
    assert grid.drop_slot is None and grid.drop_day is None  # nothing left highlighted
    shown = next(item for _, item in grid.regions if item.title == MEETING)
    assert _local(shown.start) == datetime(2024, 4, 11, 13, 15)

    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _bounds(db, MEETING) == before
    calendar.context.undo_stack.redo()
    assert _local(_bounds(db, MEETING)[0]) == datetime(2024, 4, 11, 13, 15)


def test_day_view_drag_up_changes_the_time_only(qtbot: QtBot, calendar: CalendarView) -> None:
    calendar.set_mode(Mode.DAY)
    db, grid = calendar.context.db, calendar.day.grid
    source = _block(grid, MEETING)
    _drag(qtbot, grid, source, source - QPointF(0, 1.5 * HOUR_HEIGHT))
    starts, ends, _ = _bounds(db, MEETING)
    assert (_local(starts), _local(ends)) == (
        datetime(2024, 4, 10, 9, 30),
        datetime(2024, 4, 10, 10, 30),
    )


def test_a_drag_past_midnight_stops_where_the_event_still_ends_that_day(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    calendar.set_mode(Mode.DAY)
    db, grid = calendar.context.db, calendar.day.grid
    source = _block(grid, MEETING)
    _drag(qtbot, grid, source, QPointF(source.x(), grid.height() - 2))
    starts, ends, _ = _bounds(db, MEETING)
    assert (_local(starts), _local(ends)) == (
        datetime(2024, 4, 10, 23, 0),
        datetime(2024, 4, 11, 0, 0),
    )


def test_escape_during_a_drag_leaves_the_event_where_it_was(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    calendar.set_mode(Mode.WEEK)
    db, grid = calendar.context.db, calendar.week.grid
    before = _bounds(db, MEETING)
    source = _block(grid, MEETING).toPoint()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=source)
    qtbot.mouseMove(grid, source + QPoint(0, 40))
    qtbot.mouseMove(grid, source + QPoint(0, 90))
    assert grid.drop_slot is not None
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.drop_slot is None
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=source + QPoint(0, 90))
    assert _bounds(db, MEETING) == before
    assert calendar.context.undo_stack.count() == 0


def test_an_all_day_item_dragged_in_the_band_moves_by_days_and_stays_all_day(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    calendar.set_mode(Mode.WEEK)
    calendar.go_to(date(2024, 4, 5))
    db, band = calendar.context.db, calendar.week.band
    before = _bounds(db, CHAMPIONSHIP)
    assert before[2]
    source = _block(band, CHAMPIONSHIP)
    # grabbed on its first day (5 April, a Friday), let go on the Saturday
    first_column = calendar.shown.days.index(date(2024, 4, 5))
    width = calendar.week.grid.columns.width()
    grab = QPointF(56 + first_column * width + width / 2, source.y())
    _drag(qtbot, band, grab, grab + QPointF(width, 0))
    starts, ends, all_day = _bounds(db, CHAMPIONSHIP)
    assert all_day
    assert (starts, ends) == (before[0] + timedelta(days=1), before[1] + timedelta(days=1))
    calendar.context.undo_stack.undo()
    assert _bounds(db, CHAMPIONSHIP) == before
