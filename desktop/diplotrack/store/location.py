"""Where the database is: the URL to open and the SQLite file it names, without SQLAlchemy."""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT_VARIABLE = "DIPLOTRACK_DATABASE"
_SQLITE_FILE = "sqlite:///"


def default_database_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("DiploTrack", appauthor=False)) / "diplotrack.sqlite3"


def database_url(given: str | None = None) -> str:
    """The URL to open: the one given (``--database``), else ``DIPLOTRACK_DATABASE``, else the
    SQLite file in the user's data folder. A bare file path is taken as an SQLite file."""
    url = given or os.environ.get(ENVIRONMENT_VARIABLE) or str(default_database_file())
    if "://" not in url:
        url = f"{_SQLITE_FILE}{Path(url).expanduser().resolve()}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def sqlite_file(url: str) -> Path | None:
    """The file of a plain ``sqlite:///path`` URL (no driver, no query string); None for any
    other URL, an in-memory database included."""
    if not url.startswith(_SQLITE_FILE) or "?" in url:
        return None
    path = url.removeprefix(_SQLITE_FILE)
    return Path(path) if path and path != ":memory:" else None
