"""Backups of the embedded SQLite file: on demand and automatically before a migration."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from diplotrack.domain import StorageError


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently (SQLite's online backup API, WAL included)."""
    if not source.exists():
        raise StorageError(f"There is no database file at {source}.")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with sqlite3.connect(source) as src, sqlite3.connect(partial) as dst:
            src.backup(dst)
        dst.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as error:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Could not write the backup {target}: {error}") from error
    return target


def automatic_backup_path(database_file: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return database_file.parent / "backups" / f"{database_file.stem}-{stamp}-{reason}.sqlite3"
