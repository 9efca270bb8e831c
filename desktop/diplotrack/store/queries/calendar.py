"""The calendar: event occurrences (recurrences expanded) and delegations' stays in a range."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    Executable,
    String,
    bindparam,
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

from .calendar_item import CalendarItem
from .calendar_rows import (
    DELEGATION_KINDS,
    SHORT_REACH,
    TIME_ORDER,
    delegation_item,
    event_items,
    stay_days,
)
from .filtering import conditions, delegation_overlaps
from .register import plain

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
    if not flt.kinds or DELEGATION_KINDS & set(flt.kinds):
        items.extend(_delegation_items(session, start, end, flt))
    items.sort(key=TIME_ORDER)
    return items


def _is_long(dialect: str) -> Condition:
    """The WHERE of ``ix_event_long`` as the engine's planner must see it to use the index
    (SQLite matches a partial index's terms literally, so 30 is a literal, not a parameter)."""
    if dialect == "sqlite":
        length = func.julianday(Event.ends_at) - func.julianday(Event.starts_at)
        return length > literal_column("30")
    return Event.ends_at - Event.starts_at > literal_column("interval '30 days'")


# Paging through a calendar asks the same statements with other dates: each is built once per
# filter and kept. Text and date filters read the database while their statement is built,
# so those are built afresh every time.
_STATEMENTS: dict[tuple[str, str, RecordFilter], Executable] = {}
_STATEMENTS_KEPT = 32


def _statement(
    session: Session,
    part: str,
    flt: RecordFilter,
    build: Callable[[Session, str, RecordFilter], Executable],
) -> Executable:
    dialect = session.get_bind().dialect.name
    if flt.text.strip() or flt.date_from is not None or flt.date_to is not None:
        return build(session, dialect, flt)
    key = (part, dialect, flt)
    statement = _STATEMENTS.get(key)
    if statement is None:
        if len(_STATEMENTS) >= _STATEMENTS_KEPT:
            _STATEMENTS.pop(next(iter(_STATEMENTS)))
        statement = _STATEMENTS[key] = build(session, dialect, flt)
    return statement


def _event_statement(session: Session, dialect: str, flt: RecordFilter) -> Executable:
    countries = (
        select(func.aggregate_strings(event_country.c.country_code, ","))
        .where(event_country.c.event_id == Event.id)
        .scalar_subquery()
    )
    columns = (
        Event.id,
        Event.title,
        # read as stored and made aware here: a month at 100,000 events holds ~2,000 of them,
        # and the type's own conversion costs five times as much per value
        type_coerce(Event.starts_at, String),
        type_coerce(Event.ends_at, String),
        Event.all_day,
        # the stored strings, as CalendarItem keeps them, without a round trip through the enums
        type_coerce(Event.kind, String),
        type_coerce(Event.status, String),
        Event.timezone,
        Event.recurrence,
        Place.name,
        countries,
        type_coerce(Event.date_precision, String),
    )
    filters = conditions(session, "event", flt)
    moment = Event.starts_at.type
    start = bindparam("range_start", type_=moment)
    end = bindparam("range_end", type_=moment)
    reach = bindparam("reach", type_=moment)
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
        (one_off, _is_long(dialect), Event.starts_at < reach, Event.ends_at > start),
        (
            Event.recurrence.is_not(None),
            Event.starts_at < end,
            or_(Event.recurrence_ends_at.is_(None), Event.recurrence_ends_at > start),
        ),
    )
    return union_all(
        *(
            select(*columns).outerjoin(Place, Event.place_id == Place.id).where(*where, *filters)
            for where in parts
        )
    )


def _event_items(
    session: Session, start: datetime, end: datetime, flt: RecordFilter
) -> list[CalendarItem]:
    statement = _statement(session, "events", flt, _event_statement)
    parameters = {"range_start": start, "range_end": end, "reach": start - SHORT_REACH}
    return event_items(session.execute(statement, parameters).all(), start, end)


def _delegation_statement(session: Session, dialect: str, flt: RecordFilter) -> Executable:
    kinds = tuple(kind for kind in flt.kinds if kind in ("incoming", "outgoing"))
    return (
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
            delegation_overlaps(
                bindparam("first_day", type_=Delegation.arrives_on.type),
                bindparam("last_day", type_=Delegation.arrives_on.type),
            ),
            *conditions(session, "delegation", replace(flt, kinds=kinds)),
        )
    )


def _delegation_items(
    session: Session, start: datetime, end: datetime, flt: RecordFilter
) -> list[CalendarItem]:
    first, last = stay_days(start, end)
    statement = _statement(session, "delegations", flt, _delegation_statement)
    rows = session.execute(statement, {"first_day": first, "last_day": last})
    return [
        delegation_item(
            row.id,
            row.title,
            row.arrives_on,
            row.departs_on,
            plain(row.direction),
            plain(row.status),
            row.country_code,
            row.name,
        )
        for row in rows
    ]
