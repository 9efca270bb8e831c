"""A page of a common word read by walking the events' start order (SQLite) gives the very rows
the usual way gives, on both engines: every page, either direction, ties on the start, archived
events, a word common only in another kind, and other filters beside the words."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event as sql_event
from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Event, Place
from diplotrack.domain.filters import RecordFilter
from diplotrack.store import search
from diplotrack.store.database import Database
from diplotrack.store.queries.common_words import walking_conditions
from diplotrack.store.queries.kinds import EVENTS
from diplotrack.store.queries.register import list_rows

START = datetime(2024, 4, 1, 3, tzinfo=UTC)
EVENT_COUNT = 40


def _title(number: int) -> str:
    """Three events in four are twinning ones; one is about a place named «Альфа»."""
    if number == 7:
        return "Экскурсия в Альфу"
    return f"Побратимы, встреча {number}" if number % 4 else f"Совещание {number}"


def _fill(database: Database) -> None:
    with database.sessions.begin() as writing:
        for number in range(EVENT_COUNT):
            starts = START + timedelta(days=number // 2)  # two events start at each moment
            writing.add(
                Event(
                    kind="meeting",
                    title=_title(number),
                    status="held",
                    starts_at=starts,
                    ends_at=starts + timedelta(hours=1),
                    archived_at=START if number == 9 else None,
                )
            )
        writing.add_all(Place(name=f"Альфа {n}", country_code="RU") for n in range(30))
        writing.flush()
        search.reindex_all(writing)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    _fill(database)
    with database.session() as reading:
        yield reading


def _titles(
    session: Session,
    flt: RecordFilter,
    *,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    rows = list_rows(
        session,
        EVENTS,
        flt,
        order_by="starts_at",
        descending=descending,
        offset=offset,
        limit=limit,
    )
    return [row.title for row in rows]


def _expected(session: Session, flt: RecordFilter, descending: bool) -> list[str]:
    """The usual way: every match collected and sorted (no walkable key)."""
    usual = dataclasses.replace(EVENTS, walkable_sort_keys=frozenset())
    rows = list_rows(session, usual, flt, order_by="starts_at", descending=descending)
    return [row.title for row in rows]


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(
    "flt",
    [
        RecordFilter(text="побратимы"),
        RecordFilter(text="побратимы", include_archived=True),
        RecordFilter(text="Альфа"),
        RecordFilter(text="побратимы", date_from=START.date(), date_to=START.date() + timedelta(3)),
        RecordFilter(text="совещание"),
    ],
    ids=["common", "archived too", "common in places", "with dates", "rarer"],
)
def test_every_page_is_the_usual_page(
    session: Session, flt: RecordFilter, descending: bool
) -> None:
    everything = _expected(session, flt, descending)
    pages = [
        _titles(session, flt, descending=descending, offset=offset, limit=3)
        for offset in range(0, len(everything) + 3, 3)
    ]
    assert [title for page in pages for title in page] == everything
    assert pages[-1] == []


def test_the_usual_page_is_what_the_words_say(session: Session) -> None:
    twinning = [_title(n) for n in range(EVENT_COUNT) if n % 4 and n not in (7, 9)]
    assert _expected(session, RecordFilter(text="побратимы"), False) == twinning
    assert _titles(session, RecordFilter(text="побратимы"), descending=True, limit=4) == [
        "Побратимы, встреча 39",
        "Побратимы, встреча 38",
        "Побратимы, встреча 37",
        "Побратимы, встреча 35",
    ]
    assert _titles(session, RecordFilter(text="Альфа"), limit=3) == ["Экскурсия в Альфу"]


def _walks(session: Session, flt: RecordFilter, wanted: int) -> bool:
    return (
        walking_conditions(
            session, "event", flt, Event.starts_at, descending=True, wanted=wanted, zone=UTC
        )
        is not None
    )


def test_only_a_common_word_alone_walks_and_only_on_sqlite(
    session: Session, database: Database
) -> None:
    on_sqlite = database.engine.dialect.name == "sqlite"
    assert _walks(session, RecordFilter(text="побратимы"), 3) is on_sqlite
    assert _walks(session, RecordFilter(text="Побратимы", include_archived=True), 3) is on_sqlite
    assert not _walks(session, RecordFilter(text="побратимы", countries=("KG",)), 3)
    assert not _walks(session, RecordFilter(text="побратимы"), 40)  # more than it matches
    assert not _walks(session, RecordFilter(text="совещание"), 3)  # would walk past them all
    assert not _walks(session, RecordFilter(text="!!!"), 3)
    assert search.entries_matching(session, "побратимы") == (29 if on_sqlite else None)


def test_a_walked_page_walks_and_a_short_one_is_read_again(sqlite_database: Database) -> None:
    """On SQLite the common word's page is one statement that tests each event's own words;
    a word common in places only comes back short from the walk and is read the usual way."""
    _fill(sqlite_database)
    pages: list[str] = []

    def seen(_c: object, _cur: object, statement: str, *_rest: object) -> None:
        if statement.lstrip().startswith("SELECT event.id AS id"):
            pages.append(statement)

    sql_event.listen(sqlite_database.engine, "before_cursor_execute", seen)
    with sqlite_database.session() as session:
        _titles(session, RecordFilter(text="побратимы"), limit=3)
        assert len(pages) == 1 and "search_entry.record_id = event.id" in pages[0]
        pages.clear()
        assert _titles(session, RecordFilter(text="Альфа"), limit=3) == ["Экскурсия в Альфу"]
        assert len(pages) == 2 and "search_entry.record_id = event.id" in pages[0]
        assert "search_entry.record_id = event.id" not in pages[1]


def test_has_words_finds_what_matching_ids_finds(session: Session) -> None:
    for kind, record_id, text in (
        ("event", Event.id, "побратимы"),
        ("event", Event.id, "Альфу"),
        ("place", Place.id, "альфа"),
    ):
        together = set(session.scalars(search.matching_ids(kind, text)))
        by_record = select(record_id).where(search.has_words(kind, text, record_id))
        assert set(session.scalars(by_record)) == together and together, (kind, text)
