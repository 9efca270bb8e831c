"""The office history and the generated events: realistic coverage, determinism, consistency."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from diplotrack.demo import DEFAULT_EVENTS, DemoSummary, fill_demo
from diplotrack.demo.generator import generate_events
from diplotrack.demo.timeline import ANCHOR
from diplotrack.domain import (
    Agreement,
    Base,
    Delegation,
    Event,
    EventParticipant,
    FollowUp,
    KnownError,
    Person,
    Place,
    Position,
    event_country,
)
from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DelegationDirection,
    EventKind,
    EventStatus,
    FollowUpStatus,
)
from diplotrack.domain.recurrence import recurrence_end
from diplotrack.store import search
from diplotrack.store.database import Database
from diplotrack.store.schema import search_entry


def _values(session: Session, column: Any) -> set[Any]:
    return set(session.scalars(select(column).distinct()))


def test_history_covers_every_kind_and_status(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    assert summary.worked_example_added
    assert summary.generated_events == DEFAULT_EVENTS
    with db.session() as session:
        total = session.scalar(select(func.count()).select_from(Event))
        assert total == summary.events_total == summary.events_added
        assert 300 <= total <= 600  # a few hundred
        assert _values(session, Event.kind) == set(EventKind)
        assert _values(session, Event.status) == set(EventStatus)
        assert _values(session, Agreement.kind) == set(AgreementKind)
        assert _values(session, Agreement.status) == set(AgreementStatus)
        assert _values(session, FollowUp.status) == set(FollowUpStatus)
        assert _values(session, Delegation.direction) == set(DelegationDirection)
        countries = _values(session, event_country.c.country_code)
        assert len(countries) >= 15 and {"KG", "CN", "MN", "KZ", "BY", "DE"} <= countries
        years = {e.year for e in session.scalars(select(Event.starts_at))}
        assert min(years) == 2019 and max(years) >= 2027


def test_history_has_the_situations_screens_are_about(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session:
        expiring = session.scalar(
            select(func.count())
            .select_from(Agreement)
            .where(
                Agreement.status == AgreementStatus.IN_FORCE,
                Agreement.valid_until > ANCHOR,
                Agreement.valid_until <= ANCHOR + timedelta(days=90),
            )
        )
        assert expiring
        assert session.scalar(
            select(func.count()).select_from(Agreement).where(Agreement.valid_until < ANCHOR)
        )
        overdue = session.scalar(
            select(func.count())
            .select_from(FollowUp)
            .where(
                FollowUp.due_on < ANCHOR,
                FollowUp.status.in_([FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS]),
            )
        )
        assert overdue
        assert session.scalar(
            select(func.count()).select_from(Position).where(Position.ended_on.is_not(None))
        )
        # delegations both ways with a programme of events
        for direction in DelegationDirection:
            with_programme = session.scalar(
                select(func.count(func.distinct(Delegation.id)))
                .join(Event, Event.delegation_id == Delegation.id)
                .where(Delegation.direction == direction)
            )
            assert with_programme and with_programme >= 5
        assert session.scalar(
            select(func.count()).select_from(Event).where(Event.parent_id.is_not(None))
        )
        multi_day = [
            e
            for e in session.scalars(select(Event).where(Event.all_day))
            if e.ends_at - e.starts_at > timedelta(days=1)
        ]
        assert multi_day
        forum = session.scalars(
            select(Event).where(Event.recurrence == "RRULE:FREQ=YEARLY;COUNT=5")
        ).first()
        assert forum is not None
        # 15–17 September, every year from 2021: the last ends on 18 September 2025
        assert forum.recurrence_ends_at == datetime(2025, 9, 18, tzinfo=UTC)
        endless = session.scalars(
            select(Event).where(Event.recurrence.is_not(None), Event.recurrence_ends_at.is_(None))
        ).all()
        assert endless
        monthly = session.scalars(
            select(Event).where(Event.recurrence.like("RRULE:FREQ=MONTHLY;BYDAY=2TU%"))
        ).one()
        # the 24th second Tuesday from January 2023 is 10 December 2024, 10:00–11:00 (UTC+7)
        assert monthly.recurrence_ends_at == datetime(2024, 12, 10, 4, tzinfo=UTC)


def test_recurrence_end_keeps_the_local_hour_across_dst() -> None:
    starts = datetime(2024, 3, 1, 9, tzinfo=UTC)  # 10:00 in Berlin (winter)
    ends = starts + timedelta(hours=1)
    end = recurrence_end(starts, ends, "Europe/Berlin", "RRULE:FREQ=MONTHLY;COUNT=4")
    assert end == datetime(2024, 6, 1, 9, tzinfo=UTC)  # 10:00 + 1 h in Berlin (summer), in UTC
    assert recurrence_end(starts, ends, "Europe/Berlin", "RRULE:FREQ=WEEKLY") is None


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    found = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            if table.name == "change_record":  # written at the moment of the fill
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            found[table.name] = [tuple(r) for r in session.execute(select(table).order_by(*order))]
    return found


def test_the_same_seed_gives_the_same_rows(database: Database, second_database: Database) -> None:
    fill_demo(database, seed=7, today=date(2026, 11, 26))
    fill_demo(second_database, seed=7, today=date(2026, 11, 26))
    first, second = _rows(database), _rows(second_database)
    assert first.keys() == second.keys()
    for name in first:
        assert first[name] == second[name], name
    assert len(first["event"]) > 300


def test_batches_made_beside_the_writes_give_the_same_rows(
    database: Database, second_database: Database
) -> None:
    """The next batch is made in a second thread while the last is written; the rows must not
    depend on how those two interleave."""
    for db in (database, second_database):
        fill_demo(db, events=0, today=ANCHOR)
        with db.session() as session, session.begin():
            generate_events(session, 640, seed=11, today=ANCHOR, batch=64)
    assert _rows(database) == _rows(second_database)


def test_another_seed_gives_another_history(database: Database, second_database: Database) -> None:
    fill_demo(database, seed=1, today=ANCHOR)
    fill_demo(second_database, seed=2, today=ANCHOR)
    assert _rows(database)["event"] != _rows(second_database)["event"]


def _check_events(session: Session, ids: list[int]) -> None:
    """Every event has Russia among its countries, one search entry with the words
    ``store.search`` would compute, and participants that exist."""
    with_country = session.scalar(
        select(func.count(func.distinct(event_country.c.event_id))).where(
            event_country.c.event_id.in_(ids), event_country.c.country_code == "RU"
        )
    )
    assert with_country == len(ids)
    stored = dict(
        session.execute(
            select(search_entry.c.record_id, search_entry.c.words).where(
                search_entry.c.record_kind == "event", search_entry.c.record_id.in_(ids)
            )
        ).all()
    )
    assert stored == search.record_words(session, "event", ids)
    orphans = session.scalar(
        select(func.count())
        .select_from(EventParticipant)
        .outerjoin(Person, EventParticipant.person_id == Person.id)
        .where(
            EventParticipant.event_id.in_(ids),
            EventParticipant.person_id.is_not(None),
            Person.id.is_(None),
        )
    )
    assert orphans == 0


def test_events_n_adds_exactly_n_consistent_events(demo: tuple[Database, DemoSummary]) -> None:
    db, before = demo
    seen: list[tuple[int, int]] = []
    summary = fill_demo(
        db, events=700, today=ANCHOR, progress=lambda done, total: seen.append((done, total))
    )
    assert not summary.worked_example_added
    assert (summary.story_events, summary.generated_events) == (0, 700)
    assert summary.events_total == before.events_total + 700
    assert seen[0] == (0, 700) and seen[-1] == (700, 700)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == summary.events_total
        new = list(session.scalars(select(Event.id).order_by(Event.id).offset(before.events_total)))
        assert len(new) == 700
        _check_events(session, new)
        stories = list(session.scalars(select(Event.id).order_by(Event.id).limit(120)))
        _check_events(session, stories)


def test_generation_in_several_batches(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session, session.begin():
        first = generate_events(session, 250, seed=3, today=ANCHOR, batch=100)
    with db.session() as session:
        ids = list(session.scalars(select(Event.id).where(Event.id >= first).order_by(Event.id)))
        assert ids == list(range(first, first + 250))
        _check_events(session, ids)
        # each batch was made by its own call; together they are one stream, not one repeated
        titles = list(
            session.scalars(select(Event.title).where(Event.id >= first).order_by(Event.id))
        )
        assert titles[:100] != titles[100:200]


def test_events_n_on_an_empty_database_brings_the_story_once(database: Database) -> None:
    summary = fill_demo(database, events=50)
    assert summary.worked_example_added and summary.generated_events == 50
    assert summary.events_total == summary.story_events + 50
    again = fill_demo(database, events=50)
    assert not again.worked_example_added and again.story_events == 0
    with database.session() as session:
        meetings = session.scalar(
            select(func.count())
            .select_from(Event)
            .where(Event.title.like("Рабочая встреча Главы%"))
        )
        assert meetings == 1


def test_a_second_demo_is_refused(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    with pytest.raises(KnownError) as refused:
        fill_demo(db)
    assert "already holds" in str(refused.value) and "--events" in str(refused.value)
    with pytest.raises(KnownError):
        fill_demo(db, events=-1)
    with db.session() as session:  # nothing was written by the refused calls
        assert session.scalar(select(func.count()).select_from(Event)) == summary.events_total


def test_ids_continue_after_the_bulk_inserts(demo: tuple[Database, DemoSummary]) -> None:
    """Ids were assigned in Python; new records through the ORM must not collide with them
    (on PostgreSQL the sequences were moved past them)."""
    db, _summary = demo
    with db.session() as session, session.begin():
        largest = session.scalar(select(func.max(Event.id)))
        place = Place(name="Тестовый город", country_code="KG")
        session.add(place)
        session.flush()
        event = Event(
            title="Новая встреча",
            starts_at=datetime(2025, 1, 1, 3, tzinfo=UTC),
            ends_at=datetime(2025, 1, 1, 4, tzinfo=UTC),
            place_id=place.id,
        )
        session.add(event)
        session.add(FollowUp(title="Новое поручение"))
        session.add(Delegation(title="Новая делегация", country_code="KG"))
        session.flush()
        assert largest is not None and event.id > largest


def test_foreign_keys_and_the_search_index_hold(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    fill_demo(db, events=300)
    with db.session() as session:
        if db.is_sqlite:
            assert session.execute(text("PRAGMA foreign_key_check")).all() == []
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            # raises if the FTS5 index and its content table disagree
            session.execute(text("INSERT INTO search_fts(search_fts) VALUES('integrity-check')"))
            assert session.execute(text("SELECT count(*) FROM search_fts")).scalar() == (
                session.scalar(select(func.count()).select_from(search_entry))
            )
        entries = session.scalar(
            select(func.count())
            .select_from(search_entry)
            .where(search_entry.c.record_kind == "event")
        )
        assert entries == session.scalar(select(func.count()).select_from(Event))
