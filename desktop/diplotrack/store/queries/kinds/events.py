"""The event and delegation registers: their columns, joins, and a page's related values
(an event's countries, participants and topics; a delegation's members)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session, aliased

from diplotrack.domain import (
    Delegation,
    DelegationMember,
    Event,
    EventParticipant,
    Organization,
    Person,
    Place,
    Topic,
    event_country,
    event_topic,
)

from .. import rows as r
from ..register import Register, grouped, plain
from .fields import record_fields


def _event_columns() -> dict[str, Any]:
    return {
        "id": Event.id,
        "kind": Event.kind,
        "title": Event.title,
        "starts_at": Event.starts_at,
        "ends_at": Event.ends_at,
        "all_day": Event.all_day,
        "timezone": Event.timezone,
        "date_precision": Event.date_precision,
        "status": Event.status,
        "level": Event.level,
        "format": Event.format,
        "place": Place.name,
        "place_id": Event.place_id,
        "recurrence": Event.recurrence,
        "delegation_id": Event.delegation_id,
        "archived": Event.archived_at,
        "version": Event.version,
    }


def event_extras(
    session: Session, ids: Sequence[int]
) -> tuple[
    dict[int, tuple[str, ...]], dict[int, tuple[r.Participation, ...]], dict[int, tuple[str, ...]]
]:
    """Countries, participants and topics of these events: three queries per chunk of ids."""
    countries = grouped(
        session,
        ids,
        lambda chunk: (
            select(event_country.c.event_id, event_country.c.country_code)
            .where(event_country.c.event_id.in_(chunk))
            .order_by(event_country.c.event_id, event_country.c.country_code)
        ),
    )
    participants = grouped(
        session,
        ids,
        lambda chunk: (
            select(
                EventParticipant.event_id,
                Person.name,
                Person.name_alt,
                EventParticipant.role,
                EventParticipant.description,
                Organization.name,
                EventParticipant.person_id,
                EventParticipant.organization_id,
            )
            .outerjoin(Person, EventParticipant.person_id == Person.id)
            .outerjoin(Organization, EventParticipant.organization_id == Organization.id)
            .where(EventParticipant.event_id.in_(chunk))
            .order_by(EventParticipant.event_id, EventParticipant.position, EventParticipant.id)
        ),
    )
    topics = grouped(
        session,
        ids,
        lambda chunk: (
            select(event_topic.c.event_id, Topic.name_ru)
            .join(Topic, event_topic.c.topic_id == Topic.id)
            .where(event_topic.c.event_id.in_(chunk))
            .order_by(event_topic.c.event_id, Topic.id)
        ),
    )
    return (
        {key: tuple(row[1] for row in found) for key, found in countries.items()},
        {
            key: tuple(
                r.Participation(
                    name=row[1] or row[4] or row[5] or "",
                    name_alt=row[2] if row[1] else None,
                    role=plain(row[3]),
                    person_id=row[6],
                    organization_id=row[7],
                )
                for row in found
            )
            for key, found in participants.items()
        },
        {key: tuple(row[1] for row in found) for key, found in topics.items()},
    )


def _event_rows(session: Session, found: Sequence[RowMapping]) -> list[r.EventRow]:
    countries, participants, topics = event_extras(session, [row["id"] for row in found])
    return [
        r.EventRow(
            **record_fields(row),
            countries=countries.get(row["id"], ()),
            participants=participants.get(row["id"], ()),
            topics=topics.get(row["id"], ()),
        )
        for row in found
    ]


EVENTS = Register(
    kind="event",
    columns=_event_columns,
    select_from=lambda s: s.select_from(Event).outerjoin(Place, Event.place_id == Place.id),
    finish=_event_rows,
    walkable_sort_keys=frozenset({"starts_at"}),  # ix_event_start_end
    extra_sort_keys=lambda: {
        # the first code through the (event, country) key's order, which stops at the first
        # entry; min() over the same entries reads them all (~50 ms more over 100,000 events)
        "countries": select(event_country.c.country_code)
        .where(event_country.c.event_id == Event.id)
        .order_by(event_country.c.country_code)
        .limit(1)
        .scalar_subquery()
    },
)

_head = aliased(Person, name="head")


def _delegation_rows(session: Session, found: Sequence[RowMapping]) -> list[r.DelegationRow]:
    members = grouped(
        session,
        [row["id"] for row in found],
        lambda chunk: (
            select(DelegationMember.delegation_id, Person.name)
            .join(Person, DelegationMember.person_id == Person.id)
            .where(DelegationMember.delegation_id.in_(chunk))
            .order_by(
                DelegationMember.delegation_id, DelegationMember.position, DelegationMember.id
            )
        ),
    )
    return [
        r.DelegationRow(
            **record_fields(row),
            members=tuple(m[1] for m in members.get(row["id"], ())),
        )
        for row in found
    ]


DELEGATIONS = Register(
    kind="delegation",
    columns=lambda: {
        "id": Delegation.id,
        "title": Delegation.title,
        "direction": Delegation.direction,
        "status": Delegation.status,
        "arrives_on": Delegation.arrives_on,
        "departs_on": Delegation.departs_on,
        "country": Delegation.country_code,
        "place": Place.name,
        "place_id": Delegation.place_id,
        "organization": Organization.name,
        "organization_id": Delegation.organization_id,
        "head": _head.name,
        "head_id": Delegation.head_id,
        "archived": Delegation.archived_at,
        "version": Delegation.version,
    },
    select_from=lambda s: (
        s.select_from(Delegation)
        .outerjoin(Place, Delegation.place_id == Place.id)
        .outerjoin(Organization, Delegation.organization_id == Organization.id)
        .outerjoin(_head, Delegation.head_id == _head.id)
    ),
    finish=_delegation_rows,
)
