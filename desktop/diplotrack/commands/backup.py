"""`diplotrack backup [FILE]`: a consistent copy of the SQLite file, or pg_dump of a server."""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL, make_url
from sqlalchemy.exc import ArgumentError

from diplotrack.domain import StorageError
from diplotrack.store.backup import backup_sqlite
from diplotrack.store.database import database_url, default_database_file

SERVER_BACKUP_ADVICE = (
    "Install the PostgreSQL client tools (Debian: apt install postgresql-client) so that "
    "DiploTrack can run pg_dump, or ask the server's administrator to back up the database "
    "with pg_dump or the server's own backups."
)


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def default_sqlite_backup(database_file: Path) -> Path:
    """``backups/<name>-<timestamp>.sqlite3`` beside the database file."""
    return database_file.parent / "backups" / f"{database_file.stem}-{_stamp()}.sqlite3"


def default_server_backup(url: URL) -> Path:
    """``backups/<database>-<timestamp>.dump`` in the user's DiploTrack data folder."""
    name = re.sub(r"[^\w.-]", "_", url.database or "database")
    return default_database_file().parent / "backups" / f"{name}-{_stamp()}.dump"


def _version_key(path: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", path))


def find_pg_dump() -> str | None:
    """pg_dump on PATH, else the newest of Debian's ``/usr/lib/postgresql/*/bin/pg_dump``
    (the newest, since pg_dump refuses servers newer than itself)."""
    found = shutil.which("pg_dump")
    if found:
        return found
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=_version_key)
    return candidates[-1] if candidates else None


def backup_server(url: URL, target: Path) -> Path:
    """pg_dump's custom format (restore with pg_restore); the password travels in the
    environment, not on the command line where others could read it."""
    pg_dump = find_pg_dump()
    if pg_dump is None:
        raise StorageError(
            f"pg_dump was not found, so the server database cannot be backed up "
            f"from here. {SERVER_BACKUP_ADVICE}"
        )
    environment = dict(os.environ)
    if url.password:
        environment["PGPASSWORD"] = str(url.password)
    libpq = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    command = [pg_dump, "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={libpq}"]
    try:
        result = subprocess.run(command, env=environment, capture_output=True, text=True)
    except OSError as error:
        raise StorageError(f"Could not run {pg_dump}: {error}") from error
    if result.returncode != 0:
        partial.unlink(missing_ok=True)
        raise StorageError(f"pg_dump failed: {result.stderr.strip() or result.returncode}")
    partial.replace(target)
    return target


def run(database: str | None, file: str | None) -> int:
    try:
        url = make_url(database_url(database))
    except (ArgumentError, ValueError) as error:
        raise StorageError(f"“{database}” is not a database URL: {error}") from error
    target = Path(file).expanduser().resolve() if file else None
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StorageError("An in-memory database cannot be backed up.")
        source = Path(url.database)
        written = backup_sqlite(source, target or default_sqlite_backup(source))
    elif url.get_backend_name() == "postgresql":
        written = backup_server(url, target or default_server_backup(url))
    else:
        raise StorageError(f"DiploTrack cannot back up a {url.get_backend_name()} database.")
    print(f"backup written to {written}")
    return 0
