"""The office history around the worked example: partner cities, their embassies, city halls,
universities and people with positions over time, agreements of every kind and status.

Deterministic (a seeded ``random.Random``, dates relative to the fixed ``vocabulary.ANCHOR``),
written with bulk Core inserts (no change history). Delegations, recurring series and
follow-ups are added by ``stories``; the bulk of events by ``generator``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Country,
    Organization,
    Person,
    Place,
    Position,
)

from . import vocabulary as v
from .bulk import Row, advance_sequences, insert_rows, next_id, table_of
from .stories import add_stories
from .worked_example import (
    CITY_ADMINISTRATION,
    EMBASSY,
    KRASNOYARSK,
    LOGINOV,
    MOSCOW,
)

ANCHOR = date(v.ANCHOR_YEAR, v.ANCHOR_MONTH, v.ANCHOR_DAY)
CREATED = datetime(2019, 1, 15, 9, 0, tzinfo=UTC)  # when the office began its register
RUSSIAN_CITIES = {
    "Новосибирске": ("Новосибирск", "Novosibirsk"),
    "Иркутске": ("Иркутск", "Irkutsk"),
    "Екатеринбурге": ("Екатеринбург", "Yekaterinburg"),
    "Владивостоке": ("Владивосток", "Vladivostok"),
}
# Every kind and status of agreement turns up, in this order, over the partner cities.
AGREEMENT_PLAN = (
    ("sister_city", "in_force"),
    ("cooperation", "in_force"),
    ("memorandum", "expiring"),
    ("protocol", "expired"),
    ("road_map", "in_force"),
    ("cooperation", "signed"),
    ("memorandum", "negotiating"),
    ("sister_city", "draft"),
    ("cooperation", "terminated"),
    ("other", "expiring"),
    ("cooperation", "expired"),
)
AGREEMENT_TITLES = {
    "sister_city": (
        "Соглашение об установлении побратимских связей между городами Красноярск и {ru}",
        "Sister-city agreement between Krasnoyarsk and {en}",
    ),
    "cooperation": (
        "Соглашение о сотрудничестве между городами Красноярск и {ru}",
        "Cooperation agreement between Krasnoyarsk and {en}",
    ),
    "memorandum": (
        "Меморандум о взаимопонимании между Красноярском и городом {ru}",
        "Memorandum of understanding between Krasnoyarsk and {en}",
    ),
    "protocol": (
        "Протокол о намерениях по развитию связей с городом {ru}",
        "Protocol of intent on ties with {en}",
    ),
    "road_map": (
        "Дорожная карта сотрудничества Красноярска и города {ru}",
        "Road map of cooperation between Krasnoyarsk and {en}",
    ),
    "other": (
        "Программа молодёжных обменов Красноярск — {ru}",
        "Youth exchange programme Krasnoyarsk — {en}",
    ),
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


class _Builder:
    """Accumulates rows with ids assigned in Python, then writes them table by table."""

    def __init__(self, session: Session, rng: random.Random) -> None:
        self.session = session
        self.rng = rng
        self.ids = {
            table: next_id(session, table_of(model))
            for table, model in (
                ("place", Place),
                ("organization", Organization),
                ("person", Person),
                ("agreement", Agreement),
            )
        }
        self.rows: dict[str, list[Row]] = {
            name: []
            for name in (
                "place",
                "organization",
                "person",
                "position",
                "agreement",
                "agreement_party",
                "agreement_signatory",
            )
        }
        self.used_names: set[str] = set()

    def record(self, table: str, created_at: datetime = CREATED, **values: Any) -> int:
        record_id = self.ids[table]
        self.ids[table] += 1
        self.rows[table].append(
            {
                "id": record_id,
                "version": 1,
                "created_at": created_at,
                "updated_at": created_at,
                "archived_at": None,
                **values,
            }
        )
        return record_id

    def place(self, name: str, name_alt: str, country: str, population: int | None) -> int:
        return self.record(
            "place",
            name=name,
            name_alt=name_alt,
            kind="city",
            country_code=country,
            latitude=None,
            longitude=None,
            population=population,
            notes=None,
        )

    def organization(
        self,
        name: str,
        name_alt: str,
        kind: str,
        country: str | None,
        place: int | None,
        parent: int | None = None,
        short_name: str | None = None,
        archived: bool = False,
    ) -> int:
        record_id = self.record(
            "organization",
            name=name,
            name_alt=name_alt,
            short_name=short_name,
            kind=kind,
            country_code=country,
            place_id=place,
            parent_id=parent,
            notes=None,
        )
        if archived:
            self.rows["organization"][-1]["archived_at"] = datetime(2022, 4, 1, tzinfo=UTC)
        return record_id

    def person(self, stock: str, country: str) -> int:
        given, family, family_first = v.NAME_STOCK[stock]
        for _attempt in range(50):  # namesakes happen, but rarely
            first, last = self.rng.choice(given), self.rng.choice(family)
            pair = (last, first) if family_first else (first, last)
            name = f"{pair[0][0]} {pair[1][0]}"
            if name not in self.used_names:
                break
        self.used_names.add(name)
        return self.record(
            "person",
            name=name,
            name_alt=f"{pair[0][1]} {pair[1][1]}",
            country_code=country,
            email=None,
            contact_notes=None,
            notes=None,
        )

    def position(
        self,
        person: int,
        organization: int | None,
        title: tuple[str, str],
        started: date | None,
        ended: date | None = None,
    ) -> None:
        self.rows["position"].append(
            {
                "person_id": person,
                "organization_id": organization,
                "title": title[0],
                "title_alt": title[1],
                "started_on": started,
                "ended_on": ended,
            }
        )

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def write(self) -> None:
        for table, model in (
            ("place", Place),
            ("organization", Organization),
            ("person", Person),
            ("position", Position),
            ("agreement", Agreement),
            ("agreement_party", AgreementParty),
            ("agreement_signatory", AgreementSignatory),
        ):
            rows = self.rows[table]
            if table == "organization":  # parents first: the foreign key is checked per row
                rows = sorted(rows, key=lambda r: (r["parent_id"] is not None, r["id"]))
            insert_rows(self.session, table_of(model), rows)
        advance_sequences(
            self.session,
            [table_of(Place), table_of(Organization), table_of(Person), table_of(Agreement)],
        )


def _find(session: Session, model: Any, **where: Any) -> int:
    found = session.scalar(select(model.id).filter_by(**where).order_by(model.id).limit(1))
    if found is None:
        raise LookupError(f"the worked example's {model.__name__} {where} is missing")
    return int(found)


def build_office_history(session: Session, *, seed: int) -> OfficeHistory:
    """Write the office history (after the worked example, whose records it refers to)."""
    build = _Builder(session, random.Random(f"diplotrack-history:{seed}"))
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
        started = build.day_between(date(2015, 1, 1), date(2023, 6, 30))
        if index % 3 == 1:  # moved here from another post: the earlier one has ended
            earlier = build.day_between(date(2010, 1, 1), started - timedelta(days=400))
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
    build.position(retired, administration, v.HOME_TITLES[0], date(2012, 3, 1), date(2022, 9, 30))

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
        ambassador_since = build.day_between(date(2019, 6, 1), date(2023, 12, 31))
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
                build.day_between(date(2018, 1, 1), date(2024, 1, 31)),
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
                build.day_between(date(2017, 1, 1), date(2023, 12, 31)),
            )
            deputy = build.person(stock, code)
            build.position(
                deputy,
                hall,
                (f"заместитель мэра города {city.name}", f"Deputy Mayor of {city.name_alt}"),
                build.day_between(date(2017, 1, 1), date(2024, 6, 30)),
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
                    build.day_between(date(2015, 1, 1), date(2022, 1, 1)),
                )
                if partner.university:
                    rector_at = build.organization(*partner.university, "university", code, place)
                    build.position(
                        build.person(stock, code),
                        rector_at,
                        ("ректор", "Rector"),
                        build.day_between(date(2014, 1, 1), date(2023, 1, 1)),
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
            build.day_between(date(2016, 1, 1), date(2023, 1, 1)),
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
                build.day_between(date(2012, 1, 1), date(2022, 1, 1)),
            )

    _agreements(build, cities, home, administration, university, mayor, staff)
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
        home=home,
        administration=administration,
        mayor=mayor,
        staff=staff,
        partner_cities=[(p.code, place, hall, head) for p, place, _city, hall, head in cities],
    )
    return history


def _agreements(
    build: _Builder,
    cities: list[tuple[v.Partner, int, v.City, int, int]],
    home: int,
    administration: int,
    university: int,
    mayor: int,
    staff: list[int],
) -> None:
    rng = build.rng
    for number, (partner, place, city, hall, head) in enumerate(cities):
        kind, plan = AGREEMENT_PLAN[number % len(AGREEMENT_PLAN)]
        signed: date | None = build.day_between(date(2008, 1, 1), date(2024, 6, 30))
        until: date | None = None
        status = plan
        if plan == "expiring":  # a term that ends within 90 days of "today"
            status, until = "in_force", ANCHOR + timedelta(days=rng.randint(10, 85))
        elif plan == "expired":
            until = build.day_between(date(2021, 1, 1), ANCHOR - timedelta(days=30))
            signed = until - timedelta(days=365 * rng.randint(3, 5))
        elif plan == "in_force" and rng.random() < 0.5:
            until = ANCHOR + timedelta(days=rng.randint(200, 1500))
        elif plan == "signed":
            signed = ANCHOR - timedelta(days=rng.randint(5, 60))
        elif plan in ("draft", "negotiating"):
            signed = None
        title = AGREEMENT_TITLES[kind]
        agreement = build.record(
            "agreement",
            created_at=datetime.combine(min(signed or ANCHOR, ANCHOR), datetime.min.time(), UTC),
            kind=kind,
            title=title[0].format(ru=city.name),
            title_alt=title[1].format(en=city.name_alt),
            status=status,
            signed_on=signed,
            signed_at_id=(home if number % 2 else place) if signed else None,
            valid_from=signed if status != "signed" else ANCHOR + timedelta(days=30),
            valid_until=until,
            renewal="automatic" if kind == "sister_city" else rng.choice(("by_decision", "none")),
            summary="Сотрудничество в сферах культуры, образования и экономики "
            f"с городом {city.name}.",
            notes="Расторгнуто по инициативе сторон." if status == "terminated" else None,
        )
        parties: list[dict[str, Any]] = (
            [{"place_id": home}, {"place_id": place}]
            if kind in ("sister_city", "cooperation", "other")
            else [{"organization_id": administration}, {"organization_id": hall}]
            if kind in ("memorandum", "protocol")
            else [{"place_id": home}, {"country_code": partner.code}]
        )
        if kind == "protocol":
            parties.append({"organization_id": university})
        for position, party in enumerate(parties):
            build.rows["agreement_party"].append(
                {
                    "agreement_id": agreement,
                    "place_id": None,
                    "organization_id": None,
                    "country_code": None,
                    "position": position,
                    **party,
                }
            )
        if signed is not None:
            ours = mayor if signed >= date(2022, 10, 1) else rng.choice(staff)
            for position, person in enumerate((ours, head)):
                build.rows["agreement_signatory"].append(
                    {
                        "agreement_id": agreement,
                        "person_id": person,
                        "title": None,
                        "position": position,
                    }
                )
