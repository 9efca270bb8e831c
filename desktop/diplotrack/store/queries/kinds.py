"""What each register reads: its columns (also sort keys), joins, and a page's related values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import RowMapping, func, select
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
    Organization,
    Person,
    Place,
    Position,
    Topic,
    event_country,
    event_topic,
)

from . import rows as r
from .register import Register, grouped, plain

# -- events -----------------------------------------------------------------------------


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
            **{key: plain(value) for key, value in row.items() if key != "archived"},
            archived=row["archived"] is not None,
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
    extra_sort_keys=lambda: {
        "countries": select(func.min(event_country.c.country_code))
        .where(event_country.c.event_id == Event.id)
        .scalar_subquery()
    },
)

# -- delegations ------------------------------------------------------------------------

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
            **{key: plain(value) for key, value in row.items() if key != "archived"},
            archived=row["archived"] is not None,
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

# -- agreements -------------------------------------------------------------------------


def agreement_parties(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[r.AgreementParty, ...]]:
    found = grouped(
        session,
        ids,
        lambda chunk: (
            select(
                AgreementParty.agreement_id,
                Place.id,
                Place.name,
                Place.country_code,
                Organization.id,
                Organization.name,
                Organization.country_code,
                Country.code,
                Country.name_ru,
            )
            .outerjoin(Place, AgreementParty.place_id == Place.id)
            .outerjoin(Organization, AgreementParty.organization_id == Organization.id)
            .outerjoin(Country, AgreementParty.country_code == Country.code)
            .where(AgreementParty.agreement_id.in_(chunk))
            .order_by(AgreementParty.agreement_id, AgreementParty.position, AgreementParty.id)
        ),
    )
    result: dict[int, tuple[r.AgreementParty, ...]] = {}
    for key, rows in found.items():
        parties = []
        for _, place_id, place, place_country, org_id, org, org_country, code, country in rows:
            if place_id is not None:
                parties.append(r.AgreementParty(place, "place", place_country, place_id))
            elif org_id is not None:
                parties.append(r.AgreementParty(org, "organization", org_country, org_id))
            else:
                parties.append(r.AgreementParty(country, "country", code, None))
        result[key] = tuple(parties)
    return result


def _agreement_rows(session: Session, found: Sequence[RowMapping]) -> list[r.AgreementRow]:
    ids = [row["id"] for row in found]
    parties = agreement_parties(session, ids)
    signatories = grouped(
        session,
        ids,
        lambda chunk: (
            select(AgreementSignatory.agreement_id, Person.name)
            .join(Person, AgreementSignatory.person_id == Person.id)
            .where(AgreementSignatory.agreement_id.in_(chunk))
            .order_by(
                AgreementSignatory.agreement_id, AgreementSignatory.position, AgreementSignatory.id
            )
        ),
    )
    rows = []
    for row in found:
        sides = parties.get(row["id"], ())
        rows.append(
            r.AgreementRow(
                **{key: plain(value) for key, value in row.items() if key != "archived"},
                archived=row["archived"] is not None,
                parties=sides,
                countries=tuple(sorted({p.country for p in sides if p.country})),
                signatories=tuple(s[1] for s in signatories.get(row["id"], ())),
            )
        )
    return rows


AGREEMENTS = Register(
    kind="agreement",
    columns=lambda: {
        "id": Agreement.id,
        "kind": Agreement.kind,
        "title": Agreement.title,
        "status": Agreement.status,
        "signed_on": Agreement.signed_on,
        "valid_from": Agreement.valid_from,
        "valid_until": Agreement.valid_until,
        "renewal": Agreement.renewal,
        "archived": Agreement.archived_at,
        "version": Agreement.version,
    },
    select_from=lambda s: s.select_from(Agreement),
    finish=_agreement_rows,
)

# -- people, organizations, places, follow-ups ------------------------------------------


def current_positions(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str | None]]:
    """Each person's current post (not ended; the latest started) and its organization."""
    found = grouped(
        session,
        ids,
        lambda chunk: (
            select(Position.person_id, Position.title, Organization.name, Position.started_on)
            .outerjoin(Organization, Position.organization_id == Organization.id)
            .where(Position.person_id.in_(chunk), Position.ended_on.is_(None))
            .order_by(Position.person_id, Position.id)
        ),
    )
    result = {}
    for key, rows in found.items():
        latest = max(rows, key=lambda row: (row[3] is not None, row[3] or 0, row is rows[-1]))
        result[key] = (latest[1], latest[2])
    return result


def _person_rows(session: Session, found: Sequence[RowMapping]) -> list[r.PersonRow]:
    posts = current_positions(session, [row["id"] for row in found])
    return [
        r.PersonRow(
            **{key: plain(value) for key, value in row.items() if key != "archived"},
            archived=row["archived"] is not None,
            position=posts.get(row["id"], (None, None))[0],
            organization=posts.get(row["id"], (None, None))[1],
        )
        for row in found
    ]


def _simple_rows(row_type: type[Any]) -> Any:
    def finish(session: Session, found: Sequence[RowMapping]) -> list[Any]:
        return [
            row_type(
                **{key: plain(value) for key, value in row.items() if key != "archived"},
                archived=row["archived"] is not None,
            )
            for row in found
        ]

    return finish


PEOPLE = Register(
    kind="person",
    columns=lambda: {
        "id": Person.id,
        "name": Person.name,
        "name_alt": Person.name_alt,
        "country": Person.country_code,
        "email": Person.email,
        "archived": Person.archived_at,
        "version": Person.version,
    },
    select_from=lambda s: s.select_from(Person),
    finish=_person_rows,
)

_parent = aliased(Organization, name="parent")

ORGANIZATIONS: Register[r.OrganizationRow] = Register(
    kind="organization",
    columns=lambda: {
        "id": Organization.id,
        "name": Organization.name,
        "name_alt": Organization.name_alt,
        "short_name": Organization.short_name,
        "kind": Organization.kind,
        "country": Organization.country_code,
        "place": Place.name,
        "place_id": Organization.place_id,
        "parent": _parent.name,
        "parent_id": Organization.parent_id,
        "archived": Organization.archived_at,
        "version": Organization.version,
    },
    select_from=lambda s: (
        s.select_from(Organization)
        .outerjoin(Place, Organization.place_id == Place.id)
        .outerjoin(_parent, Organization.parent_id == _parent.id)
    ),
    finish=_simple_rows(r.OrganizationRow),
)

PLACES: Register[r.PlaceRow] = Register(
    kind="place",
    columns=lambda: {
        "id": Place.id,
        "name": Place.name,
        "name_alt": Place.name_alt,
        "kind": Place.kind,
        "country": Place.country_code,
        "country_name": Country.name_ru,
        "archived": Place.archived_at,
        "version": Place.version,
    },
    select_from=lambda s: s.select_from(Place).join(Country, Place.country_code == Country.code),
    finish=_simple_rows(r.PlaceRow),
)

FOLLOWUPS: Register[r.FollowUpRow] = Register(
    kind="followup",
    columns=lambda: {
        "id": FollowUp.id,
        "title": FollowUp.title,
        "status": FollowUp.status,
        "due_on": FollowUp.due_on,
        "done_on": FollowUp.done_on,
        "responsible": func.coalesce(Person.name, Organization.name, FollowUp.responsible_text),
        "country": FollowUp.country_code,
        "event_id": FollowUp.event_id,
        "delegation_id": FollowUp.delegation_id,
        "agreement_id": FollowUp.agreement_id,
        "archived": FollowUp.archived_at,
        "version": FollowUp.version,
    },
    select_from=lambda s: (
        s.select_from(FollowUp)
        .outerjoin(Person, FollowUp.responsible_person_id == Person.id)
        .outerjoin(Organization, FollowUp.responsible_organization_id == Organization.id)
    ),
    finish=_simple_rows(r.FollowUpRow),
)


REGISTERS: dict[str, Register[Any]] = {
    "event": EVENTS,
    "delegation": DELEGATIONS,
    "agreement": AGREEMENTS,
    "person": PEOPLE,
    "organization": ORGANIZATIONS,
    "place": PLACES,
    "followup": FOLLOWUPS,
}
