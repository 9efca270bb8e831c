"""The declarative base of every record: naming convention, UTC times, versions, archive."""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, Dialect, Enum, Index, MetaData, event, func, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Mapper, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

from .utc import stored_utc, utcnow

# Deterministic constraint names, so Alembic can alter tables on SQLite (batch mode) and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


@event.listens_for(Mapper, "before_configured")
def _whole_registry() -> None:
    """Relationships name their targets by class name: a process that imported one model module
    directly still has every record mapped before the first query configures them."""
    from diplotrack.domain import load_models

    load_models()


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC on both engines and gives back aware UTC datetimes.

    Naive values handed in are refused: every timestamp in DiploTrack knows its zone.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r} given where UTC is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else stored_utc(value)


def enum_column_type(enum_cls: type[enum.StrEnum]) -> Enum:
    """Enums are stored as their string values (portable, readable in SQL), not as native enums."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def partial_index(name: str, *columns: str, where: dict[str, str]) -> Index:
    """An index over the rows meeting a condition, written in the SQL of each engine
    (``{"sqlite": …, "postgresql": …}``), kept in the index's ``info["where"]``.

    SQLAlchemy takes the condition as ``<dialect>_where=`` and checks such an option by importing
    that dialect: named here for PostgreSQL, every start on SQLite would import SQLAlchemy's whole
    PostgreSQL dialect (with asyncpg's, ~15 ms). ``spell_partial_indexes`` hands each engine its
    own when one is made.
    """
    return Index(name, *columns, info={"where": dict(where)})


def spell_partial_indexes(dialect: str) -> None:
    """Give every partial index of the records its condition in ``dialect``'s SQL (called when
    an engine of that dialect is made; again is harmless)."""
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            condition = index.info.get("where", {}).get(dialect)
            if condition is not None:
                index.dialect_kwargs[f"{dialect}_where"] = text(condition)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime()}


class Record(Base):
    """An editable record: integer id, optimistic version, timestamps, archive instead of delete."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(nullable=False, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(
        default=utcnow, server_default=func.current_timestamp()
    )
    updated_at: Mapped[datetime] = mapped_column(
        default=utcnow, onupdate=utcnow, server_default=func.current_timestamp()
    )
    archived_at: Mapped[datetime | None] = mapped_column(default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None
