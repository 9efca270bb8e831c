"""A person and their posts saved in one call: one transaction, one version, one change set."""

from __future__ import annotations

from datetime import date

from servicekit import Refuse, World, version_of
from sqlalchemy import select

from diplotrack.domain import ChangeRecord, NotFoundError, Person, ValidationError
from diplotrack.services.changes import RecordRef
from diplotrack.services.people import (
    PersonInput,
    PositionChange,
    PositionInput,
    update_person,
)
from diplotrack.services.snapshots import person_input, person_positions
from diplotrack.store.database import Database


def _posts(db: Database, person_id: int) -> list[tuple[str, date | None, date | None]]:
    return [
        (p.data.title, p.data.started_on, p.data.ended_on) for p in person_positions(db, person_id)
    ]


def _kabaev_as_given(db: Database, world: World) -> tuple[PersonInput, list[PositionChange]]:
    data, _ = person_input(db, world.kabaev)
    posts = [
        PositionChange(position_id=p.id, data=p.data) for p in person_positions(db, world.kabaev)
    ]
    return data, posts


def test_name_a_changed_post_and_a_new_one_are_one_version_and_one_change_set(
    database: Database, world: World
) -> None:
    _data, [post] = _kabaev_as_given(database, world)
    version = version_of(database, Person, world.kabaev)
    ended = PositionChange(
        position_id=post.position_id,
        data=PositionInput(
            title=post.data.title,
            organization_id=post.data.organization_id,
            started_on=post.data.started_on,
            ended_on=date(2025, 6, 30),
        ),
    )
    consul = PositionChange(
        position_id=None,
        data=PositionInput(
            title="Консул", organization_id=world.embassy, started_on=date(2025, 7, 1)
        ),
    )
    changes = update_person(
        database,
        world.kabaev,
        PersonInput(
            name="Азамат Кабаев", name_alt="Azamat Kabaev", country="KG", email="a@kg.example"
        ),
        expected_version=version,
        positions=[ended, consul],
    )

    assert changes.updated == frozenset({RecordRef("person", world.kabaev)})
    assert not changes.created
    assert version_of(database, Person, world.kabaev) == version + 1
    assert _posts(database, world.kabaev) == [
        ("Руководитель канцелярии", date(2023, 11, 1), date(2025, 6, 30)),
        ("Консул", date(2025, 7, 1), None),
    ]
    with database.session() as session:
        versions = set(
            session.scalars(
                select(ChangeRecord.record_version).where(
                    ChangeRecord.record_kind == "person",
                    ChangeRecord.record_id == str(world.kabaev),
                    ChangeRecord.record_version > version,
                )
            )
        )
    assert versions == {version + 1}  # every line of the history belongs to the one save


def test_a_post_ending_before_it_starts_leaves_the_person_and_posts_untouched(
    database: Database, world: World, refused: Refuse
) -> None:
    data, [post] = _kabaev_as_given(database, world)
    version = version_of(database, Person, world.kabaev)
    renamed = PersonInput(name="Азамат Кабаев-Новый", name_alt=data.name_alt, country="KG")
    broken = PositionChange(
        position_id=None,
        data=PositionInput(title="Консул", started_on=date(2024, 1, 1), ended_on=date(2023, 1, 1)),
    )
    refused(
        lambda: update_person(
            database, world.kabaev, renamed, expected_version=version, positions=[post, broken]
        ),
        ValidationError,
        "ended_on",
    )
    assert person_input(database, world.kabaev) == (data, version)
    assert _posts(database, world.kabaev) == [("Руководитель канцелярии", date(2023, 11, 1), None)]


def test_a_post_left_out_is_removed_and_one_of_someone_else_is_refused(
    database: Database, world: World, refused: Refuse
) -> None:
    data, [post] = _kabaev_as_given(database, world)
    [loginov_post] = person_positions(database, world.loginov)
    version = version_of(database, Person, world.kabaev)
    theirs = PositionChange(position_id=loginov_post.id, data=loginov_post.data)
    refused(
        lambda: update_person(
            database, world.kabaev, data, expected_version=version, positions=[post, theirs]
        ),
        NotFoundError,
        "positions",
    )
    update_person(database, world.kabaev, data, expected_version=version, positions=[])
    assert _posts(database, world.kabaev) == []
    assert version_of(database, Person, world.kabaev) == version + 1
    assert _posts(database, world.loginov) == [("Мэр Красноярска", None, None)]


def test_without_positions_the_posts_stay_as_they_are(database: Database, world: World) -> None:
    data, _ = _kabaev_as_given(database, world)
    version = version_of(database, Person, world.kabaev)
    update_person(
        database,
        world.kabaev,
        PersonInput(
            name=data.name, name_alt=data.name_alt, country="KG", notes="Говорит по-русски"
        ),
        expected_version=version,
    )
    assert _posts(database, world.kabaev) == [("Руководитель канцелярии", date(2023, 11, 1), None)]
