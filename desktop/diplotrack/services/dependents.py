"""Which records' search words include a person, organization or place, so a rename reaches them."""

from __future__ import annotations

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    AgreementParty,
    AgreementSignatory,
    Delegation,
    DelegationMember,
    Event,
    EventParticipant,
    FollowUp,
    Organization,
    Position,
    event_organization,
)


def _person_sources(person_id: int) -> dict[str, list[Select[int]]]:
    return {
        "event": [select(EventParticipant.event_id).where(EventParticipant.person_id == person_id)],
        "delegation": [
            select(Delegation.id).where(Delegation.head_id == person_id),
            select(DelegationMember.delegation_id).where(DelegationMember.person_id == person_id),
        ],
        "agreement": [
            select(AgreementSignatory.agreement_id).where(AgreementSignatory.person_id == person_id)
        ],
        "followup": [select(FollowUp.id).where(FollowUp.responsible_person_id == person_id)],
    }


def _organization_sources(organization_id: int) -> dict[str, list[Select[int]]]:
    return {
        "event": [
            select(event_organization.c.event_id).where(
                event_organization.c.organization_id == organization_id
            ),
            select(EventParticipant.event_id).where(
                EventParticipant.organization_id == organization_id
            ),
        ],
        "delegation": [select(Delegation.id).where(Delegation.organization_id == organization_id)],
        "agreement": [
            select(AgreementParty.agreement_id).where(
                AgreementParty.organization_id == organization_id
            )
        ],
        "person": [select(Position.person_id).where(Position.organization_id == organization_id)],
        "organization": [select(Organization.id).where(Organization.parent_id == organization_id)],
        "followup": [
            select(FollowUp.id).where(FollowUp.responsible_organization_id == organization_id)
        ],
    }


def _place_sources(place_id: int) -> dict[str, list[Select[int]]]:
    return {
        "event": [select(Event.id).where(Event.place_id == place_id)],
        "delegation": [select(Delegation.id).where(Delegation.place_id == place_id)],
        "agreement": [
            select(AgreementParty.agreement_id).where(AgreementParty.place_id == place_id)
        ],
        "organization": [select(Organization.id).where(Organization.place_id == place_id)],
    }


def dependents(session: Session, kind: str, record_id: int) -> dict[str, set[int]]:
    """Ids, by kind, of the records whose searchable words include this one's name."""
    sources = {
        "person": _person_sources,
        "organization": _organization_sources,
        "place": _place_sources,
    }[kind](record_id)
    found: dict[str, set[int]] = {}
    for dependent_kind, statements in sources.items():
        ids = found.setdefault(dependent_kind, set())
        for statement in statements:
            ids.update(session.scalars(statement))
    return found
