"""Files kept inside the database (photos, signed documents), and the change history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from .base import Base, Record, enum_column_type
from .enums import ChangeAction
from .utc import utcnow


class Attachment(Record):
    """A file stored in the database with its name, media type, size and SHA-256.

    It belongs to one event, delegation, agreement, person or organization.
    """

    __tablename__ = "attachment"

    file_name: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(200), default="application/octet-stream")
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    description: Mapped[str | None] = mapped_column(Text)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)


class ChangeRecord(Base):
    """One line of the change history: who changed which field of which record, when, how."""

    __tablename__ = "change_record"
    __table_args__ = (Index("ix_change_record_record", "record_kind", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    changed_by: Mapped[str] = mapped_column(String(200))
    record_kind: Mapped[str] = mapped_column(String(64))  # table name: "event", "agreement", …
    record_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[ChangeAction] = mapped_column(enum_column_type(ChangeAction))
    record_version: Mapped[int | None]  # the record's version after this change
    field: Mapped[str | None] = mapped_column(String(100))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
