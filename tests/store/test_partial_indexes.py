"""The models' partial indexes are the migration's, on both engines, though their conditions
reach SQLAlchemy only when an engine is made (``domain.base.spell_partial_indexes``)."""

from __future__ import annotations

import pytest
from sqlalchemy import Connection, Index, Table, text
from sqlalchemy.schema import CreateIndex

from diplotrack.domain import Event
from diplotrack.store.database import Database

PARTIAL = ("ix_event_long", "ix_event_recurring")


def _model_index(name: str) -> Index:
    table = Event.__table__
    assert isinstance(table, Table)
    return next(index for index in table.indexes if index.name == name)


def _definition(connection: Connection, name: str) -> str:
    """The engine's own text of index ``name``: as SQLite keeps it, as PostgreSQL rebuilds it."""
    if connection.dialect.name == "sqlite":
        sql = "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = :name"
    else:
        sql = "SELECT pg_get_indexdef(to_regclass(:name))"
    found = connection.execute(text(sql), {"name": name}).scalar_one()
    assert isinstance(found, str)
    return found


@pytest.mark.parametrize("name", PARTIAL)
def test_the_models_partial_index_is_the_migrations(database: Database, name: str) -> None:
    """The model's index made under another name reads back as the migrated one does."""
    with database.engine.connect() as connection:
        dialect = connection.dialect
        model_sql = str(CreateIndex(_model_index(name)).compile(dialect=dialect))
        assert " WHERE " in model_sql  # the engine's condition was handed over
        twin = f"{name}_twin"
        connection.execute(text(model_sql.replace(name, twin, 1)))
        try:
            assert _definition(connection, twin).replace(twin, name) == _definition(
                connection, name
            )
        finally:
            connection.rollback()


def test_each_index_states_its_condition_for_both_engines() -> None:
    for name in PARTIAL:
        where = _model_index(name).info["where"]
        assert set(where) == {"sqlite", "postgresql"}
        assert all(condition.strip() for condition in where.values())
