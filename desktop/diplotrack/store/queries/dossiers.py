"""Dossiers of a country, place, organization or person: contacts in time, agreements, people."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    Country,
    NotFoundError,
    Organization,
    Person,
    Place,
    Position,
)
from diplotrack.domain.enums import AgreementKind
from diplotrack.domain.filters import RecordFilter

from .kinds import PEOPLE, PLACES
from .register import list_rows
from .registers import list_agreements, list_delegations, list_events
from .rows import AgreementRow, DelegationRow, EventRow, FollowUpRow, PersonRow, PlaceRow
from .today import LIVE_AGREEMENT, overdue_followups

Subject = Literal["country", "place", "organization", "person"]
PLANNED = ("planned", "confirmed")


@dataclass(frozen=True)
class TimelineEntry:
    """An event or a delegation in a dossier's timeline."""

    item: str  # "event" or "delegation"
    id: int
    title: str
    starts: date | None
    ends: date | None
    kind: str
    status: str
    countries: tuple[str, ...]
    place: str | None


@dataclass(frozen=True)
class AgreementInForce:
    agreement: AgreementRow
    days_to_expiry: int | None  # None: no end date


@dataclass(frozen=True)
class Dossier:
    subject: Subject
    key: str | int
    title: str
    title_alt: str | None
    country: str | None
    details: tuple[tuple[str, str], ...]  # header fields: (field, value)
    timeline: tuple[TimelineEntry, ...]  # newest first
    agreements: tuple[AgreementInForce, ...]
    people: tuple[PersonRow, ...]
    planned: tuple[TimelineEntry, ...]  # soonest first
    overdue: tuple[FollowUpRow, ...]
    partner_places: tuple[PlaceRow, ...]


def _entry_of_event(row: EventRow) -> TimelineEntry:
    return TimelineEntry(
        "event",
        row.id,
        row.title,
        row.starts_at.date(),
        row.ends_at.date(),
        row.kind,
        row.status,
        row.countries,
        row.place,
    )


def _entry_of_delegation(row: DelegationRow) -> TimelineEntry:
    return TimelineEntry(
        "delegation",
        row.id,
        row.title,
        row.arrives_on,
        row.departs_on,
        row.direction,
        row.status,
        (row.country,),
        row.place,
    )


_Header = tuple[str, str | None, str | None, tuple[tuple[str, str], ...], RecordFilter]


def _header(session: Session, subject: Subject, key: str | int) -> _Header:
    """Title, title in the other script, country, header fields, and the dossier's filter."""
    missing = NotFoundError(f"There is no {subject} “{key}”")
    if subject == "country":
        country = session.get(Country, str(key).upper())
        if country is None:
            raise missing
        details: tuple[tuple[str, str], ...] = (
            ("code", country.code),
            ("name_en", country.name_en),
        )
        return (
            country.name_ru,
            country.name_en,
            country.code,
            details,
            RecordFilter(countries=(country.code,)),
        )
    model = {"place": Place, "organization": Organization, "person": Person}[subject]
    record = session.get(model, int(key))
    if record is None:
        raise missing
    if isinstance(record, Place):
        details = (("kind", record.kind.value), ("country", record.country_code))
        return (
            record.name,
            record.name_alt,
            record.country_code,
            details,
            RecordFilter(place_ids=(record.id,)),
        )
    if isinstance(record, Organization):
        details = tuple(
            (name, value)
            for name, value in (
                ("kind", record.kind.value),
                ("short_name", record.short_name),
                ("parent", record.parent.name if record.parent else None),
                ("place", record.place.name if record.place else None),
            )
            if value
        )
        return (
            record.name,
            record.name_alt,
            record.country_code,
            details,
            RecordFilter(organization_ids=(record.id,)),
        )
    assert isinstance(record, Person)
    details = tuple(
        (n, v) for n, v in (("email", record.email), ("contact_notes", record.contact_notes)) if v
    )
    return (
        record.name,
        record.name_alt,
        record.country_code,
        details,
        RecordFilter(person_ids=(record.id,)),
    )


def _people(session: Session, subject: Subject, key: str | int, today: date) -> list[PersonRow]:
    """People of a country (by citizenship), or holding a current post at the organization or
    at an organization in the place."""
    if subject == "person":
        return []
    if subject == "country":
        return list_rows(
            session, PEOPLE, RecordFilter(countries=(str(key).upper(),)), order_by="name"
        )
    organizations = (
        select(Organization.id).where(Organization.place_id == int(key))
        if subject == "place"
        else select(Organization.id).where(Organization.id == int(key))
    )
    holders = select(Position.person_id).where(
        Position.organization_id.in_(organizations),
        (Position.started_on.is_(None)) | (Position.started_on <= today),
        (Position.ended_on.is_(None)) | (Position.ended_on >= today),
    )
    return list_rows(
        session, PEOPLE, RecordFilter(), order_by="name", extra=[Person.id.in_(holders)]
    )


def _partner_places(session: Session, code: str) -> list[PlaceRow]:
    sister = (
        select(AgreementParty.place_id)
        .join(Agreement, AgreementParty.agreement_id == Agreement.id)
        .where(
            Agreement.kind == AgreementKind.SISTER_CITY,
            Agreement.archived_at.is_(None),
            AgreementParty.place_id.is_not(None),
        )
    )
    return list_rows(
        session,
        PLACES,
        RecordFilter(countries=(code,)),
        order_by="name",
        extra=[Place.id.in_(sister)],
    )


def dossier(session: Session, subject: Subject, key: str | int, *, today: date) -> Dossier:
    """Everything the office knows about one country, place, organization or person."""
    title, title_alt, country, details, flt = _header(session, subject, key)
    events = [
        _entry_of_event(row)
        for row in list_events(session, flt, order_by="starts_at", descending=True)
    ]
    delegations = [
        _entry_of_delegation(row)
        for row in list_delegations(session, flt, order_by="arrives_on", descending=True)
    ]
    never = date.min
    timeline = sorted(
        events + delegations, key=lambda e: (e.starts or never, e.item, e.id), reverse=True
    )
    planned = sorted(
        (
            e
            for e in timeline
            if e.status in PLANNED or (e.starts is not None and e.starts >= today)
        ),
        key=lambda e: (e.starts or date.max, e.item, e.id),
    )
    agreements = [
        AgreementInForce(row, (row.valid_until - today).days if row.valid_until else None)
        for row in list_agreements(session, _with_statuses(flt), order_by="valid_until")
        if row.valid_until is None or row.valid_until >= today
    ]
    return Dossier(
        subject=subject,
        key=key,
        title=title,
        title_alt=title_alt,
        country=country,
        details=details,
        timeline=tuple(timeline),
        agreements=tuple(agreements),
        people=tuple(_people(session, subject, key, today)),
        planned=tuple(planned),
        overdue=tuple(overdue_followups(session, flt, today)),
        partner_places=tuple(
            _partner_places(session, country) if subject == "country" and country else ()
        ),
    )


def _with_statuses(flt: RecordFilter) -> RecordFilter:
    return replace(flt, statuses=LIVE_AGREEMENT)
