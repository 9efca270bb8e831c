"""The start-up reader (plain sqlite3) answers exactly what calendar_items answers, and says
None where it cannot serve, so that the window falls back to the full reader."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text, update

from diplotrack.demo import fill_demo
from diplotrack.domain import Delegation, Event
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database, open_database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.store.queries.calendar_at_start import CalendarAtStart

DEMO_DAY = date(2024, 4, 10)
ZONES = (ZoneInfo("Asia/Krasnoyarsk"), ZoneInfo("America/New_York"), UTC)

# Filters the reader serves: countries (any case, several), event kinds (visits let delegations
# in), statuses, archived records.
SERVED = (
    RecordFilter(),
    RecordFilter(countries=("KG",)),
    RecordFilter(countries=("kg", "CN", "DE")),
    RecordFilter(kinds=("meeting",)),
    RecordFilter(kinds=("visit", "conference")),
    RecordFilter(statuses=("planned", "confirmed")),
    RecordFilter(statuses=("held",), countries=("KG",)),
    RecordFilter(include_archived=True),
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo around 10 April 2024 with 3,000 generated events, one event and one
    delegation archived."""
    file = tmp_path_factory.mktemp("at-start") / "demo.sqlite3"
    db = open_database(f"sqlite:///{file}")
    try:
        fill_demo(db, today=DEMO_DAY)
        fill_demo(db, events=3_000, today=DEMO_DAY)
        with db.session() as session, session.begin():
            archived = datetime(2024, 4, 1, tzinfo=UTC)
            session.execute(
                update(Event)
                .where(Event.id == session.scalar(text("SELECT min(id) FROM event")))
                .values(archived_at=archived)
            )
            session.execute(
                update(Delegation)
                .where(Delegation.id == session.scalar(text("SELECT min(id) FROM delegation")))
                .values(archived_at=archived)
            )
    finally:
        db.close()
    return file


@pytest.fixture
def both(demo_file: Path) -> Iterator[tuple[CalendarAtStart, Database]]:
    reader = CalendarAtStart.open(demo_file)
    assert reader is not None
    db = open_database(f"sqlite:///{demo_file}")
    try:
        yield reader, db
    finally:
        reader.close()
        db.close()


def _month_range(year: int, month: int, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A month view's six weeks, as the calendar asks for them."""
    first = datetime(year, month, 1, tzinfo=zone)
    start = first - timedelta(days=first.weekday())
    return start, start + timedelta(days=42)


@pytest.mark.parametrize("flt", SERVED, ids=repr)
def test_every_month_of_the_demo_reads_the_same(
    both: tuple[CalendarAtStart, Database], flt: RecordFilter
) -> None:
    reader, db = both
    compared = 0
    with db.session() as session:
        for zone in ZONES:
            for year, month in [(y, m) for y in (2023, 2024, 2025) for m in range(1, 13)]:
                start, end = _month_range(year, month, zone)
                expected = calendar_items(session, start, end, flt)
                assert reader.items(start, end, flt) == expected, (year, month, zone)
                compared += len(expected)
    assert compared > 0  # the filter let something through somewhere


def test_a_country_without_records_reads_nothing(
    both: tuple[CalendarAtStart, Database],
) -> None:
    reader, _db = both
    assert reader.items(*_month_range(2024, 4, ZONES[0]), RecordFilter(countries=("ZZ",))) == []


def test_the_reader_sees_recurring_events_delegations_and_places(
    both: tuple[CalendarAtStart, Database],
) -> None:
    reader, _db = both
    items = []
    for month in range(1, 13):
        read = reader.items(*_month_range(2024, month, ZONES[0]), RecordFilter())
        assert read is not None
        items.extend(read)
    assert any(item.recurring and item.occurrence > 0 for item in items)
    assert any(item.item == "delegation" for item in items)
    assert any(item.place for item in items)
    assert any(len(item.countries) > 1 for item in items)


@pytest.mark.parametrize(
    "flt",
    [
        RecordFilter(text="Кабаев"),
        RecordFilter(date_from=date(2024, 4, 1)),
        RecordFilter(topic_ids=(1,)),
        RecordFilter(person_ids=(1,)),
        RecordFilter(organization_ids=(1,)),
        RecordFilter(place_ids=(1,)),
        RecordFilter(kinds=("incoming",)),  # a delegation direction: the full reader names it
        RecordFilter(statuses=("archived",)),
    ],
    ids=repr,
)
def test_other_filters_are_left_to_the_full_reader(
    both: tuple[CalendarAtStart, Database], flt: RecordFilter
) -> None:
    reader, _db = both
    assert reader.items(*_month_range(2024, 4, ZONES[0]), flt) is None


def test_no_reader_without_a_current_database(demo_file: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert CalendarAtStart.open(missing) is None
    assert not missing.exists()  # asking made no file
    assert CalendarAtStart.open(None) is None

    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_text("not a database", encoding="utf-8")
    assert CalendarAtStart.open(not_sqlite) is None

    old = tmp_path / "old.sqlite3"
    shutil.copy(demo_file, old)
    db = open_database(f"sqlite:///{old}")
    try:
        with db.engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    finally:
        db.close()
    assert CalendarAtStart.open(old) is None  # a migration is due: the full start does it
