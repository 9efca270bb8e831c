"""`diplotrack check`, `backup` and `--version`, run as the installed command."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from diplotrack import __version__
from diplotrack.commands.backup import find_pg_dump
from e2e.command import fill_demo, run_command


def test_version_of_the_installed_command() -> None:
    installed = Path(sys.executable).with_name("diplotrack")
    assert installed.exists(), "the diplotrack entry point is not installed in the environment"
    outcome = run_command("--version", executable=str(installed))
    assert outcome.returncode == 0, str(outcome)
    assert outcome.stdout.strip() == f"diplotrack {__version__}"


def test_check_on_the_demo_database_is_clean(demo_url: str) -> None:
    outcome = run_command("check", database=demo_url)
    assert outcome.returncode == 0, str(outcome)
    assert "PROBLEM" not in outcome.stdout
    assert "schema revision" in outcome.stdout
    assert "search index of event records" in outcome.stdout
    engine = "SQLite file" if demo_url.startswith("sqlite") else "PostgreSQL database"
    assert engine in outcome.stdout


def _execute(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


def test_check_finds_problems_made_behind_the_programs_back(database_url: str) -> None:
    fill_demo(database_url)
    first_event = "(SELECT min(id) FROM event)"
    _execute(
        database_url,
        # an end before the start, which no service would ever save
        f"UPDATE event SET ends_at = starts_at - INTERVAL '1 day' WHERE id = {first_event}"
        if database_url.startswith("postgresql")
        else f"UPDATE event SET ends_at = datetime(starts_at, '-1 day') WHERE id = {first_event}",
        # a record the search no longer knows
        "DELETE FROM search_entry WHERE record_kind = 'person' "
        "AND record_id = (SELECT min(id) FROM person)",
    )
    outcome = run_command("check", database=database_url)
    assert outcome.returncode == 1, str(outcome)
    assert "1 event ends before it starts (id " in outcome.stdout
    assert "search index of person records" in outcome.stdout
    assert "without a search entry" in outcome.stdout
    assert "2 problems found" in outcome.stderr


def test_check_finds_dangling_links_in_an_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/demo.sqlite3"
    fill_demo(url)
    # Plain sqlite3 does not enforce foreign keys unless asked: the way a broken file comes about.
    with sqlite3.connect(tmp_path / "demo.sqlite3") as connection:
        connection.execute(
            "INSERT INTO event_country (event_id, country_code) VALUES (987654, 'KG')"
        )
    connection.close()
    outcome = run_command("check", database=url)
    assert outcome.returncode == 1, str(outcome)
    assert "SQLite foreign key check: 1 row of event_country points nowhere" in outcome.stdout
    assert "event_country: 1 row whose event_id names no existing event" in outcome.stdout


def test_check_of_a_missing_file_is_an_error_and_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite3"
    outcome = run_command("check", database=str(missing))
    assert outcome.returncode == 1, str(outcome)
    assert outcome.stderr.startswith("diplotrack: error: There is no database file at")
    assert "Traceback" not in outcome.stderr
    assert not missing.exists()


def test_backup_holds_the_events(
    demo_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if demo_url.startswith("sqlite"):
        backup_of_an_sqlite_file(demo_url, tmp_path)
    else:
        backup_of_a_server_database(demo_url, tmp_path, request)


def backup_of_an_sqlite_file(demo_url: str, tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    outcome = run_command("backup", str(target), database=demo_url)
    assert outcome.returncode == 0, str(outcome)
    assert outcome.stdout.strip() == f"backup written to {target}"
    with sqlite3.connect(target) as copy:
        copied = copy.execute("SELECT id, title FROM event ORDER BY id").fetchall()
    copy.close()
    with sqlite3.connect(make_url(demo_url).database or "") as original:
        expected = original.execute("SELECT id, title FROM event ORDER BY id").fetchall()
    original.close()
    assert copied == expected
    assert len(copied) > 0


def test_backup_without_a_file_goes_beside_the_database(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    assert run_command("check", database=str(database)).returncode == 1  # not created by check
    fill_demo(f"sqlite:///{database}")
    outcome = run_command("backup", database=str(database))
    assert outcome.returncode == 0, str(outcome)
    written = Path(outcome.stdout.strip().removeprefix("backup written to "))
    assert written.parent == tmp_path / "backups"
    assert written.name.startswith("office-") and written.suffix == ".sqlite3"
    assert written.stat().st_size > 0


def backup_of_a_server_database(
    demo_url: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """pg_dump's file, restored into a new database, holds the same events."""
    pg_dump = find_pg_dump()
    if pg_dump is None:
        pytest.skip("pg_dump is not installed on this machine")
    target = tmp_path / "office.dump"
    outcome = run_command("backup", str(target), database=demo_url)
    assert outcome.returncode == 0, str(outcome)
    assert target.stat().st_size > 0

    server = request.getfixturevalue("postgres_server")
    restored = server.create_database("diplotrack_e2e_restored")
    try:
        libpq = make_url(restored).set(drivername="postgresql").render_as_string(False)
        pg_restore = str(Path(pg_dump).with_name("pg_restore"))
        subprocess.run(
            [pg_restore, "--no-owner", f"--dbname={libpq}", str(target)],
            check=True,
            capture_output=True,
            timeout=600,
        )
        engines = [create_engine(url) for url in (restored, demo_url)]
        try:
            counts = []
            for engine in engines:
                with engine.connect() as connection:
                    counts.append(connection.scalar(text("SELECT count(*) FROM event")))
        finally:
            for engine in engines:
                engine.dispose()
        assert counts[0] == counts[1]
        assert counts[0] > 0
    finally:
        server.drop_database("diplotrack_e2e_restored")


def test_demo_with_many_events_shows_progress_and_a_summary(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/scale.sqlite3"
    outcome = run_command("demo", "--events", "6000", "--seed", "7", database=url)
    assert outcome.returncode == 0, str(outcome)
    assert "generating events: 6,000 of 6,000 (100%)" in outcome.stderr
    assert outcome.stdout.startswith("demo data added: the worked example")
    assert "6,000 generated events" in outcome.stdout
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            total = connection.scalar(text("SELECT count(*) FROM event"))
    finally:
        engine.dispose()
    assert f"the database holds {total:,} events" in outcome.stdout
    assert total is not None and total > 6000
    assert run_command("check", database=url).returncode == 0


def test_a_refused_demo_writes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/office.sqlite3"
    outcome = run_command("demo", "--events", "-5", database=url)
    assert outcome.returncode == 1, str(outcome)
    assert outcome.stderr.startswith("diplotrack: error: ") and "-5" in outcome.stderr
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM event")) == 0
            assert connection.scalar(text("SELECT count(*) FROM person")) == 0
    finally:
        engine.dispose()
