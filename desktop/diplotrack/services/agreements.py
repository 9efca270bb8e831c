"""Agreements: terms, parties (places, organizations, countries), signatories, linked events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Country,
    Event,
    Organization,
    Person,
    Place,
)
from diplotrack.domain.enums import AgreementKind, AgreementStatus, Renewal
from diplotrack.store.database import Database

from . import checks
from . import messages as msg
from .base import UnitOfWork, archive_record, restore_record, unit_of_work
from .changes import Changes


@dataclass(frozen=True, kw_only=True)
class AgreementPartyInput:
    """One side: exactly one of a place, an organization or a country (code or name)."""

    place_id: int | None = None
    organization_id: int | None = None
    country: str | None = None


@dataclass(frozen=True, kw_only=True)
class SignatoryInput:
    person_id: int
    title: str | None = None  # the post they signed in


@dataclass(frozen=True, kw_only=True)
class AgreementInput:
    """An agreement. ``event_ids`` are the events linked to it: None leaves the links as they
    are, a tuple makes them exactly those events."""

    title: str
    kind: str = AgreementKind.COOPERATION
    status: str = AgreementStatus.DRAFT
    title_alt: str | None = None
    signed_on: date | None = None
    signed_at_id: int | None = None
    valid_from: date | None = None
    valid_until: date | None = None
    renewal: str = Renewal.NONE
    summary: str | None = None
    notes: str | None = None
    parties: tuple[AgreementPartyInput, ...] = ()
    signatories: tuple[SignatoryInput, ...] = ()
    event_ids: tuple[int, ...] | None = None


def _party_keys(
    session: Session, agreement: Agreement, parties: tuple[AgreementPartyInput, ...]
) -> list[tuple[str, Any]]:
    field = "parties"
    existing = agreement.id is not None
    keys: list[tuple[str, Any]] = []
    names: list[tuple[object, str]] = []
    for number, party in enumerate(parties, start=1):
        given = [party.place_id, party.organization_id, party.country]
        if sum(value is not None and value != "" for value in given) != 1:
            raise checks.invalid(msg.PARTY_NOT_ONE, field, number=number)
        key: tuple[str, Any]
        if party.place_id is not None:
            kept = [p.place_id for p in agreement.parties if p.place_id] if existing else []
            place = checks.records(session, Place, [party.place_id], field, keep=kept)[0]
            key, name = ("place", place.id), place.name
        elif party.organization_id is not None:
            kept = [p.organization_id for p in agreement.parties if p.organization_id]
            organization = checks.records(
                session, Organization, [party.organization_id], field, keep=kept if existing else []
            )[0]
            key, name = ("organization", organization.id), organization.name
        else:
            code = checks.country_code(session, party.country or "", field)
            key, name = ("country", code), session.get_one(Country, code).name_en
        keys.append(key)
        names.append((key, name))
    checks.no_duplicates(names, field)
    return keys


def _party_key(party: AgreementParty) -> tuple[str, Any]:
    if party.place_id is not None:
        return ("place", party.place_id)
    if party.organization_id is not None:
        return ("organization", party.organization_id)
    return ("country", party.country_code)


def _apply(work: UnitOfWork, agreement: Agreement, data: AgreementInput) -> None:
    session = work.session
    existing = agreement.id is not None
    signed_at = checks.record(
        session,
        Place,
        data.signed_at_id,
        "signed_at_id",
        keep=agreement.signed_at_id if existing else None,
    )
    checks.not_before(data.valid_until, data.signed_on, "valid_until", "signed_on")
    checks.not_before(data.valid_until, data.valid_from, "valid_until", "valid_from")
    party_keys = _party_keys(session, agreement, data.parties)
    kept_signatories = [s.person_id for s in agreement.signatories] if existing else []
    people = checks.records(
        session,
        Person,
        [s.person_id for s in data.signatories],
        "signatories",
        keep=kept_signatories,
    )
    names = {person.id: person.name for person in people}
    checks.no_duplicates(
        [(s.person_id, names[s.person_id]) for s in data.signatories], "signatories"
    )
    titles = [checks.optional_text(s.title, "signatories", limit=500) for s in data.signatories]
    events: list[Event] | None = None
    if data.event_ids is not None:
        kept_events = [e.id for e in agreement.events] if existing else []
        events = checks.records(session, Event, data.event_ids, "event_ids", keep=kept_events)
    checks.assign(
        agreement,
        {
            "title": checks.required_text(data.title, "title"),
            "title_alt": checks.optional_text(data.title_alt, "title_alt", limit=1000),
            "kind": checks.choice(AgreementKind, data.kind, "kind"),
            "status": checks.choice(AgreementStatus, data.status, "status"),
            "signed_on": data.signed_on,
            "signed_at_id": signed_at.id if signed_at else None,
            "valid_from": data.valid_from,
            "valid_until": data.valid_until,
            "renewal": checks.choice(Renewal, data.renewal, "renewal"),
            "summary": checks.optional_text(data.summary, "summary"),
            "notes": checks.optional_text(data.notes, "notes"),
        },
    )
    _apply_parties(agreement, party_keys)
    _apply_signatories(agreement, data.signatories, titles)
    if events is not None:
        _apply_events(work, agreement, events)


def _apply_parties(agreement: Agreement, keys: list[tuple[str, Any]]) -> None:
    existing = {_party_key(party): party for party in agreement.parties}
    for key, party in existing.items():
        if key not in keys:
            agreement.parties.remove(party)
    for position, key in enumerate(keys):
        row = existing.get(key)
        if row is None:
            kind, value = key
            row = AgreementParty(
                place_id=value if kind == "place" else None,
                organization_id=value if kind == "organization" else None,
                country_code=value if kind == "country" else None,
            )
            agreement.parties.append(row)
        checks.assign(row, {"position": position})


def _apply_signatories(
    agreement: Agreement, signatories: tuple[SignatoryInput, ...], titles: list[str | None]
) -> None:
    existing = {row.person_id: row for row in agreement.signatories}
    wanted = {given.person_id for given in signatories}
    for person_id, signatory in existing.items():
        if person_id not in wanted:
            agreement.signatories.remove(signatory)
    for position, (given, title) in enumerate(zip(signatories, titles, strict=True)):
        row = existing.get(given.person_id)
        if row is None:
            row = AgreementSignatory(person_id=given.person_id)
            agreement.signatories.append(row)
        checks.assign(row, {"title": title, "position": position})


def _apply_events(work: UnitOfWork, agreement: Agreement, events: list[Event]) -> None:
    wanted = {id(event) for event in events}
    current = list(agreement.events) if agreement.id is not None else []
    for event in current:
        if id(event) not in wanted:
            event.agreements.remove(agreement)
            work.touch(event)
    for event in events:
        if agreement not in event.agreements:
            event.agreements.append(agreement)
            work.touch(event)


def create_agreement(db: Database, data: AgreementInput) -> Changes:
    with unit_of_work(db) as work:
        agreement = Agreement()
        _apply(work, agreement, data)
        work.add(agreement)
    return work.changes


def update_agreement(
    db: Database, agreement_id: int, data: AgreementInput, *, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        _apply(work, work.load(Agreement, agreement_id, expected_version), data)
    return work.changes


def archive_agreement(db: Database, agreement_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, Agreement, agreement_id, expected_version)


def restore_agreement(db: Database, agreement_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, Agreement, agreement_id, expected_version)
