"""Reading a record's change history: who changed what, when, from what to what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from diplotrack.domain import (
    AgreementParty,
    AgreementSignatory,
    Base,
    ChangeRecord,
    DelegationMember,
    EventParticipant,
    Position,
)
from diplotrack.domain.enums import ChangeAction
from diplotrack.store.database import Database

# Rows edited together with their record (a person's positions): their lines join its history.
_PARTS: dict[str, tuple[tuple[type[Base], str], ...]] = {
    "event": ((EventParticipant, "event_id"),),
    "delegation": ((DelegationMember, "delegation_id"),),
    "agreement": ((AgreementParty, "agreement_id"), (AgreementSignatory, "agreement_id")),
    "person": ((Position, "person_id"),),
}


@dataclass(frozen=True)
class HistoryLine:
    """One change: ``field`` is None for an insert; values are text as the history keeps them.

    ``record_kind``/``record_id`` say which row changed: the record itself or one of its parts
    (a position of a person, a participant of an event)."""

    changed_at: datetime
    changed_by: str
    action: ChangeAction
    field: str | None
    old_value: str | None
    new_value: str | None
    record_version: int | None
    record_kind: str
    record_id: str


def record_history(db: Database, kind: str, record_id: int) -> list[HistoryLine]:
    """The history of a record and its parts, oldest first."""
    with db.session() as session:
        wanted = [(ChangeRecord.record_kind == kind) & (ChangeRecord.record_id == str(record_id))]
        for model, column in _PARTS.get(kind, ()):
            table = model.__table__
            part_ids = session.scalars(select(table.c.id).where(table.c[column] == record_id)).all()
            if part_ids:
                wanted.append(
                    (ChangeRecord.record_kind == model.__tablename__)
                    & ChangeRecord.record_id.in_([str(part) for part in part_ids])
                )
        rows = session.scalars(
            select(ChangeRecord).where(or_(*wanted)).order_by(ChangeRecord.id)
        ).all()
        return [
            HistoryLine(
                changed_at=row.changed_at,
                changed_by=row.changed_by,
                action=row.action,
                field=row.field,
                old_value=row.old_value,
                new_value=row.new_value,
                record_version=row.record_version,
                record_kind=row.record_kind,
                record_id=row.record_id,
            )
            for row in rows
        ]
