"""Fixtures shared by the whole test suite.

* Qt runs offscreen, and the XDG folders point into a temporary directory for the
  session, so tests never touch the real user's data, settings or database.
* ``database`` runs each test that asks for it twice: on a fresh SQLite file and on
  a fresh PostgreSQL database (the ``postgres`` parameter is marked
  ``pytest.mark.postgres``). The PostgreSQL server is started once per session by
  ``postgres_server``; each test gets a copy of a template database that was
  migrated once per session, which keeps the PostgreSQL runs fast.
* The server must start: if it cannot, the tests that need it fail with the reason.
  Only with ``DIPLOTRACK_SKIP_POSTGRES=1`` are tests marked ``postgres`` skipped.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Keep the test session away from the real user's folders and database.
_TEST_HOME = Path(tempfile.mkdtemp(prefix="diplotrack-test-home-"))
for _variable, _folder in (
    ("XDG_DATA_HOME", "data"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_STATE_HOME", "state"),
):
    (_TEST_HOME / _folder).mkdir()
    os.environ[_variable] = str(_TEST_HOME / _folder)
if not os.environ.get("XDG_RUNTIME_DIR"):
    (_TEST_HOME / "runtime").mkdir(mode=0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(_TEST_HOME / "runtime")
os.environ.pop("DIPLOTRACK_DATABASE", None)

# tests/ is the import root of the test helpers (``support``); ruff knows it as a source root.
_TESTS_DIR = str(Path(__file__).resolve().parent)
if _TESTS_DIR not in sys.path:
    sys.path.insert(0, _TESTS_DIR)

from support.postgres import ENV_URL, PostgresServer, PostgresUnavailable  # noqa: E402

if TYPE_CHECKING:
    from diplotrack.store.database import Database

SKIP_POSTGRES = os.environ.get("DIPLOTRACK_SKIP_POSTGRES", "").strip().lower() in {
    "1",
    "true",
    "yes",
}
_database_numbers = itertools.count(1)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not SKIP_POSTGRES:
        return
    skip = pytest.mark.skip(reason="PostgreSQL tests skipped: DIPLOTRACK_SKIP_POSTGRES=1")
    for item in items:
        if item.get_closest_marker("postgres") is not None:
            item.add_marker(skip)


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_TEST_HOME, ignore_errors=True)


def _open_database() -> Callable[[str], Database]:
    # Imported lazily, so that collecting the tests never depends on the package.
    from diplotrack.store.database import open_database

    return open_database


# -- PostgreSQL ------------------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The test PostgreSQL server, started once per session (or the one in the environment)."""
    if SKIP_POSTGRES:
        pytest.skip("PostgreSQL tests skipped: DIPLOTRACK_SKIP_POSTGRES=1")
    server = PostgresServer.from_environment()
    problem = ""
    try:
        server.start()
    except PostgresUnavailable as exc:
        problem = str(exc)
    if problem:  # failed outside the except block, to keep the report short
        pytest.fail(
            f"The test PostgreSQL server could not be started: {problem}\n"
            f"Run scripts/setup (it installs Debian's postgresql), point {ENV_URL} at a "
            "server, or set DIPLOTRACK_SKIP_POSTGRES=1 to skip the PostgreSQL tests.",
            pytrace=False,
        )
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_template(postgres_server: PostgresServer) -> Iterator[str]:
    """Name of a database migrated to head once per session, copied for each test."""
    name = "diplotrack_template"
    if postgres_server.external_url:
        name = f"diplotrack_template_{os.getpid()}"
    open_database = _open_database()
    postgres_server.drop_database(name)
    postgres_server.create_database(name)
    database = open_database(postgres_server.url(name))
    try:
        database.close()
    finally:
        database.engine.dispose()
    # CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
    postgres_server.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        f"WHERE datname = '{name}' AND pid <> pg_backend_pid()"
    )
    yield name
    postgres_server.drop_database(name)


# -- Databases on both engines ---------------------------------------------------------


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
def engine_name(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgres``: a test using it runs once on each engine."""
    name: str = request.param
    return name


@pytest.fixture
def database_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """URL of a fresh database for this test: a new SQLite file, or for PostgreSQL a new
    database copied from the session's migrated template (dropped afterwards)."""
    if engine_name == "sqlite":
        yield f"sqlite:///{tmp_path}/diplotrack.sqlite3"
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    template: str = request.getfixturevalue("postgres_template")
    name = f"diplotrack_test_{os.getpid()}_{next(_database_numbers)}"
    url = server.create_database(name, template=template)
    try:
        yield url
    finally:
        server.drop_database(name)


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    """An open, migrated database on the engine of ``engine_name``."""
    db = _open_database()(database_url)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def sqlite_database(tmp_path: Path) -> Iterator[Database]:
    """An open, migrated SQLite database, for tests that are about SQLite only."""
    db = _open_database()(f"sqlite:///{tmp_path}/diplotrack.sqlite3")
    try:
        yield db
    finally:
        db.close()
