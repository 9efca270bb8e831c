"""The change history as record_history reads it: who, when, what, for every kind of change."""

from __future__ import annotations

from datetime import date

from servicekit import World, meeting

from diplotrack.domain import Person
from diplotrack.domain.enums import ChangeAction
from diplotrack.services.events import archive_event, create_event, restore_event, update_event
from diplotrack.services.history import record_history
from diplotrack.services.people import PositionInput, add_position, end_position
from diplotrack.store.database import Database, open_database


def test_event_history_lists_insert_updates_collections_archive_and_restore(
    database_url: str,
) -> None:
    anna = open_database(database_url, user="anna")
    boris = open_database(database_url, user="boris")
    try:
        event_id = create_event(anna, meeting(countries=("RU",))).created_id("event")
        update_event(
            boris,
            event_id,
            meeting(title="Встреча с Азаматом Кабаевым", countries=("RU", "Киргизия")),
            expected_version=1,
        )
        archive_event(anna, event_id, expected_version=2)
        restore_event(boris, event_id, expected_version=3)
        lines = record_history(anna, "event", event_id)
    finally:
        anna.close()
        boris.close()
    summary = [(line.changed_by, line.action, line.field, line.record_version) for line in lines]
    assert summary[0] == ("anna", ChangeAction.INSERT, None, 1)
    assert ("boris", ChangeAction.UPDATE, "title", 2) in summary
    assert ("anna", ChangeAction.ARCHIVE, "archived_at", 3) in summary
    assert ("boris", ChangeAction.RESTORE, "archived_at", 4) in summary
    title = next(line for line in lines if line.field == "title")
    assert (title.old_value, title.new_value) == (meeting().title, "Встреча с Азаматом Кабаевым")
    countries = next(line for line in lines if line.field == "countries")
    assert (countries.old_value, countries.new_value) == ("country:RU", "country:KG, country:RU")
    assert [line.changed_at for line in lines] == sorted(line.changed_at for line in lines)
    # the saves that moved nothing leave no lines: each line belongs to one of the four versions
    assert {line.record_version for line in lines} == {1, 2, 3, 4}


def test_person_history_includes_their_positions(database: Database, world: World) -> None:
    add_position(
        database,
        world.kabaev,
        PositionInput(title="Консул", started_on=date(2024, 1, 1)),
        expected_version=1,
    )
    with database.session() as session:
        positions = session.get_one(Person, world.kabaev).positions
        consul = next(p for p in positions if p.title == "Консул")
    end_position(database, consul.id, date(2024, 6, 30), expected_version=2)
    lines = record_history(database, "person", world.kabaev)
    inserted = {
        line.record_id
        for line in lines
        if line.record_kind == "position" and line.action is ChangeAction.INSERT
    }
    assert len(inserted) == 2 and str(consul.id) in inserted  # the first post and the new one
    ended = next(line for line in lines if line.field == "ended_on")
    assert (ended.record_kind, ended.record_id) == ("position", str(consul.id))
    assert (ended.old_value, ended.new_value) == (None, "2024-06-30")
    assert any(line.field == "positions" and line.record_kind == "person" for line in lines)


def test_history_of_another_record_is_not_mixed_in(database: Database, world: World) -> None:
    first = create_event(database, meeting(title="Первая")).created_id("event")
    second = create_event(database, meeting(title="Вторая")).created_id("event")
    update_event(database, second, meeting(title="Вторая, исправленная"), expected_version=1)
    assert [line.action for line in record_history(database, "event", first)] == [
        ChangeAction.INSERT
    ]
    assert record_history(database, "event", 999) == []
