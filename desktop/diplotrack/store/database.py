"""Opening a database: the URL, the engine (SQLite pragmas or PostgreSQL), migrations, sessions."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker

from diplotrack.domain import StorageError
from diplotrack.domain.base import spell_partial_indexes

from . import migrate
from .backup import automatic_backup_path, backup_sqlite
from .history import install_history
from .location import ENVIRONMENT_VARIABLE, database_url, default_database_file
from .reference import ensure_reference_data

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "Database",
    "create_database_engine",
    "database_url",
    "default_database_file",
    "open_database",
]

BUSY_TIMEOUT_MS = 10_000


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def create_database_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as error:
        raise StorageError(f"“{url}” is not a database URL: {error}") from error
    try:
        if parsed.get_backend_name() == "sqlite":
            database = parsed.database
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(
                parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000}, pool_pre_ping=False
            )
            event.listen(engine, "connect", _on_sqlite_connect)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as error:
        raise StorageError(f"DiploTrack cannot work with the database “{url}”: {error}") from error
    spell_partial_indexes(engine.dialect.name)
    return engine


@dataclass
class Database:
    """An open store: the engine and a session factory that writes the change history."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session] = field(repr=False)
    user: str

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_file(self) -> Path | None:
        database = self.engine.url.database
        if self.is_sqlite and database and database != ":memory:":
            return Path(database)
        return None

    @property
    def display_name(self) -> str:
        """Where the data lives, for the status bar: a file name or a server's database."""
        if self.sqlite_file is not None:
            return self.sqlite_file.name
        url = self.engine.url
        return f"{url.database}@{url.host}" if url.host else str(url.database)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def open_database(
    url: str | None = None, *, user: str | None = None, backup_before_migration: bool = True
) -> Database:
    """Open (creating if needed) and migrate the database at ``url`` to the current schema.

    An existing SQLite file is backed up to ``backups/`` beside it before any migration runs.
    """
    resolved = database_url(url)
    engine = create_database_engine(resolved)
    try:
        if migrate.needs_migration(engine):
            # only a database that already holds a schema has something to lose
            database_file = _sqlite_file(engine) if inspect(engine).get_table_names() else None
            if backup_before_migration and database_file is not None:
                backup_sqlite(database_file, automatic_backup_path(database_file, "before-upgrade"))
            migrate.upgrade(engine)
        factory = sessionmaker(
            engine, expire_on_commit=False, info={"user": user or _current_user()}
        )
        install_history(factory)
        with factory.begin() as session:
            ensure_reference_data(session)
    except DBAPIError as error:
        engine.dispose()
        raise StorageError(f"Cannot open the database {engine.url!r}: {error.orig}") from error
    except BaseException:
        engine.dispose()
        raise
    return Database(url=resolved, engine=engine, sessions=factory, user=user or _current_user())


def _sqlite_file(engine: Engine) -> Path | None:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        return None
    return Path(database)
