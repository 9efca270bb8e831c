"""Alembic: one linear chain, a fresh database ends at head, backups come before upgrades."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from diplotrack.domain import Base, StorageError
from diplotrack.store import migrate
from diplotrack.store.database import Database, open_database


def test_revision_chain_is_linear_and_head_is_known_without_alembic() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.HEAD]
    revisions = list(script.walk_revisions())
    assert len(revisions) >= 1
    for revision in revisions:
        parents = revision.down_revision
        assert parents is None or isinstance(parents, str), f"{revision.revision} is a merge"


def test_fresh_database_is_at_head_with_every_table(database: Database) -> None:
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    tables = set(inspect(database.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert not migrate.needs_migration(database.engine)


def test_migrations_match_the_models(database: Database) -> None:
    """Autogenerate against the migrated database finds nothing left to do."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = [
            diff
            for diff in compare_metadata(context, Base.metadata)
            # the full-text objects (FTS5 tables, GIN index) are made by hand in the migration
            if not (
                (diff[0] == "remove_table" and diff[1].name.startswith("search_fts"))
                or (diff[0] == "remove_index" and diff[1].name == "ix_search_entry_words")
            )
        ]
    assert differences == []


def test_downgrade_to_base_and_up_again(database_url: str) -> None:
    database = open_database(database_url)
    try:
        with database.engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        remaining = set(inspect(database.engine).get_table_names()) - {"alembic_version"}
        assert remaining == set()
        migrate.upgrade(database.engine)
        assert migrate.current_revision(database.engine) == migrate.head_revision()
    finally:
        database.close()


def test_sqlite_file_is_backed_up_before_an_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    url = f"sqlite:///{path}"
    open_database(url).close()
    # Pretend the file is one revision behind: an empty schema with a marker row.
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "base")
        connection.execute(text("CREATE TABLE marker (note TEXT)"))
        connection.execute(text("INSERT INTO marker VALUES ('before the upgrade')"))
    engine.dispose()

    open_database(url).close()

    backups = list((tmp_path / "backups").glob("office-*-before-upgrade.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        assert copy.execute("SELECT note FROM marker").fetchall() == [("before the upgrade",)]
        assert copy.execute("SELECT count(*) FROM sqlite_master WHERE name='event'").fetchone() == (
            0,
        )


def test_no_backup_when_nothing_to_migrate(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    open_database(url).close()
    open_database(url).close()
    assert not (tmp_path / "backups").exists()


def test_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    open_database(url).close()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff_future'"))
    engine.dispose()
    with pytest.raises(StorageError, match="newer version"):
        open_database(url)
