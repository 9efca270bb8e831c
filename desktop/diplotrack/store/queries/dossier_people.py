"""The people side of a dossier: who belongs to the subject, their current posts, and a
person's own posts over time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Organization, Person, Position
from diplotrack.domain.filters import RecordFilter

from .kinds import PEOPLE
from .register import grouped, list_rows
from .rows import PersonRow

Subject = Literal["country", "place", "organization", "person"]


@dataclass(frozen=True)
class CurrentPost:
    """A person's current post in a dossier's list of people: what, where, and since when."""

    person_id: int
    title: str
    title_alt: str | None
    organization: str | None
    organization_alt: str | None
    started_on: date | None


@dataclass(frozen=True)
class PostOverTime:
    """One of a person's posts in their dossier: what, where, from and to, and whether it is
    held on the dossier's day."""

    title: str
    title_alt: str | None
    organization_id: int | None
    organization: str | None
    organization_alt: str | None
    started_on: date | None
    ended_on: date | None
    current: bool


def people_of(session: Session, subject: Subject, key: str | int, today: date) -> list[PersonRow]:
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


def current_posts(session: Session, people: list[PersonRow]) -> tuple[CurrentPost, ...]:
    """The post each person's row shows (not ended, the latest started), with its start."""
    found = grouped(
        session,
        [person.id for person in people],
        lambda chunk: (
            select(
                Position.person_id,
                Position.title,
                Position.title_alt,
                Organization.name,
                Organization.name_alt,
                Position.started_on,
            )
            .outerjoin(Organization, Position.organization_id == Organization.id)
            .where(Position.person_id.in_(chunk), Position.ended_on.is_(None))
            .order_by(Position.person_id, Position.id)
        ),
    )
    posts = []
    for person in people:
        rows = found.get(person.id)
        if rows:  # the same choice as the register's current position
            latest = max(rows, key=lambda row: (row[5] is not None, row[5] or 0, row is rows[-1]))
            posts.append(CurrentPost(*latest))
    return tuple(posts)


def positions_of(session: Session, person_id: int, today: date) -> tuple[PostOverTime, ...]:
    """A person's posts over time: those held today first, then the newest started first."""
    rows = session.execute(
        select(
            Position.title,
            Position.title_alt,
            Position.organization_id,
            Organization.name,
            Organization.name_alt,
            Position.started_on,
            Position.ended_on,
        )
        .outerjoin(Organization, Position.organization_id == Organization.id)
        .where(Position.person_id == person_id)
        .order_by(Position.id)
    ).all()
    posts = [
        PostOverTime(
            *row,
            current=(row.started_on is None or row.started_on <= today)
            and (row.ended_on is None or row.ended_on >= today),
        )
        for row in rows
    ]
    # a post with no known start sorts as the oldest of its group
    posts.sort(key=lambda p: (p.current, p.started_on or date.min), reverse=True)
    return tuple(posts)
