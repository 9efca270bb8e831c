"""Fixtures for the service tests: a small world built through the services themselves, and a
check that a refused call leaves every table exactly as it was."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from servicekit import World, meeting, snapshot
from sqlalchemy import select

from diplotrack.domain import KnownError, Topic
from diplotrack.domain.enums import OrganizationKind
from diplotrack.services.changes import Changes
from diplotrack.services.events import create_event
from diplotrack.services.organizations import OrganizationInput, create_organization
from diplotrack.services.people import PersonInput, PositionInput, create_person
from diplotrack.services.places import PlaceInput, create_place
from diplotrack.store.database import Database


def _created(changes: Changes, kind: str) -> int:
    return changes.created_id(kind)


@pytest.fixture
def world(database: Database) -> World:
    db = database
    krasnoyarsk = _created(
        create_place(db, PlaceInput(name="Красноярск", name_alt="Krasnoyarsk", country="RU")),
        "place",
    )
    jalal_abad = _created(
        create_place(db, PlaceInput(name="Джалал-Абад", name_alt="Jalal-Abad", country="KG")),
        "place",
    )
    bishkek = _created(create_place(db, PlaceInput(name="Бишкек", country="Киргизия")), "place")
    administration = _created(
        create_organization(
            db,
            OrganizationInput(
                name="Администрация города Красноярска",
                kind=OrganizationKind.CITY_ADMINISTRATION,
                country="RU",
                place_id=krasnoyarsk,
            ),
        ),
        "organization",
    )
    embassy = _created(
        create_organization(
            db,
            OrganizationInput(
                name="Посольство Киргизской Республики в Российской Федерации",
                kind=OrganizationKind.EMBASSY,
                country="KG",
            ),
        ),
        "organization",
    )
    chancery = _created(
        create_organization(
            db,
            OrganizationInput(
                name="Канцелярия посольства Киргизской Республики в Красноярске",
                kind=OrganizationKind.CHANCERY,
                country="KG",
                place_id=krasnoyarsk,
                parent_id=embassy,
            ),
        ),
        "organization",
    )
    autonomy = _created(
        create_organization(
            db,
            OrganizationInput(
                name="Кыргызская национально-культурная автономия",
                kind=OrganizationKind.DIASPORA_NGO,
                country="RU",
                place_id=krasnoyarsk,
            ),
        ),
        "organization",
    )
    loginov = _created(
        create_person(
            db,
            PersonInput(name="Владислав Логинов", name_alt="Vladislav Loginov", country="RU"),
            positions=[PositionInput(title="Мэр Красноярска", organization_id=administration)],
        ),
        "person",
    )
    kabaev = _created(
        create_person(
            db,
            PersonInput(name="Азамат Кабаев", name_alt="Azamat Kabaev", country="KG"),
            positions=[
                PositionInput(
                    title="Руководитель канцелярии",
                    organization_id=chancery,
                    started_on=date(2023, 11, 1),
                )
            ],
        ),
        "person",
    )
    bataeva = _created(
        create_person(db, PersonInput(name="Назгуль Батаева", name_alt="Nazgul Bataeva")), "person"
    )
    with db.session() as session:
        topics = {t.name_en: t.id for t in session.scalars(select(Topic))}
    return World(
        krasnoyarsk=krasnoyarsk,
        jalal_abad=jalal_abad,
        bishkek=bishkek,
        administration=administration,
        embassy=embassy,
        chancery=chancery,
        autonomy=autonomy,
        loginov=loginov,
        kabaev=kabaev,
        bataeva=bataeva,
        culture=topics["culture"],
        education=topics["education"],
    )


@pytest.fixture
def new_event(database: Database) -> Callable[..., int]:
    """Creates an event through the service and gives its id."""

    def create(**overrides: Any) -> int:
        return create_event(database, meeting(**overrides)).created_id("event")

    return create


@pytest.fixture
def refused(database: Database) -> Callable[..., KnownError]:
    """Runs a service call that must be refused: checks the error type and field, and that the
    database is exactly as it was before; gives the error for further checks."""

    def check(
        call: Callable[[], object],
        error: type[KnownError],
        field: str | None = None,
    ) -> KnownError:
        before = snapshot(database)
        with pytest.raises(error) as caught:
            call()
        if field is not None:
            assert caught.value.field == field, caught.value.message
        assert caught.value.message
        assert snapshot(database) == before
        return caught.value

    return check
