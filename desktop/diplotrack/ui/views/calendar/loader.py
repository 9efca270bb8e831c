"""The calendar's periods read once and kept: a small cache by (range, filter), filled ahead.

A switch to a period already read paints without touching the database. After each switch the
view asks for the months around it; they are read in the background, one at a time, each in its
own short session, collected in the GUI thread and announced there by the ``loaded`` signal. A
wider period answers for any range inside it (the occurrences overlapping the range are exactly
what a query for it would return), so a month kept covers every week, day and list inside it.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from diplotrack.domain import KnownError
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.queries.calendar_item import CalendarItem

from ...context import AppContext
from .layout import Mode, period_days, query_range, step

if TYPE_CHECKING:
    from diplotrack.store.database import Database

#: periods kept (a month view's range is ~1,400 items at 100,000 events)
CAPACITY = 12
#: a kept period older than this is read again in the background when it is asked for, so that
#: other people's changes on a shared database show up without a restart
REFRESH_AFTER = 60.0
#: how often finished reads ahead are collected while any is under way
COLLECT_EVERY_MS = 5


@dataclass(frozen=True)
class PeriodKey:
    """What was read: the instants [start, end) under one filter."""

    start: datetime
    end: datetime
    flt: RecordFilter

    def holds(self, other: PeriodKey) -> bool:
        return self.flt == other.flt and self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class _Period:
    key: PeriodKey
    items: tuple[CalendarItem, ...]
    read_at: float


def overlapping(
    items: Iterable[CalendarItem], start: datetime, end: datetime
) -> list[CalendarItem]:
    """The items that overlap [start, end), by the rule calendar_items applies (an instant
    counts where it happens), in the order given."""
    return [
        item for item in items if item.start < end and (item.end > start or item.start >= start)
    ]


def months_around(day: date, first_weekday: int, zone: tzinfo) -> list[tuple[datetime, datetime]]:
    """The ranges to read ahead around ``day``: its month view's first (every mode's period
    around ``day`` fits in it), then the next and previous months', then two away, so that a
    held PgDn/PgUp finds its month already read."""
    return [
        query_range(period_days(Mode.MONTH, step(Mode.MONTH, day, count), first_weekday), zone)
        for count in (0, 1, -1, 2, -2)
    ]


def _read(db: Database, key: PeriodKey) -> tuple[CalendarItem, ...] | None:
    """One period read off the GUI thread, in its own short session; None if it failed."""
    from sqlalchemy.exc import SQLAlchemyError

    from diplotrack.store.queries.calendar import calendar_items

    try:
        with db.session() as session:
            return tuple(calendar_items(session, key.start, key.end, key.flt))
    except (SQLAlchemyError, KnownError, ValueError):
        # a failed read ahead costs nothing: the period is read (and its error shown) when the
        # person goes there
        return None


class CalendarLoader(QObject):
    """Calendar items by range and filter: from the periods kept, else read now; reads ahead."""

    #: a period read in the background has arrived (its PeriodKey)
    loaded = Signal(object)

    def __init__(
        self, context: AppContext, parent: QObject | None = None, *, capacity: int = CAPACITY
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.capacity = capacity
        self._periods: OrderedDict[PeriodKey, _Period] = OrderedDict()
        self._queued: dict[PeriodKey, Future[tuple[CalendarItem, ...] | None]] = {}
        # One reader, a Python thread that touches no Qt object: a QThreadPool owned by the
        # widget waits for its reader when the widget is deleted, and it did so holding the
        # interpreter lock the reader needed (a hang). Results are collected here, in the GUI
        # thread, by a timer that runs only while reads are under way.
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calendar-read")
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_EVERY_MS)
        self._collector.timeout.connect(self.deliver)
        self.reads = 0  # synchronous reads on the GUI thread, for tests and benchmarks
        self._waiting: tuple[Sequence[tuple[datetime, datetime]], RecordFilter] | None = None
        self._waits = False

    # -- reading ---------------------------------------------------------------------------------
    def cached(
        self, start: datetime, end: datetime, flt: RecordFilter
    ) -> list[CalendarItem] | None:
        """The items of [start, end) from a period kept, or None when none holds the range."""
        wanted = PeriodKey(start, end, flt)
        for key in reversed(self._periods):  # most recently used first
            if key.holds(wanted):
                period = self._periods[key]
                self._periods.move_to_end(key)
                if time.monotonic() - period.read_at > REFRESH_AFTER:
                    self._queue(key, again=True)
                if key == wanted:
                    return list(period.items)
                return overlapping(period.items, start, end)
        return None

    def items(self, start: datetime, end: datetime, flt: RecordFilter) -> list[CalendarItem]:
        """The items of [start, end): kept, or read now in a short session (and kept)."""
        found = self.cached(start, end, flt)
        if found is not None:
            return found
        # before the database is opened (a quick start), the first period may come through the
        # start-up reader, which needs no SQLAlchemy
        quick = self.context.calendar_at_start
        if quick is not None and not self.context.is_open:
            found = quick.items(start, end, flt)
        if found is None:
            from diplotrack.store.queries.calendar import calendar_items

            with self.context.db.session() as session:
                found = calendar_items(session, start, end, flt)
        self.reads += 1
        self._keep(PeriodKey(start, end, flt), tuple(found))
        return found

    def read_ahead(self, ranges: Sequence[tuple[datetime, datetime]], flt: RecordFilter) -> None:
        """Reads in the background the ranges not kept yet, in the order given (once the
        database is open: asked before, they wait for it)."""
        if not self.context.is_open:
            self._waiting = (ranges, flt)
            if not self._waits:
                self._waits = True
                self.context.database_opened.connect(self._read_waiting)
            return
        for start, end in ranges:
            key = PeriodKey(start, end, flt)
            if not any(kept.holds(key) for kept in self._periods):
                self._queue(key)

    def forget(self) -> None:
        """Drops every period kept; reads still under way are dropped when they arrive."""
        self._periods.clear()
        self._waiting = None
        for future in self._queued.values():
            future.cancel()  # those not started; one under way finishes and is dropped
        self._queued.clear()

    def wait(self) -> None:
        """Blocks until the reads ahead are done (tests, benchmarks, closing the database);
        their results are kept at the next ``deliver()`` (the timer's, or a direct call)."""
        futures_wait(list(self._queued.values()))

    def deliver(self) -> None:
        """Keeps the reads ahead that are done (and still current), announcing each."""
        for key, future in list(self._queued.items()):
            if future.done():
                del self._queued[key]
                items = None if future.cancelled() else future.result()
                if items is not None:
                    self._keep(key, items)
                    self.loaded.emit(key)
        if not self._queued:
            self._collector.stop()

    @property
    def kept(self) -> list[PeriodKey]:
        return list(self._periods)

    # -- inside ----------------------------------------------------------------------------------
    def _read_waiting(self) -> None:
        if self._waiting is not None:
            ranges, flt = self._waiting
            self._waiting = None
            self.read_ahead(ranges, flt)

    def _queue(self, key: PeriodKey, *, again: bool = False) -> None:
        if key in self._queued:
            return
        if again:  # a refresh: the old items serve until the new ones arrive
            period = self._periods[key]
            self._periods[key] = _Period(key, period.items, time.monotonic())
        # a read under way when the filter changes or data changes is dropped with ``_queued``
        # by ``forget()``: what was read before a change is never kept after it
        self._queued[key] = self._reader.submit(_read, self.context.db, key)
        if not self._collector.isActive():
            self._collector.start()

    def _keep(self, key: PeriodKey, items: tuple[CalendarItem, ...]) -> None:
        self._periods[key] = _Period(key, items, time.monotonic())
        self._periods.move_to_end(key)
        while len(self._periods) > self.capacity:
            self._periods.popitem(last=False)
