"""The calendar's periods read once and kept: a small cache by (range, filter), filled ahead.

A switch to a period already read paints without touching the database. After each switch the
view asks for the months around it; they are read in the background, one at a time, each in its
own short session, and handed to the GUI thread by a queued signal. A wider period answers for
any range inside it (the occurrences overlapping the range are exactly what a query for it would
return), so three months cached cover every week, day and list of the middle one.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from sqlalchemy.exc import SQLAlchemyError

from diplotrack.domain import KnownError
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.store.queries.rows import CalendarItem

from .layout import Mode, period_days, query_range, step

#: periods kept (a month view's range is ~1,400 items at 100,000 events)
CAPACITY = 12
#: a kept period older than this is read again in the background when it is asked for, so that
#: other people's changes on a shared database show up without a restart
REFRESH_AFTER = 60.0


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
    around ``day`` fits in it), then the next month's and the previous one's."""
    return [
        query_range(period_days(Mode.MONTH, step(Mode.MONTH, day, count), first_weekday), zone)
        for count in (0, 1, -1)
    ]


class _Relay(QObject):
    """Lives in the GUI thread; its queued signal carries a background read back there."""

    done = Signal(int, object, object)  # generation, PeriodKey, tuple of items or None


class _Read(QRunnable):
    """One period read off the GUI thread in its own session."""

    def __init__(self, db: Database, key: PeriodKey, generation: int, relay: _Relay) -> None:
        super().__init__()
        self.db, self.key, self.generation, self.relay = db, key, generation, relay

    def run(self) -> None:
        items: tuple[CalendarItem, ...] | None
        try:
            with self.db.session() as session:
                items = tuple(calendar_items(session, self.key.start, self.key.end, self.key.flt))
        except (SQLAlchemyError, KnownError, ValueError):
            # a failed read ahead costs nothing: the period is read (and its error shown) when
            # the person goes there
            items = None
        self.relay.done.emit(self.generation, self.key, items)


class CalendarLoader(QObject):
    """Calendar items by range and filter: from the periods kept, else read now; reads ahead."""

    #: a period read in the background has arrived (its PeriodKey)
    loaded = Signal(object)

    def __init__(
        self, db: Database, parent: QObject | None = None, *, capacity: int = CAPACITY
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.capacity = capacity
        self.generation = 0
        self._periods: OrderedDict[PeriodKey, _Period] = OrderedDict()
        self._queued: set[PeriodKey] = set()
        self._pool = QThreadPool(self)
        # one reader: reads ahead never crowd each other or the GUI thread's own reads
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._arrived)
        self.reads = 0  # synchronous reads on the GUI thread, for tests and benchmarks

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
        with self.db.session() as session:
            found = calendar_items(session, start, end, flt)
        self.reads += 1
        self._keep(PeriodKey(start, end, flt), tuple(found))
        return found

    def read_ahead(self, ranges: Sequence[tuple[datetime, datetime]], flt: RecordFilter) -> None:
        """Reads in the background the ranges not kept yet, in the order given."""
        for start, end in ranges:
            key = PeriodKey(start, end, flt)
            if not any(kept.holds(key) for kept in self._periods):
                self._queue(key)

    def forget(self) -> None:
        """Drops every period kept; reads still under way are dropped when they arrive."""
        self.generation += 1
        self._periods.clear()
        self._queued.clear()
        self._pool.clear()

    def wait(self) -> None:
        """Blocks until the reads ahead are done (tests, benchmarks, closing the database);
        their results arrive with the next processed events."""
        self._pool.waitForDone()

    @property
    def kept(self) -> list[PeriodKey]:
        return list(self._periods)

    # -- inside ----------------------------------------------------------------------------------
    def _queue(self, key: PeriodKey, *, again: bool = False) -> None:
        if key in self._queued:
            return
        self._queued.add(key)
        if again:  # a refresh: the old items serve until the new ones arrive
            period = self._periods[key]
            self._periods[key] = _Period(key, period.items, time.monotonic())
        self._pool.start(_Read(self.db, key, self.generation, self._relay))

    def _arrived(
        self, generation: int, key: PeriodKey, items: tuple[CalendarItem, ...] | None
    ) -> None:
        if generation != self.generation:
            return  # read before a change or under another filter: stale
        self._queued.discard(key)
        if items is None:
            return
        self._keep(key, items)
        self.loaded.emit(key)

    def _keep(self, key: PeriodKey, items: tuple[CalendarItem, ...]) -> None:
        self._periods[key] = _Period(key, items, time.monotonic())
        self._periods.move_to_end(key)
        while len(self._periods) > self.capacity:
            self._periods.popitem(last=False)
