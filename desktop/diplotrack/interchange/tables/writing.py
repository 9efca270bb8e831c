"""Writing imported records in bulk, in the import's one transaction, with history and search.

Rows go in through Core ``insert()`` executemany with ``RETURNING`` (SQLAlchemy's
insertmanyvalues: a thousand rows per statement), not through the ORM's unit of work, which
costs several times more per row. So the change-history listener, which watches ORM flushes,
does not see them; the import writes the history itself: one "insert" ``ChangeRecord`` per
record created (by the person importing, version 1) — exactly what an ORM insert records —
and nothing for the rows that link records (parties, countries, participants), as with the
ORM. The search entries of created records are built by ``store.search.reindex``, the same
words every service writes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from diplotrack.domain import Base, ChangeRecord, utcnow
from diplotrack.domain.enums import ChangeAction
from diplotrack.store.search import SEARCHABLE_KINDS, reindex

Row = dict[str, Any]


def table_of(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


class BulkWriter:
    """Inserts rows of records and links, remembering what it created for history and search."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.created: dict[str, list[int]] = defaultdict(list)

    def records(self, model: type[Base], rows: Sequence[Row]) -> list[int]:
        """Insert records (``Record`` subclasses); their new ids, in the order of ``rows``."""
        if not rows:
            return []
        table = table_of(model)
        now = utcnow()
        stamped = [{"created_at": now, "updated_at": now, "version": 1, **row} for row in rows]
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = [int(found) for found in self.session.scalars(statement, stamped)]
        self.created[table.name].extend(ids)
        return ids

    def links(self, model: type[Base] | Table, rows: Sequence[Row]) -> None:
        """Insert rows that only link records (parties, participants, countries)."""
        if rows:
            table = model if isinstance(model, Table) else table_of(model)
            self.session.execute(insert(table), list(rows))

    def finish(self) -> None:
        """Write the history and the search entries of everything created."""
        user = str(self.session.info.get("user", "unknown"))
        now = utcnow()
        history = [
            {
                "changed_at": now,
                "changed_by": user,
                "record_kind": kind,
                "record_id": str(record_id),
                "record_version": 1,
                "action": ChangeAction.INSERT,
                "field": None,
                "old_value": None,
                "new_value": None,
            }
            for kind, ids in self.created.items()
            for record_id in ids
        ]
        if history:
            self.session.execute(insert(table_of(ChangeRecord)), history)
        for kind, ids in self.created.items():
            if kind in SEARCHABLE_KINDS and ids:
                reindex(self.session, kind, ids)
