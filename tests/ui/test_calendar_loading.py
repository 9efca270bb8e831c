"""The calendar's kept periods: switches without the database, changes read again, stale reads
dropped — on a real SQLite copy of the demo database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import event as sql_event
from sqlalchemy import select, update

from diplotrack.demo import fill_demo
from diplotrack.demo.worked_example import MEETING
from diplotrack.domain import Event
from diplotrack.domain.filters import RecordFilter
from diplotrack.services.events import reschedule_event
from diplotrack.store.database import Database, open_database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.ui.context import AppContext
from diplotrack.ui.operations import perform
from diplotrack.ui.views.calendar import loader as loading
from diplotrack.ui.views.calendar.layout import Mode, period_days, query_range
from diplotrack.ui.views.calendar.loader import CalendarLoader, PeriodKey
from diplotrack.ui.views.calendar.view import CalendarView

pytestmark = pytest.mark.gui

KRASNOYARSK = ZoneInfo("Asia/Krasnoyarsk")
MEETING_DAY = date(2024, 4, 10)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("calendar-loading") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        fill_demo(db)
    finally:
        db.close()
    return path


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "calendar.sqlite3"
    shutil.copy(demo_file, copy)
    db = open_database(f"sqlite:///{copy}")
    yield db
    db.close()


@pytest.fixture
def calendar(qtbot: QtBot, demo: Database) -> Iterator[CalendarView]:
    context = AppContext(demo, language="en", zone=KRASNOYARSK)
    view = CalendarView(context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.go_to(MEETING_DAY)
    view.month.setFocus()
    _settle(view)
    yield view
    view.loader.wait()  # no read under way when the database closes


def _settle(view: CalendarView) -> None:
    """Lets the reads ahead start (a moment after a switch), finish and arrive."""
    QTest.qWait(100)
    view.loader.wait()
    view.loader.deliver()


class _Statements:
    """Counts the SQL statements sent while it is open."""

    def __init__(self, db: Database) -> None:
        self.db, self.sent = db, 0

    def _count(self, *_args: Any) -> None:
        self.sent += 1

    def __enter__(self) -> _Statements:
        sql_event.listen(self.db.engine, "before_cursor_execute", self._count)
        return self

    def __exit__(self, *_exc: object) -> None:
        sql_event.remove(self.db.engine, "before_cursor_execute", self._count)


def _meeting(db: Database) -> tuple[int, datetime, datetime, int]:
    with db.session() as session:
        row = session.execute(
            select(Event.id, Event.starts_at, Event.ends_at, Event.version).where(
                Event.title == MEETING
            )
        ).one()
    return row.id, row.starts_at, row.ends_at, row.version


def _shown_on(view: CalendarView, day: date) -> set[str]:
    return {item.title for item in view.items_on(day)}


def test_switches_to_periods_read_ahead_never_touch_the_database(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    none, ctrl = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier
    with _Statements(calendar.context.db) as statements:
        qtbot.keyClick(calendar.month, Qt.Key.Key_PageDown, none)  # May
        assert calendar.shown.month == 5 and calendar.shown.items
        qtbot.keyClick(calendar.month, Qt.Key.Key_PageUp, none)  # April
        qtbot.keyClick(calendar.month, Qt.Key.Key_PageUp, none)  # March
        assert calendar.shown.month == 3
        qtbot.keyClick(calendar.month, Qt.Key.Key_PageDown, none)  # April again
        qtbot.keyClick(calendar.month, Qt.Key.Key_2, ctrl)  # its week
        assert calendar.mode is Mode.WEEK
        assert MEETING in _shown_on(calendar, MEETING_DAY)
        qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_1, ctrl)
        assert calendar.mode is Mode.MONTH
        assert statements.sent == 0
    # and what was painted from the kept periods is what the database holds
    start, end, flt = calendar._visible()
    with calendar.context.db.session() as session:
        read = calendar_items(session, start, end, flt)
    assert calendar.loader.cached(start, end, flt) == read


def test_a_period_not_kept_is_read_at_once_then_its_neighbours_ahead(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    reads = calendar.loader.reads
    calendar.go_to(date(2019, 2, 14))  # far from anything kept
    assert calendar.loader.reads == reads + 1
    assert calendar.shown.month == 2 and calendar.title.text() == "February 2019"
    _settle(calendar)
    weekday, zone = calendar.shown.first_weekday, calendar.context.zone
    for anchor in (date(2019, 1, 1), date(2019, 3, 1)):
        start, end = query_range(period_days(Mode.MONTH, anchor, weekday), zone)
        assert PeriodKey(start, end, calendar.context.filter) in calendar.loader.kept


def test_a_change_through_the_services_is_read_again_in_kept_periods(
    qtbot: QtBot, calendar: CalendarView
) -> None:
    db = calendar.context.db
    ident, starts_at, ends_at, version = _meeting(db)
    may_day = date(2024, 5, 15)
    assert MEETING in _shown_on(calendar, MEETING_DAY)
    # May was read ahead while April was shown; now the meeting moves there
    shift = timedelta(days=(may_day - MEETING_DAY).days)
    changes = perform(
        calendar.context,
        lambda: reschedule_event(
            db, ident, starts_at + shift, ends_at + shift, expected_version=version
        ),
    )
    assert changes is not None and changes.touches("event")
    assert MEETING not in _shown_on(calendar, MEETING_DAY)
    qtbot.keyClick(calendar.month, Qt.Key.Key_PageDown)
    assert calendar.shown.month == 5
    assert MEETING in _shown_on(calendar, may_day)


def test_reads_ahead_for_a_stale_filter_are_dropped(calendar: CalendarView) -> None:
    loader, context = calendar.loader, calendar.context
    arrived: list[PeriodKey] = []
    loader.loaded.connect(arrived.append)
    autumn = query_range(period_days(Mode.MONTH, date(2022, 10, 1), 1), context.zone)
    loader.read_ahead([autumn], context.filter)
    loader.wait()  # read, its result waiting to be collected
    context.set_filter(RecordFilter(countries=("KG",)))
    loader.deliver()
    assert arrived == []
    assert all(key.flt == RecordFilter(countries=("KG",)) for key in loader.kept)
    assert not any(key.start == autumn[0] for key in loader.kept)
    # while a read under the current filter is kept when it arrives
    loader.read_ahead([autumn], context.filter)
    _settle(calendar)
    assert autumn[0] in {key.start for key in arrived}  # with the months around April
    assert all(key.flt == RecordFilter(countries=("KG",)) for key in arrived)
    assert calendar.shown.items and all("KG" in item.countries for item in calendar.shown.items)


def test_a_wider_period_answers_for_every_range_inside_it(demo: Database) -> None:
    loader = CalendarLoader(AppContext(demo))
    shown = period_days(Mode.MONTH, MEETING_DAY, 1)
    month = query_range(shown, KRASNOYARSK)
    loader.items(*month, RecordFilter())
    assert loader.reads == 1
    with demo.session() as session:
        for length in (1, 7):
            for first in range(0, len(shown) - length + 1, 2):
                start, end = query_range(shown[first : first + length], KRASNOYARSK)
                kept = loader.cached(start, end, RecordFilter())
                assert kept == calendar_items(session, start, end), (start, length)
    assert loader.reads == 1
    assert loader.cached(month[0] - timedelta(days=1), month[1], RecordFilter()) is None
    assert loader.cached(*month, RecordFilter(countries=("KG",))) is None


def test_a_kept_period_is_read_again_after_a_while_for_others_changes(
    monkeypatch: pytest.MonkeyPatch, calendar: CalendarView
) -> None:
    # another person on a shared database renames the meeting; this window hears nothing
    with calendar.context.db.sessions.begin() as session:
        session.execute(update(Event).where(Event.title == MEETING).values(title="Renamed"))
    assert MEETING in _shown_on(calendar, MEETING_DAY)
    monkeypatch.setattr(loading, "REFRESH_AFTER", 0.0)
    calendar.go_to(MEETING_DAY + timedelta(days=1))  # in view: nothing read
    calendar.step_period(1)
    calendar.step_period(-1)  # back to April, kept but old: shown, and read again behind
    assert MEETING in _shown_on(calendar, MEETING_DAY)
    _settle(calendar)
    assert "Renamed" in _shown_on(calendar, MEETING_DAY)
