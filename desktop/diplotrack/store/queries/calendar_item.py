"""The calendar's row: one event occurrence or one delegation's stay, as the calendar draws it."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple


class CalendarItem(NamedTuple):
    """One occurrence of an event, or a delegation's stay, as the calendar draws it.

    A named tuple rather than a frozen dataclass: a month at 100,000 events makes about a
    thousand of these per read, and a tuple is built eight times faster.
    """

    item: str  # "event" or "delegation"
    id: int
    title: str
    start: datetime
    end: datetime
    all_day: bool
    kind: str  # the event kind, or the delegation's direction
    status: str
    timezone: str
    countries: tuple[str, ...]
    place: str | None
    occurrence: int  # number in a recurring series, from 0; 0 for one-off items
    recurring: bool
    # how exactly the date is known (DatePrecision's values); last, with a default, so that
    # items built by position without it are exact
    date_precision: str = "exact"

    @property
    def approximate(self) -> bool:
        """Known only by its month, season or year: a planned date, not a span of days."""
        return self.date_precision in ("month", "season", "year")
