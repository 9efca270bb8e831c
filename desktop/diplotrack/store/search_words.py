"""The words each kind of record is found by: which columns of it and of its related records
make up its ``search_entry`` words, read with one query per source rather than per record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, SQLColumnExpression, select
from sqlalchemy.orm import Session, aliased

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Country,
    Delegation,
    DelegationMember,
    Event,
    EventParticipant,
    FollowUp,
    KnownError,
    Organization,
    Person,
    Place,
    Position,
    Topic,
    event_country,
    event_organization,
    event_topic,
)
from diplotrack.domain.text import index_text

SEARCHABLE_KINDS = (
    "event",
    "delegation",
    "agreement",
    "person",
    "organization",
    "place",
    "followup",
)

# A source of words: a statement whose first column is the record id and whose other columns are
# text parts, in the order they join the record's words; and the id column to restrict it by.
_Source = tuple[Select[*tuple[Any, ...]], SQLColumnExpression[int]]


def _event_sources() -> list[_Source]:
    return [
        (
            select(
                Event.id,
                Event.title,
                Event.title_alt,
                Event.venue,
                Event.notes,
                Event.source,
                Place.name,
                Place.name_alt,
            ).outerjoin(Place, Event.place_id == Place.id),
            Event.id,
        ),
        (
            select(
                EventParticipant.event_id,
                Person.name,
                Person.name_alt,
                EventParticipant.description,
            )
            .outerjoin(Person, EventParticipant.person_id == Person.id)
            .order_by(EventParticipant.event_id, EventParticipant.position, EventParticipant.id),
            EventParticipant.event_id,
        ),
        (
            select(
                event_organization.c.event_id,
                Organization.name,
                Organization.short_name,
                Organization.name_alt,
            )
            .join(Organization, event_organization.c.organization_id == Organization.id)
            .order_by(event_organization.c.event_id, Organization.id),
            event_organization.c.event_id,
        ),
        (
            select(event_topic.c.event_id, Topic.name_ru, Topic.name_en)
            .join(Topic, event_topic.c.topic_id == Topic.id)
            .order_by(event_topic.c.event_id, Topic.id),
            event_topic.c.event_id,
        ),
        (
            select(event_country.c.event_id, Country.name_ru, Country.name_en)
            .join(Country, event_country.c.country_code == Country.code)
            .order_by(event_country.c.event_id, Country.code),
            event_country.c.event_id,
        ),
    ]


def _delegation_sources() -> list[_Source]:
    head = aliased(Person)
    return [
        (
            select(
                Delegation.id,
                Delegation.title,
                Delegation.purpose,
                Delegation.notes,
                Place.name,
                Place.name_alt,
                Country.name_ru,
                Country.name_en,
                Organization.name,
                Organization.short_name,
                Organization.name_alt,
                head.name,
                head.name_alt,
            )
            .outerjoin(Place, Delegation.place_id == Place.id)
            .outerjoin(Country, Delegation.country_code == Country.code)
            .outerjoin(Organization, Delegation.organization_id == Organization.id)
            .outerjoin(head, Delegation.head_id == head.id),
            Delegation.id,
        ),
        (
            select(DelegationMember.delegation_id, Person.name, Person.name_alt)
            .join(Person, DelegationMember.person_id == Person.id)
            .order_by(
                DelegationMember.delegation_id, DelegationMember.position, DelegationMember.id
            ),
            DelegationMember.delegation_id,
        ),
    ]


def _agreement_sources() -> list[_Source]:
    return [
        (
            select(
                Agreement.id,
                Agreement.title,
                Agreement.title_alt,
                Agreement.summary,
                Agreement.notes,
            ),
            Agreement.id,
        ),
        (
            select(
                AgreementParty.agreement_id,
                Place.name,
                Place.name_alt,
                Organization.name,
                Organization.short_name,
                Organization.name_alt,
                Country.name_ru,
                Country.name_en,
            )
            .outerjoin(Place, AgreementParty.place_id == Place.id)
            .outerjoin(Organization, AgreementParty.organization_id == Organization.id)
            .outerjoin(Country, AgreementParty.country_code == Country.code)
            .order_by(AgreementParty.agreement_id, AgreementParty.position, AgreementParty.id),
            AgreementParty.agreement_id,
        ),
        (
            select(AgreementSignatory.agreement_id, Person.name, Person.name_alt)
            .join(Person, AgreementSignatory.person_id == Person.id)
            .order_by(
                AgreementSignatory.agreement_id, AgreementSignatory.position, AgreementSignatory.id
            ),
            AgreementSignatory.agreement_id,
        ),
    ]


def _person_sources() -> list[_Source]:
    return [
        (
            select(Person.id, Person.name, Person.name_alt, Person.notes, Person.contact_notes),
            Person.id,
        ),
        (
            select(Position.person_id, Position.title, Position.title_alt, Organization.name)
            .outerjoin(Organization, Position.organization_id == Organization.id)
            .order_by(Position.person_id, Position.id),
            Position.person_id,
        ),
    ]


def _organization_sources() -> list[_Source]:
    parent = aliased(Organization)
    return [
        (
            select(
                Organization.id,
                Organization.name,
                Organization.name_alt,
                Organization.short_name,
                Organization.notes,
                parent.name,
                Place.name,
            )
            .outerjoin(parent, Organization.parent_id == parent.id)
            .outerjoin(Place, Organization.place_id == Place.id),
            Organization.id,
        )
    ]


def _place_sources() -> list[_Source]:
    return [
        (
            select(
                Place.id, Place.name, Place.name_alt, Place.notes, Country.name_ru, Country.name_en
            ).outerjoin(Country, Place.country_code == Country.code),
            Place.id,
        )
    ]


def _followup_sources() -> list[_Source]:
    return [
        (
            select(
                FollowUp.id, FollowUp.title, FollowUp.notes, FollowUp.responsible_text, Person.name
            ).outerjoin(Person, FollowUp.responsible_person_id == Person.id),
            FollowUp.id,
        )
    ]


_SOURCES = {
    "event": _event_sources,
    "delegation": _delegation_sources,
    "agreement": _agreement_sources,
    "person": _person_sources,
    "organization": _organization_sources,
    "place": _place_sources,
    "followup": _followup_sources,
}


def check_kind(kind: str) -> None:
    """Refuses, naming the known ones, a kind of record the search index does not hold."""
    if kind not in _SOURCES:
        raise KnownError(
            f"“{kind}” is not a searchable kind of record; known: {', '.join(SEARCHABLE_KINDS)}",
            field="kind",
        )


def record_words(session: Session, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
    """The searchable words of the records of ``kind`` with these ids (all when None).

    Ids of records that do not exist are left out. One query per source, not per record.
    """
    check_kind(kind)
    parts: dict[int, list[str | None]] = {}
    main, *details = _SOURCES[kind]()
    statement, key = main
    if ids is not None:
        statement = statement.where(key.in_(ids))
    for row in session.execute(statement):
        parts[row[0]] = list(row[1:])
    for statement, key in details:
        if ids is not None:
            statement = statement.where(key.in_(ids))
        for row in session.execute(statement):
            found = parts.get(row[0])
            if found is not None:
                found.extend(row[1:])
    return {record_id: index_text(*texts) for record_id, texts in parts.items()}
