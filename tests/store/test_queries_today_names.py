"""The Today page's names in the other language: titles, the places its lines name, the heads
of arriving delegations. On both engines."""

from __future__ import annotations

from test_queries_world import TODAY, build_world

from diplotrack.store.database import Database
from diplotrack.store.queries.today import today_summary
from diplotrack.store.queries.today_names import today_other_names


def test_places_and_heads_in_the_other_language(database: Database) -> None:
    world = build_world(database)
    with database.session() as session:
        summary = today_summary(session, TODAY)
        assert [row.id for row in summary.arriving] == [world["visit"]]
        names = today_other_names(session, summary)
    # the visit comes from Jalal-Abad; the week's other item, a video call, has no place
    assert names.places == {"Джалал-Абад": "Jalal-Abad"}
    assert names.records[("person", world["imanaliev"])] == "Kubanychbek Imanaliev"
    assert ("delegation", world["visit"]) not in names.records  # delegations have no other title
