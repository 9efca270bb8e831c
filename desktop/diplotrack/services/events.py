"""Logging, editing, rescheduling, archiving and restoring events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    Country,
    Delegation,
    Event,
    EventParticipant,
    Organization,
    Person,
    Place,
    Topic,
    ValidationError,
)
from diplotrack.domain.enums import (
    DatePrecision,
    EventFormat,
    EventKind,
    EventLevel,
    EventStatus,
    ParticipantRole,
)
from diplotrack.domain.recurrence import recurrence_end
from diplotrack.store.database import Database

from . import checks
from . import messages as msg
from .base import archive_record, restore_record, unit_of_work
from .changes import Changes


@dataclass(frozen=True, kw_only=True)
class ParticipantInput:
    """A named person (optionally on behalf of an organization), or an organization without
    names ("heads of departments of the city administration", told in ``description``)."""

    person_id: int | None = None
    organization_id: int | None = None
    role: str = ParticipantRole.PARTICIPANT
    description: str | None = None


@dataclass(frozen=True, kw_only=True)
class EventInput:
    """An event as an editor or the command line gives it: plain values, ids and country names.

    Times are aware datetimes. An all-day event gives midnights (in any zone): ``starts_at`` of
    its first day and ``ends_at`` of the day after its last; ``all_day_span`` makes them.
    ``countries`` are ISO codes or names people write ("KG", "Киргизия").
    """

    title: str
    starts_at: datetime
    ends_at: datetime
    kind: str = EventKind.MEETING
    status: str = EventStatus.PLANNED
    level: str = EventLevel.OFFICIAL
    format: str = EventFormat.IN_PERSON
    timezone: str = "Asia/Krasnoyarsk"
    all_day: bool = False
    date_precision: str = DatePrecision.EXACT
    recurrence: str | None = None
    title_alt: str | None = None
    place_id: int | None = None
    venue: str | None = None
    edition: int | None = None
    parent_id: int | None = None
    delegation_id: int | None = None
    source: str | None = None
    notes: str | None = None
    countries: tuple[str, ...] = ()
    organization_ids: tuple[int, ...] = ()
    topic_ids: tuple[int, ...] = ()
    agreement_ids: tuple[int, ...] = ()
    participants: tuple[ParticipantInput, ...] = ()


def all_day_span(first_day: date, last_day: date | None = None) -> tuple[datetime, datetime]:
    """``starts_at`` and ``ends_at`` of an all-day event from its first and last day."""
    last = last_day or first_day
    start = datetime.combine(first_day, time(0), UTC)
    return start, datetime.combine(last + timedelta(days=1), time(0), UTC)


@dataclass
class _Participant:
    key: tuple[Any, ...]
    person_id: int | None
    organization_id: int | None
    role: ParticipantRole
    description: str | None


@dataclass
class _Checked:
    columns: dict[str, Any]
    countries: list[Country]
    organizations: list[Organization]
    topics: list[Topic]
    agreements: list[Agreement]
    participants: list[_Participant]


def _midnight(value: datetime, field: str) -> datetime:
    """An all-day bound as 00:00 UTC of the calendar day it names in its own zone."""
    checks.aware(value, field)
    if value.timetz().replace(tzinfo=None) != time(0):
        raise checks.invalid(msg.ALL_DAY_NOT_MIDNIGHT, field, value=value.isoformat())
    return datetime.combine(value.date(), time(0), UTC)


def _times(
    starts_at: datetime, ends_at: datetime, timezone: str, all_day: bool, precision: DatePrecision
) -> tuple[datetime, datetime]:
    zone = checks.time_zone(timezone)
    if all_day:
        start, end = _midnight(starts_at, "starts_at"), _midnight(ends_at, "ends_at")
        if end <= start:
            raise msg.refusal(ValidationError, msg.ALL_DAY_EMPTY, field="ends_at")
        return start, end
    if precision is not DatePrecision.EXACT:
        raise checks.invalid(msg.APPROXIMATE_NOT_ALL_DAY, "date_precision", value=precision.value)
    start, end = checks.aware(starts_at, "starts_at"), checks.aware(ends_at, "ends_at")
    checks.not_before(end, start, "ends_at", "starts_at", zone=zone)
    return start, end


def _recurrence(
    text: str | None, start: datetime, end: datetime, timezone: str, all_day: bool
) -> tuple[str | None, datetime | None]:
    """The rule as stored (one RFC 5545 line per line) and the end of its last occurrence."""
    # RFC 5545 folds long lines with a leading space or tab on the continuation
    unfolded = (text or "").replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    lines = [
        line if ":" in line else f"RRULE:{line}"
        for line in (raw.strip() for raw in unfolded.split("\n"))
        if line
    ]
    if not lines:
        return None, None
    rule = "\n".join(lines)
    try:
        return rule, recurrence_end(start, end, timezone, rule, all_day=all_day)
    except ValidationError as error:
        if error.template is None:
            raise checks.invalid(
                msg.BAD_RECURRENCE, "recurrence", value=rule, problem=error.message
            ) from error
        # the rule's own refusal names the line (in the window's language: its template); the
        # command's English adds the library's reason
        refusal = checks.invalid(error.template, "recurrence", **error.values)
        reason = error.values.get("reason")
        if reason:
            refusal.message = f"{refusal.message} ({reason})"
        raise refusal from error


def _participants(session: Session, given: tuple[ParticipantInput, ...]) -> list[_Participant]:
    field = "participants"
    people = {
        p.id: p
        for p in checks.records(
            session, Person, [g.person_id for g in given if g.person_id is not None], field
        )
    }
    organizations = {
        o.id: o
        for o in checks.records(
            session,
            Organization,
            [g.organization_id for g in given if g.organization_id is not None],
            field,
        )
    }
    checked: list[_Participant] = []
    names: list[tuple[object, str]] = []
    for number, item in enumerate(given, start=1):
        description = checks.optional_text(item.description, field, limit=1000)
        role = checks.choice(ParticipantRole, item.role, field)
        if item.person_id is not None:
            key: tuple[Any, ...] = ("person", item.person_id)
            name = people[item.person_id].name
        elif item.organization_id is not None:
            key = ("organization", item.organization_id, (description or "").casefold())
            name = organizations[item.organization_id].name
        else:
            raise checks.invalid(msg.PARTICIPANT_WITHOUT_WHO, field, number=number)
        names.append((key, name))
        checked.append(_Participant(key, item.person_id, item.organization_id, role, description))
    checks.no_duplicates(names, field)
    return checked


def _check(session: Session, data: EventInput, event: Event | None) -> _Checked:
    """Every rule for an event, before anything is written; ``event`` is the one being edited."""
    precision = checks.choice(DatePrecision, data.date_precision, "date_precision")
    start, end = _times(data.starts_at, data.ends_at, data.timezone, data.all_day, precision)
    rule, rule_end = _recurrence(data.recurrence, start, end, data.timezone.strip(), data.all_day)
    place = checks.record(
        session, Place, data.place_id, "place_id", keep=event.place_id if event else None
    )
    parent = checks.record(
        session, Event, data.parent_id, "parent_id", keep=event.parent_id if event else None
    )
    checks.no_parent_cycle(session, Event, event.id if event else None, parent, "parent_id")
    checks.record(
        session,
        Delegation,
        data.delegation_id,
        "delegation_id",
        keep=event.delegation_id if event else None,
    )
    columns: dict[str, Any] = {
        "title": checks.required_text(data.title, "title"),
        "title_alt": checks.optional_text(data.title_alt, "title_alt", limit=1000),
        "kind": checks.choice(EventKind, data.kind, "kind"),
        "status": checks.choice(EventStatus, data.status, "status"),
        "level": checks.choice(EventLevel, data.level, "level"),
        "format": checks.choice(EventFormat, data.format, "format"),
        "starts_at": start,
        "ends_at": end,
        "timezone": data.timezone.strip(),
        "all_day": data.all_day,
        "date_precision": precision,
        "recurrence": rule,
        "recurrence_ends_at": rule_end,
        "place_id": place.id if place else None,
        "venue": checks.optional_text(data.venue, "venue", limit=1000),
        "edition": checks.positive(data.edition, "edition"),
        "parent_id": parent.id if parent else None,
        "delegation_id": data.delegation_id,
        "source": checks.optional_text(data.source, "source"),
        "notes": checks.optional_text(data.notes, "notes"),
    }
    codes = checks.country_codes(session, data.countries)
    kept_organizations = [o.id for o in event.organizations] if event else []
    kept_agreements = [a.id for a in event.agreements] if event else []
    return _Checked(
        columns=columns,
        countries=[session.get_one(Country, code) for code in codes],
        organizations=checks.records(
            session,
            Organization,
            data.organization_ids,
            "organization_ids",
            keep=kept_organizations,
        ),
        topics=checks.rows(session, Topic, data.topic_ids, "topic_ids"),
        agreements=checks.records(
            session, Agreement, data.agreement_ids, "agreement_ids", keep=kept_agreements
        ),
        participants=_participants(session, data.participants),
    )


def _apply(event: Event, checked: _Checked) -> None:
    checks.assign(event, checked.columns)
    replace_collection(event.countries, checked.countries)
    replace_collection(event.organizations, checked.organizations)
    replace_collection(event.topics, checked.topics)
    replace_collection(event.agreements, checked.agreements)
    existing = {_key_of(p): p for p in event.participants}
    wanted = {p.key for p in checked.participants}
    for key, participant in existing.items():
        if key not in wanted:
            event.participants.remove(participant)
    for position, item in enumerate(checked.participants):
        row = existing.get(item.key)
        if row is None:
            row = EventParticipant(person_id=item.person_id)
            event.participants.append(row)
        checks.assign(
            row,
            {
                "organization_id": item.organization_id,
                "role": item.role,
                "description": item.description,
                "position": position,
            },
        )


def _key_of(row: EventParticipant) -> tuple[Any, ...]:
    if row.person_id is not None:
        return ("person", row.person_id)
    return ("organization", row.organization_id, (row.description or "").casefold())


def replace_collection(current: list[Any], wanted: list[Any]) -> None:
    """Makes a many-to-many list hold ``wanted``, touching it only if the members differ."""
    if {id(item) for item in current} != {id(item) for item in wanted}:
        current[:] = wanted


def create_event(db: Database, data: EventInput) -> Changes:
    with unit_of_work(db) as work:
        checked = _check(work.session, data, None)
        event = Event()
        _apply(event, checked)
        work.add(event)
    return work.changes


def update_event(
    db: Database, event_id: int, data: EventInput, *, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        event = work.load(Event, event_id, expected_version)
        _apply(event, _check(work.session, data, event))
    return work.changes


def reschedule_event(
    db: Database, event_id: int, starts_at: datetime, ends_at: datetime, *, expected_version: int
) -> Changes:
    """Moves an event (a drag on the calendar), keeping its zone, all-day flag and rule."""
    with unit_of_work(db) as work:
        event = work.load(Event, event_id, expected_version)
        start, end = _times(starts_at, ends_at, event.timezone, event.all_day, event.date_precision)
        _, rule_end = _recurrence(event.recurrence, start, end, event.timezone, event.all_day)
        event.starts_at, event.ends_at, event.recurrence_ends_at = start, end, rule_end
    return work.changes


def archive_event(db: Database, event_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, Event, event_id, expected_version)


def restore_event(db: Database, event_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, Event, event_id, expected_version)
