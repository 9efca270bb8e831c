"""Saving a confirmed press-release draft: one transaction, one step on the undo stack (Undo
archives the records it created, Redo restores them), and the event it reported."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget
from sqlalchemy import select

from diplotrack.domain import Event
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.database import Database

from ..context import AppContext
from ..operations import perform
from .saving import SavedChange, archive, restore

if TYPE_CHECKING:
    from diplotrack.interchange.press import Draft

# Undo archives what the draft created, the records that refer to others first; redo restores
# them the other way round.
_ARCHIVE_ORDER = ("followup", "event", "delegation", "agreement", "person", "organization", "place")


def save_draft_undoably(
    context: AppContext, draft: Draft, undo_text: str, parent: QWidget | None
) -> Changes:
    """Saves ``draft`` in one transaction; the records it created are one step named
    ``undo_text`` on the undo stack. A refusal is raised (a ``KnownError``), nothing saved."""
    from diplotrack.services.drafts import save_draft

    db = context.db
    changes = perform(context, lambda: save_draft(db, draft), show_errors=False)
    assert changes is not None
    created = sorted(
        (ref for ref in changes.created if ref.kind in _ARCHIVE_ORDER),
        key=lambda ref: (_ARCHIVE_ORDER.index(ref.kind), ref.id),
    )
    if created:
        context.undo_stack.push(
            SavedChange(
                context,
                undo_text,
                lambda: _each(restore, db, list(reversed(created))),
                lambda: _each(archive, db, created),
                parent,
            )
        )
    return changes


def saved_event_id(db: Database, draft: Draft, changes: Changes) -> int | None:
    """The id of the reported event: the one matched, or the new one with its title."""
    event = draft.event
    if event is None or not event.include:
        return None
    if event.match is not None:
        return event.match
    new_ids = changes.ids("event") & frozenset(ref.id for ref in changes.created)
    if not new_ids:
        return None
    with db.session() as session:
        found = session.scalar(
            select(Event.id).where(Event.id.in_(new_ids), Event.title == event.title)
        )
    return found if found is not None else min(new_ids)


def _each(
    call: Callable[[Database, str, int], Changes], db: Database, refs: list[RecordRef]
) -> Changes:
    """``call(db, kind, id)`` for each record (each its own transaction), the changes together."""
    total = Changes()
    for ref in refs:
        total = total | call(db, ref.kind, ref.id)
    return total
