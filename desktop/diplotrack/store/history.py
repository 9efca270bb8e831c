"""The change history: every insert, update, archive and restore, field by field, written in the
same transaction as the change itself (a flush listener on the session factory)."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.attributes import History

from diplotrack.domain import Base, ChangeRecord
from diplotrack.domain.enums import ChangeAction
from diplotrack.domain.utc import utcnow

_SKIPPED_FIELDS = frozenset({"version", "created_at", "updated_at", "content"})


def _render(value: Any) -> str | None:
    """A history value as text: enums by value, dates ISO, related records by kind and id."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Base):
        return f"{type(value).__tablename__}:{_record_id(value)}"
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def _render_collection(items: list[Any]) -> str:
    return ", ".join(sorted(_render(item) or "" for item in items))


def _record_id(obj: Base) -> str:
    # the primary key is assigned by now, though the identity key is not yet
    key = inspect(obj).mapper.primary_key_from_instance(obj)
    return ",".join(str(part) for part in key)


def _changes_of(obj: Base) -> list[tuple[str, str | None, str | None]]:
    state = inspect(obj)
    changes: list[tuple[str, str | None, str | None]] = []
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_FIELDS:
            continue
        history: History = state.attrs[attr.key].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes.append((attr.key, _render(old), _render(new)))
    for rel in state.mapper.relationships:
        if rel.viewonly or rel.key in _SKIPPED_FIELDS:
            continue
        history = state.attrs[rel.key].history
        if not (history.added or history.deleted):
            continue
        # a many-to-one change shows as its foreign-key column above; collections are listed here
        if rel.uselist:
            before = list(history.unchanged) + list(history.deleted)
            after = list(history.unchanged) + list(history.added)
            changes.append((rel.key, _render_collection(before), _render_collection(after)))
    return changes


def _after_flush(session: Session, _context: Any) -> None:
    user = str(session.info.get("user", "unknown"))
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(
        obj: Base, action: ChangeAction, field: str | None, old: str | None, new: str | None
    ) -> None:
        rows.append(
            {
                "changed_at": now,
                "changed_by": user,
                "record_kind": type(obj).__tablename__,
                "record_id": _record_id(obj),
                "record_version": getattr(obj, "version", None),
                "action": action,
                "field": field,
                "old_value": old,
                "new_value": new,
            }
        )

    for obj in session.new:
        if isinstance(obj, Base) and not isinstance(obj, ChangeRecord):
            add(obj, ChangeAction.INSERT, None, None, None)
    for obj in session.dirty:
        if not isinstance(obj, Base) or isinstance(obj, ChangeRecord):
            continue
        if not session.is_modified(obj, include_collections=True):
            continue
        for field, old, new in _changes_of(obj):
            action = ChangeAction.UPDATE
            if field == "archived_at":
                action = ChangeAction.ARCHIVE if new is not None else ChangeAction.RESTORE
            add(obj, action, field, old, new)
    if rows:
        session.connection().execute(insert(ChangeRecord), rows)


def install_history(factory: sessionmaker[Session]) -> None:
    """Have every session from ``factory`` write the change history of what it flushes."""
    event.listen(factory, "after_flush", _after_flush)
