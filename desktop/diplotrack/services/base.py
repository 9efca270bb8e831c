"""Plumbing every service shares: one transaction per call, version checks, archive and restore."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from diplotrack.domain import (
    ChangeRecord,
    NotFoundError,
    Record,
    StaleRecordError,
    StorageError,
    ValidationError,
    utcnow,
)
from diplotrack.store.database import Database
from diplotrack.store.search import reindex

from . import messages as msg
from .changes import Changes, RecordRef

R = TypeVar("R", bound=Record)

# The record kinds the search index holds (see store.search).
SEARCHABLE_KINDS = frozenset(
    {"event", "delegation", "agreement", "person", "organization", "place", "followup"}
)
_SQLITE_BUSY_SNAPSHOT = 517  # a write after someone else committed since our read began


def kind_of(record: Record | type[Record]) -> str:
    return str(record.__tablename__)


def ref(record: Record) -> RecordRef:
    return RecordRef(kind_of(record), record.id)


class UnitOfWork:
    """One service call's transaction: what it loaded for change, created, touched, archived.

    Runs with autoflush off, so validation queries never write half-applied changes; it flushes
    once at the end, after deciding which records really changed (and so get a new version).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self._guarded: tuple[str, int, int] | None = None
        self._main: Record | None = None
        self._created: list[Record] = []
        self._updated: dict[RecordRef, Record] = {}
        self._archived: set[RecordRef] = set()
        self._restored: set[RecordRef] = set()
        self._reindex: dict[str, set[int]] = {}
        self._changes: Changes | None = None

    def load(
        self, model: type[R], record_id: int, expected_version: int, *, archived_ok: bool = False
    ) -> R:
        """The record to change, refused if missing, saved by someone since, or archived."""
        kind = kind_of(model)
        record = self.session.get(model, record_id)
        if record is None:
            raise msg.refusal(NotFoundError, msg.NOT_FOUND, kind=msg.kind_label(kind), id=record_id)
        self._guarded = (kind, record_id, expected_version)
        if record.version != expected_version:
            raise stale_error(self.session, kind, record_id, expected_version)
        if record.archived_at is not None and not archived_ok:
            raise msg.refusal(ValidationError, msg.ARCHIVED_RECORD, kind=msg.kind_label(kind))
        self._main = record
        self._updated[ref(record)] = record
        return record

    def add(self, record: Record) -> None:
        self.session.add(record)
        self._created.append(record)

    def touch(self, record: Record) -> None:
        """``record`` may have changed besides the one loaded (a programme event, a link)."""
        self._updated[ref(record)] = record

    def archive(self, record: Record) -> None:
        record.archived_at = utcnow()
        self._archived.add(ref(record))

    def restore(self, record: Record) -> None:
        record.archived_at = None
        self._restored.add(ref(record))

    def reindex(self, kind: str, ids: Iterable[int]) -> None:
        self._reindex.setdefault(kind, set()).update(ids)

    def _children_changed(self) -> bool:
        """Rows that belong to the main record (participants, members, parties, positions)."""
        session = self.session
        if any(not isinstance(obj, Record) for obj in (*session.new, *session.deleted)):
            return True
        return any(
            not isinstance(obj, Record) and session.is_modified(obj) for obj in session.dirty
        )

    def finish(self) -> None:
        session = self.session
        changed: set[RecordRef] = set(self._archived | self._restored)
        for key, record in self._updated.items():
            own = session.is_modified(record, include_collections=True)
            if own or (record is self._main and self._children_changed()):
                # a new updated_at makes the row UPDATE, so the version moves even when only
                # a collection or a child row changed
                record.updated_at = utcnow()
                changed.add(key)
        session.flush()
        created = {ref(record) for record in self._created}
        updated = changed - self._archived - self._restored
        for key in created | changed:
            if key.kind in SEARCHABLE_KINDS:
                self.reindex(key.kind, [key.id])
        for kind, ids in self._reindex.items():
            if kind in SEARCHABLE_KINDS and ids:
                reindex(session, kind, sorted(ids))
        self._changes = Changes(
            created=frozenset(created),
            updated=frozenset(updated),
            archived=frozenset(self._archived),
            restored=frozenset(self._restored),
        )

    @property
    def changes(self) -> Changes:
        assert self._changes is not None, "changes are known once the transaction is done"
        return self._changes


def stale_error(
    session: Session, kind: str, record_id: int, expected_version: int
) -> StaleRecordError:
    """The refusal of a stale save: who saved the record since, when, and what they changed."""
    rows = session.scalars(
        select(ChangeRecord)
        .where(
            ChangeRecord.record_kind == kind,
            ChangeRecord.record_id == str(record_id),
            ChangeRecord.record_version > expected_version,
        )
        .order_by(ChangeRecord.id)
    ).all()
    label = msg.kind_label(kind)
    if not rows:
        return msg.refusal(StaleRecordError, msg.STALE_RACE, kind=label)
    changes = [
        (row.field or row.action.value, row.old_value or "", row.new_value or "") for row in rows
    ]
    fields = list(dict.fromkeys(msg.field_label(row.field) for row in rows if row.field))
    who = ", ".join(dict.fromkeys(row.changed_by for row in rows))
    when = rows[-1].changed_at.strftime("%Y-%m-%d %H:%M UTC")
    error = msg.refusal(
        StaleRecordError,
        msg.STALE_RECORD,
        who=who,
        kind=label,
        when=when,
        fields=tuple(fields) or (msg.NO_FIELDS,),
    )
    error.changes = changes
    return error


def _race_error(db: Database, work: UnitOfWork | None) -> StaleRecordError:
    """A save that lost a race past the version check (the ORM's version counter caught it)."""
    if work is None or work._guarded is None:
        return msg.refusal(StaleRecordError, msg.STALE_RACE, kind=msg.kind_label("record"))
    kind, record_id, expected = work._guarded
    with db.sessions() as session:
        return stale_error(session, kind, record_id, expected)


def _is_stale_snapshot(error: OperationalError) -> bool:
    orig = error.orig
    return isinstance(orig, sqlite3.Error) and orig.sqlite_errorcode == _SQLITE_BUSY_SNAPSHOT


@contextmanager
def unit_of_work(db: Database) -> Iterator[UnitOfWork]:
    """One transaction: commits what the block did, or leaves the database exactly as it was.

    Database errors become ``KnownError``s: a lost race a ``StaleRecordError``, a locked or
    unreachable database a ``StorageError``.
    """
    work: UnitOfWork | None = None
    try:
        with db.sessions.begin() as session, session.no_autoflush:
            work = UnitOfWork(session)
            yield work
            work.finish()
    except StaleDataError as error:
        raise _race_error(db, work) from error
    except IntegrityError as error:
        raise msg.refusal(ValidationError, msg.CONFLICT, detail=str(error.orig)) from error
    except OperationalError as error:
        if _is_stale_snapshot(error):
            raise _race_error(db, work) from error
        raise msg.refusal(StorageError, msg.STORAGE_BUSY, detail=str(error.orig)) from error
    except DBAPIError as error:
        raise msg.refusal(StorageError, msg.STORAGE_BUSY, detail=str(error.orig)) from error


def archive_record(
    db: Database, model: type[Record], record_id: int, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        record = work.load(model, record_id, expected_version, archived_ok=True)
        if record.archived_at is not None:
            raise msg.refusal(
                ValidationError, msg.ALREADY_ARCHIVED, kind=msg.kind_label(kind_of(model))
            )
        work.archive(record)
    return work.changes


def restore_record(
    db: Database, model: type[Record], record_id: int, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        record = work.load(model, record_id, expected_version, archived_ok=True)
        if record.archived_at is None:
            raise msg.refusal(
                ValidationError, msg.NOT_ARCHIVED, kind=msg.kind_label(kind_of(model))
            )
        work.restore(record)
    return work.changes
