"""Detail views (and the command line's JSON) of one event, delegation, agreement, person,
organization: the register row plus everything linked to it, as light values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    Attachment,
    Delegation,
    Event,
    EventParticipant,
    FollowUp,
    NotFoundError,
    Organization,
    Person,
    Place,
    Position,
    Topic,
    event_agreement,
    event_organization,
)
from diplotrack.domain.filters import RecordFilter

from .kinds import AGREEMENTS, DELEGATIONS, EVENTS, FOLLOWUPS, ORGANIZATIONS, PEOPLE
from .programmes import venues_of
from .register import Register, chunks, list_rows
from .rows import AgreementRow, DelegationRow, EventRow, FollowUpRow, OrganizationRow, PersonRow

_ALL = RecordFilter(include_archived=True)


@dataclass(frozen=True)
class Link:
    """A linked record by kind, id and title, for a detail view to open."""

    kind: str
    id: int
    title: str


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    file_name: str
    media_type: str
    size: int


@dataclass(frozen=True)
class PostHeld:
    """A position: title, organization, from and to (either may be unknown)."""

    title: str
    organization: str | None
    organization_id: int | None
    started_on: date | None
    ended_on: date | None
    title_alt: str | None = None  # the title in the other language


@dataclass(frozen=True)
class ParticipantDetail:
    name: str
    name_alt: str | None
    role: str
    person_id: int | None
    organization_id: int | None
    position: str | None  # the person's current post
    organization: str | None
    position_alt: str | None = None  # the post in the other language


@dataclass(frozen=True)
class EventDetail:
    row: EventRow
    venue: str | None
    notes: str | None
    source: str | None
    edition: int | None
    title_alt: str | None
    participants: tuple[ParticipantDetail, ...]
    organizations: tuple[Link, ...]
    agreements: tuple[Link, ...]
    parent: Link | None
    delegation: Link | None
    followups: tuple[FollowUpRow, ...]
    attachments: tuple[AttachmentInfo, ...]


@dataclass(frozen=True)
class DelegationDetail:
    row: DelegationRow
    purpose: str | None
    notes: str | None
    programme: tuple[EventRow, ...]
    followups: tuple[FollowUpRow, ...]
    attachments: tuple[AttachmentInfo, ...]
    venues: Mapping[int, str] = field(default_factory=dict)  # of programme events, by id


@dataclass(frozen=True)
class AgreementDetail:
    row: AgreementRow
    title_alt: str | None
    summary: str | None
    notes: str | None
    events: tuple[EventRow, ...]
    followups: tuple[FollowUpRow, ...]
    attachments: tuple[AttachmentInfo, ...]


@dataclass(frozen=True)
class FollowUpDetail:
    row: FollowUpRow
    notes: str | None
    linked: tuple[Link, ...]  # the event, delegation and agreement it came from


@dataclass(frozen=True)
class PersonDetail:
    row: PersonRow
    notes: str | None
    contact_notes: str | None
    positions: tuple[PostHeld, ...]  # in time order
    events: tuple[EventRow, ...]  # newest first


@dataclass(frozen=True)
class OrganizationDetail:
    row: OrganizationRow
    notes: str | None
    people: tuple[PersonRow, ...]  # holding a post there now or before
    children: tuple[OrganizationRow, ...]
    events: tuple[EventRow, ...]  # newest first


_NAMED: dict[str, tuple[Any, Any]] = {
    "event": (Event.id, Event.title_alt),
    "agreement": (Agreement.id, Agreement.title_alt),
    "person": (Person.id, Person.name_alt),
    "organization": (Organization.id, Organization.name_alt),
    "place": (Place.id, Place.name_alt),
}


def other_names(session: Session, refs: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The names (titles) of records in the other script or language, where known, by
    (kind, id): what a detail view shows in English for a record written in Russian."""
    wanted: dict[str, set[int]] = {}
    for kind, record_id in refs:
        if kind in _NAMED:
            wanted.setdefault(kind, set()).add(record_id)
    found: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        id_column, name_column = _NAMED[kind]
        for chunk in chunks(sorted(ids)):
            statement = select(id_column, name_column).where(
                id_column.in_(chunk), name_column.is_not(None)
            )
            for record_id, name in session.execute(statement):
                found[(kind, record_id)] = name
    return found


_BY_NAME: dict[str, type[Place] | type[Organization]] = {
    "place": Place,
    "organization": Organization,
}


def other_names_by_name(session: Session, kind: str, names: Iterable[str]) -> dict[str, str]:
    """The other-script names of the places or organizations called exactly one of ``names``,
    for rows that carry a name rather than an id (a calendar item's place, a follow-up's
    responsible written as text); a live record's name wins over an archived one's."""
    model = _BY_NAME[kind]
    found: dict[str, str] = {}
    for chunk in chunks(sorted(set(names))):
        statement = (
            select(model.name, model.name_alt)
            .where(model.name.in_(chunk), model.name_alt.is_not(None))
            .order_by(model.archived_at.is_not(None), model.id)
        )
        for name, name_alt in session.execute(statement):
            if name_alt:
                found.setdefault(name, name_alt)
    return found


def topic_names_en(session: Session) -> dict[str, str]:
    """Topics' English names by their Russian ones (rows carry the Russian name)."""
    statement = select(Topic.name_ru, Topic.name_en).where(Topic.name_en.is_not(None))
    return {name_ru: name_en for name_ru, name_en in session.execute(statement) if name_en}


def _one(session: Session, register: Register[Any], record_id: int) -> Any:
    model = {"event": Event, "delegation": Delegation, "agreement": Agreement}.get(register.kind)
    model = (
        model
        or {"person": Person, "organization": Organization, "followup": FollowUp}[register.kind]
    )
    found = list_rows(session, register, _ALL, order_by="id", extra=[model.id == record_id])
    if not found:
        raise NotFoundError(f"There is no {register.kind} with id {record_id}")
    return found[0]


def _attachments(session: Session, column: Any, record_id: int) -> tuple[AttachmentInfo, ...]:
    statement = (
        select(Attachment.id, Attachment.file_name, Attachment.media_type, Attachment.size)
        .where(column == record_id, Attachment.archived_at.is_(None))
        .order_by(Attachment.id)
    )
    return tuple(AttachmentInfo(*row) for row in session.execute(statement))


def _followups(session: Session, column: Any, record_id: int) -> tuple[FollowUpRow, ...]:
    return tuple(
        list_rows(
            session, FOLLOWUPS, RecordFilter(), order_by="due_on", extra=[column == record_id]
        )
    )


def _events(session: Session, condition: Any, *, descending: bool = False) -> tuple[EventRow, ...]:
    return tuple(
        list_rows(
            session,
            EVENTS,
            RecordFilter(),
            order_by="starts_at",
            descending=descending,
            extra=[condition],
        )
    )


def event_detail(session: Session, event_id: int) -> EventDetail:
    row: EventRow = _one(session, EVENTS, event_id)
    event = session.get_one(Event, event_id)
    people = [p.person_id for p in row.participants if p.person_id is not None]
    posts = {
        person_id: (title, organization, title_alt)
        for person_id, title, organization, title_alt in session.execute(
            select(Position.person_id, Position.title, Organization.name, Position.title_alt)
            .outerjoin(Organization, Position.organization_id == Organization.id)
            .where(Position.person_id.in_(people), Position.ended_on.is_(None))
            .order_by(Position.started_on.is_(None).desc(), Position.started_on, Position.id)
        )
    }
    organizations = session.execute(
        select(Organization.id, Organization.name)
        .join(event_organization, event_organization.c.organization_id == Organization.id)
        .where(event_organization.c.event_id == event_id)
        .order_by(Organization.id)
    )
    agreements = session.execute(
        select(Agreement.id, Agreement.title)
        .join(event_agreement, event_agreement.c.agreement_id == Agreement.id)
        .where(event_agreement.c.event_id == event_id)
        .order_by(Agreement.id)
    )
    parent = session.get(Event, event.parent_id) if event.parent_id else None
    delegation = session.get(Delegation, event.delegation_id) if event.delegation_id else None
    return EventDetail(
        row=row,
        venue=event.venue,
        notes=event.notes,
        source=event.source,
        edition=event.edition,
        title_alt=event.title_alt,
        participants=tuple(
            ParticipantDetail(
                p.name,
                p.name_alt,
                p.role,
                p.person_id,
                p.organization_id,
                *posts.get(p.person_id or 0, (None, None, None)),
            )
            for p in row.participants
        ),
        organizations=tuple(Link("organization", i, name) for i, name in organizations),
        agreements=tuple(Link("agreement", i, title) for i, title in agreements),
        parent=Link("event", parent.id, parent.title) if parent else None,
        delegation=Link("delegation", delegation.id, delegation.title) if delegation else None,
        followups=_followups(session, FollowUp.event_id, event_id),
        attachments=_attachments(session, Attachment.event_id, event_id),
    )


def delegation_detail(session: Session, delegation_id: int) -> DelegationDetail:
    row: DelegationRow = _one(session, DELEGATIONS, delegation_id)
    delegation = session.get_one(Delegation, delegation_id)
    programme = _events(session, Event.delegation_id == delegation_id)
    return DelegationDetail(
        row=row,
        purpose=delegation.purpose,
        notes=delegation.notes,
        programme=programme,
        followups=_followups(session, FollowUp.delegation_id, delegation_id),
        attachments=_attachments(session, Attachment.delegation_id, delegation_id),
        venues=venues_of(session, [event.id for event in programme]),
    )


def agreement_detail(session: Session, agreement_id: int) -> AgreementDetail:
    row: AgreementRow = _one(session, AGREEMENTS, agreement_id)
    agreement = session.get_one(Agreement, agreement_id)
    linked = select(event_agreement.c.event_id).where(
        event_agreement.c.agreement_id == agreement_id
    )
    return AgreementDetail(
        row=row,
        title_alt=agreement.title_alt,
        summary=agreement.summary,
        notes=agreement.notes,
        events=_events(session, Event.id.in_(linked)),
        followups=_followups(session, FollowUp.agreement_id, agreement_id),
        attachments=_attachments(session, Attachment.agreement_id, agreement_id),
    )


def person_detail(session: Session, person_id: int) -> PersonDetail:
    row: PersonRow = _one(session, PEOPLE, person_id)
    person = session.get_one(Person, person_id)
    posts = session.execute(
        select(
            Position.title,
            Organization.name,
            Position.organization_id,
            Position.started_on,
            Position.ended_on,
            Position.title_alt,
        )
        .outerjoin(Organization, Position.organization_id == Organization.id)
        .where(Position.person_id == person_id)
        .order_by(Position.started_on.is_(None).desc(), Position.started_on, Position.id)
    )
    took_part = select(EventParticipant.event_id).where(EventParticipant.person_id == person_id)
    return PersonDetail(
        row=row,
        notes=person.notes,
        contact_notes=person.contact_notes,
        positions=tuple(PostHeld(*post) for post in posts),
        events=_events(session, Event.id.in_(took_part), descending=True),
    )


def organization_detail(session: Session, organization_id: int) -> OrganizationDetail:
    row: OrganizationRow = _one(session, ORGANIZATIONS, organization_id)
    organization = session.get_one(Organization, organization_id)
    holders = select(Position.person_id).where(Position.organization_id == organization_id)
    involved = (
        select(event_organization.c.event_id)
        .where(event_organization.c.organization_id == organization_id)
        .union(
            select(EventParticipant.event_id).where(
                EventParticipant.organization_id == organization_id
            )
        )
    )
    return OrganizationDetail(
        row=row,
        notes=organization.notes,
        people=tuple(
            list_rows(
                session, PEOPLE, RecordFilter(), order_by="name", extra=[Person.id.in_(holders)]
            )
        ),
        children=tuple(
            list_rows(
                session,
                ORGANIZATIONS,
                RecordFilter(),
                order_by="name",
                extra=[Organization.parent_id == organization_id],
            )
        ),
        events=_events(session, Event.id.in_(involved), descending=True),
    )


def followup_detail(session: Session, followup_id: int) -> FollowUpDetail:
    row: FollowUpRow = _one(session, FOLLOWUPS, followup_id)
    followup = session.get_one(FollowUp, followup_id)
    linked: list[Link] = []
    if followup.event is not None:
        linked.append(Link("event", followup.event.id, followup.event.title))
    if followup.delegation is not None:
        linked.append(Link("delegation", followup.delegation.id, followup.delegation.title))
    if followup.agreement is not None:
        linked.append(Link("agreement", followup.agreement.id, followup.agreement.title))
    return FollowUpDetail(row=row, notes=followup.notes, linked=tuple(linked))
