"""What the calendar tests share: the interop files, table counts, and events as occurrences."""

from __future__ import annotations

import os
from collections import Counter
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from diplotrack.domain import Event
from diplotrack.domain.recurrence import occurrences
from diplotrack.store.database import Database

ICS_DIR = Path(
    os.environ.get(
        "DIPLOTRACK_ICS_DIR",
        Path(__file__).resolve().parents[2].parent / "shared" / "interop" / "ics",
    )
)
# Wide enough for every event in the interop files and a few years of their open-ended series.
WINDOW = (datetime(1995, 1, 1, tzinfo=UTC), datetime(2030, 1, 1, tzinfo=UTC))
TABLES = (
    "event",
    "event_participant",
    "event_topic",
    "event_country",
    "person",
    "search_entry",
    "change_record",
)

Occurrence = tuple[str, date | datetime, date | datetime]


def counts(db: Database) -> dict[str, int]:
    """Rows per table, to show that a refused or cancelled import changed nothing."""
    with db.session() as session:
        return {
            table: int(session.scalar(select(func.count()).select_from(text(table))) or 0)
            for table in TABLES
        }


def stored_occurrences(session: Session, keys: set[str] | None = None) -> Counter[Occurrence]:
    """(title, start, end) of every occurrence of the stored events in the window: UTC times,
    or dates (first day, day after the last) for all-day events."""
    found: Counter[Occurrence] = Counter()
    for event in session.scalars(select(Event)):
        if keys is not None and event.ical_uid not in keys:
            continue
        for start, end in occurrences(
            event.starts_at,
            event.ends_at,
            event.timezone,
            event.recurrence,
            *WINDOW,
            all_day=event.all_day,
        ):
            if event.all_day:
                found[(event.title, start.date(), end.date())] += 1
            else:
                found[(event.title, start, end)] += 1
    return found


def as_utc(value: date | datetime, floating: tzinfo) -> date | datetime:
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=floating)
    return value.astimezone(UTC)
