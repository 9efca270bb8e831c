"""People and the positions they hold: add, edit, end a position, archive and restore."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from diplotrack.domain import NotFoundError, Organization, Person, Position
from diplotrack.store.database import Database

from . import checks
from . import messages as msg
from .base import UnitOfWork, archive_record, restore_record, unit_of_work
from .changes import Changes
from .dependents import dependents


@dataclass(frozen=True, kw_only=True)
class PersonInput:
    """A person: the name as written and in the other script; ``country`` as code or name."""

    name: str
    name_alt: str | None = None
    country: str | None = None
    email: str | None = None
    contact_notes: str | None = None
    notes: str | None = None


@dataclass(frozen=True, kw_only=True)
class PositionInput:
    """A post held at an organization, from and to (either may be unknown)."""

    title: str
    organization_id: int | None = None
    title_alt: str | None = None
    started_on: date | None = None
    ended_on: date | None = None


@dataclass(frozen=True, kw_only=True)
class PositionChange:
    """A post as an editor hands it back: ``position_id`` None for a post added there."""

    position_id: int | None
    data: PositionInput


def _apply_person(work: UnitOfWork, person: Person, data: PersonInput) -> None:
    values = {
        "name": checks.required_text(data.name, "name", limit=300),
        "name_alt": checks.optional_text(data.name_alt, "name_alt", limit=300),
        "country_code": checks.optional_country_code(work.session, data.country, "country"),
        "email": checks.optional_text(data.email, "email", limit=300),
        "contact_notes": checks.optional_text(data.contact_notes, "contact_notes"),
        "notes": checks.optional_text(data.notes, "notes"),
    }
    renamed = person.id is not None and (
        values["name"] != person.name or values["name_alt"] != person.name_alt
    )
    checks.assign(person, values)
    if renamed:
        for kind, ids in dependents(work.session, "person", person.id).items():
            work.reindex(kind, ids)


def _apply_position(work: UnitOfWork, position: Position, data: PositionInput) -> None:
    keep = position.organization_id if position.id is not None else None
    organization = checks.record(
        work.session, Organization, data.organization_id, "organization_id", keep=keep
    )
    checks.not_before(data.ended_on, data.started_on, "ended_on", "started_on")
    checks.assign(
        position,
        {
            "title": checks.required_text(data.title, "title", limit=500),
            "title_alt": checks.optional_text(data.title_alt, "title_alt", limit=500),
            "organization_id": organization.id if organization else None,
            "started_on": data.started_on,
            "ended_on": data.ended_on,
        },
    )


def create_person(
    db: Database, data: PersonInput, *, positions: Sequence[PositionInput] = ()
) -> Changes:
    with unit_of_work(db) as work:
        person = Person()
        _apply_person(work, person, data)
        for given in positions:
            position = Position()
            _apply_position(work, position, given)
            person.positions.append(position)
        work.add(person)
    return work.changes


def update_person(
    db: Database,
    person_id: int,
    data: PersonInput,
    *,
    expected_version: int,
    positions: Sequence[PositionChange] | None = None,
) -> Changes:
    """Saves a person and, with ``positions``, their posts in the same transaction: each
    listed post is updated (or added, without an id) and a post not listed is removed — so
    an editor's save, and its undo, is one change that either happens whole or not at all.
    ``positions`` None leaves the posts as they are."""
    with unit_of_work(db) as work:
        person = work.load(Person, person_id, expected_version)
        _apply_person(work, person, data)
        if positions is not None:
            _apply_positions(work, person, positions)
    return work.changes


def _apply_positions(work: UnitOfWork, person: Person, given: Sequence[PositionChange]) -> None:
    held = {position.id: position for position in person.positions}
    for change in given:
        if change.position_id is not None and change.position_id not in held:
            raise msg.refusal(
                NotFoundError,
                msg.NOT_FOUND,
                field="positions",
                kind=msg.kind_label("position"),
                id=change.position_id,
            )
    listed = {change.position_id for change in given if change.position_id is not None}
    for position_id, position in held.items():
        if position_id not in listed:
            person.positions.remove(position)
    for change in given:
        if change.position_id is None:
            position = Position()
            _apply_position(work, position, change.data)
            person.positions.append(position)
        else:
            _apply_position(work, held[change.position_id], change.data)


def archive_person(db: Database, person_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, Person, person_id, expected_version)


def restore_person(db: Database, person_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, Person, person_id, expected_version)


def add_position(
    db: Database, person_id: int, data: PositionInput, *, expected_version: int
) -> Changes:
    """Adds a post to a person; ``expected_version`` is the person's, as with every edit."""
    with unit_of_work(db) as work:
        person = work.load(Person, person_id, expected_version)
        position = Position()
        _apply_position(work, position, data)
        person.positions.append(position)
    return work.changes


def _position_of(work: UnitOfWork, position_id: int, expected_version: int) -> Position:
    position = work.session.get(Position, position_id)
    if position is None:
        raise msg.refusal(
            NotFoundError,
            msg.NOT_FOUND,
            field="position_id",
            kind=msg.kind_label("position"),
            id=position_id,
        )
    work.load(Person, position.person_id, expected_version)
    return position


def update_position(
    db: Database, position_id: int, data: PositionInput, *, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        _apply_position(work, _position_of(work, position_id, expected_version), data)
    return work.changes


def end_position(
    db: Database, position_id: int, ended_on: date, *, expected_version: int
) -> Changes:
    """Records that a person left a post on ``ended_on`` (they keep it in their history)."""
    with unit_of_work(db) as work:
        position = _position_of(work, position_id, expected_version)
        checks.not_before(ended_on, position.started_on, "ended_on", "started_on")
        position.ended_on = ended_on
    return work.changes
