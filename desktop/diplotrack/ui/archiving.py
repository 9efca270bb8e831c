"""Moving the selected record to the archive, undoably: it leaves the calendar, the registers
and the pickers; Undo brings it back. Nothing is ever deleted."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from .context import AppContext
from .labels import record_name
from .operations import perform_undoable


def archive_selection(context: AppContext, window: QMainWindow) -> bool:
    """Asks, then archives the record selected anywhere (a country is never archived: it
    comes with DiploTrack); True when it was archived."""
    ref = context.selection
    if ref is None or ref.kind == "country":
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "Archiving",
                "Select an event, a delegation, an agreement, a follow-up, a person, an "
                "organization or a place to move it to the archive.",
            ),
            6000,
        )
        return False
    kind = record_name(ref.kind).lower()
    asked = QMessageBox.question(
        window,
        QCoreApplication.translate("Archiving", "Move to the archive"),
        QCoreApplication.translate(
            "Archiving",
            "Move the selected %1 to the archive? It leaves the calendar, the registers and "
            "the lists to pick from; Edit ▸ Undo brings it back.",
        ).replace("%1", kind),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if asked != QMessageBox.StandardButton.Yes:
        return False
    # the editors' saving module keeps the archive and restore calls of every kind
    from .dialogs.saving import archive, restore

    db = context.db
    done = perform_undoable(
        context,
        QCoreApplication.translate("Archiving", "Move %1 to the archive").replace("%1", kind),
        lambda: archive(db, ref.kind, ref.id),
        lambda: restore(db, ref.kind, ref.id),
        parent=window,
    )
    if done:
        context.select(None)
    return done
