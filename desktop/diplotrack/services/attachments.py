"""Files kept with a record (signed documents, photos): attach, describe, archive, restore."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path

from diplotrack.domain import Agreement, Attachment, Delegation, Event, Organization, Person, Record
from diplotrack.store.database import Database

from . import checks
from . import messages as msg
from .base import archive_record, restore_record, unit_of_work
from .changes import Changes

# Kept in the database, so a shared PostgreSQL store and its backups stay a sensible size.
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024

OWNERS: dict[str, tuple[type[Record], str]] = {
    "event": (Event, "event_id"),
    "delegation": (Delegation, "delegation_id"),
    "agreement": (Agreement, "agreement_id"),
    "person": (Person, "person_id"),
    "organization": (Organization, "organization_id"),
}


def _size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _content(source: Path | bytes, name: str) -> bytes:
    """The file's bytes; a file over the limit is refused before it is read."""
    try:
        size = len(source) if isinstance(source, bytes) else source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise checks.invalid(
                msg.FILE_TOO_BIG,
                "content",
                name=name,
                size=_size_text(size),
                limit=_size_text(MAX_ATTACHMENT_BYTES),
            )
        return source if isinstance(source, bytes) else source.read_bytes()
    except OSError as error:
        raise checks.invalid(
            msg.FILE_UNREADABLE, "content", name=name, problem=error.strerror or error
        ) from error


def attach_file(
    db: Database,
    owner_kind: str,
    owner_id: int,
    source: Path | bytes,
    file_name: str | None = None,
    media_type: str | None = None,
    *,
    description: str | None = None,
) -> Changes:
    """Keeps a file (read from ``source``, a path or the bytes) with an event, delegation,
    agreement, person or organization, with its size and SHA-256."""
    name = file_name if file_name is not None else (source.name if isinstance(source, Path) else "")
    name = checks.required_text(name, "file_name", limit=500)
    owner = OWNERS.get(owner_kind)
    if owner is None:
        raise checks.invalid(
            msg.NOT_A_CHOICE, "owner_kind", value=owner_kind, choices=", ".join(OWNERS)
        )
    model, column = owner
    content = _content(source, name)
    kind = media_type or mimetypes.guess_type(name)[0] or "application/octet-stream"
    with unit_of_work(db) as work:
        checks.record(work.session, model, owner_id, column)
        attachment = Attachment(
            file_name=name,
            media_type=checks.required_text(kind, "media_type", limit=200),
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
            description=checks.optional_text(description, "description"),
        )
        setattr(attachment, column, owner_id)
        work.add(attachment)
    return work.changes


def describe_attachment(
    db: Database,
    attachment_id: int,
    file_name: str,
    description: str | None,
    *,
    expected_version: int,
) -> Changes:
    """Renames an attachment or changes its description (the file itself stays as it was)."""
    with unit_of_work(db) as work:
        attachment = work.load(Attachment, attachment_id, expected_version)
        checks.assign(
            attachment,
            {
                "file_name": checks.required_text(file_name, "file_name", limit=500),
                "description": checks.optional_text(description, "description"),
            },
        )
    return work.changes


def archive_attachment(db: Database, attachment_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, Attachment, attachment_id, expected_version)


def restore_attachment(db: Database, attachment_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, Attachment, attachment_id, expected_version)
