"""`diplotrack check`: where the database is, its schema version, and whether it is sound."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, Engine, Table, and_, func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

import diplotrack.domain  # noqa: F401  (registers every table on the metadata)
from diplotrack.domain import Base, Event, StorageError
from diplotrack.store import migrate
from diplotrack.store.database import create_database_engine, database_url
from diplotrack.store.schema import search_entry
from diplotrack.store.search import SEARCHABLE_KINDS, record_words

# Ids named in a problem line; the count says how many there are in all.
SHOWN_IDS = 5


@dataclass(frozen=True)
class Finding:
    """One line of the report: what was checked and whether it is fine."""

    ok: bool
    message: str


def describe_location(engine: Engine) -> str:
    url = engine.url
    if engine.dialect.name == "sqlite":
        return f"SQLite file {url.database}"
    where = f"{url.host}:{url.port or 5432}" if url.host else "the local socket"
    return f"PostgreSQL database {url.database} on {where} as {url.username or 'default user'}"


def _ids(connection: Connection, table: Table, condition: ColumnElement[bool]) -> str:
    """ " (ids 3, 7, …)" or " (id 3)" for the first offending rows of a table with an ``id``
    column."""
    if "id" not in table.c:
        return ""
    ids = connection.scalars(
        select(table.c.id).where(condition).order_by(table.c.id).limit(SHOWN_IDS)
    ).all()
    if not ids:
        return ""
    more = ", …" if len(ids) == SHOWN_IDS else ""
    label = "id" if len(ids) == 1 else "ids"
    return f" ({label} {', '.join(str(i) for i in ids)}{more})"


def check_sqlite_file(connection: Connection) -> Iterator[Finding]:
    result = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    if result == ["ok"]:
        yield Finding(True, "SQLite integrity check: ok")
    else:
        yield Finding(False, "SQLite integrity check: " + "; ".join(map(str, result[:10])))
    violations: dict[str, int] = {}
    for row in connection.exec_driver_sql("PRAGMA foreign_key_check"):
        violations[row[0]] = violations.get(row[0], 0) + 1
    if not violations:
        yield Finding(True, "SQLite foreign key check: ok")
    for table, count in sorted(violations.items()):
        rows = f"1 row of {table} points" if count == 1 else f"{count} rows of {table} point"
        yield Finding(False, f"SQLite foreign key check: {rows} nowhere")
    try:
        # rank 1: compare the FTS5 index with its content table, not only with itself
        connection.exec_driver_sql(
            "INSERT INTO search_fts(search_fts, rank) VALUES ('integrity-check', 1)"
        )
        yield Finding(True, "full-text index matches the search entries")
    except DBAPIError as error:
        yield Finding(False, f"full-text index does not match the search entries: {error.orig}")


def check_references(connection: Connection) -> Iterator[Finding]:
    """Rows whose reference points to a row that does not exist (links, participants, …)."""
    problems = 0
    for table in Base.metadata.sorted_tables:
        for constraint in table.foreign_key_constraints:
            parent = constraint.referred_table
            # aliased, so that a reference within one table (a parent event) is not compared
            # with the row itself
            referred = parent.alias("referred")
            pairs = [
                (element.parent, referred.c[element.column.key]) for element in constraint.elements
            ]
            exists = (
                select(1).select_from(referred).where(and_(*(p == c for c, p in pairs))).exists()
            )
            condition = and_(*(c.is_not(None) for c, _ in pairs), ~exists)
            count = connection.scalar(select(func.count()).select_from(table).where(condition))
            if count:
                problems += 1
                columns = ", ".join(c.name for c, _ in pairs)
                yield Finding(
                    False,
                    f"{table.name}: {count} {'row' if count == 1 else 'rows'} whose {columns} "
                    f"names no existing {parent.name}{_ids(connection, table, condition)}",
                )
    if not problems:
        yield Finding(True, "every reference between records points to an existing record")


def check_event_times(connection: Connection) -> Iterator[Finding]:
    table = Event.__table__
    assert isinstance(table, Table)
    condition = table.c.ends_at < table.c.starts_at
    count = connection.scalar(select(func.count()).select_from(table).where(condition))
    if count:
        yield Finding(
            False,
            (
                "1 event ends before it starts"
                if count == 1
                else f"{count} events end before they start"
            )
            + _ids(connection, table, condition),
        )
    else:
        yield Finding(True, "no event ends before it starts")


def check_search_index(connection: Connection) -> Iterator[Finding]:
    """Every searchable record has exactly one search entry, holding its current words."""
    tables = Base.metadata.tables
    for kind in SEARCHABLE_KINDS:
        records = tables[kind]
        entries = search_entry.alias("entry")
        missing = connection.scalar(
            select(func.count())
            .select_from(records)
            .where(
                ~select(1)
                .select_from(entries)
                .where(entries.c.record_kind == kind, entries.c.record_id == records.c.id)
                .exists()
            )
        )
        orphaned = connection.scalar(
            select(func.count())
            .select_from(entries)
            .where(
                entries.c.record_kind == kind,
                ~select(1).select_from(records).where(records.c.id == entries.c.record_id).exists(),
            )
        )
        stored: dict[int, str] = {
            row.record_id: row.words
            for row in connection.execute(
                select(search_entry.c.record_id, search_entry.c.words).where(
                    search_entry.c.record_kind == kind
                )
            )
        }
        with Session(bind=connection) as session:
            current = record_words(session, kind)
        stale = sum(1 for key, words in current.items() if key in stored and stored[key] != words)
        total = len(current)
        if missing or orphaned or stale:
            details = [
                f"{missing} without a search entry" if missing else "",
                f"{orphaned} entries for records that do not exist" if orphaned else "",
                f"{stale} with out-of-date words" if stale else "",
            ]
            yield Finding(
                False,
                f"search index of {kind} records ({total}): "
                + ", ".join(d for d in details if d)
                + " — the search will miss or mis-find them",
            )
        else:
            yield Finding(True, f"search index of {kind} records: {total} entries, up to date")


def run_checks(engine: Engine) -> list[Finding]:
    """Every check on an open engine, in the order they are reported."""
    checks: list[Callable[[Connection], Iterator[Finding]]] = []
    if engine.dialect.name == "sqlite":
        checks.append(check_sqlite_file)
    checks += [check_references, check_event_times, check_search_index]
    findings: list[Finding] = []
    with engine.connect() as connection:
        for check in checks:
            findings.extend(check(connection))
    return findings


def check_schema(engine: Engine) -> Finding:
    current = migrate.current_revision(engine)
    head = migrate.head_revision()
    if current == head:
        return Finding(True, f"schema revision {current} (the current one)")
    if current is None:
        return Finding(False, "the database has no DiploTrack schema yet (empty or foreign)")
    return Finding(
        False,
        f"schema revision {current}, this program's is {head}: opening the database with "
        "DiploTrack brings it up to date (after a backup), or it is from a newer DiploTrack",
    )


def run(database: str | None) -> int:
    """Report on the database without changing it: no migration, no reference data."""
    url = database_url(database)
    engine = create_database_engine(url)
    try:
        if engine.dialect.name == "sqlite":
            file = engine.url.database
            if not file or not Path(file).exists():
                raise StorageError(f"There is no database file at {file}.")
        try:
            print(f"database: {describe_location(engine)}")
            schema = check_schema(engine)
            findings = [schema]
            if schema.ok:
                findings += run_checks(engine)
        except DBAPIError as error:
            raise StorageError(f"Cannot read the database: {error.orig}") from error
    finally:
        engine.dispose()
    for finding in findings:
        print(("OK       " if finding.ok else "PROBLEM  ") + finding.message)
    problems = sum(1 for finding in findings if not finding.ok)
    if problems:
        print(f"{problems} {'problem' if problems == 1 else 'problems'} found", file=sys.stderr)
        return 1
    print("the database is sound")
    return 0


__all__ = ["Finding", "check_schema", "run", "run_checks"]
