"""The menus of the main window and their shortcuts."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .context import AppContext
from .navigation import VIEWS, view_digit, view_name


class WindowActions(QObject):
    """File, Edit, View and Help; the window connects what each action does."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.new_event = QAction(window)
        self.new_event.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.settings = QAction(window)
        # only macOS has a standard key for preferences; elsewhere Ctrl+, as browsers and
        # editors there use, so that Settings too is reached from the keyboard
        preferences = QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences)
        self.settings.setShortcuts(preferences or [QKeySequence("Ctrl+,")])
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = QAction(window)
        self.quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        # like QUndoStack.createUndoAction, but the "Undo" before the command's own text follows
        # the interface language
        self._stack = context.undo_stack
        self.undo = QAction(window)
        self.undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo.triggered.connect(self._stack.undo)
        self.redo = QAction(window)
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo.triggered.connect(self._stack.redo)
        for signal in (self._stack.indexChanged, self._stack.cleanChanged):
            signal.connect(lambda *_: self._undo_texts())
        self.find = QAction(window)
        self.find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))

        # Ctrl+digit, and Alt+digit too: inside the calendar Ctrl+1…4 switch month/week/day/list
        self.views: dict[str, QAction] = {}
        for view in VIEWS:
            action = QAction(window)
            action.setCheckable(True)
            digit = view_digit(view)
            action.setShortcuts([QKeySequence(f"Ctrl+{digit}"), QKeySequence(f"Alt+{digit}")])
            action.setData(view)
            self.views[view] = action
        # the demo fills itself in on the very first start only; any other empty database
        # (a new file, an office server) gets it from here
        self.demo = QAction(window)
        self.demo.setObjectName("DemoAction")
        self.about = QAction(window)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        bar = window.menuBar()
        self.file_menu = QMenu(bar)
        self.file_menu.addActions([self.new_event])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.settings])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.quit])
        self.edit_menu = QMenu(bar)
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find])
        self.view_menu = QMenu(bar)
        self.view_menu.addActions(list(self.views.values()))
        self.view_menu.addSeparator()
        self.help_menu = QMenu(bar)
        self.help_menu.addActions([self.demo])
        self.help_menu.addSeparator()
        self.help_menu.addActions([self.about])
        for menu in (self.file_menu, self.edit_menu, self.view_menu, self.help_menu):
            bar.addMenu(menu)
        # the window's own shortcuts work wherever the focus is in it (also with the menu bar
        # hidden), so each action is on the window too
        window.addActions(
            [
                self.new_event,
                self.settings,
                self.quit,
                self.undo,
                self.redo,
                self.find,
                *self.views.values(),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_event.setText(self.tr("&New event…"))
        self.settings.setText(self.tr("&Settings…"))
        self.quit.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._undo_texts()
        self.find.setText(self.tr("&Find…"))
        self.view_menu.setTitle(self.tr("&View"))
        for view, action in self.views.items():
            action.setText(view_name(view))
        self.help_menu.setTitle(self.tr("&Help"))
        self.demo.setText(self.tr("Add &demonstration data"))
        self.demo.setStatusTip(
            self.tr("Fill an empty database with a worked example and an office's history")
        )
        self.about.setText(self.tr("&About DiploTrack"))

    def _undo_texts(self) -> None:
        if not shiboken6.isValid(self._stack):
            return  # the stack is going (at exit): clearing itself, it still signals
        for action, word, enabled, what in (
            (self.undo, self.tr("&Undo"), self._stack.canUndo(), self._stack.undoText()),
            (self.redo, self.tr("&Redo"), self._stack.canRedo(), self._stack.redoText()),
        ):
            action.setEnabled(enabled)
            action.setText(f"{word} {what}" if enabled and what else word)

    def mark_view(self, view: str | None) -> None:
        for key, action in self.views.items():
            action.setChecked(key == view)
