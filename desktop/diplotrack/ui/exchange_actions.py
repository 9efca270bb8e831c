"""File ▸ Import… (Ctrl+I) and File ▸ Export… (Ctrl+E), and files dropped onto the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow

from .actions import WindowActions
from .context import AppContext

#: where the window reads a press release: File ▸ New from press release…, as the menus say it
#: (a translation context and text each, looked up where the menus' own translations are)
PRESS_RELEASE_MENU = (("WindowActions", "&File"), ("DraftActions", "New from press &release…"))

#: the files a drop onto the window opens in the import dialog (a press release in .txt or .md
#: is told there, with a way to open it as one)
IMPORTED_SUFFIXES = (".ics", ".xlsx", ".xlsm", ".csv", ".tsv", ".txt", ".md")


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one importable local file a drag carries, if it carries exactly one."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in IMPORTED_SUFFIXES else None


class ExchangeActions(QObject):
    """The two actions, in the File menu after "New event…", and the drop on the window."""

    def __init__(self, window: QMainWindow, actions: WindowActions, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.import_action = QAction(window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action = QAction(window)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.open_export)
        # a group of their own in File, just above Settings…
        menu = actions.file_menu
        menu.insertActions(actions.settings, [self.import_action, self.export_action])
        menu.insertSeparator(actions.settings)
        window.addActions([self.import_action, self.export_action])
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        context.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.import_action.setText(self.tr("&Import…"))
        self.import_action.setStatusTip(
            self.tr("Take in a calendar (.ics) or a register from Excel or CSV")
        )
        self.export_action.setText(self.tr("&Export…"))
        self.export_action.setStatusTip(
            self.tr("Write the current register, as filtered, to .ics, .xlsx, .csv or .json")
        )

    def open_import(self, path: Path | None = None) -> None:
        from .dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self._context, path=path, parent=self._window)
        dialog.exec()

    def open_export(self) -> None:
        from .dialogs.export_dialog import ExportDialog, exported_kind

        view = str(getattr(self._window, "current_view", "") or "")
        dialog = ExportDialog(self._context, kind=exported_kind(view), parent=self._window)
        dialog.exec()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window:
            if isinstance(event, QDragEnterEvent) and dropped_file(event) is not None:
                event.acceptProposedAction()
                return True
            if event.type() == QEvent.Type.Drop and isinstance(event, QDropEvent):
                path = dropped_file(event)
                if path is not None:
                    event.acceptProposedAction()
                    # the dialog's own event loop must not run inside the drop's
                    QTimer.singleShot(0, lambda: self.open_import(path))
                    return True
        return super().eventFilter(watched, event)


def press_release_menu() -> str:
    """«File ▸ New from press release…» in the interface language, without access keys."""
    names = (QCoreApplication.translate(context, text) for context, text in PRESS_RELEASE_MENU)
    return " ▸ ".join(name.replace("&", "") for name in names)


def open_as_press_release(context: AppContext, path: Path, importing: QDialog) -> None:
    """The import dialog closed and the press-release dialog open with the text of ``path``
    (one open already with a text of its own is shown as it is, not overwritten)."""
    from .dialogs.draft_dialog import DraftDialog
    from .draft_actions import open_draft_dialog

    importing.reject()
    dialog = open_draft_dialog(context, importing.parentWidget())
    if isinstance(dialog, DraftDialog) and not dialog.text_page.text().strip():
        dialog.text_page.open_file(path)


def install_exchange_actions(
    window: QMainWindow, actions: WindowActions, context: AppContext
) -> ExchangeActions:
    """Adds Import… and Export… to ``window``'s File menu (and a file drop onto it)."""
    return ExchangeActions(window, actions, context)
