"""Alembic environment: runs on the connection DiploTrack hands over (never opens its own)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

import diplotrack.domain
import diplotrack.store.schema
from diplotrack.domain.base import Base, spell_partial_indexes

target_metadata = Base.metadata
assert diplotrack.domain


def run(connection: Connection) -> None:
    spell_partial_indexes(connection.dialect.name)  # for autogenerate against the models
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = context.config.attributes.get("connection")
if connection is not None:
    run(connection)
else:  # `alembic` run by a developer against DIPLOTRACK_DATABASE, for autogenerate
    import os

    engine = create_engine(os.environ["DIPLOTRACK_DATABASE"])
    with engine.begin() as own_connection:
        run(own_connection)
