"""A RecordFilter's conditions on events: dates as instants or days, recurring series in a range.

Date bounds are whole days: all-day events compare as dates; timed events are compared as
instants between 00:00 of ``date_from`` and 24:00 of ``date_to`` in ``zone`` (UTC unless given).
A recurring event matches a closed date range when one of its occurrences falls in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import ColumnElement, and_, exists, or_, select, true
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Event,
    EventParticipant,
    KnownError,
    event_country,
    event_organization,
    event_topic,
)
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.recurrence import numbered_occurrences

Condition = ColumnElement[bool]


def day_start(day: date, zone: tzinfo = UTC) -> datetime:
    return datetime.combine(day, time(), zone).astimezone(UTC)


def day_bounds(flt: RecordFilter, zone: tzinfo) -> tuple[datetime | None, datetime | None]:
    """The filter's first day's start and its last day's end in ``zone``, as UTC instants."""
    start = day_start(flt.date_from, zone) if flt.date_from else None
    end = day_start(flt.date_to + timedelta(days=1), zone) if flt.date_to else None
    return start, end


def event_countries(codes: Sequence[str]) -> Condition:
    return exists().where(
        event_country.c.event_id == Event.id, event_country.c.country_code.in_(codes)
    )


def event_overlaps(start: datetime | None, end: datetime | None) -> Condition:
    """Events (or recurring series) that overlap [start, end); either bound may be open."""
    once: list[Condition] = []
    series: list[Condition] = [Event.recurrence.is_not(None)]
    if end is not None:
        once.append(Event.starts_at < end)
        series.append(Event.starts_at < end)
    if start is not None:
        # an event without length still counts on the instant it happens
        once.append(or_(Event.ends_at > start, Event.starts_at >= start))
        series.append(or_(Event.recurrence_ends_at.is_(None), Event.recurrence_ends_at > start))
    return or_(and_(*once) if once else true(), and_(*series))


def event_dates(flt: RecordFilter, zone: tzinfo) -> Condition:
    start, end = day_bounds(flt, zone)
    utc_start, utc_end = day_bounds(flt, UTC)
    return or_(
        and_(Event.all_day.is_(False), event_overlaps(start, end)),
        and_(Event.all_day.is_(True), event_overlaps(utc_start, utc_end)),
    )


def recurring_without_occurrence(
    session: Session, flt: RecordFilter, zone: tzinfo
) -> Condition | None:
    """Leaves out recurring series that span a closed date range without an occurrence in it.

    SQL can only tell that a series spans the range (its first start to its last end); a
    yearly forum in June spans 10 April too. The few recurring candidates are expanded here.
    With an open bound every spanning series has an occurrence on the open side, so nothing
    needs expanding.
    """
    if flt.date_from is None or flt.date_to is None:
        return None
    start, end = day_bounds(flt, zone)
    utc_start, utc_end = day_bounds(flt, UTC)
    assert start and end and utc_start and utc_end
    candidates = session.execute(
        select(
            Event.id,
            Event.starts_at,
            Event.ends_at,
            Event.timezone,
            Event.recurrence,
            Event.all_day,
        ).where(Event.recurrence.is_not(None), event_dates(flt, zone))
    ).all()
    outside: list[int] = []
    for row in candidates:
        window = (utc_start, utc_end) if row.all_day else (start, end)
        try:
            found = numbered_occurrences(
                row.starts_at,
                row.ends_at,
                row.timezone,
                row.recurrence,
                *window,
                all_day=row.all_day,
            )
        except KnownError:  # a rule that cannot be read: keep the event visible
            continue
        if not found:
            outside.append(row.id)
    return Event.id.not_in(outside) if outside else None


def event_people(ids: Sequence[int]) -> Condition:
    return exists().where(
        EventParticipant.event_id == Event.id, EventParticipant.person_id.in_(ids)
    )


def event_organizations(ids: Sequence[int]) -> Condition:
    return or_(
        exists().where(
            event_organization.c.event_id == Event.id,
            event_organization.c.organization_id.in_(ids),
        ),
        exists().where(
            EventParticipant.event_id == Event.id, EventParticipant.organization_id.in_(ids)
        ),
    )


def event_topics(ids: Sequence[int]) -> Condition:
    return exists().where(event_topic.c.event_id == Event.id, event_topic.c.topic_id.in_(ids))
