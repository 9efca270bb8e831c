"""Saving from an editor: run the service once (errors shown by the editor, next to the field),
then put the change on the undo stack so that Ctrl+Z restores what was there before."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from diplotrack.services import (
    agreements,
    delegations,
    events,
    followups,
    organizations,
    people,
    places,
)
from diplotrack.services.changes import Changes
from diplotrack.services.snapshots import record_version
from diplotrack.store.database import Database

from ..context import AppContext
from ..operations import ServiceCall, ServiceCommand, perform

_Toggle = Callable[..., Changes]

# archive_<kind> and restore_<kind>: undoing a create archives the new record, redo restores it.
_ARCHIVE: dict[str, tuple[_Toggle, _Toggle]] = {
    "event": (events.archive_event, events.restore_event),
    "delegation": (delegations.archive_delegation, delegations.restore_delegation),
    "agreement": (agreements.archive_agreement, agreements.restore_agreement),
    "person": (people.archive_person, people.restore_person),
    "organization": (organizations.archive_organization, organizations.restore_organization),
    "place": (places.archive_place, places.restore_place),
    "followup": (followups.archive_followup, followups.restore_followup),
}


def archive(db: Database, kind: str, record_id: int) -> Changes:
    call = _ARCHIVE[kind][0]
    return call(db, record_id, expected_version=record_version(db, kind, record_id))


def restore(db: Database, kind: str, record_id: int) -> Changes:
    call = _ARCHIVE[kind][1]
    return call(db, record_id, expected_version=record_version(db, kind, record_id))


class SavedChange(ServiceCommand):
    """A change already made (by ``save_undoably``): pushing it does not run it again."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        do: ServiceCall,
        undo: ServiceCall,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(context, text, do, undo, parent_widget)
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        super().redo()


def save_undoably(
    context: AppContext,
    text: str,
    do: ServiceCall,
    undo: ServiceCall,
    *,
    redo: ServiceCall | None = None,
    parent: QWidget | None = None,
) -> Changes:
    """Runs ``do`` now (a ``KnownError`` propagates to the caller, nothing is pushed), tells
    every view, and pushes an undoable command: ``undo`` to take it back, ``redo`` (or ``do``)
    to make it again. An edit that changed nothing is not pushed."""
    changes = perform(context, do, parent=parent, show_errors=False)
    assert changes is not None  # with show_errors=False a failure raises
    if not changes.is_empty:
        context.undo_stack.push(SavedChange(context, text, redo or do, undo, parent))
    return changes


def create_undoably(
    context: AppContext,
    text: str,
    kind: str,
    create: ServiceCall,
    *,
    parent: QWidget | None = None,
) -> int:
    """Creates a record of ``kind`` undoably (undo archives it, redo restores it); its id."""
    changes = perform(context, create, parent=parent, show_errors=False)
    assert changes is not None
    record_id = changes.created_id(kind)
    db = context.db
    context.undo_stack.push(
        SavedChange(
            context,
            text,
            lambda: restore(db, kind, record_id),
            lambda: archive(db, kind, record_id),
            parent,
        )
    )
    return record_id
