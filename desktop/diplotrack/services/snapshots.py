"""A record as its service's input and its version: what an editor opens and an undo restores.

Each ``<kind>_input(db, id)`` reads one record in a short session and gives back the input
dataclass that, passed to ``update_<kind>`` with the version, would leave the record exactly as
it is (so saving an unchanged editor writes nothing). Archived records load too: an editor may
show them, and undo may need them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    Delegation,
    Event,
    FollowUp,
    NotFoundError,
    Organization,
    Person,
    Place,
    Position,
    Record,
)
from diplotrack.store.database import Database

from . import messages as msg
from .agreements import AgreementInput, AgreementPartyInput, SignatoryInput
from .delegations import DelegationInput, DelegationMemberInput
from .events import EventInput, ParticipantInput
from .followups import FollowUpInput
from .organizations import OrganizationInput
from .people import PersonInput, PositionInput
from .places import PlaceInput

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class PositionSnapshot:
    """A post a person holds, by its id, as ``update_position`` takes it."""

    id: int
    data: PositionInput


def _get(session: Session, model: type[R], record_id: int) -> R:
    record = session.get(model, record_id)
    if record is None:
        kind = str(model.__tablename__)
        raise msg.refusal(NotFoundError, msg.NOT_FOUND, kind=msg.kind_label(kind), id=record_id)
    return record


def event_input(db: Database, event_id: int) -> tuple[EventInput, int]:
    with db.session() as session:
        event = _get(session, Event, event_id)
        data = EventInput(
            title=event.title,
            starts_at=event.starts_at,
            ends_at=event.ends_at,
            kind=event.kind,
            status=event.status,
            level=event.level,
            format=event.format,
            timezone=event.timezone,
            all_day=event.all_day,
            date_precision=event.date_precision,
            recurrence=event.recurrence,
            title_alt=event.title_alt,
            place_id=event.place_id,
            venue=event.venue,
            edition=event.edition,
            parent_id=event.parent_id,
            delegation_id=event.delegation_id,
            source=event.source,
            notes=event.notes,
            countries=tuple(country.code for country in event.countries),
            organization_ids=tuple(organization.id for organization in event.organizations),
            topic_ids=tuple(topic.id for topic in event.topics),
            agreement_ids=tuple(agreement.id for agreement in event.agreements),
            participants=tuple(
                ParticipantInput(
                    person_id=row.person_id,
                    organization_id=row.organization_id,
                    role=row.role,
                    description=row.description,
                )
                for row in event.participants
            ),
        )
        return data, event.version


def delegation_input(db: Database, delegation_id: int) -> tuple[DelegationInput, int]:
    """The delegation with its programme as it stands (so an undo puts the programme back)."""
    with db.session() as session:
        delegation = _get(session, Delegation, delegation_id)
        programme = session.scalars(
            select(Event.id)
            .where(Event.delegation_id == delegation_id)
            .order_by(Event.starts_at, Event.id)
        ).all()
        data = DelegationInput(
            title=delegation.title,
            country=delegation.country_code,
            direction=delegation.direction,
            status=delegation.status,
            organization_id=delegation.organization_id,
            place_id=delegation.place_id,
            head_id=delegation.head_id,
            arrives_on=delegation.arrives_on,
            departs_on=delegation.departs_on,
            purpose=delegation.purpose,
            notes=delegation.notes,
            members=tuple(
                DelegationMemberInput(person_id=member.person_id, role=member.role)
                for member in delegation.members
            ),
            programme_event_ids=tuple(programme),
        )
        return data, delegation.version


def agreement_input(db: Database, agreement_id: int) -> tuple[AgreementInput, int]:
    """The agreement with its linked events as they stand."""
    with db.session() as session:
        agreement = _get(session, Agreement, agreement_id)
        data = AgreementInput(
            title=agreement.title,
            kind=agreement.kind,
            status=agreement.status,
            title_alt=agreement.title_alt,
            signed_on=agreement.signed_on,
            signed_at_id=agreement.signed_at_id,
            valid_from=agreement.valid_from,
            valid_until=agreement.valid_until,
            renewal=agreement.renewal,
            summary=agreement.summary,
            notes=agreement.notes,
            parties=tuple(
                AgreementPartyInput(
                    place_id=party.place_id,
                    organization_id=party.organization_id,
                    country=party.country_code,
                )
                for party in agreement.parties
            ),
            signatories=tuple(
                SignatoryInput(person_id=row.person_id, title=row.title)
                for row in agreement.signatories
            ),
            event_ids=tuple(sorted(event.id for event in agreement.events)),
        )
        return data, agreement.version


def person_input(db: Database, person_id: int) -> tuple[PersonInput, int]:
    with db.session() as session:
        person = _get(session, Person, person_id)
        data = PersonInput(
            name=person.name,
            name_alt=person.name_alt,
            country=person.country_code,
            email=person.email,
            contact_notes=person.contact_notes,
            notes=person.notes,
        )
        return data, person.version


def person_positions(db: Database, person_id: int) -> list[PositionSnapshot]:
    """The posts a person held and holds, in time order (unknown starts first)."""
    with db.session() as session:
        _get(session, Person, person_id)
        rows = session.scalars(
            select(Position)
            .where(Position.person_id == person_id)
            .order_by(Position.started_on.is_(None).desc(), Position.started_on, Position.id)
        ).all()
        return [
            PositionSnapshot(
                id=row.id,
                data=PositionInput(
                    title=row.title,
                    organization_id=row.organization_id,
                    title_alt=row.title_alt,
                    started_on=row.started_on,
                    ended_on=row.ended_on,
                ),
            )
            for row in rows
        ]


def organization_input(db: Database, organization_id: int) -> tuple[OrganizationInput, int]:
    with db.session() as session:
        organization = _get(session, Organization, organization_id)
        data = OrganizationInput(
            name=organization.name,
            kind=organization.kind,
            name_alt=organization.name_alt,
            short_name=organization.short_name,
            country=organization.country_code,
            place_id=organization.place_id,
            parent_id=organization.parent_id,
            notes=organization.notes,
        )
        return data, organization.version


def place_input(db: Database, place_id: int) -> tuple[PlaceInput, int]:
    with db.session() as session:
        place = _get(session, Place, place_id)
        data = PlaceInput(
            name=place.name,
            country=place.country_code,
            name_alt=place.name_alt,
            kind=place.kind,
            latitude=place.latitude,
            longitude=place.longitude,
            population=place.population,
            notes=place.notes,
        )
        return data, place.version


def followup_input(db: Database, followup_id: int) -> tuple[FollowUpInput, int]:
    with db.session() as session:
        followup = _get(session, FollowUp, followup_id)
        data = FollowUpInput(
            title=followup.title,
            status=followup.status,
            due_on=followup.due_on,
            done_on=followup.done_on,
            responsible_person_id=followup.responsible_person_id,
            responsible_organization_id=followup.responsible_organization_id,
            responsible_text=followup.responsible_text,
            event_id=followup.event_id,
            delegation_id=followup.delegation_id,
            agreement_id=followup.agreement_id,
            country=followup.country_code,
            notes=followup.notes,
        )
        return data, followup.version


def record_version(db: Database, kind: str, record_id: int) -> int:
    """The current version of any editable record (for undoing a create: archive, restore)."""
    with db.session() as session:
        return _get(session, MODELS[kind], record_id).version


MODELS: dict[str, type[Record]] = {
    "event": Event,
    "delegation": Delegation,
    "agreement": Agreement,
    "person": Person,
    "organization": Organization,
    "place": Place,
    "followup": FollowUp,
}
