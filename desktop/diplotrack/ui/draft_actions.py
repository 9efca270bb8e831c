"""File ▸ New from press release… (Ctrl+Shift+V): opens the dialog that turns a press release
into a draft event with its people, places and agreements, for a person to confirm."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from .actions import WindowActions
from .context import AppContext

SHORTCUT = "Ctrl+Shift+V"


def _text() -> str:
    return QCoreApplication.translate("DraftActions", "New from press &release…")


def open_draft_dialog(context: AppContext, parent: QWidget | None = None) -> QWidget:
    """Shows the press-release dialog, non-modal; the open one if there is one already."""
    from .dialogs.draft_dialog import DraftDialog

    existing = _open.get(context)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = DraftDialog(context, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open[context] = dialog
    dialog.show()
    return dialog


_open: weakref.WeakKeyDictionary[AppContext, QWidget] = weakref.WeakKeyDictionary()


def install_draft_action(
    window: QMainWindow, actions: WindowActions, context: AppContext
) -> QAction:
    """Puts "New from press release…" in the File menu after the New commands, and on the
    window."""
    action = QAction(window)
    action.setObjectName("NewFromPressRelease")
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setText(_text())
    action.triggered.connect(lambda: open_draft_dialog(context, window))
    menu_actions = actions.file_menu.actions()
    new_commands = (actions.new_event, *actions.new_records.values())
    following = max(menu_actions.index(command) for command in new_commands) + 1
    before = menu_actions[following] if following < len(menu_actions) else None
    actions.file_menu.insertAction(before, action)  # type: ignore[arg-type]
    window.addAction(action)
    context.language_changed.connect(lambda _language: action.setText(_text()))
    return action
