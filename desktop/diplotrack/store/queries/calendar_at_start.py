"""The calendar's first period at start-up, read from an SQLite file with the ``sqlite3`` module.

Loading SQLAlchemy and mapping the records costs ~0.2 s, more than the rest of a start; the
window paints its first month from this reader and opens the database properly right after.
It answers exactly what ``calendar.calendar_items`` answers (the same statements, spelled by
hand; tests/store/test_calendar_at_start.py compares the two) for a filter of countries,
kinds, statuses and archived records, and says None for anything else (text, dates, people,
topics…): then the window opens the database first and reads as always. It also names the
filter's countries for the chips on that first screen.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from diplotrack.domain.enums import EventKind, EventStatus
from diplotrack.domain.filters import RecordFilter

from ..revision import HEAD
from .calendar_item import CalendarItem
from .calendar_rows import (
    DELEGATION_KINDS,
    SHORT_REACH,
    TIME_ORDER,
    delegation_item,
    event_items,
    stay_days,
)

_EVENT_KINDS = {kind.value for kind in EventKind}
_STATUSES = {status.value for status in EventStatus}

_EVENT_COLUMNS = """
SELECT event.id, event.title, event.starts_at, event.ends_at, event.all_day, event.kind,
       event.status, event.timezone, event.recurrence, place.name,
       (SELECT group_concat(event_country.country_code, ',') FROM event_country
        WHERE event_country.event_id = event.id),
       event.date_precision
FROM event LEFT OUTER JOIN place ON event.place_id = place.id
WHERE """
# The three disjoint parts of calendar_items, each an index range scan (the long part's
# julianday test is spelled as the partial index ix_event_long spells it, or SQLite ignores it).
_EVENT_PARTS = (
    "event.recurrence IS NULL AND event.starts_at >= :reach AND event.starts_at < :end"
    " AND (event.ends_at > :start OR event.starts_at >= :start)",
    "event.recurrence IS NULL AND julianday(event.ends_at) - julianday(event.starts_at) > 30"
    " AND event.starts_at < :reach AND event.ends_at > :start",
    "event.recurrence IS NOT NULL AND event.starts_at < :end"
    " AND (event.recurrence_ends_at IS NULL OR event.recurrence_ends_at > :start)",
)
_DELEGATIONS = """
SELECT delegation.id, delegation.title, delegation.arrives_on, delegation.departs_on,
       delegation.direction, delegation.status, delegation.country_code, place.name
FROM delegation LEFT OUTER JOIN place ON delegation.place_id = place.id
WHERE delegation.arrives_on IS NOT NULL AND delegation.arrives_on <= :last_day
  AND coalesce(delegation.departs_on, delegation.arrives_on) >= :first_day"""


def _stored(moment: datetime) -> str:
    """A UTC time as SQLAlchemy's SQLite DateTime stores it, for comparisons with stored text."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _in(column: str, name: str, values: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    names = {f"{name}_{number}": value for number, value in enumerate(values)}
    return f"{column} IN ({', '.join(':' + key for key in names)})", names


class CalendarAtStart:
    """Reads calendar periods from one SQLite file at the schema this DiploTrack writes."""

    def __init__(self, file: Path, connection: sqlite3.Connection) -> None:
        self.file = file
        self._connection = connection

    @classmethod
    def open(cls, file: Path | None) -> CalendarAtStart | None:
        """A reader on ``file``, or None when it cannot serve: no file (it would be made), not
        an SQLite database, or not at the current schema revision (a migration is due first)."""
        if file is None or not file.is_file():
            return None
        try:
            connection = sqlite3.connect(file, timeout=10)
        except sqlite3.Error:
            return None
        try:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            revision = None
        if revision is None or revision[0] != HEAD:
            connection.close()
            return None
        return cls(file, connection)

    def close(self) -> None:
        self._connection.close()

    @staticmethod
    def serves(flt: RecordFilter) -> bool:
        """Whether the filter asks only for what this reader spells: countries, event kinds,
        statuses and archived records (any other kind or status value is refused, with its
        name, by the full reader)."""
        plain = RecordFilter(
            countries=flt.countries,
            kinds=flt.kinds,
            statuses=flt.statuses,
            include_archived=flt.include_archived,
        )
        return flt == plain and set(flt.kinds) <= _EVENT_KINDS and set(flt.statuses) <= _STATUSES

    def items(self, start: datetime, end: datetime, flt: RecordFilter) -> list[CalendarItem] | None:
        """calendar_items(start, end, flt), or None when the filter is not one this reader
        serves, or the file cannot be read (the full reader then says why)."""
        if not self.serves(flt):
            return None
        try:
            items = self._event_items(start, end, flt)
            if not flt.kinds or DELEGATION_KINDS & set(flt.kinds):
                items.extend(self._delegation_items(start, end, flt))
        except sqlite3.Error:
            return None
        items.sort(key=TIME_ORDER)
        return items

    def country_name(self, code: str, language: str) -> str | None:
        """A country's name in ``language`` ("ru" or another: English), for the filter's chip
        on the first screen; None when the code is unknown or the file cannot be read."""
        column = "name_ru" if language == "ru" else "name_en"
        try:
            found = self._connection.execute(
                f"SELECT {column} FROM country WHERE code = ?", (code.upper(),)
            ).fetchone()
        except sqlite3.Error:
            return None
        return None if found is None else str(found[0])

    # -- inside ----------------------------------------------------------------------------------
    @staticmethod
    def _filters(
        table: str, flt: RecordFilter, kinds: tuple[str, ...]
    ) -> tuple[str, dict[str, str]]:
        where: list[str] = []
        values: dict[str, str] = {}
        if not flt.include_archived:
            where.append(f"{table}.archived_at IS NULL")
        if flt.countries:
            codes = tuple(code.upper() for code in flt.countries)
            if table == "event":
                test, named = _in("event_country.country_code", "country", codes)
                where.append(
                    "EXISTS (SELECT * FROM event_country"
                    f" WHERE event_country.event_id = event.id AND {test})"
                )
            else:
                test, named = _in("delegation.country_code", "country", codes)
                where.append(test)
            values.update(named)
        kind_column = "event.kind" if table == "event" else "delegation.direction"
        for column, name, chosen in (
            (kind_column, "kind", kinds),
            (f"{table}.status", "status", flt.statuses),
        ):
            if chosen:
                test, named = _in(column, name, chosen)
                where.append(test)
                values.update(named)
        return "".join(f" AND {test}" for test in where), values

    def _event_items(self, start: datetime, end: datetime, flt: RecordFilter) -> list[CalendarItem]:
        filters, values = self._filters("event", flt, flt.kinds)
        statement = " UNION ALL ".join(_EVENT_COLUMNS + part + filters for part in _EVENT_PARTS)
        values.update(start=_stored(start), end=_stored(end), reach=_stored(start - SHORT_REACH))
        return event_items(self._connection.execute(statement, values), start, end)

    def _delegation_items(
        self, start: datetime, end: datetime, flt: RecordFilter
    ) -> list[CalendarItem]:
        first, last = stay_days(start, end)
        kinds = tuple(kind for kind in flt.kinds if kind in ("incoming", "outgoing"))
        filters, values = self._filters("delegation", flt, kinds)
        values.update(first_day=first.isoformat(), last_day=last.isoformat())
        return [
            delegation_item(
                ident,
                title,
                date.fromisoformat(arrives),
                date.fromisoformat(departs) if departs else None,
                direction,
                status,
                code,
                place,
            )
            for ident, title, arrives, departs, direction, status, code, place in (
                self._connection.execute(_DELEGATIONS + filters, values)
            )
        ]
