"""The calendar: event occurrences (recurrences expanded) and delegations' stays in a range."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from diplotrack.domain import Delegation, Event, Place, event_country
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.recurrence import numbered_occurrences

from .filtering import conditions, delegation_overlaps, event_overlaps
from .register import grouped, plain
from .rows import CalendarItem

# A kind filter shows delegations only when it asks for visits or for a direction.
_DELEGATION_KINDS = {"visit", "delegation", "incoming", "outgoing"}


def calendar_items(
    session: Session, start: datetime, end: datetime, flt: RecordFilter | None = None
) -> list[CalendarItem]:
    """Every event occurrence and delegation stay overlapping [start, end), in time order.

    One-off events come from a range query on the (starts_at, ends_at) index; recurring ones
    are those whose series spans the range (``recurrence_ends_at``), expanded in Python.
    """
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("calendar ranges are aware datetimes")
    flt = flt or RecordFilter()
    items = _event_items(session, start, end, flt)
    if not flt.kinds or _DELEGATION_KINDS & set(flt.kinds):
        items.extend(_delegation_items(session, start, end, flt))
    items.sort(key=lambda item: (item.start, item.end, item.item, item.id, item.occurrence))
    return items


def _event_items(
    session: Session, start: datetime, end: datetime, flt: RecordFilter
) -> list[CalendarItem]:
    one_off = and_(Event.recurrence.is_(None), event_overlaps(start, end))
    recurring = and_(
        Event.recurrence.is_not(None),
        Event.starts_at < end,
        or_(Event.recurrence_ends_at.is_(None), Event.recurrence_ends_at > start),
    )
    statement = (
        select(
            Event.id,
            Event.title,
            Event.starts_at,
            Event.ends_at,
            Event.all_day,
            Event.kind,
            Event.status,
            Event.timezone,
            Event.recurrence,
            Place.name,
        )
        .outerjoin(Place, Event.place_id == Place.id)
        .where(or_(one_off, recurring), *conditions(session, "event", flt))
    )
    found = session.execute(statement).all()
    countries = grouped(
        session,
        [row.id for row in found],
        lambda chunk: (
            select(event_country.c.event_id, event_country.c.country_code)
            .where(event_country.c.event_id.in_(chunk))
            .order_by(event_country.c.event_id, event_country.c.country_code)
        ),
    )
    items = []
    for row in found:
        codes = tuple(c[1] for c in countries.get(row.id, ()))
        for number, occurs_at, until in numbered_occurrences(
            row.starts_at,
            row.ends_at,
            row.timezone,
            row.recurrence,
            start,
            end,
            all_day=row.all_day,
        ):
            items.append(
                CalendarItem(
                    item="event",
                    id=row.id,
                    title=row.title,
                    start=occurs_at,
                    end=until,
                    all_day=row.all_day,
                    kind=plain(row.kind),
                    status=plain(row.status),
                    timezone=row.timezone,
                    countries=codes,
                    place=row.name,
                    occurrence=number,
                    recurring=row.recurrence is not None,
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
