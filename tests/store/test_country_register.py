"""The countries register and picker names, on both engines, on the demo database."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from diplotrack.demo import fill_demo
from diplotrack.domain import Delegation, Event, event_country
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.store.queries.countries import country_names, list_countries, topic_names


@pytest.fixture
def demo(database: Database) -> Database:
    fill_demo(database, events=0)
    return database


def test_counts_match_the_records(demo: Database) -> None:
    with demo.session() as session:
        rows = {row.code: row for row in list_countries(session, RecordFilter())}
        kg_events = session.scalar(
            select(func.count())
            .select_from(event_country)
            .join(Event, Event.id == event_country.c.event_id)
            .where(event_country.c.country_code == "KG", Event.archived_at.is_(None))
        )
        kg_delegations = session.scalar(
            select(func.count()).select_from(Delegation).where(Delegation.country_code == "KG")
        )
    assert rows["KG"].events == kg_events and kg_events
    assert rows["KG"].delegations == kg_delegations
    # the sister-city memorandum has Jalal-Abad (KG) and Krasnoyarsk (RU) as parties
    assert rows["KG"].agreements >= 1 and rows["RU"].agreements >= 1
    # only countries with records by default; all of them on request
    assert "FR" not in rows or rows["FR"].records > 0
    with demo.session() as session:
        everything = list_countries(session, RecordFilter(), with_records_only=False)
    assert len(everything) > len(rows) and any(row.records == 0 for row in everything)


def test_filter_limits_countries_and_counts(demo: Database) -> None:
    one_day = RecordFilter(date_from=date(2024, 4, 10), date_to=date(2024, 4, 10))
    with demo.session() as session:
        rows = {row.code: row for row in list_countries(session, one_day)}
        only_kg = list_countries(session, RecordFilter(countries=("KG",)))
    assert rows["KG"].events >= 1 and rows["RU"].events >= 1
    assert [row.code for row in only_kg] == ["KG"]


@pytest.mark.parametrize("order_by", ["name", "code", "events", "delegations", "agreements"])
def test_sorted_in_the_database(demo: Database, order_by: str) -> None:
    with demo.session() as session:
        rows = list_countries(session, RecordFilter(), order_by=order_by, descending=True)  # type: ignore[arg-type]
    keys = [row.name_ru if order_by == "name" else getattr(row, order_by) for row in rows]
    if order_by != "name":  # collation of Cyrillic names is the engine's own
        assert keys == sorted(keys, reverse=True)
    assert len(rows) > 5


def test_names_and_topics_for_pickers(demo: Database) -> None:
    with demo.session() as session:
        names = {country.code: country for country in country_names(session)}
        topics = topic_names(session)
    assert "Киргизия" in names["KG"].aliases and "Kyrgyzstan" in names["KG"].aliases
    assert names["KG"].name("en") == "Kyrgyzstan"
    assert any(topic.name_ru == "культура" for topic in topics)
