"""The worked example's cast: its four places, seven organizations and four people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Organization, Person, Place, Position
from diplotrack.domain.enums import OrganizationKind

from .example_keys import (
    AUTONOMY,
    BATAEVA,
    BISHKEK,
    BISHKEK_TEAM,
    CHANCERY,
    CITY_ADMINISTRATION,
    EMBASSY,
    IMANALIEV,
    JALAL_ABAD,
    JALAL_ABAD_CITY_HALL,
    KABAEV,
    KRASNOYARSK,
    LOGINOV,
    MOSCOW,
    RECORDED_AT,
    ROBOTICS_LABORATORY,
)


@dataclass(frozen=True)
class ExampleCast:
    """The places, organizations and people of the story, added to the session."""

    krasnoyarsk: Place
    jalal_abad: Place
    bishkek: Place
    moscow: Place
    administration: Organization
    embassy: Organization
    chancery: Organization
    autonomy: Organization
    city_hall: Organization
    team: Organization
    laboratory: Organization
    loginov: Person
    kabaev: Person
    bataeva: Person
    imanaliev: Person

    @property
    def organizations(self) -> list[Organization]:
        return [
            self.administration,
            self.embassy,
            self.chancery,
            self.autonomy,
            self.city_hall,
            self.team,
            self.laboratory,
        ]

    @property
    def people(self) -> list[Person]:
        return [self.loginov, self.kabaev, self.bataeva, self.imanaliev]

    @property
    def places(self) -> list[Place]:
        return [self.krasnoyarsk, self.jalal_abad, self.bishkek, self.moscow]


def _place(session: Session, name: str, name_alt: str, country: str, **extra: object) -> Place:
    """The place by its name in that country, created when the database lacks it."""
    found = session.scalar(
        select(Place).where(Place.name == name, Place.country_code == country).limit(1)
    )
    if found is None:
        found = Place(
            name=name,
            name_alt=name_alt,
            country_code=country,
            created_at=RECORDED_AT,
            updated_at=RECORDED_AT,
            **extra,
        )
        session.add(found)
    return found


def build_example_cast(session: Session) -> ExampleCast:
    """Add the cast to the session (a place the database already has is reused)."""
    stamp = {"created_at": RECORDED_AT, "updated_at": RECORDED_AT}
    krasnoyarsk = _place(
        session,
        KRASNOYARSK,
        "Krasnoyarsk",
        "RU",
        population=1_205_000,
        latitude=56.01,
        longitude=92.87,
    )
    jalal_abad = _place(
        session,
        JALAL_ABAD,
        "Jalal-Abad",
        "KG",
        population=123_000,
        latitude=40.93,
        longitude=73.0,
    )
    bishkek = _place(
        session, BISHKEK, "Bishkek", "KG", population=1_145_000, latitude=42.87, longitude=74.59
    )
    moscow = _place(
        session, MOSCOW, "Moscow", "RU", population=13_100_000, latitude=55.76, longitude=37.62
    )

    administration = Organization(
        name=CITY_ADMINISTRATION,
        name_alt="Krasnoyarsk City Administration",
        short_name="Администрация г. Красноярска",
        kind=OrganizationKind.CITY_ADMINISTRATION,
        country_code="RU",
        place=krasnoyarsk,
        **stamp,
    )
    embassy = Organization(
        name=EMBASSY,
        name_alt="Embassy of the Kyrgyz Republic to the Russian Federation",
        short_name="Посольство КР в РФ",
        kind=OrganizationKind.EMBASSY,
        country_code="KG",
        place=moscow,
        **stamp,
    )
    chancery = Organization(
        name=CHANCERY,
        name_alt="Office of the Embassy of the Kyrgyz Republic to the Russian Federation "
        "in Krasnoyarsk",
        short_name="Канцелярия посольства КР в Красноярске",
        kind=OrganizationKind.CHANCERY,
        country_code="KG",
        place=krasnoyarsk,
        parent=embassy,
        **stamp,
    )
    autonomy = Organization(
        name=AUTONOMY,
        name_alt="Krasnoyarsk local public organization “Kyrgyz National-Cultural Autonomy”",
        short_name="КМОО «КНКА»",
        kind=OrganizationKind.DIASPORA_NGO,
        country_code="RU",
        place=krasnoyarsk,
        notes="Объединяет киргизскую диаспору Красноярска.",
        **stamp,
    )
    city_hall = Organization(
        name=JALAL_ABAD_CITY_HALL,
        name_alt="Jalal-Abad City Hall",
        short_name="Мэрия Джалал-Абада",
        kind=OrganizationKind.CITY_ADMINISTRATION,
        country_code="KG",
        place=jalal_abad,
        **stamp,
    )
    team = Organization(
        name=BISHKEK_TEAM,
        name_alt="Team of young roboticists from Bishkek",
        kind=OrganizationKind.OTHER,
        country_code="KG",
        place=bishkek,
        **stamp,
    )
    laboratory = Organization(
        name=ROBOTICS_LABORATORY,
        name_alt="Robotics laboratory “Engineers of the Future”",
        short_name="«Инженеры будущего»",
        kind=OrganizationKind.OTHER,
        country_code="RU",
        place=krasnoyarsk,
        **stamp,
    )

    loginov = Person(name=LOGINOV, name_alt="Vladislav Loginov", country_code="RU", **stamp)
    loginov.positions.append(
        Position(
            organization=administration,
            title="Глава города Красноярска",
            title_alt="Mayor of Krasnoyarsk",
        )
    )
    kabaev = Person(name=KABAEV, name_alt="Azamat Kabaev", country_code="KG", **stamp)
    kabaev.positions.append(
        Position(
            organization=chancery,
            title="руководитель канцелярии посольства Киргизской Республики в Российской "
            "Федерации в Красноярске",
            title_alt="Head of the Office of the Embassy of the Kyrgyz Republic to the "
            "Russian Federation in Krasnoyarsk",
            started_on=date(2023, 11, 1),
        )
    )
    bataeva = Person(name=BATAEVA, name_alt="Nazgul Bataeva", **stamp)
    bataeva.positions.append(
        Position(organization=autonomy, title="председатель", title_alt="Chair")
    )
    imanaliev = Person(name=IMANALIEV, name_alt="Kubanychbek Imanaliev", country_code="KG", **stamp)
    imanaliev.positions.append(
        Position(
            organization=city_hall,
            title="первый заместитель мэра города Джалал-Абад",
            title_alt="First Deputy Mayor of Jalal-Abad",
        )
    )
    session.add_all([administration, embassy, chancery, autonomy, city_hall, team, laboratory])
    session.add_all([loginov, kabaev, bataeva, imanaliev])
    return ExampleCast(
        krasnoyarsk=krasnoyarsk,
        jalal_abad=jalal_abad,
        bishkek=bishkek,
        moscow=moscow,
        administration=administration,
        embassy=embassy,
        chancery=chancery,
        autonomy=autonomy,
        city_hall=city_hall,
        team=team,
        laboratory=laboratory,
        loginov=loginov,
        kabaev=kabaev,
        bataeva=bataeva,
        imanaliev=imanaliev,
    )
