"""Delegations: who comes or goes, head and members, dates, and the events of the programme."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from diplotrack.domain import Delegation, DelegationMember, Event, Organization, Person, Place
from diplotrack.domain.enums import DelegationDirection, EventStatus
from diplotrack.store.database import Database

from . import checks
from .base import UnitOfWork, archive_record, restore_record, unit_of_work
from .changes import Changes


@dataclass(frozen=True, kw_only=True)
class DelegationMemberInput:
    person_id: int
    role: str | None = None  # e.g. "head of the housing department"


@dataclass(frozen=True, kw_only=True)
class DelegationInput:
    """A delegation; ``country`` as an ISO code or a name. ``programme_event_ids`` are the events
    of the visit: None leaves the programme as it is, a tuple makes it exactly those events."""

    title: str
    country: str
    direction: str = DelegationDirection.INCOMING
    status: str = EventStatus.PLANNED
    organization_id: int | None = None
    place_id: int | None = None
    head_id: int | None = None
    arrives_on: date | None = None
    departs_on: date | None = None
    purpose: str | None = None
    notes: str | None = None
    members: tuple[DelegationMemberInput, ...] = ()
    programme_event_ids: tuple[int, ...] | None = None


def _apply(work: UnitOfWork, delegation: Delegation, data: DelegationInput) -> None:
    session = work.session
    existing = delegation.id is not None
    organization = checks.record(
        session,
        Organization,
        data.organization_id,
        "organization_id",
        keep=delegation.organization_id if existing else None,
    )
    place = checks.record(
        session, Place, data.place_id, "place_id", keep=delegation.place_id if existing else None
    )
    head = checks.record(
        session, Person, data.head_id, "head_id", keep=delegation.head_id if existing else None
    )
    checks.not_before(data.departs_on, data.arrives_on, "departs_on", "arrives_on")
    kept_members = [m.person_id for m in delegation.members] if existing else []
    people = checks.records(
        session, Person, [m.person_id for m in data.members], "members", keep=kept_members
    )
    names = {person.id: person.name for person in people}
    checks.no_duplicates([(m.person_id, names[m.person_id]) for m in data.members], "members")
    roles = [checks.optional_text(m.role, "members", limit=500) for m in data.members]
    programme: list[Event] | None = None
    if data.programme_event_ids is not None:
        current = [e.id for e in delegation.programme] if existing else []
        programme = checks.records(
            session, Event, data.programme_event_ids, "programme_event_ids", keep=current
        )
    checks.assign(
        delegation,
        {
            "title": checks.required_text(data.title, "title"),
            "country_code": checks.country_code(session, data.country, "country"),
            "direction": checks.choice(DelegationDirection, data.direction, "direction"),
            "status": checks.choice(EventStatus, data.status, "status"),
            "organization_id": organization.id if organization else None,
            "place_id": place.id if place else None,
            "head_id": head.id if head else None,
            "arrives_on": data.arrives_on,
            "departs_on": data.departs_on,
            "purpose": checks.optional_text(data.purpose, "purpose"),
            "notes": checks.optional_text(data.notes, "notes"),
        },
    )
    _apply_members(delegation, data.members, roles)
    if programme is not None:
        _apply_programme(work, delegation, programme)


def _apply_members(
    delegation: Delegation, members: tuple[DelegationMemberInput, ...], roles: list[str | None]
) -> None:
    existing = {member.person_id: member for member in delegation.members}
    wanted = {member.person_id for member in members}
    for person_id, member in existing.items():
        if person_id not in wanted:
            delegation.members.remove(member)
    for position, (given, role) in enumerate(zip(members, roles, strict=True)):
        row = existing.get(given.person_id)
        if row is None:
            row = DelegationMember(person_id=given.person_id)
            delegation.members.append(row)
        checks.assign(row, {"role": role, "position": position})


def _apply_programme(work: UnitOfWork, delegation: Delegation, programme: list[Event]) -> None:
    if delegation.id is None:
        work.session.flush()  # the new delegation's id, for its events to point to
    wanted = {event.id for event in programme}
    linked = work.session.scalars(select(Event).where(Event.delegation_id == delegation.id))
    for event in linked:
        if event.id not in wanted:
            event.delegation_id = None
            work.touch(event)
    for event in programme:
        if event.delegation_id != delegation.id:
            event.delegation_id = delegation.id
            work.touch(event)


def create_delegation(db: Database, data: DelegationInput) -> Changes:
    with unit_of_work(db) as work:
        delegation = Delegation()
        work.add(delegation)
        _apply(work, delegation, data)
    return work.changes


def update_delegation(
    db: Database, delegation_id: int, data: DelegationInput, *, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        _apply(work, work.load(Delegation, delegation_id, expected_version), data)
    return work.changes


def archive_delegation(db: Database, delegation_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, Delegation, delegation_id, expected_version)


def restore_delegation(db: Database, delegation_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, Delegation, delegation_id, expected_version)
