"""What a briefing note reads beyond the dossiers and detail views: current posts with both
scripts, the office's home country, delegation members, venues, sources, responsibles."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from diplotrack.domain import (
    Delegation,
    DelegationMember,
    Event,
    FollowUp,
    Organization,
    Person,
    Position,
    event_agreement,
    event_country,
)

from .register import chunks, grouped


@dataclass(frozen=True)
class PostNow:
    """A person's current post with both scripts of the post and of the organization."""

    person_id: int
    name: str
    name_alt: str | None
    title: str | None
    title_alt: str | None
    organization: str | None
    organization_alt: str | None
    started_on: date | None


@dataclass(frozen=True)
class Member:
    """The head (``role`` None, ``is_head``) or a member of a delegation."""

    person_id: int
    name: str
    name_alt: str | None
    role: str | None
    is_head: bool


@dataclass(frozen=True)
class Responsible:
    person_id: int | None
    organization_id: int | None
    text: str | None


def _current(on: date) -> list[ColumnElement[bool]]:
    """The positions held on ``on``: started by then (or no start known), not yet ended."""
    return [
        Position.started_on.is_(None) | (Position.started_on <= on),
        Position.ended_on.is_(None) | (Position.ended_on >= on),
    ]


def posts_now(session: Session, person_ids: Sequence[int], on: date) -> dict[int, PostNow]:
    """Each person's current post on ``on`` (the latest started), or the person without one."""
    found = grouped(
        session,
        list(person_ids),
        lambda chunk: (
            select(
                Person.id,
                Person.name,
                Person.name_alt,
                Position.title,
                Position.title_alt,
                Organization.name,
                Organization.name_alt,
                Position.started_on,
            )
            .outerjoin(Position, (Position.person_id == Person.id) & and_(*_current(on)))
            .outerjoin(Organization, Position.organization_id == Organization.id)
            .where(Person.id.in_(chunk))
            .order_by(Person.id, Position.id)
        ),
    )
    posts = {}
    for person_id, rows in found.items():
        latest = max(rows, key=lambda row: (row[7] is not None, row[7] or date.min))
        posts[person_id] = PostNow(*latest)
    return posts


def people_with_posts(
    session: Session,
    *,
    on: date,
    country: str | None = None,
    place_id: int | None = None,
    organization_id: int | None = None,
    limit: int = 20,
) -> list[int]:
    """Ids of the people holding a current post at an organization of the country (or
    citizens of it with a post anywhere), in the place, or at the organization (and its
    branches); by name, at most ``limit``."""
    branch = aliased(Organization)
    statement = (
        select(Person.id, Person.name)
        .join(Position, Position.person_id == Person.id)
        .join(Organization, Position.organization_id == Organization.id)
        .where(Person.archived_at.is_(None), *_current(on))
    )
    if country is not None:
        statement = statement.where(
            or_(Organization.country_code == country, Person.country_code == country)
        )
    if place_id is not None:
        statement = statement.where(Organization.place_id == place_id)
    if organization_id is not None:
        children = select(branch.id).where(branch.parent_id == organization_id)
        statement = statement.where(
            or_(Organization.id == organization_id, Organization.id.in_(children))
        )
    statement = statement.distinct().order_by(Person.name, Person.id).limit(limit)
    return [person_id for person_id, _ in session.execute(statement)]


def home_country(session: Session) -> str | None:
    """The office's own country: the one most of its events involve."""
    statement = (
        select(event_country.c.country_code)
        .group_by(event_country.c.country_code)
        .order_by(func.count().desc(), event_country.c.country_code)
        .limit(1)
    )
    code: str | None = session.scalar(statement)
    return code


def delegation_members(session: Session, delegation_id: int) -> list[Member]:
    """The head of the delegation first, then its members in their order."""
    delegation = session.get_one(Delegation, delegation_id)
    people: list[Member] = []
    if delegation.head is not None:
        head = delegation.head
        people.append(Member(head.id, head.name, head.name_alt, None, True))
    statement = (
        select(Person.id, Person.name, Person.name_alt, DelegationMember.role)
        .join(Person, DelegationMember.person_id == Person.id)
        .where(DelegationMember.delegation_id == delegation_id)
        .order_by(DelegationMember.position, DelegationMember.id)
    )
    for person_id, name, name_alt, role in session.execute(statement):
        if delegation.head_id != person_id:
            people.append(Member(person_id, name, name_alt, role, False))
    return people


def event_particulars(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[str | None, str | None, str | None]]:
    """(venue, title in the other language, source) of these events."""
    found: dict[int, tuple[str | None, str | None, str | None]] = {}
    for chunk in chunks(list(ids)):
        statement = select(Event.id, Event.venue, Event.title_alt, Event.source).where(
            Event.id.in_(chunk)
        )
        for event_id, venue, title_alt, source in session.execute(statement):
            found[event_id] = (venue, title_alt, source)
    return found


def responsibles(session: Session, ids: Sequence[int]) -> dict[int, Responsible]:
    """Who answers for each follow-up: a person, an organization, or only a text."""
    found: dict[int, Responsible] = {}
    for chunk in chunks(list(ids)):
        statement = select(
            FollowUp.id,
            FollowUp.responsible_person_id,
            FollowUp.responsible_organization_id,
            FollowUp.responsible_text,
        ).where(FollowUp.id.in_(chunk))
        for followup_id, person_id, organization_id, text in session.execute(statement):
            found[followup_id] = Responsible(person_id, organization_id, text)
    return found


def linked_agreements(session: Session, event_ids: Sequence[int]) -> list[int]:
    """Ids of the agreements linked to any of these events."""
    found: set[int] = set()
    for chunk in chunks(list(event_ids)):
        statement = select(event_agreement.c.agreement_id).where(
            event_agreement.c.event_id.in_(chunk)
        )
        found.update(session.scalars(statement))
    return sorted(found)
