"""Opening editors: the one entry point for every record kind, one window per record."""

from __future__ import annotations

import importlib
import weakref

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from diplotrack.services.changes import RecordRef

from ..context import AppContext
from .editor_base import RecordEditor

# kind → (module, class) of its editor, imported when first opened
EDITORS: dict[str, tuple[str, str]] = {
    "event": ("event_editor", "EventEditor"),
    "delegation": ("delegation_editor", "DelegationEditor"),
    "agreement": ("agreement_editor", "AgreementEditor"),
    "person": ("person_editor", "PersonEditor"),
    "organization": ("organization_editor", "OrganizationEditor"),
    "place": ("place_editor", "PlaceEditor"),
    "followup": ("followup_editor", "FollowUpEditor"),
}

# The editors open on existing records, per context, so a second "open" brings the first
# window forward instead of letting two windows edit the same record against each other.
_open: weakref.WeakKeyDictionary[AppContext, dict[RecordRef, RecordEditor]] = (
    weakref.WeakKeyDictionary()
)


def editor_class(kind: str) -> type[RecordEditor]:
    module_name, class_name = EDITORS[kind]
    module = importlib.import_module(f"{__package__}.{module_name}")
    found: type[RecordEditor] = getattr(module, class_name)
    return found


def open_editor(
    context: AppContext,
    ref: RecordRef | None,
    kind: str,
    parent: QWidget | None = None,
    *,
    defaults: dict[str, object] | None = None,
) -> QDialog:
    """Shows the editor of ``ref`` (a new record of ``kind`` when None), non-modal."""
    editors = _open.setdefault(context, {})
    if ref is not None:
        existing = editors.get(ref)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
    editor = editor_class(kind)(
        context, ref.id if ref is not None else None, parent, defaults=defaults
    )
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if ref is not None:
        editors[ref] = editor
        editor.finished.connect(lambda *_: editors.pop(ref, None))
    editor.show()
    return editor
