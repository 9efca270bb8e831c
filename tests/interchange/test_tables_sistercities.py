"""The twinning register (13,081 Wikidata rows): places and sister-city agreements, on both
engines; a pair listed both ways is one agreement; a second import adds nothing."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import aliased
from tables_kit import SISTER_CITIES, contents

from diplotrack.demo import fill_demo
from diplotrack.domain import Agreement, AgreementParty, ChangeRecord, Place
from diplotrack.domain.enums import AgreementKind, AgreementStatus
from diplotrack.interchange.tables import import_register
from diplotrack.store.database import Database
from diplotrack.store.search import matching_ids

# Worked out by hand from the file: 13,081 rows, 12 of which cannot be imported (below); the
# other 13,069 name 9,906 distinct pairs of 9,430 distinct towns (a town is its name, country
# and position: namesakes such as the two Ennerys of France are twinned with each other).
PLACES = 9_430
PAIRS = 9_906
SKIPPED = {
    3636: "Kosovo",
    3834: "Q16511122",
    4228: "Prussia",
    5887: "Q16058312",
    9110: "Kosovo",
    9128: "Kosovo",
    9799: "t430222130",
    10005: "Q1030610",
}


def _pair(db: Database, first: str, second: str) -> list[tuple[str, str, str, str, str]]:
    one, other = aliased(AgreementParty), aliased(AgreementParty)
    here, there = aliased(Place), aliased(Place)
    statement = (
        select(Agreement.title, here.name, here.country_code, there.name, there.country_code)
        .join(one, one.agreement_id == Agreement.id)
        .join(other, (other.agreement_id == Agreement.id) & (other.id != one.id))
        .join(here, here.id == one.place_id)
        .join(there, there.id == other.place_id)
        .where(here.name == first, there.name == second)
    )
    with db.session() as session:
        return [tuple(row) for row in session.execute(statement)]  # type: ignore[misc]


def test_the_twinning_register_imports_as_places_and_sister_city_agreements(
    database: Database,
) -> None:
    seen: list[tuple[int, int]] = []
    report = import_register(
        database, SISTER_CITIES, progress=lambda d, t: not seen.append((d, t)) or True
    )

    assert report.refused is None
    assert report.created == Counter({"places": PLACES, "agreements": PAIRS})
    assert len(report.skipped) == 12
    skipped_rows = {problem.where.row for problem in report.skipped}
    assert set(SKIPPED) <= skipped_rows
    for problem in report.skipped:
        if problem.where.row in SKIPPED:
            assert SKIPPED[problem.where.row] in problem.message
    # progress went up to the end, never backwards
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)

    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Place)) == PLACES
        kinds = session.execute(select(Agreement.kind, Agreement.status).distinct()).all()
        assert kinds == [(AgreementKind.SISTER_CITY, AgreementStatus.IN_FORCE)]
        parties = Counter(session.scalars(select(AgreementParty.agreement_id)))
        assert len(parties) == PAIRS and set(parties.values()) == {2}
        # one history line per record created, by whoever imported
        history = Counter(
            session.execute(select(ChangeRecord.record_kind, ChangeRecord.action)).all()
        )
        assert history[("place", "insert")] == PLACES
        assert history[("agreement", "insert")] == PAIRS
        # found by search like any record: Sofia's agreements by the name of its sister city
        sofia = set(session.scalars(matching_ids("agreement", "Moscow Sofia")))
        assert len(sofia) == 1

    # a known pair of the file (Sofia–Moscow), once
    assert _pair(database, "Sofia", "Moscow") == [("Sofia — Moscow", "Sofia", "BG", "Moscow", "RU")]
    # listed both ways in the file (rows 20 and 11,787): one agreement, named from row 20
    assert [row[0] for row in _pair(database, "Kraków", "Veliko Tarnovo")] == [
        "Veliko Tarnovo — Kraków"
    ]
    # namesakes twinned with each other are two places
    with database.session() as session:
        ennery = session.scalars(select(Place.latitude).where(Place.name == "Ennery")).all()
    assert len(ennery) == 2


def test_russian_cities_of_the_register_are_in_russia(database: Database) -> None:
    with SISTER_CITIES.open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    russian = {r["sistercityLabel"] for r in rows if r["destination_countryLabel"] == "Russia"}
    russian |= {r["origincityLabel"] for r in rows if r["origincountry"] == "Russia"}
    assert {"Moscow", "Krasnodar", "Smolensk", "Podolsk", "Mytishchi"} <= russian

    import_register(database, SISTER_CITIES)

    with database.session() as session:
        in_russia = set(session.scalars(select(Place.name).where(Place.country_code == "RU")))
    assert in_russia == russian


def test_a_second_import_of_the_register_adds_nothing(database: Database) -> None:
    import_register(database, SISTER_CITIES)
    before = contents(database)

    again = import_register(database, SISTER_CITIES)

    assert again.refused is None
    assert +again.created == Counter()
    assert again.unchanged["agreements"] == PAIRS
    assert contents(database) == before


def test_the_register_meets_the_worked_example(tmp_path: Path, sqlite_database: Database) -> None:
    fill_demo(sqlite_database, today=date(2026, 11, 26))
    with sqlite_database.session() as session:
        moscow = session.scalar(select(Place.id).where(Place.name == "Москва"))
        places_before = session.scalar(select(func.count()).select_from(Place))

    report = import_register(sqlite_database, SISTER_CITIES)

    # the demo's Москва (Moscow) is the register's Moscow: found, not made again
    assert report.unchanged["places"] >= 1
    assert report.created["places"] == PLACES - report.unchanged["places"]
    with sqlite_database.session() as session:
        places = session.scalar(select(func.count()).select_from(Place))
        assert places == places_before + report.created["places"]
        sofia = session.scalar(select(Place.id).where(Place.name == "Sofia"))
        partners = (
            session.execute(
                select(AgreementParty.place_id).where(
                    AgreementParty.agreement_id.in_(
                        select(AgreementParty.agreement_id).where(AgreementParty.place_id == sofia)
                    )
                )
            )
            .scalars()
            .all()
        )
    assert moscow in partners


def test_a_dry_run_counts_the_same_and_writes_nothing(database: Database) -> None:
    before = contents(database)

    report = import_register(database, SISTER_CITIES, dry_run=True)

    assert report.dry_run
    assert report.created == Counter({"places": PLACES, "agreements": PAIRS})
    assert contents(database) == before
