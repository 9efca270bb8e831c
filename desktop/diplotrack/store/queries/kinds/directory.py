"""The registers of the office's directory: people (with their current posts), organizations
and places."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session, aliased

from diplotrack.domain import Country, Organization, Person, Place, Position

from .. import rows as r
from ..register import Register, grouped
from .fields import record_fields, simple_rows


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
            **record_fields(row),
            position=posts.get(row["id"], (None, None))[0],
            organization=posts.get(row["id"], (None, None))[1],
        )
        for row in found
    ]


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
    finish=simple_rows(r.OrganizationRow),
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
    finish=simple_rows(r.PlaceRow),
)
