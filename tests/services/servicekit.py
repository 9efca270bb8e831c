"""Helpers for the service tests: the worked example's meeting, table snapshots, search."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from sqlalchemy import select

from diplotrack.domain import Base, KnownError
from diplotrack.services.events import EventInput
from diplotrack.store import search
from diplotrack.store.database import Database
from diplotrack.store.schema import search_entry

MEETING_START = datetime(2024, 4, 10, 3, 0, tzinfo=UTC)  # 10:00 in Krasnoyarsk
MEETING_END = datetime(2024, 4, 10, 5, 0, tzinfo=UTC)


class Refuse(Protocol):
    """The ``refused`` fixture: runs a call that must fail and leave the database as it was."""

    def __call__(
        self,
        call: Callable[[], object],
        error: type[KnownError],
        field: str | None = None,
    ) -> KnownError: ...


@dataclass(frozen=True)
class World:
    """Ids of the worked example's places, organizations and people."""

    krasnoyarsk: int
    jalal_abad: int
    bishkek: int
    administration: int
    embassy: int
    chancery: int
    autonomy: int
    loginov: int
    kabaev: int
    bataeva: int
    culture: int
    education: int


def meeting(**overrides: Any) -> EventInput:
    """The working meeting of 10 April 2024, changed by ``overrides``."""
    values: dict[str, Any] = {
        "title": "Рабочая встреча с руководителем канцелярии посольства",
        "starts_at": MEETING_START,
        "ends_at": MEETING_END,
        "timezone": "Asia/Krasnoyarsk",
        "countries": ("RU", "KG"),
    }
    values.update(overrides)
    return EventInput(**values)


def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted: two snapshots are equal only if nothing changed."""
    tables = [*Base.metadata.sorted_tables]
    if search_entry not in tables:
        tables.append(search_entry)
    result: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as connection:
        for table in tables:
            rows = connection.execute(select(table)).all()
            result[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return result


def version_of(db: Database, model: type[Any], record_id: int) -> int:
    with db.session() as session:
        record = session.get(model, record_id)
        assert record is not None
        return int(record.version)


def found(db: Database, kind: str, text: str) -> set[int]:
    with db.session() as session:
        return set(session.scalars(search.matching_ids(kind, text)))
