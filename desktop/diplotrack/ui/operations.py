"""The one way the window changes data: run a service call, show a known error plainly, tell
every view what changed, and make the change undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMessageBox, QWidget

from diplotrack.domain import KnownError
from diplotrack.services.changes import Changes
from diplotrack.services.messages import FIELD_LABELS

from .context import AppContext

ServiceCall = Callable[[], Changes]


def translated_message(error: KnownError) -> str:
    """The error in the interface language: its template translated, then filled in.

    Messages come from ``services.messages`` (context "messages" in the .ts files); an error
    without a template (e.g. from the database) is shown as it was raised.
    """
    if error.template is None:
        return error.message
    label = FIELD_LABELS.get(error.field or "", error.field or "")
    values = dict(error.values)
    # other fields the message names ("… is before Start (…)"), the kind of record and lists
    # of field names (what a stale save changed) are labels of the same context too
    for key, value in error.values.items():
        if isinstance(value, tuple):
            values[key] = ", ".join(QCoreApplication.translate("messages", str(v)) for v in value)
        elif (key == "kind" or key.endswith("_label")) and isinstance(value, str) and value:
            values[key] = QCoreApplication.translate("messages", value)
    values["label"] = QCoreApplication.translate("messages", label) if label else ""
    try:
        return QCoreApplication.translate("messages", error.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return error.message


def show_known_error(parent: QWidget | None, error: KnownError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("operations", "Not saved"),
        translated_message(error),
    )


class ServiceCommand(QUndoCommand):
    """An undoable change: ``do`` and ``undo`` are service calls (each one transaction).

    ``do`` runs when the command is pushed; if undo or redo later fails (someone else changed
    the record meanwhile), the error is shown and the stack is left where it was, never half-way.
    """

    def __init__(
        self,
        context: AppContext,
        text: str,
        do: ServiceCall,
        undo: ServiceCall,
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._do = do
        self._undo = undo
        self._parent_widget = parent_widget
        self.failed: KnownError | None = None

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, call: ServiceCall) -> None:
        try:
            changes = call()
        except KnownError as error:
            self.failed = error
            self.setObsolete(True)
            show_known_error(self._parent_widget, error)
            return
        self.failed = None
        self._context.announce(changes)


def perform(
    context: AppContext,
    call: ServiceCall,
    *,
    parent: QWidget | None = None,
    show_errors: bool = True,
) -> Changes | None:
    """Run a service call that is not undoable on its own (or whose caller shows errors inline).

    Returns the changes, or None if a ``KnownError`` was shown (or re-raised when
    ``show_errors`` is False, so that an editor can put the message next to the field).
    """
    try:
        changes = call()
    except KnownError as error:
        if not show_errors:
            raise
        show_known_error(parent, error)
        return None
    context.announce(changes)
    return changes


def perform_undoable(
    context: AppContext,
    text: str,
    do: ServiceCall,
    undo: ServiceCall,
    *,
    parent: QWidget | None = None,
) -> bool:
    """Run ``do`` and put it on the undo stack; False (and nothing on the stack) if it failed."""
    command = ServiceCommand(context, text, do, undo, parent)
    context.undo_stack.push(command)
    return command.failed is None
