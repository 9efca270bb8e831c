"""Bulk writing of demo records: ids assigned in Python, bulk inserts, search words built here.

The ORM unit of work costs several times more per row than a Core ``insert()``, and Core's
per-row parameter handling is itself the larger cost at 100,000 events; so rows are given as
dicts or columns, converted by the columns' own bind processors, and handed to the driver many
rows per statement (SQLite) or through ``COPY`` (PostgreSQL). Ids are assigned here (after the
current largest) so that association rows can be inserted in bulk too; PostgreSQL's sequences
are then moved past them. These paths write no change history: a generated record has no
history of edits, only its ``created_at``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from sqlalchemy import Dialect, Table, func, insert, select, text
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Base,
    Country,
    Event,
    EventParticipant,
    Organization,
    Person,
    Place,
    Topic,
    event_agreement,
    event_country,
    event_organization,
    event_topic,
)
from diplotrack.domain.text import index_text
from diplotrack.store.schema import search_entry

# Rows per executemany: large enough to amortize, small enough to keep memory flat.
BATCH = 10_000

Row = dict[str, Any]

# Bound values per SQLite statement: under the 32,766 that SQLite (3.32 and later) allows.
_MAX_VARIABLES = 30_000


def table_of(model: type[Base]) -> Table:
    """The table a record class is mapped to (typed as a Table, which it always is here)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def next_id(session: Session, table: Table) -> int:
    """The first id after every id the table holds."""
    return int(session.scalar(select(func.coalesce(func.max(table.c.id), 0))) or 0) + 1


def advance_sequences(session: Session, tables: Iterable[Table]) -> None:
    """Move PostgreSQL's id sequences past ids assigned in Python (SQLite needs nothing)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table in tables:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
            )
        )


@dataclass
class PreparedInsert:
    """An insert made ready away from the database, with the values already through the
    columns' own bind processors: on SQLite, statements compiled by SQLAlchemy from
    ``insert(table)`` with a thousand rows each; on PostgreSQL, rows for ``COPY``; elsewhere,
    the rows for an ordinary Core executemany."""

    table: Table
    statements: list[tuple[str, tuple[Any, ...]]] = field(default_factory=list)
    copy: str | None = None
    copy_rows: list[tuple[Any, ...]] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)

    def run(self, session: Session) -> None:
        connection = session.connection()
        for statement, values in self.statements:
            connection.exec_driver_sql(statement, values)
        if self.copy is not None:
            # the driver's own connection, inside the session's transaction
            driver = connection.connection.driver_connection
            assert driver is not None
            with driver.cursor() as cursor, cursor.copy(self.copy) as copy:
                for row in self.copy_rows:
                    copy.write_row(row)
        for start in range(0, len(self.rows), BATCH):
            session.execute(insert(self.table), self.rows[start : start + BATCH])


def _converted(
    dialect: Dialect, table: Table, columns: dict[str, list[Any]], order: Sequence[str]
) -> list[list[Any]]:
    """The columns in ``order``, each value as the driver must receive it."""
    converted = []
    done: dict[int, list[Any]] = {}  # a list given for two columns is converted once
    for key in order:
        given = columns[key]
        processor = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        if processor is not None and id(given) not in done:
            done[id(given)] = [None if x is None else processor(x) for x in given]
        converted.append(done.get(id(given), given))
    return converted


def prepare_insert(dialect: Dialect, table: Table, columns: dict[str, list[Any]]) -> PreparedInsert:
    """Rows given column by column (equal lengths), ready to insert into ``table``.

    Why not simply ``session.execute(insert(table), rows)``: at 100,000 events, SQLAlchemy's
    per-row parameter handling costs seconds on either engine, and on SQLite the FTS5 trigger's
    work per statement as much again (see docs/performance.md); a thousand rows per statement
    on SQLite, and ``COPY`` on PostgreSQL, do not.
    """
    prepared = PreparedInsert(table)
    keys = list(columns)
    count = len(columns[keys[0]]) if keys else 0
    if not count:
        return prepared
    if dialect.name == "postgresql":
        quote = dialect.identifier_preparer
        names = ", ".join(quote.quote(key) for key in keys)
        prepared.copy = f"COPY {quote.format_table(table)} ({names}) FROM STDIN"
        prepared.copy_rows = list(zip(*_converted(dialect, table, columns, keys), strict=True))
        return prepared
    if dialect.name != "sqlite":
        prepared.rows = [
            dict(zip(keys, values, strict=True)) for values in zip(*columns.values(), strict=True)
        ]
        return prepared
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = compiled.positiontup
    if order is None or sorted(order) != sorted(keys):
        raise ValueError(f"{table.name}: give every column the insert would fill: {order}")
    head, _values, group = compiled.string.rpartition(" VALUES ")
    converted = _converted(dialect, table, columns, order)
    per_statement = _MAX_VARIABLES // len(order)
    full = f"{head} VALUES {', '.join([group] * per_statement)}"
    for start in range(0, count, per_statement):
        end = min(start + per_statement, count)
        statement = (
            full
            if end - start == per_statement
            else (f"{head} VALUES {', '.join([group] * (end - start))}")
        )
        rows = zip(*(column[start:end] for column in converted), strict=True)
        prepared.statements.append((statement, tuple(chain.from_iterable(rows))))
    return prepared


def insert_rows(session: Session, table: Table, rows: list[Row]) -> None:
    """Insert rows (dicts with the same keys) into ``table`` in bulk."""
    if rows:
        columns = {key: [row[key] for row in rows] for key in rows[0]}
        prepare_insert(session.get_bind().dialect, table, columns).run(session)


class EventWords:
    """The searchable words of events, composed exactly as ``store.search`` composes them:
    title, title_alt, venue, notes, source, place name and name_alt; then each participant's
    person name, name_alt and description (in list order); each organization's name,
    short_name, name_alt (by id); each topic's Russian and English name (by id); each country's
    Russian and English name (by code). The words of known records are computed once."""

    def __init__(self, session: Session) -> None:
        self.places = {
            row.id: index_text(row.name, row.name_alt)
            for row in session.execute(select(Place.id, Place.name, Place.name_alt))
        }
        self.people = {
            row.id: index_text(row.name, row.name_alt)
            for row in session.execute(select(Person.id, Person.name, Person.name_alt))
        }
        self.organizations = {
            row.id: index_text(row.name, row.short_name, row.name_alt)
            for row in session.execute(
                select(
                    Organization.id,
                    Organization.name,
                    Organization.short_name,
                    Organization.name_alt,
                )
            )
        }
        self.topics = {
            row.id: index_text(row.name_ru, row.name_en)
            for row in session.execute(select(Topic.id, Topic.name_ru, Topic.name_en))
        }
        self.countries = {
            row.code: index_text(row.name_ru, row.name_en)
            for row in session.execute(select(Country.code, Country.name_ru, Country.name_en))
        }
        self._texts: dict[str, str] = {}

    def text(self, text: str | None) -> str:
        if not text:
            return ""
        found = self._texts.get(text)
        if found is None:
            found = index_text(text)
            if len(self._texts) < 200_000:  # titles and notes repeat; cache them, within reason
                self._texts[text] = found
        return found

    def of(self, event: Row, rows: EventRows, index: int) -> str:
        """The words of one event of ``rows`` (whose link lists are kept sorted)."""
        words = self.text
        parts = [
            words(event["title"]),
            words(event["title_alt"]),
            words(event["venue"]),
            words(event["notes"]),
            words(event["source"]),
        ]
        if event["place_id"]:
            parts.append(self.places.get(event["place_id"], ""))
        for participant in rows.participants_of[index]:
            if participant["person_id"]:
                parts.append(self.people[participant["person_id"]])
            if participant["description"]:
                parts.append(words(participant["description"]))
        parts += [self.organizations[o] for o in rows.organizations_of[index]]
        parts += [self.topics[t] for t in rows.topics_of[index]]
        parts += [self.countries[c] for c in rows.countries_of[index]]
        return " ".join([part for part in parts if part])


@dataclass
class EventRows:
    """Events to insert, each with its links, kept side by side by index."""

    events: list[Row] = field(default_factory=list)
    participants_of: list[list[Row]] = field(default_factory=list)
    countries_of: list[list[str]] = field(default_factory=list)
    organizations_of: list[list[int]] = field(default_factory=list)
    topics_of: list[list[int]] = field(default_factory=list)
    agreements_of: list[list[int]] = field(default_factory=list)
    words_of: list[str | None] = field(default_factory=list)  # when known beforehand

    def add(
        self,
        event: Row,
        *,
        participants: list[Row] | None = None,
        countries: Iterable[str] = (),
        organizations: Iterable[int] = (),
        topics: Iterable[int] = (),
        agreements: Iterable[int] = (),
    ) -> None:
        self.events.append(event)
        self.participants_of.append(participants or [])
        # a set first: the same country or topic twice would break the association's key
        self.countries_of.append(sorted(set(countries)))
        self.organizations_of.append(sorted(set(organizations)))
        self.topics_of.append(sorted(set(topics)))
        self.agreements_of.append(sorted(set(agreements)))
        self.words_of.append(None)

    def add_shaped(
        self,
        event: Row,
        *,
        words: str,
        participants: list[Row],
        countries: list[str],
        organizations: list[int],
        topics: list[int],
        agreements: list[int],
    ) -> None:
        """Add an event whose links are already sorted and unique and whose search words are
        known; the lists are kept as given (several events may share them)."""
        self.events.append(event)
        self.participants_of.append(participants)
        self.countries_of.append(countries)
        self.organizations_of.append(organizations)
        self.topics_of.append(topics)
        self.agreements_of.append(agreements)
        self.words_of.append(words)

    def __len__(self) -> int:
        return len(self.events)


EVENT_DEFAULTS: Row = {
    "title_alt": None,
    "level": "official",
    "format": "in_person",
    "all_day": False,
    "date_precision": "exact",
    "recurrence": None,
    "recurrence_ends_at": None,
    "place_id": None,
    "venue": None,
    "edition": None,
    "parent_id": None,
    "delegation_id": None,
    "source": None,
    "notes": None,
    "ical_uid": None,
    "version": 1,
    "archived_at": None,
}


def event_row(**values: Any) -> Row:
    """A complete event row (every column, so that one executemany takes them all)."""
    row = {**EVENT_DEFAULTS, **values}
    row.setdefault("updated_at", row["created_at"])
    return row


def prepare_events(dialect: Dialect, rows: EventRows, words: EventWords) -> list[PreparedInsert]:
    """The inserts of the events (ids already assigned), their links and search entries, in the
    order they must run. Touches no database, so it can run beside the previous batch's writes."""
    participants: dict[str, list[Any]] = {
        key: [] for key in ("event_id", "person_id", "organization_id", "role", "description")
    }
    participants["position"] = []
    links: dict[str, tuple[list[int], list[Any]]] = {
        name: ([], []) for name in ("country", "organization", "topic", "agreement")
    }
    entry_ids: list[int] = []
    entry_words: list[str] = []
    for index, event in enumerate(rows.events):
        event_id = event["id"]
        for position, person in enumerate(rows.participants_of[index]):
            participants["event_id"].append(event_id)
            participants["position"].append(position)
            for key in ("person_id", "organization_id", "role", "description"):
                participants[key].append(person[key])
        for name, linked in (
            ("country", rows.countries_of[index]),
            ("organization", rows.organizations_of[index]),
            ("topic", rows.topics_of[index]),
            ("agreement", rows.agreements_of[index]),
        ):
            ids, others = links[name]
            ids.extend([event_id] * len(linked))
            others.extend(linked)
        entry_ids.append(event_id)
        known = rows.words_of[index]
        entry_words.append(words.of(event, rows, index) if known is None else known)
    # parents before children: a session inside a conference refers to the conference
    events = sorted(rows.events, key=lambda e: e["parent_id"] or 0)
    event_columns = {key: [e[key] for e in events] for key in (events[0] if events else {})}
    if event_columns and event_columns["updated_at"] == event_columns["created_at"]:
        event_columns["updated_at"] = event_columns["created_at"]  # converted once
    return [
        prepare_insert(dialect, table_of(Event), event_columns),
        prepare_insert(dialect, table_of(EventParticipant), participants),
        *(
            prepare_insert(dialect, table, {"event_id": links[name][0], key: links[name][1]})
            for name, table, key in (
                ("country", event_country, "country_code"),
                ("organization", event_organization, "organization_id"),
                ("topic", event_topic, "topic_id"),
                ("agreement", event_agreement, "agreement_id"),
            )
        ),
        prepare_insert(
            dialect,
            search_entry,
            {
                "record_kind": ["event"] * len(entry_ids),
                "record_id": entry_ids,
                "words": entry_words,
            },
        ),
    ]


def write_events(session: Session, rows: EventRows, words: EventWords) -> None:
    """Insert the events (ids already assigned), their links and their search entries."""
    for prepared in prepare_events(session.get_bind().dialect, rows, words):
        prepared.run(session)


def participant(
    *,
    role: str,
    person_id: int | None = None,
    organization_id: int | None = None,
    description: str | None = None,
) -> Row:
    return {
        "person_id": person_id,
        "organization_id": organization_id,
        "role": role,
        "description": description,
    }
