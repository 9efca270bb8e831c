"""The office history's agreements: one per partner city, every kind and status, with parties
and signatories; some in force, some expiring within 90 days of the day the demo is made, some
expired."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from . import vocabulary as v
from .history_rows import HistoryRows

# Loginov, the worked example's mayor, signs for the city from his first day in office (the
# worked example is not moved, so neither is this day).
LOGINOV_FROM = date(2022, 10, 1)
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


def add_agreements(
    build: HistoryRows,
    cities: list[tuple[v.Partner, int, v.City, int, int]],
    home: int,
    administration: int,
    university: int,
    mayor: int,
    staff: list[int],
) -> None:
    rng = build.rng
    when = build.timeline
    today = when.today
    for number, (partner, place, city, hall, head) in enumerate(cities):
        kind, plan = AGREEMENT_PLAN[number % len(AGREEMENT_PLAN)]
        signed: date | None = build.moved_between(date(2008, 1, 1), date(2024, 6, 30))
        until: date | None = None
        status = plan
        if plan == "expiring":  # a term that ends within 90 days of "today"
            status, until = "in_force", today + timedelta(days=rng.randint(10, 85))
        elif plan == "expired":
            until = build.day_between(when.day(2021, 1, 1), today - timedelta(days=30))
            signed = until - timedelta(days=365 * rng.randint(3, 5))
        elif plan == "in_force" and rng.random() < 0.5:
            until = today + timedelta(days=rng.randint(200, 1500))
        elif plan == "signed":
            signed = today - timedelta(days=rng.randint(5, 60))
        elif plan in ("draft", "negotiating"):
            signed = None
        title = AGREEMENT_TITLES[kind]
        agreement = build.record(
            "agreement",
            created_at=datetime.combine(min(signed or today, today), datetime.min.time(), UTC),
            kind=kind,
            title=title[0].format(ru=city.name),
            title_alt=title[1].format(en=city.name_alt),
            status=status,
            signed_on=signed,
            signed_at_id=(home if number % 2 else place) if signed else None,
            valid_from=signed if status != "signed" else today + timedelta(days=30),
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
            deputy = rng.choice(staff)  # drawn either way: the stream must not depend on the day
            ours = mayor if signed >= LOGINOV_FROM else deputy
            for position, person in enumerate((ours, head)):
                build.rows["agreement_signatory"].append(
                    {
                        "agreement_id": agreement,
                        "person_id": person,
                        "title": None,
                        "position": position,
                    }
                )
