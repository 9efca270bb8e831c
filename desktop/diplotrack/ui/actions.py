"""The menus of the main window and their shortcuts."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .context import AppContext
from .labels import QT_TRANSLATE_NOOP
from .navigation import VIEWS, view_digit

# The screens as the View menu names them: the side bar's names with an access letter each,
# unique within the menu in every language (the detail panel's own «&D»/«&П» included)
_VIEW_MENU_NAMES = {
    "today": QT_TRANSLATE_NOOP("WindowActions", "&Today"),
    "calendar": QT_TRANSLATE_NOOP("WindowActions", "&Calendar"),
    "event": QT_TRANSLATE_NOOP("WindowActions", "&Events"),
    "delegation": QT_TRANSLATE_NOOP("WindowActions", "De&legations"),
    "agreement": QT_TRANSLATE_NOOP("WindowActions", "&Agreements"),
    "followup": QT_TRANSLATE_NOOP("WindowActions", "&Follow-ups"),
    "person": QT_TRANSLATE_NOOP("WindowActions", "&People"),
    "organization": QT_TRANSLATE_NOOP("WindowActions", "&Organizations"),
    "place": QT_TRANSLATE_NOOP("WindowActions", "Place&s"),
    "country": QT_TRANSLATE_NOOP("WindowActions", "Cou&ntries"),
}
# F9 shows and hides a side pane in file managers and mail programs; no window command, editor
# or calendar key uses it
DETAIL_PANEL_KEYS = QKeySequence(Qt.Key.Key_F9)
_NEW_RECORD_KEYS = {
    "delegation": "Ctrl+Shift+D",
    "agreement": "Ctrl+Shift+A",
    "followup": "Ctrl+Shift+F",
    "person": "Ctrl+Shift+U",
    "organization": "Ctrl+Shift+O",
    "place": "Ctrl+Shift+L",
}
_NEW_RECORD_NAMES = {
    "delegation": QT_TRANSLATE_NOOP("WindowActions", "New &delegation…"),
    "agreement": QT_TRANSLATE_NOOP("WindowActions", "New agree&ment…"),
    "followup": QT_TRANSLATE_NOOP("WindowActions", "New &follow-up…"),
    "person": QT_TRANSLATE_NOOP("WindowActions", "New pers&on…"),
    "organization": QT_TRANSLATE_NOOP("WindowActions", "New or&ganization…"),
    "place": QT_TRANSLATE_NOOP("WindowActions", "New p&lace…"),
}


class WindowActions(QObject):
    """File, Edit, View and Help; the window connects what each action does."""

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self.new_event = QAction(window)
        self.new_event.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        # a new record of every other kind, from the File menu (an event has Ctrl+N)
        self.new_records = {kind: QAction(window) for kind in _NEW_RECORD_NAMES}
        for kind, action in self.new_records.items():
            action.setShortcut(QKeySequence(_NEW_RECORD_KEYS[kind]))
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
        # the selected record's editor — for people, organizations and places, whose Enter
        # opens their dossier
        self.edit_selected = QAction(window)
        self.edit_selected.setShortcut(QKeySequence(Qt.Key.Key_F2))
        # the selected record to the archive (asked first; Undo brings it back)
        self.archive = QAction(window)
        self.archive.setShortcut(QKeySequence("Ctrl+Delete"))

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
        self.file_menu.addActions([self.new_event, *self.new_records.values()])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.settings])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.quit])
        self.edit_menu = QMenu(bar)
        self.edit_menu.addActions([self.undo, self.redo])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.find, self.edit_selected, self.archive])
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
                *self.new_records.values(),
                self.settings,
                self.quit,
                self.undo,
                self.redo,
                self.find,
                self.edit_selected,
                self.archive,
                *self.views.values(),
            ]
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_event.setText(self.tr("&New event…"))
        for kind, action in self.new_records.items():
            action.setText(QCoreApplication.translate("WindowActions", _NEW_RECORD_NAMES[kind]))
        self.settings.setText(self.tr("&Settings…"))
        self.quit.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._undo_texts()
        self.find.setText(self.tr("&Find…"))
        self.edit_selected.setText(self.tr("Ed&it selected…"))
        self.archive.setText(self.tr("Move to &archive…"))
        self.archive.setStatusTip(
            self.tr("Move the selected record to the archive (Undo brings it back)")
        )
        self.edit_selected.setStatusTip(
            self.tr(
                "Open the editor of the record selected in the calendar, a register or a dossier"
            )
        )
        self.view_menu.setTitle(self.tr("&View"))
        for view, action in self.views.items():
            action.setText(QCoreApplication.translate("WindowActions", _VIEW_MENU_NAMES[view]))
        self.help_menu.setTitle(self.tr("&Help"))
        self.demo.setText(self.tr("Add &demonstration data"))
        self.demo.setStatusTip(
            self.tr("Fill an empty database with a worked example and an office's history")
        )
        self.about.setText(self.tr("&About DiploTrack"))

    def add_detail_panel(self, toggle: QAction) -> None:
        """The detail dock's show/hide action, last in View, with its shortcut on the window."""
        toggle.setShortcut(DETAIL_PANEL_KEYS)
        self.view_menu.addAction(toggle)
        self._window.addAction(toggle)

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
