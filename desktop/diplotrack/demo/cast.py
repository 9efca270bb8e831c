"""Who and what generated events are about: the places, people, organizations, agreements and
topics already in the database, read once before generating."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diplotrack.domain import AgreementParty, Country, Organization, Person, Place, Topic

from .example_keys import CITY_ADMINISTRATION, KRASNOYARSK


@dataclass
class Cast:
    """Who and what the generated events are about, read from the database."""

    home_place: int | None = None
    home_organization: int | None = None
    home_people: list[int] = field(default_factory=list)
    partner_countries: list[str] = field(default_factory=list)
    country_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    places: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    people: dict[str, list[int]] = field(default_factory=dict)
    organizations: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    agreements: dict[str, list[int]] = field(default_factory=dict)
    topics: list[tuple[int, str]] = field(default_factory=list)


def load_cast(session: Session) -> Cast:
    cast = Cast()
    cast.home_place = session.scalar(
        select(func.min(Place.id)).where(Place.name == KRASNOYARSK, Place.country_code == "RU")
    )
    cast.home_organization = session.scalar(
        select(func.min(Organization.id)).where(Organization.name == CITY_ADMINISTRATION)
    )
    places: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for pid, name, alt, code in session.execute(
        select(Place.id, Place.name, Place.name_alt, Place.country_code)
        .where(Place.archived_at.is_(None), Place.country_code != "RU")
        .order_by(Place.id)
    ):
        places[code].append((pid, name, alt or name))
    cast.places = dict(places)
    people: dict[str, list[int]] = defaultdict(list)
    for pid, person_country in session.execute(
        select(Person.id, Person.country_code)
        .where(Person.archived_at.is_(None), Person.country_code.is_not(None))
        .order_by(Person.id)
    ):
        people[person_country or ""].append(pid)
    cast.home_people = people.pop("RU", [])
    cast.people = dict(people)
    organizations: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for oid, organization_country, name, alt in session.execute(
        select(Organization.id, Organization.country_code, Organization.name, Organization.name_alt)
        .where(Organization.archived_at.is_(None), Organization.country_code.is_not(None))
        .order_by(Organization.id)
    ):
        organizations[organization_country or ""].append((oid, name, alt or name))
    cast.organizations = dict(organizations)
    agreements: dict[str, set[int]] = defaultdict(set)
    for agreement_id, code in session.execute(
        select(
            AgreementParty.agreement_id,
            func.coalesce(
                Place.country_code, Organization.country_code, AgreementParty.country_code
            ),
        )
        .outerjoin(Place, AgreementParty.place_id == Place.id)
        .outerjoin(Organization, AgreementParty.organization_id == Organization.id)
    ):
        if code and code != "RU":
            agreements[code].add(agreement_id)
    cast.agreements = {code: sorted(ids) for code, ids in agreements.items()}
    cast.topics = [
        (topic_id, name)
        for topic_id, name in session.execute(select(Topic.id, Topic.name_ru).order_by(Topic.id))
    ]
    cast.partner_countries = sorted(cast.places)
    cast.country_names = {
        code: (name_ru, name_en)
        for code, name_ru, name_en in session.execute(
            select(Country.code, Country.name_ru, Country.name_en).where(
                Country.code.in_(cast.partner_countries)
            )
        )
    }
    return cast
