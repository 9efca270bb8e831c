"""The office history around the worked example: partner cities, their embassies, city halls,
universities and people with positions over time, agreements of every kind and status.

Deterministic for a seed and a day (a seeded ``random.Random``; dates composed around the fixed
``timeline.ANCHOR`` and moved by whole weeks to the day the demo is made),
written with bulk Core inserts (no change history). Delegations, recurring series and
follow-ups are added by ``stories``; the bulk of events by ``generator``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Country,
    Organization,
    Person,
    Place,
)

from . import vocabulary as v
from .example_keys import (
    CITY_ADMINISTRATION,
    EMBASSY,
    KRASNOYARSK,
    LOGINOV,
    MOSCOW,
)
from .history_agreements import add_agreements
from .history_rows import HistoryRows
from .stories import add_stories
from .timeline import Timeline

RUSSIAN_CITIES = {
    "Новосибирске": ("Новосибирск", "Novosibirsk"),
    "Иркутске": ("Иркутск", "Irkutsk"),
    "Екатеринбурге": ("Екатеринбург", "Yekaterinburg"),
    "Владивостоке": ("Владивосток", "Vladivostok"),
}


@dataclass
class OfficeHistory:
    """Ids of what the history added, by record kind, and how many events it wrote."""

    places: list[int] = field(default_factory=list)
    organizations: list[int] = field(default_factory=list)
    people: list[int] = field(default_factory=list)
    agreements: list[int] = field(default_factory=list)
    delegations: list[int] = field(default_factory=list)
    followups: list[int] = field(default_factory=list)
    events: int = 0


def _find(session: Session, model: Any, **where: Any) -> int:
    found = session.scalar(select(model.id).filter_by(**where).order_by(model.id).limit(1))
    if found is None:
        raise LookupError(f"the worked example's {model.__name__} {where} is missing")
    return int(found)


def build_office_history(session: Session, *, seed: int, today: date) -> OfficeHistory:
    """Write the office history (after the worked example, whose records it refers to), moved
    to ``today`` (see ``timeline``)."""
    when = Timeline.around(today)
    build = HistoryRows(session, random.Random(f"diplotrack-history:{seed}"), when)
    rng = build.rng
    home = _find(session, Place, name=KRASNOYARSK, country_code="RU")
    moscow = _find(session, Place, name=MOSCOW, country_code="RU")
    administration = _find(session, Organization, name=CITY_ADMINISTRATION)
    mayor = _find(session, Person, name=LOGINOV)
    kg_embassy = _find(session, Organization, name=EMBASSY)
    names = dict(session.execute(select(Country.code, Country.name_en)).all())

    seats = {prep: build.place(ru, en, "RU", None) for prep, (ru, en) in RUSSIAN_CITIES.items()}
    home_orgs = [
        build.organization(ru, en, "city_administration", "RU", home, parent=administration)
        for ru, en in v.HOME_DEPARTMENTS
    ]
    home_orgs.append(
        build.organization(
            "Правительство Красноярского края",
            "Government of Krasnoyarsk Krai",
            "regional_government",
            "RU",
            home,
        )
    )
    university = build.organization(
        "Сибирский федеральный университет",
        "Siberian Federal University",
        "university",
        "RU",
        home,
        short_name="СФУ",
    )
    build.organization(
        "Красноярский краевой Дом дружбы народов",
        "Krasnoyarsk Regional House of Friendship",
        "cultural",
        "RU",
        home,
    )
    build.organization(
        "Международная ассамблея столиц и крупных городов",
        "International Assembly of Capitals and Large Cities",
        "international_body",
        "RU",
        moscow,
        short_name="МАГ",
    )

    staff: list[int] = []
    for index, title in enumerate(v.HOME_TITLES):
        person = build.person("slavic", "RU")
        organization = home_orgs[min(index, len(home_orgs) - 1)] if index else administration
        started = build.moved_between(date(2015, 1, 1), date(2023, 6, 30))
        if index % 3 == 1:  # moved here from another post: the earlier one has ended
            earlier = build.day_between(when.day(2010, 1, 1), started - timedelta(days=400))
            build.position(
                person,
                rng.choice(home_orgs),
                ("главный специалист", "Specialist"),
                earlier,
                started - timedelta(days=1),
            )
        build.position(person, organization, title, started)
        staff.append(person)
    retired = build.person("slavic", "RU")
    build.position(
        retired, administration, v.HOME_TITLES[0], when.day(2012, 3, 1), when.day(2022, 9, 30)
    )

    cities: list[tuple[v.Partner, int, v.City, int, int]] = []  # partner, place, city, hall, head
    for partner in v.PARTNERS:
        code = partner.code
        stock = partner.names
        if code == "KG":
            embassy = kg_embassy
        else:
            embassy = build.organization(
                f"Посольство {partner.genitive} в Российской Федерации",
                f"Embassy of {partner.genitive_en} to the Russian Federation",
                "embassy",
                code,
                moscow,
            )
        ambassador_since = build.moved_between(date(2019, 6, 1), date(2023, 12, 31))
        predecessor = build.person(stock, code)
        build.position(
            predecessor,
            embassy,
            ("Чрезвычайный и Полномочный Посол", "Ambassador Extraordinary and Plenipotentiary"),
            ambassador_since - timedelta(days=rng.randint(1200, 1800)),
            ambassador_since - timedelta(days=rng.randint(10, 60)),
        )
        ambassador = build.person(stock, code)
        build.position(
            ambassador,
            embassy,
            ("Чрезвычайный и Полномочный Посол", "Ambassador Extraordinary and Plenipotentiary"),
            ambassador_since,
        )
        if partner.consulate_in:
            prep, city_en = partner.consulate_in
            consulate = build.organization(
                f"Генеральное консульство {partner.genitive} в {prep}",
                f"Consulate General of {partner.genitive_en} in {city_en}",
                "consulate",
                code,
                seats[prep],
                parent=embassy,
            )
            consul = build.person(stock, code)
            build.position(
                consul,
                consulate,
                ("Генеральный консул", "Consul General"),
                build.moved_between(date(2018, 1, 1), date(2024, 1, 31)),
            )
        for number, city in enumerate(partner.cities):
            place = build.place(city.name, city.name_alt, code, city.population)
            hall = build.organization(
                partner.city_hall[0].format(ru=city.name),
                partner.city_hall[1].format(en=city.name_alt),
                "city_administration",
                code,
                place,
            )
            head = build.person(stock, code)
            build.position(
                head,
                hall,
                (f"мэр города {city.name}", f"Mayor of {city.name_alt}"),
                build.moved_between(date(2017, 1, 1), date(2023, 12, 31)),
            )
            deputy = build.person(stock, code)
            build.position(
                deputy,
                hall,
                (f"заместитель мэра города {city.name}", f"Deputy Mayor of {city.name_alt}"),
                build.moved_between(date(2017, 1, 1), date(2024, 6, 30)),
            )
            cities.append((partner, place, city, hall, head))
            if number == 0:
                company = build.organization(
                    f"Торгово-логистическая компания «{city.name}-Транс»",
                    f"{city.name_alt}-Trans Logistics",
                    "company",
                    code,
                    place,
                    archived=code == "DE",
                )
                build.position(
                    build.person(stock, code),
                    company,
                    ("генеральный директор", "Chief Executive"),
                    build.moved_between(date(2015, 1, 1), date(2022, 1, 1)),
                )
                if partner.university:
                    rector_at = build.organization(*partner.university, "university", code, place)
                    build.position(
                        build.person(stock, code),
                        rector_at,
                        ("ректор", "Rector"),
                        build.moved_between(date(2014, 1, 1), date(2023, 1, 1)),
                    )
        chamber = build.organization(
            f"Торгово-промышленная палата {partner.genitive}",
            f"Chamber of Commerce and Industry of {partner.genitive_en}",
            "other",
            code,
            None,
        )
        build.position(
            build.person(stock, code),
            chamber,
            ("председатель", "Chair"),
            build.moved_between(date(2016, 1, 1), date(2023, 1, 1)),
        )
        if partner.diaspora:
            diaspora = build.organization(
                f"Красноярская региональная общественная организация "
                f"«{partner.diaspora} национально-культурная автономия»",
                f"Krasnoyarsk regional {names.get(code, code)} national-cultural autonomy",
                "diaspora_ngo",
                "RU",
                home,
            )
            build.position(
                build.person(stock, code),
                diaspora,
                ("председатель", "Chair"),
                build.moved_between(date(2012, 1, 1), date(2022, 1, 1)),
            )

    add_agreements(build, cities, home, administration, university, mayor, staff)
    build.write()
    history = OfficeHistory(
        places=[r["id"] for r in build.rows["place"]],
        organizations=[r["id"] for r in build.rows["organization"]],
        people=[r["id"] for r in build.rows["person"]],
        agreements=[r["id"] for r in build.rows["agreement"]],
    )
    add_stories(
        session,
        rng,
        history,
        when,
        home=home,
        administration=administration,
        mayor=mayor,
        staff=staff,
        partner_cities=[(p.code, place, hall, head) for p, place, _city, hall, head in cities],
    )
    return history
