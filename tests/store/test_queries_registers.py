"""Registers on both engines: every filter field, several countries, sorting, paging, rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy.orm import Session
from test_queries_world import World, build_world

from diplotrack.domain import KnownError
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.store.queries import registers as reg
from diplotrack.store.queries.kinds import REGISTERS
from diplotrack.store.queries.register import list_rows
from diplotrack.store.queries.rows import Participation


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def session(database: Database, world: World) -> Iterator[Session]:
    with database.session() as session:
        yield session


def event_ids(session: Session, **fields: Any) -> set[int]:
    return {row.id for row in reg.list_events(session, RecordFilter(**fields))}


def names(world: World, *keys: str) -> set[int]:
    return {world[key] for key in keys}


def test_event_row_carries_everything(session: Session, world: World) -> None:
    [row] = reg.list_events(session, RecordFilter(text="Кабаева", kinds=("meeting",)))
    assert row.id == world["meeting"]
    assert (row.kind, row.status, row.level, row.format) == (
        "meeting",
        "held",
        "working",
        "in_person",
    )
    assert row.place == "Красноярск" and row.place_id == world["krasnoyarsk"]
    assert row.countries == ("KG", "RU")
    assert row.topics == ("культура", "образование", "спорт", "экономика")
    assert row.participants == (
        Participation("Владислав Логинов", "Vladislav Loginov", "host", world["loginov"]),
        Participation("Азамат Кабаев", "Azamat Kabaev", "guest", world["kabaev"]),
        Participation("Назгуль Батаева", "Nazgul Bataeva", "participant", world["bataeva"]),
        Participation("начальники департаментов", None, "participant", None, world["city"]),
    )
    assert row.timezone == "Asia/Krasnoyarsk" and not row.all_day and row.version == 1
    assert row.starts_at.hour == 3 and row.starts_at.tzinfo is not None


def test_event_filters(session: Session, world: World) -> None:
    everything = names(world, "meeting", "robotics", "conference", "call", "programme")
    assert event_ids(session) == everything
    assert event_ids(session, include_archived=True) == everything | names(world, "old")
    assert event_ids(session, countries=("KG",)) == names(
        world, "meeting", "robotics", "conference", "programme"
    )
    assert event_ids(session, countries=("KZ", "DE")) == names(world, "robotics", "call")
    assert event_ids(session, kinds=("conference", "call")) == names(world, "conference", "call")
    assert event_ids(session, statuses=("planned",)) == names(world, "conference")
    assert event_ids(session, topic_ids=(world["education"],)) == names(
        world, "meeting", "robotics"
    )
    assert event_ids(session, person_ids=(world["kabaev"], world["muller"])) == names(
        world, "meeting", "call"
    )
    assert event_ids(session, organization_ids=(world["team"],)) == names(world, "robotics")
    assert event_ids(session, organization_ids=(world["city"],)) == names(world, "meeting")
    assert event_ids(session, place_ids=(world["krasnoyarsk"],)) == everything - names(
        world, "call"
    )
    assert event_ids(session, countries=("KG",), statuses=("held",), kinds=("cultural",)) == names(
        world, "robotics"
    )


def test_event_dates_overlap_including_all_day_and_recurring(
    session: Session, world: World
) -> None:
    day = date(2024, 4, 10)
    # the weekly call (Mondays from 18 March) spans these days but happens on none of them
    assert event_ids(session, date_from=day, date_to=day) == names(world, "meeting")
    assert event_ids(session, date_from=date(2024, 4, 7), date_to=date(2024, 4, 7)) == names(
        world, "robotics"
    )
    assert event_ids(session, date_from=date(2024, 4, 8), date_to=date(2024, 4, 8)) == names(
        world, "call"
    )
    # 1 April is an EXDATE of the series; the week around it still has the robotics days
    assert event_ids(session, date_from=date(2024, 4, 1), date_to=date(2024, 4, 1)) == set()
    assert event_ids(session, date_from=date(2024, 4, 7), date_to=date(2024, 4, 8)) == names(
        world, "robotics", "call"
    )
    # the call's series ends in May; the conference spans September
    assert event_ids(session, date_from=date(2024, 6, 1)) == names(world, "conference")
    assert event_ids(session, date_to=date(2024, 3, 17)) == set()
    assert event_ids(session, date_from=date(2024, 9, 30), date_to=date(2024, 12, 31)) == names(
        world, "conference"
    )


def test_text_words_forms_and_country_alias(session: Session, world: World) -> None:
    assert event_ids(session, text="кабаеву") == names(world, "meeting")
    assert event_ids(session, text="Джалал-Абаде") == names(world, "programme")
    assert event_ids(session, text="КРАСНОЯРСК 5.0") == names(world, "robotics")
    kyrgyz = names(world, "meeting", "robotics", "conference", "programme")
    assert event_ids(session, text="Кыргызстан") == kyrgyz
    assert event_ids(session, text="Киргизия") == kyrgyz
    assert event_ids(session, text="Германия") == names(world, "call")
    assert event_ids(session, text="   ") == event_ids(session)
    for hostile in ('"', "*", "NEAR(", "%", "_", "AND", "' OR 1=1"):
        assert event_ids(session, text=hostile) in (set(), event_ids(session))


def test_other_registers_filter(session: Session, world: World) -> None:
    def ids(kind: str, **fields: Any) -> set[int]:
        listing = getattr(reg, f"list_{kind}")
        counting = getattr(reg, f"count_{kind}")
        found = {row.id for row in listing(session, RecordFilter(**fields))}
        assert counting(session, RecordFilter(**fields)) == len(found)
        return found

    assert ids("delegations", countries=("KG",)) == names(world, "visit")
    assert ids("delegations", kinds=("outgoing",)) == names(world, "trip")
    assert ids("delegations", person_ids=(world["kabaev"],)) == names(world, "visit")
    assert ids("delegations", person_ids=(world["loginov"],)) == names(world, "trip")
    assert ids("delegations", date_from=date(2024, 4, 24), date_to=date(2024, 5, 1)) == names(
        world, "visit"
    )
    assert ids("delegations", topic_ids=(world["municipal"],)) == names(world, "visit")
    assert ids("delegations", text="Иманалиевым") == names(world, "visit")
    assert ids(
        "delegations", organization_ids=(world["akimat"],), place_ids=(world["almaty"],)
    ) == names(world, "trip")
    assert ids("agreements", countries=("KG",)) == names(world, "memo")
    assert ids("agreements", countries=("KZ", "DE")) == names(world, "cooperation", "expired")
    assert ids("agreements", countries=("RU",)) == names(world, "memo", "cooperation")
    assert ids("agreements", statuses=("in_force",), kinds=("sister_city",)) == names(world, "memo")
    assert ids("agreements", date_from=date(2024, 1, 1)) == names(world, "memo")
    assert ids("agreements", date_from=date(2015, 3, 1), date_to=date(2015, 3, 1)) == names(
        world, "expired"
    )
    assert ids("agreements", person_ids=(world["loginov"],)) == names(world, "memo")
    assert ids("agreements", place_ids=(world["jalal"],)) == names(world, "memo")
    assert ids("agreements", organization_ids=(world["akimat"],)) == names(world, "cooperation")
    assert ids("agreements", topic_ids=(world["culture"],)) == names(world, "memo")
    assert ids("agreements", text="Джалал-Абадом") == names(world, "memo")
    assert ids("people", countries=("KG",)) == names(world, "kabaev", "bataeva", "imanaliev")
    assert ids("people", organization_ids=(world["chancery"],)) == names(world, "kabaev")
    assert ids("people", text="канцелярии") == names(world, "kabaev")
    assert ids("organizations", countries=("KZ",)) == names(world, "akimat")
    assert ids("organizations", kinds=("embassy", "chancery")) == names(
        world, "embassy", "chancery"
    )
    assert ids("organizations", organization_ids=(world["embassy"],)) == names(
        world, "embassy", "chancery"
    )
    assert ids("organizations", place_ids=(world["bishkek"],)) == names(world, "team")
    assert ids("places", countries=("KG",)) == names(world, "jalal", "bishkek")
    assert ids("places", text="Кыргызстан") == names(world, "jalal", "bishkek")
    assert ids("followups", countries=("KG",)) == names(world, "prepare", "schools", "report")
    assert ids("followups", statuses=("open", "in_progress")) == names(world, "schools", "report")
    assert ids("followups", date_to=date(2024, 4, 14)) == names(world, "schools")
    assert ids("followups", person_ids=(world["loginov"],)) == names(world, "prepare")
    assert ids("followups", organization_ids=(world["city"],)) == names(world, "report")
    assert ids("followups", place_ids=(world["jalal"],)) == names(world, "prepare")
    assert ids("followups", topic_ids=(world["culture"],)) == names(world, "report")
    assert ids("followups", text="школы") == names(world, "schools")


def test_rows_of_other_registers(session: Session, world: World) -> None:
    [visit] = reg.list_delegations(session, RecordFilter(countries=("KG",)))
    assert (visit.head, visit.place, visit.organization, visit.country) == (
        "Кубанычбек Иманалиев",
        "Джалал-Абад",
        "Мэрия города Джалал-Абад",
        "KG",
    )
    assert visit.members == ("Азамат Кабаев",)
    [memo] = reg.list_agreements(session, RecordFilter(kinds=("sister_city",)))
    assert [(p.name, p.party, p.country) for p in memo.parties] == [
        ("Красноярск", "place", "RU"),
        ("Джалал-Абад", "place", "KG"),
    ]
    assert memo.countries == ("KG", "RU") and memo.signatories == ("Владислав Логинов",)
    [kabaev] = reg.list_people(session, RecordFilter(person_ids=(world["kabaev"],)))
    assert (kabaev.position, kabaev.organization) == (
        "Руководитель канцелярии",
        "Канцелярия Посольства Кыргызской Республики в Красноярске",
    )
    [chancery] = reg.list_organizations(session, RecordFilter(kinds=("chancery",)))
    assert chancery.parent == "Посольство Кыргызской Республики" and chancery.place == "Красноярск"
    [jalal] = reg.list_places(session, RecordFilter(place_ids=(world["jalal"],)))
    assert (jalal.country, jalal.country_name) == ("KG", "Киргизия")
    found = {row.id: row.responsible for row in reg.list_followups(session, RecordFilter())}
    assert found == {
        world["prepare"]: "Владислав Логинов",
        world["schools"]: "Департамент образования",
        world["report"]: "Администрация города Красноярска",
    }


def _expected_order(rows: list[Any], key: str, descending: bool) -> list[int]:
    def value(row: Any) -> Any:
        found = getattr(row, key, None)
        if key == "countries":
            return min(row.countries) if row.countries else None
        return found

    present = [row for row in rows if value(row) is not None]
    missing = [row for row in rows if value(row) is None]
    present.sort(key=lambda row: (value(row), row.id), reverse=descending)
    missing.sort(key=lambda row: row.id, reverse=descending)
    return [row.id for row in present + missing]


@pytest.mark.parametrize("kind", sorted(REGISTERS))
def test_sorting_by_every_column_both_ways_and_paging(session: Session, kind: str) -> None:
    register = REGISTERS[kind]
    flt = RecordFilter(include_archived=True)
    everything = list_rows(session, register, flt, order_by="id")
    assert len(everything) >= 2
    keys = [*register.columns(), *register.extra_sort_keys()]
    for key in keys:
        if key == "archived":
            continue  # a timestamp in SQL, a flag in the row
        for descending in (False, True):
            found = list_rows(session, register, flt, order_by=key, descending=descending)
            assert [row.id for row in found] == _expected_order(everything, key, descending), (
                key,
                descending,
            )
            pages = [
                row.id
                for offset in range(0, len(found), 2)
                for row in list_rows(
                    session,
                    register,
                    flt,
                    order_by=key,
                    descending=descending,
                    offset=offset,
                    limit=2,
                )
            ]
            assert pages == [row.id for row in found]


def test_unknown_sort_column_and_values_are_known_errors(session: Session) -> None:
    with pytest.raises(KnownError) as raised:
        reg.list_events(session, RecordFilter(), order_by="participants")
    assert raised.value.field == "order_by"
    with pytest.raises(KnownError):
        reg.list_events(session, RecordFilter(), order_by="title; DROP TABLE event")
    with pytest.raises(KnownError) as raised:
        reg.list_events(session, RecordFilter(kinds=("party",)))
    assert raised.value.field == "kinds"
    with pytest.raises(KnownError):
        reg.list_followups(session, RecordFilter(), offset=-1)


def test_count_matches_list(session: Session) -> None:
    for fields in (
        {},
        {"countries": ("KG", "DE")},
        {"text": "встреча"},
        {"include_archived": True},
    ):
        flt = RecordFilter(**fields)  # type: ignore[arg-type]
        assert reg.count_events(session, flt) == len(reg.list_events(session, flt))
