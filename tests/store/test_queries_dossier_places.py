"""A dossier's contacts name their place in both languages: the name as the records write it
and, where known, the place's name in the other language (for an English window). On both
engines."""

from __future__ import annotations

from sqlalchemy import update
from test_queries_world import TODAY, build_world

from diplotrack.domain import Place
from diplotrack.store.database import Database
from diplotrack.store.queries.dossiers import dossier


def test_timeline_places_in_the_other_language(database: Database) -> None:
    world = build_world(database)
    with database.session() as session:
        found = dossier(session, "country", "KG", today=TODAY)
    places = {(entry.item, entry.id): (entry.place, entry.place_alt) for entry in found.timeline}
    assert places[("event", world["meeting"])] == ("Красноярск", "Krasnoyarsk")
    assert places[("delegation", world["visit"])] == ("Джалал-Абад", "Jalal-Abad")
    planned = {(entry.item, entry.id): entry.place_alt for entry in found.planned}
    assert all(planned[ref] == alt for ref, (_, alt) in places.items() if ref in planned)


def test_a_place_without_another_name_has_none(database: Database) -> None:
    world = build_world(database)
    with database.sessions.begin() as session:
        session.execute(update(Place).where(Place.id == world["jalal"]).values(name_alt=None))
    with database.session() as session:
        found = dossier(session, "place", world["jalal"], today=TODAY)
    visit = next(entry for entry in found.timeline if entry.id == world["visit"])
    assert (visit.place, visit.place_alt) == ("Джалал-Абад", None)
