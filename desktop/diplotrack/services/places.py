"""Adding, editing, archiving and restoring places (cities, regions)."""

from __future__ import annotations

from dataclasses import dataclass

from diplotrack.domain import Place
from diplotrack.domain.enums import PlaceKind
from diplotrack.store.database import Database

from . import checks
from .base import UnitOfWork, archive_record, restore_record, unit_of_work
from .changes import Changes
from .dependents import dependents


@dataclass(frozen=True, kw_only=True)
class PlaceInput:
    """A place; ``country`` is an ISO code or a name people write ("Киргизия")."""

    name: str
    country: str
    name_alt: str | None = None
    kind: str = PlaceKind.CITY
    latitude: float | None = None
    longitude: float | None = None
    population: int | None = None
    notes: str | None = None


def _apply(work: UnitOfWork, place: Place, data: PlaceInput) -> None:
    session = work.session
    values = {
        "name": checks.required_text(data.name, "name", limit=300),
        "name_alt": checks.optional_text(data.name_alt, "name_alt", limit=300),
        "kind": checks.choice(PlaceKind, data.kind, "kind"),
        "country_code": checks.country_code(session, data.country, "country"),
        "latitude": checks.within(data.latitude, -90, 90, "latitude"),
        "longitude": checks.within(data.longitude, -180, 180, "longitude"),
        "population": checks.positive(data.population, "population"),
        "notes": checks.optional_text(data.notes, "notes"),
    }
    renamed = place.id is not None and (
        values["name"] != place.name or values["name_alt"] != place.name_alt
    )
    checks.assign(place, values)
    if renamed:
        for kind, ids in dependents(session, "place", place.id).items():
            work.reindex(kind, ids)


def create_place(db: Database, data: PlaceInput) -> Changes:
    with unit_of_work(db) as work:
        place = Place()
        _apply(work, place, data)
        work.add(place)
    return work.changes


def update_place(
    db: Database, place_id: int, data: PlaceInput, *, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        _apply(work, work.load(Place, place_id, expected_version), data)
    return work.changes


def archive_place(db: Database, place_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, Place, place_id, expected_version)


def restore_place(db: Database, place_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, Place, place_id, expected_version)
