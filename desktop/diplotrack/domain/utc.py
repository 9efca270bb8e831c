"""UTC times as the database keeps them, without SQLAlchemy (the calendar's start-up reader
reads them too): a stored time made aware, and now."""

from __future__ import annotations

from datetime import UTC, datetime


def stored_utc(value: str | datetime) -> datetime:
    """A stored UTC time as an aware datetime: SQLite keeps text ("2024-04-10 04:00:00.000000"),
    PostgreSQL gives a naive datetime."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
