"""The calendar's rows made into items, for both of its readers (``calendar.calendar_items`` and
the start-up reader ``calendar_at_start``): times made aware, countries listed, recurring series
expanded into their occurrences in the range, a delegation's stay as all-day days."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from operator import attrgetter
from typing import Any

from diplotrack.domain.recurrence import numbered_occurrences
from diplotrack.domain.utc import stored_utc

from .calendar_item import CalendarItem

# How far before a range one-off events are read by their start; longer ones come from the
# partial index of events over 30 days (a day's margin against julianday's rounding).
SHORT_REACH = timedelta(days=31)
# A kind filter shows delegations only when it asks for visits or for a direction.
DELEGATION_KINDS = frozenset({"visit", "delegation", "incoming", "outgoing"})
TIME_ORDER = attrgetter("start", "end", "item", "id", "occurrence")
_MIDNIGHT = time()
_fromisoformat = datetime.fromisoformat


def event_items(
    rows: Iterable[Sequence[Any]], start: datetime, end: datetime
) -> list[CalendarItem]:
    """The items of event rows (id, title, starts_at, ends_at, all_day, kind, status, zone,
    rule, place, countries joined by commas, date precision) overlapping [start, end): a
    one-off event as read (its statement chose exactly those that overlap), a series as its
    occurrences in the range."""
    items: list[CalendarItem] = []
    for row in rows:
        ident, title, starts, ends, all_day, kind, status, zone, rule, place, codes, precision = row
        if type(starts) is str:  # SQLite's text, the common case: one call each
            starts_at, ends_at = _fromisoformat(starts + "+00:00"), _fromisoformat(ends + "+00:00")
        else:
            starts_at, ends_at = stored_utc(starts), stored_utc(ends)
        if not codes:
            countries: tuple[str, ...] = ()
        elif "," in codes:
            countries = tuple(sorted(codes.split(",")))
        else:
            countries = (codes,)
        item = CalendarItem(
            "event",
            ident,
            title,
            starts_at,
            ends_at,
            bool(all_day),
            kind,
            status,
            zone,
            countries,
            place,
            0,
            rule is not None,
            precision,
        )
        if rule is None:
            items.append(item)
            continue
        items.extend(
            item._replace(start=occurs_at, end=until, occurrence=number)
            for number, occurs_at, until in numbered_occurrences(
                starts_at, ends_at, zone, rule, start, end, all_day=bool(all_day)
            )
        )
    return items


def stay_days(start: datetime, end: datetime) -> tuple[date, date]:
    """The first and last calendar day of [start, end), as delegations' stays are kept."""
    return start.astimezone(UTC).date(), (end.astimezone(UTC) - timedelta(microseconds=1)).date()


def delegation_item(
    ident: int,
    title: str,
    arrives_on: date,
    departs_on: date | None,
    direction: str,
    status: str,
    country: str,
    place: str | None,
) -> CalendarItem:
    """A stay covers whole days: arrival 00:00 to the day after departure, as all-day events."""
    return CalendarItem(
        item="delegation",
        id=ident,
        title=title,
        start=datetime.combine(arrives_on, _MIDNIGHT, UTC),
        end=datetime.combine(departs_on or arrives_on, _MIDNIGHT, UTC) + timedelta(days=1),
        all_day=True,
        kind=direction,
        status=status,
        timezone="UTC",
        countries=(country,),
        place=place,
        occurrence=0,
        recurring=False,
    )
