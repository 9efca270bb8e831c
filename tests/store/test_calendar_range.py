"""The calendar's range query on both engines: long events, old series, edges, and its plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event as sql_event
from sqlalchemy.orm import Session

from diplotrack.domain import Country, Event
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.recurrence import recurrence_end
from diplotrack.store.database import Database
from diplotrack.store.queries.calendar import SHORT_REACH, calendar_items

# The window the tests look at: the first week of April 2024 (UTC).
START = datetime(2024, 4, 1, tzinfo=UTC)
END = datetime(2024, 4, 8, tzinfo=UTC)


def _event(
    session: Session, title: str, starts_at: datetime, ends_at: datetime, **extra: Any
) -> Event:
    countries = [session.get(Country, code) for code in extra.pop("countries", ("RU",))]
    found = Event(
        kind=extra.pop("kind", "cultural"),
        title=title,
        status="confirmed",
        starts_at=starts_at,
        ends_at=ends_at,
        timezone=extra.pop("timezone", "Asia/Krasnoyarsk"),
        countries=countries,
        **extra,
    )
    if found.recurrence:
        found.recurrence_ends_at = recurrence_end(
            starts_at, ends_at, found.timezone, found.recurrence, all_day=found.all_day
        )
    session.add(found)
    return found


@pytest.fixture
def events(database: Database) -> dict[str, int]:
    """Events around the window, by name; each name says whether the window should show it."""
    day = timedelta(days=1)
    with database.sessions.begin() as session:
        made = {
            # a 3-month exhibition spanning the window, as an all-day event
            "exhibition": _event(
                session,
                "Выставка «Ремёсла Кыргызстана»",
                datetime(2024, 1, 15, tzinfo=UTC),
                datetime(2024, 4, 21, tzinfo=UTC),
                all_day=True,
                countries=("KG", "RU"),
            ),
            # a timed event that started a year before and is still on
            "year_long": _event(
                session,
                "Год культуры",
                datetime(2023, 3, 31, 3, tzinfo=UTC),
                datetime(2024, 6, 1, 3, tzinfo=UTC),
            ),
            # just past the short reach, and just long enough to be found as a long event
            "past_reach": _event(
                session,
                "Past the reach",
                START - SHORT_REACH - timedelta(minutes=30),
                START + timedelta(minutes=30),
            ),
            # in the index of long events AND within the short reach: must come once
            "both_ways": _event(
                session,
                "Both ways",
                START - timedelta(days=30, hours=6),
                START + timedelta(hours=6),
            ),
            "short_overlap": _event(
                session, "Short overlap", START - day, START + timedelta(hours=2)
            ),
            "instant_at_start": _event(session, "Instant", START, START, kind="call"),
            # not in the window
            "long_ended": _event(session, "Long, ended", START - 40 * day, START),
            "short_before": _event(session, "Short before", START - 2 * day, START - day),
            "instant_at_end": _event(session, "At the end", END, END, kind="call"),
            "starts_at_end": _event(session, "From the end", END, END + 60 * day),
            "long_archived": _event(
                session,
                "Archived",
                START - 90 * day,
                END + 90 * day,
                archived_at=datetime(2024, 1, 1, tzinfo=UTC),
            ),
            # a weekly series from a year before, endless; and one that ended before the window
            "weekly": _event(
                session,
                "Weekly call",
                datetime(2023, 4, 3, 9, tzinfo=UTC),
                datetime(2023, 4, 3, 10, tzinfo=UTC),
                kind="call",
                recurrence="RRULE:FREQ=WEEKLY",
                timezone="UTC",
            ),
            "series_over": _event(
                session,
                "Series over",
                datetime(2023, 1, 2, 9, tzinfo=UTC),
                datetime(2023, 1, 2, 10, tzinfo=UTC),
                kind="call",
                recurrence="RRULE:FREQ=WEEKLY;COUNT=10",
                timezone="UTC",
            ),
        }
        session.flush()
        return {name: found.id for name, found in made.items()}


@pytest.fixture
def session(database: Database, events: dict[str, int]) -> Iterator[Session]:
    with database.session() as session:
        yield session


def _by_name(events: dict[str, int], items: list[Any]) -> list[str]:
    names = {ident: name for name, ident in events.items()}
    return [names[item.id] for item in items if item.item == "event"]


def test_long_and_old_events_reach_into_the_window(
    session: Session, events: dict[str, int]
) -> None:
    items = calendar_items(session, START, END)
    shown = _by_name(events, items)
    assert sorted(set(shown) - {"weekly"}) == sorted(
        ["exhibition", "year_long", "past_reach", "both_ways", "short_overlap", "instant_at_start"]
    )
    assert shown.count("both_ways") == 1
    exhibition = next(item for item in items if item.id == events["exhibition"])
    assert (exhibition.start, exhibition.end, exhibition.all_day) == (
        datetime(2024, 1, 15, tzinfo=UTC),
        datetime(2024, 4, 21, tzinfo=UTC),
        True,
    )
    assert exhibition.countries == ("KG", "RU") and not exhibition.recurring
    assert exhibition.kind == "cultural" and exhibition.status == "confirmed"


def test_an_old_endless_series_shows_its_occurrences_numbered_from_its_start(
    session: Session, events: dict[str, int]
) -> None:
    weekly = [item for item in calendar_items(session, START, END) if item.id == events["weekly"]]
    # 3 April 2023 is occurrence 0; 1 April 2024 is a Monday 52 weeks later
    assert [(item.start, item.occurrence, item.recurring) for item in weekly] == [
        (datetime(2024, 4, 1, 9, tzinfo=UTC), 52, True)
    ]
    assert events["series_over"] not in {item.id for item in calendar_items(session, START, END)}


def test_the_window_moves_over_a_long_event(session: Session, events: dict[str, int]) -> None:
    # a month, a week and a day inside the year-long event, each finding it exactly once
    for start, length in (
        (datetime(2023, 6, 1, tzinfo=UTC), 31),
        (datetime(2023, 12, 25, tzinfo=UTC), 7),
        (datetime(2024, 5, 31, 12, tzinfo=UTC), 1),
    ):
        found = _by_name(events, calendar_items(session, start, start + timedelta(days=length)))
        assert found.count("year_long") == 1
    after = datetime(2024, 6, 1, 3, tzinfo=UTC)
    assert "year_long" not in _by_name(
        events, calendar_items(session, after, after + (END - START))
    )


def test_filters_apply_to_long_events_and_series(session: Session, events: dict[str, int]) -> None:
    kyrgyz = _by_name(events, calendar_items(session, START, END, RecordFilter(countries=("KG",))))
    assert kyrgyz == ["exhibition"]
    calls = _by_name(events, calendar_items(session, START, END, RecordFilter(kinds=("call",))))
    assert sorted(calls) == ["instant_at_start", "weekly"]
    archived = calendar_items(session, START, END, RecordFilter(include_archived=True))
    assert "long_archived" in _by_name(events, archived)


def _calendar_statement(database: Database) -> tuple[str, Any]:
    """The events statement calendar_items sends, with its parameters."""
    seen: list[tuple[str, Any]] = []

    def remember(*args: Any) -> None:
        seen.append((args[2], args[3]))

    sql_event.listen(database.engine, "before_cursor_execute", remember)
    try:
        with database.session() as session:
            calendar_items(session, START, END)
    finally:
        sql_event.remove(database.engine, "before_cursor_execute", remember)
    return next((statement, given) for statement, given in seen if "UNION ALL" in statement)


def test_sqlite_reads_three_index_ranges_and_never_scans_the_events(
    sqlite_database: Database,
) -> None:
    statement, parameters = _calendar_statement(sqlite_database)
    raw = sqlite_database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
        plan = [row[3] for row in cursor.fetchall()]
    finally:
        raw.close()
    for index in ("ix_event_start_end", "ix_event_long", "ix_event_recurring"):
        assert any(f"SEARCH event USING INDEX {index}" in line for line in plan), plan
    assert not any(line.startswith("SCAN event") for line in plan), plan


def test_postgres_can_use_both_partial_indexes(engine_name: str, database: Database) -> None:
    if engine_name != "postgres":
        pytest.skip("about PostgreSQL's planner")
    statement, parameters = _calendar_statement(database)
    raw = database.engine.raw_connection()
    try:
        cursor = raw.cursor()
        # a tiny table is read whole; forbid that to see whether the predicates match
        cursor.execute("SET enable_seqscan = off")
        cursor.execute(f"EXPLAIN {statement}", parameters)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    finally:
        raw.close()
    assert "ix_event_long" in plan and "ix_event_recurring" in plan, plan


def test_items_carry_how_exactly_their_date_is_known(database: Database) -> None:
    """A planned event known by its year, season or month says so; others are exact."""
    spans = {
        "XI conference": ((2025, 1, 1), (2026, 1, 1), "year"),
        "Spring forum": ((2025, 3, 1), (2025, 6, 1), "season"),
        "April visit": ((2025, 4, 1), (2025, 5, 1), "month"),
        "Exhibition day": ((2025, 4, 10), (2025, 4, 11), "day"),
    }
    with database.sessions.begin() as session:
        for title, (first, after, precision) in spans.items():
            _event(
                session,
                title,
                datetime(*first, tzinfo=UTC),
                datetime(*after, tzinfo=UTC),
                all_day=True,
                date_precision=precision,
            )
        _event(
            session,
            "Timed meeting",
            datetime(2025, 4, 15, 4, tzinfo=UTC),
            datetime(2025, 4, 15, 5, tzinfo=UTC),
        )
    with database.session() as session:
        items = calendar_items(
            session, datetime(2025, 4, 1, tzinfo=UTC), datetime(2025, 5, 1, tzinfo=UTC)
        )
    found = {item.title: (item.date_precision, item.approximate) for item in items}
    assert found == {
        "XI conference": ("year", True),
        "Spring forum": ("season", True),
        "April visit": ("month", True),
        "Exhibition day": ("day", False),
        "Timed meeting": ("exact", False),
    }
