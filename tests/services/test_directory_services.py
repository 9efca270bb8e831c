"""Places, organizations, people and positions through the services, on both engines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from servicekit import Refuse, World, found, version_of

from diplotrack.domain import NotFoundError, Organization, Person, Place, ValidationError
from diplotrack.domain.enums import OrganizationKind
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import ParticipantInput
from diplotrack.services.organizations import (
    OrganizationInput,
    archive_organization,
    create_organization,
    restore_organization,
    update_organization,
)
from diplotrack.services.people import (
    PersonInput,
    PositionInput,
    add_position,
    archive_person,
    create_person,
    end_position,
    restore_person,
    update_person,
    update_position,
)
from diplotrack.services.places import (
    PlaceInput,
    archive_place,
    create_place,
    restore_place,
    update_place,
)
from diplotrack.store.database import Database

NewEvent = Callable[..., int]


# -- places ---------------------------------------------------------------------------------


def test_place_is_created_with_its_country_from_an_alias(database: Database) -> None:
    place_id = create_place(
        database, PlaceInput(name="  Ош ", country="Кыргызская Республика", latitude=40.5)
    ).created_id("place")
    with database.session() as session:
        place = session.get_one(Place, place_id)
        assert (place.name, place.country_code, place.latitude) == ("Ош", "KG", 40.5)


def test_place_rules(database: Database, refused: Refuse) -> None:
    refused(
        lambda: create_place(database, PlaceInput(name=" ", country="KG")), ValidationError, "name"
    )
    error = refused(
        lambda: create_place(database, PlaceInput(name="Ош", country="Киргизстанн")),
        ValidationError,
        "country",
    )
    assert "Киргизстанн" in error.message
    refused(
        lambda: create_place(database, PlaceInput(name="Ош", country="KG", latitude=91)),
        ValidationError,
        "latitude",
    )
    refused(
        lambda: create_place(database, PlaceInput(name="Ош", country="KG", longitude=-181)),
        ValidationError,
        "longitude",
    )


def test_place_rename_reaches_the_events_held_there(
    database: Database, world: World, new_event: NewEvent
) -> None:
    event_id = new_event(place_id=world.jalal_abad)
    assert event_id not in found(database, "event", "Жалал-Абад")
    update_place(
        database,
        world.jalal_abad,
        PlaceInput(name="Жалал-Абад", name_alt="Jalal-Abad", country="KG"),
        expected_version=1,
    )
    assert event_id in found(database, "event", "Жалал-Абаде")
    assert world.jalal_abad in found(database, "place", "Жалал-Абад")


def test_place_archive_and_restore(database: Database, world: World, refused: Refuse) -> None:
    changes = archive_place(database, world.bishkek, expected_version=1)
    assert changes.archived == {RecordRef("place", world.bishkek)}
    refused(
        lambda: update_place(
            database, world.bishkek, PlaceInput(name="Бишкек", country="KG"), expected_version=2
        ),
        ValidationError,
    )
    restore_place(database, world.bishkek, expected_version=2)
    assert version_of(database, Place, world.bishkek) == 3


# -- organizations --------------------------------------------------------------------------


def test_organization_parent_cycles_are_refused(
    database: Database, world: World, refused: Refuse
) -> None:
    embassy = OrganizationInput(
        name="Посольство Киргизской Республики в Российской Федерации",
        kind=OrganizationKind.EMBASSY,
        country="KG",
    )
    refused(
        lambda: update_organization(
            database,
            world.embassy,
            OrganizationInput(name=embassy.name, parent_id=world.embassy),
            expected_version=1,
        ),
        ValidationError,
        "parent_id",
    )
    error = refused(
        lambda: update_organization(
            database,
            world.embassy,
            OrganizationInput(name=embassy.name, parent_id=world.chancery),
            expected_version=1,
        ),
        ValidationError,
        "parent_id",
    )
    assert "Канцелярия" in error.message


def test_organization_rules(database: Database, world: World, refused: Refuse) -> None:
    refused(
        lambda: create_organization(database, OrganizationInput(name="")), ValidationError, "name"
    )
    refused(
        lambda: create_organization(database, OrganizationInput(name="X", parent_id=777)),
        NotFoundError,
        "parent_id",
    )
    refused(
        lambda: create_organization(database, OrganizationInput(name="X", place_id=777)),
        NotFoundError,
        "place_id",
    )
    refused(
        lambda: create_organization(database, OrganizationInput(name="X", kind="church")),
        ValidationError,
        "kind",
    )
    refused(
        lambda: create_organization(database, OrganizationInput(name="X", country="Атлантида")),
        ValidationError,
        "country",
    )


def test_organization_rename_reaches_events_and_people(
    database: Database, world: World, new_event: NewEvent
) -> None:
    event_id = new_event(organization_ids=(world.autonomy,))
    update_organization(
        database,
        world.autonomy,
        OrganizationInput(name="Киргизская диаспора Красноярья", country="RU"),
        expected_version=1,
    )
    assert event_id in found(database, "event", "диаспоры")
    with database.session() as session:
        organization = session.get_one(Organization, world.autonomy)
        assert (organization.version, organization.place_id) == (2, None)


def test_organization_archive_and_restore(database: Database, world: World) -> None:
    archive_organization(database, world.autonomy, expected_version=1)
    restore_organization(database, world.autonomy, expected_version=2)
    assert version_of(database, Organization, world.autonomy) == 3


# -- people and positions -------------------------------------------------------------------


def test_person_with_positions(database: Database, world: World) -> None:
    with database.session() as session:
        kabaev = session.get_one(Person, world.kabaev)
        [position] = kabaev.positions
        assert (position.title, position.organization_id, position.started_on) == (
            "Руководитель канцелярии",
            world.chancery,
            date(2023, 11, 1),
        )
        assert kabaev.country_code == "KG"


def test_add_update_and_end_a_position_move_the_person_version(
    database: Database, world: World
) -> None:
    add_position(
        database,
        world.loginov,
        PositionInput(title="Глава города", organization_id=world.administration),
        expected_version=1,
    )
    assert version_of(database, Person, world.loginov) == 2
    with database.session() as session:
        positions = session.get_one(Person, world.loginov).positions
        added = next(p for p in positions if p.title == "Глава города")
    update_position(
        database,
        added.id,
        PositionInput(title="Глава города Красноярска", started_on=date(2022, 1, 1)),
        expected_version=2,
    )
    end_position(database, added.id, date(2024, 12, 31), expected_version=3)
    with database.session() as session:
        person = session.get_one(Person, world.loginov)
        changed = next(p for p in person.positions if p.id == added.id)
        assert (changed.title, changed.organization_id, changed.ended_on) == (
            "Глава города Красноярска",
            None,
            date(2024, 12, 31),
        )
        assert person.version == 4
    assert world.loginov in found(database, "person", "Главы Красноярска")


def test_position_ending_before_it_starts_is_refused(
    database: Database, world: World, refused: Refuse
) -> None:
    refused(
        lambda: add_position(
            database,
            world.kabaev,
            PositionInput(title="Консул", started_on=date(2024, 1, 1), ended_on=date(2023, 1, 1)),
            expected_version=1,
        ),
        ValidationError,
        "ended_on",
    )
    with database.session() as session:
        position_id = session.get_one(Person, world.kabaev).positions[0].id
    error = refused(
        lambda: end_position(database, position_id, date(2023, 10, 31), expected_version=1),
        ValidationError,
        "ended_on",
    )
    assert "2023-11-01" in error.message
    refused(
        lambda: add_position(database, world.kabaev, PositionInput(title=" "), expected_version=1),
        ValidationError,
        "title",
    )
    refused(
        lambda: add_position(
            database,
            world.kabaev,
            PositionInput(title="Консул", organization_id=555),
            expected_version=1,
        ),
        NotFoundError,
        "organization_id",
    )
    refused(
        lambda: end_position(database, 98765, date(2024, 1, 1), expected_version=1),
        NotFoundError,
        "position_id",
    )


def test_person_rules(database: Database, world: World, refused: Refuse) -> None:
    refused(lambda: create_person(database, PersonInput(name="\t")), ValidationError, "name")
    refused(
        lambda: create_person(database, PersonInput(name="X", country="Нарния")),
        ValidationError,
        "country",
    )


def test_person_rename_reaches_the_events_they_took_part_in(
    database: Database, world: World, new_event: NewEvent
) -> None:
    event_id = new_event(participants=(ParticipantInput(person_id=world.bataeva),))
    assert event_id not in found(database, "event", "Батаевой-Асановой")
    update_person(
        database,
        world.bataeva,
        PersonInput(name="Назгуль Батаева-Асанова", name_alt="Nazgul Bataeva-Asanova"),
        expected_version=1,
    )
    assert event_id in found(database, "event", "Батаевой-Асановой")


def test_person_archive_and_restore(database: Database, world: World, refused: Refuse) -> None:
    archive_person(database, world.bataeva, expected_version=1)
    refused(
        lambda: add_position(
            database, world.bataeva, PositionInput(title="Председатель"), expected_version=2
        ),
        ValidationError,
    )
    restore_person(database, world.bataeva, expected_version=2)
    assert version_of(database, Person, world.bataeva) == 3


@pytest.mark.parametrize("expected", [0, 2])
def test_person_save_with_a_wrong_version_is_refused(
    database: Database, world: World, refused: Refuse, expected: int
) -> None:
    from diplotrack.domain import StaleRecordError

    refused(
        lambda: update_person(
            database, world.bataeva, PersonInput(name="Назгуль"), expected_version=expected
        ),
        StaleRecordError,
    )
