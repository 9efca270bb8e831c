"""The events register sorted by its countries column on both engines: by each event's first
country code, events without a country last either way, then by id; paged without overlap."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from diplotrack.domain import Country, Event
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.store.queries import registers as reg

# name → the countries of an event, in the order they are added (not the order they sort by)
EVENTS: dict[str, tuple[str, ...]] = {
    "none_a": (),
    "kg_ru": ("RU", "KG"),
    "de_kz": ("KZ", "DE"),
    "kg": ("KG",),
    "am_uz": ("UZ", "AM"),
    "none_b": (),
    "ru": ("RU",),
    "archived_am": ("AM",),
}

ASCENDING = ["am_uz", "de_kz", "kg_ru", "kg", "ru", "none_a", "none_b"]
DESCENDING = ["ru", "kg", "kg_ru", "de_kz", "am_uz", "none_b", "none_a"]


@pytest.fixture
def ids(database: Database) -> dict[str, int]:
    """The events, added one by one so their ids follow the order above."""
    start = datetime(2024, 4, 10, 3, tzinfo=UTC)
    found: dict[str, int] = {}
    with database.sessions.begin() as session:
        for number, (name, codes) in enumerate(EVENTS.items()):
            event = Event(
                kind="meeting",
                title=f"Встреча {name}",
                status="held",
                starts_at=start + timedelta(days=number),
                ends_at=start + timedelta(days=number, hours=1),
                countries=[session.get_one(Country, code) for code in codes],
            )
            if name.startswith("archived"):
                event.archived_at = start
            session.add(event)
            session.flush()
            found[name] = event.id
    return found


@pytest.fixture
def session(database: Database, ids: dict[str, int]) -> Iterator[Session]:
    with database.session() as opened:
        yield opened


def sorted_names(
    session: Session,
    ids: dict[str, int],
    flt: RecordFilter,
    *,
    descending: bool,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    names = {value: key for key, value in ids.items()}
    rows = reg.list_events(
        session, flt, order_by="countries", descending=descending, offset=offset, limit=limit
    )
    return [names[row.id] for row in rows]


def test_sorted_by_first_country_then_id_without_country_last(
    session: Session, ids: dict[str, int]
) -> None:
    assert sorted_names(session, ids, RecordFilter(), descending=False) == ASCENDING
    assert sorted_names(session, ids, RecordFilter(), descending=True) == DESCENDING


def test_rows_keep_all_their_countries(session: Session, ids: dict[str, int]) -> None:
    rows = reg.list_events(session, RecordFilter(), order_by="countries")
    assert [row.countries for row in rows] == [
        ("AM", "UZ"),
        ("DE", "KZ"),
        ("KG", "RU"),
        ("KG",),
        ("RU",),
        (),
        (),
    ]
    assert rows[0].title == "Встреча am_uz" and rows[0].place is None


@pytest.mark.parametrize(("descending", "expected"), [(False, ASCENDING), (True, DESCENDING)])
def test_pages_follow_one_another(
    session: Session, ids: dict[str, int], descending: bool, expected: list[str]
) -> None:
    pages = [
        sorted_names(session, ids, RecordFilter(), descending=descending, offset=offset, limit=3)
        for offset in (0, 3, 6, 9)
    ]
    assert pages == [expected[0:3], expected[3:6], expected[6:], []]


def test_filtered_and_archived(session: Session, ids: dict[str, int]) -> None:
    by_russia = RecordFilter(countries=("RU",))
    assert sorted_names(session, ids, by_russia, descending=False) == ["kg_ru", "ru"]
    assert sorted_names(session, ids, by_russia, descending=True) == ["ru", "kg_ru"]
    everything = RecordFilter(include_archived=True)
    assert sorted_names(session, ids, everything, descending=False) == [
        "am_uz",
        "archived_am",
        *ASCENDING[1:],
    ]
    assert sorted_names(session, ids, everything, descending=True)[3:] == [
        "de_kz",
        "archived_am",
        "am_uz",
        "none_b",
        "none_a",
    ]
    assert reg.count_events(session, everything) == 8
