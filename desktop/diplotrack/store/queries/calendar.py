"""The calendar: event occurrences (recurrences expanded) and delegations' stays in a range."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import (
    ColumnElement,
    String,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from diplotrack.domain import Delegation, Event, Place, event_country
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.recurrence import numbered_occurrences

from .filtering import conditions, delegation_overlaps
from .register import plain
from .rows import CalendarItem

# A kind filter shows delegations only when it asks for visits or for a direction.
_DELEGATION_KINDS = {"visit", "delegation", "incoming", "outgoing"}
# How far before a range one-off events are read by their start; longer ones come from the
# partial index of events over 30 days (a day's margin against julianday's rounding).
SHORT_REACH = timedelta(days=31)

Condition = ColumnElement[bool]


def calendar_items(
    session: Session, start: datetime, end: datetime, flt: RecordFilter | None = None
) -> list[CalendarItem]:
    """Every event occurrence and delegation stay overlapping [start, end), in time order.

    Events come from one statement of three index range scans, none of which reads the table
    up to ``start``: one-off events that start at most ``SHORT_REACH`` before the range (by
    ``ix_event_start_end``), longer one-off events (the partial ``ix_event_long``) and
    recurring series spanning the range (the partial ``ix_event_recurring``, by
    ``recurrence_ends_at``), which are expanded in Python.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("calendar ranges are aware datetimes")
    flt = flt or RecordFilter()
    items = _event_items(session, start, end, flt)
    if not flt.kinds or _DELEGATION_KINDS & set(flt.kinds):
        items.extend(_delegation_items(session, start, end, flt))
    items.sort(key=lambda item: (item.start, item.end, item.item, item.id, item.occurrence))
    return items


def _is_long(dialect: str) -> Condition:
    """The WHERE of ``ix_event_long`` as the engine's planner must see it to use the index
    (SQLite matches a partial index's terms literally, so 30 is a literal, not a parameter)."""
    if dialect == "sqlite":
        length = func.julianday(Event.ends_at) - func.julianday(Event.starts_at)
        return length > literal_column("30")
    return Event.ends_at - Event.starts_at > literal_column("interval '30 days'")


def _event_items(
    session: Session, start: datetime, end: datetime, flt: RecordFilter
) -> list[CalendarItem]:
    countries = (
        select(func.aggregate_strings(event_country.c.country_code, ","))
        .where(event_country.c.event_id == Event.id)
        .scalar_subquery()
    )
    columns = (
        Event.id,
        Event.title,
        Event.starts_at,
        Event.ends_at,
        Event.all_day,
        # the stored strings, as CalendarItem keeps them, without a round trip through the enums
        type_coerce(Event.kind, String),
        type_coerce(Event.status, String),
        Event.timezone,
        Event.recurrence,
        Place.name,
        countries,
    )
    filters = conditions(session, "event", flt)
    reach = start - SHORT_REACH
    one_off = Event.recurrence.is_(None)
    # The three parts are disjoint: an event starting before ``reach`` that still overlaps
    # the range lasts longer than SHORT_REACH, so more than the index's 30 days.
    parts = (
        (
            one_off,
            Event.starts_at >= reach,
            Event.starts_at < end,
            or_(Event.ends_at > start, Event.starts_at >= start),
        ),
        (
            one_off,
            _is_long(session.get_bind().dialect.name),
            Event.starts_at < reach,
            Event.ends_at > start,
        ),
        (
            Event.recurrence.is_not(None),
            Event.starts_at < end,
            or_(Event.recurrence_ends_at.is_(None), Event.recurrence_ends_at > start),
        ),
    )
    statement = union_all(
        *(
            select(*columns).outerjoin(Place, Event.place_id == Place.id).where(*where, *filters)
            for where in parts
        )
    )
    items = []
    for row in session.execute(statement).all():
        (ident, title, starts_at, ends_at, all_day, kind, status, zone, rule, place, codes) = row
        item = CalendarItem(
            item="event",
            id=ident,
            title=title,
            start=starts_at,
            end=ends_at,
            all_day=all_day,
            kind=kind,
            status=status,
            timezone=zone,
            countries=tuple(sorted(codes.split(","))) if codes else (),
            place=place,
            occurrence=0,
            recurring=rule is not None,
        )
        if rule is None:  # the statement already chose exactly the one-off events that overlap
            items.append(item)
            continue
        items.extend(
            replace(item, start=occurs_at, end=until, occurrence=number)
            for number, occurs_at, until in numbered_occurrences(
                starts_at, ends_at, zone, rule, start, end, all_day=all_day
            )
        )
    return items


def _delegation_items(
    session: Session, start: datetime, end: datetime, flt: RecordFilter
) -> list[CalendarItem]:
    # A stay covers whole days: arrival 00:00 to the day after departure, as all-day events.
    first = start.astimezone(UTC).date()
    last = (end.astimezone(UTC) - timedelta(microseconds=1)).date()
    kinds = tuple(kind for kind in flt.kinds if kind in ("incoming", "outgoing"))
    statement = (
        select(
            Delegation.id,
            Delegation.title,
            Delegation.arrives_on,
            Delegation.departs_on,
            Delegation.direction,
            Delegation.status,
            Delegation.country_code,
            Place.name,
        )
        .outerjoin(Place, Delegation.place_id == Place.id)
        .where(
            delegation_overlaps(first, last),
            *conditions(session, "delegation", replace(flt, kinds=kinds)),
        )
    )
    return [
        CalendarItem(
            item="delegation",
            id=row.id,
            title=row.title,
            start=datetime.combine(row.arrives_on, datetime.min.time(), UTC),
            end=datetime.combine(row.departs_on or row.arrives_on, datetime.min.time(), UTC)
            + timedelta(days=1),
            all_day=True,
            kind=plain(row.direction),
            status=plain(row.status),
            timezone="UTC",
            countries=(row.country_code,),
            place=row.name,
            occurrence=0,
            recurring=False,
        )
        for row in session.execute(statement)
    ]
