"""What the window does with an error nobody caught: a plain message for a known error, an
apology with copyable details for a bug, and every bug in the log file (its path shown whole,
to copy or open)."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QEvent, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import KnownError

from ..operations import show_known_error

log = logging.getLogger("diplotrack.errors")

LOG_FILE_NAME = "diplotrack.log"
_LOG_BYTES = 1_000_000
_LOG_BACKUPS = 3

_log_file: Path | None = None

ExceptionInfo = tuple[type[BaseException], BaseException, TracebackType | None]
Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_folder() -> Path:
    """The user's log folder of DiploTrack (e.g. ~/.local/state/DiploTrack/log)."""
    import platformdirs

    return Path(platformdirs.user_log_dir("DiploTrack", appauthor=False))


def log_file() -> Path:
    """The file the log goes to: the one ``setup_logging`` chose, else the user's default."""
    return _log_file or log_folder() / LOG_FILE_NAME


def setup_logging(folder: Path | None = None) -> Path:
    """Send the records of every ``diplotrack.*`` logger to a rotating file; its path.

    Called again (another window, a test), it replaces the file handler it added before.
    """
    from logging.handlers import RotatingFileHandler  # with the log, not with the window

    folder = folder or log_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE_NAME
    root = logging.getLogger("diplotrack")
    for handler in list(root.handlers):
        if getattr(handler, "diplotrack_log", False):
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(
        path, maxBytes=_LOG_BYTES, backupCount=_LOG_BACKUPS, encoding="utf-8"
    )
    handler.diplotrack_log = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    global _log_file
    _log_file = path
    return path


def describe(info: ExceptionInfo) -> str:
    """The traceback as text, for the details box and the log."""
    return "".join(traceback.format_exception(info[0], info[1], info[2]))


class ElidedPath(QLabel):
    """A file's path on one line: cut in the middle when the line is too short (so the folder's
    start and the file's name stay), never wrapped at its slashes; the whole path in the
    tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_path(self, path: str) -> None:
        self._path = path
        self.setToolTip(path)
        self._elide()

    def path(self) -> str:
        return self._path

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self._path) + 4, metrics.height())

    def minimumSizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance("/…/" + LOG_FILE_NAME), metrics.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self._path, Qt.TextElideMode.ElideMiddle, width))


class ErrorDialog(QDialog):
    """An apology, the details in a read-only box with Copy, the log file's path with Copy path
    and Open folder, and Close. It is not modal: the open editors stay open and keep what was
    typed, and the person can go on working."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorDialog")
        self.apology = QLabel(self)
        self.apology.setWordWrap(True)
        self.apology.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("ErrorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("ErrorCopy")
        self.copy_button.clicked.connect(self.copy_details)
        self.log_title = QLabel(self)
        self.log_path = ElidedPath(self)
        self.log_path.setObjectName("ErrorLogPath")
        self.copy_path_button = QPushButton(self)
        self.copy_path_button.setObjectName("ErrorCopyLogPath")
        self.copy_path_button.clicked.connect(self.copy_log_path)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.setObjectName("ErrorOpenLogFolder")
        self.open_folder_button.clicked.connect(self.open_log_folder)
        for button in (self.copy_path_button, self.open_folder_button):
            button.setAutoDefault(False)  # Enter closes the dialog, as before the log row
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_title)
        log_row.addWidget(self.log_path, 1)
        log_row.addWidget(self.copy_path_button)
        log_row.addWidget(self.open_folder_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.apology)
        layout.addWidget(self.details, 1)
        layout.addLayout(log_row)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Something went wrong"))
        self.apology.setText(
            self.tr(
                "Sorry: DiploTrack ran into an error it did not expect. What you saved is safe, "
                "and open windows keep what you typed, so you can go on working. The details "
                "below are also written to the log file; please send them to whoever looks "
                "after DiploTrack."
            )
        )
        self.copy_button.setText(self.tr("Copy details"))
        self.log_title.setText(self.tr("Log file:"))
        self.log_path.set_path(str(log_file()))
        self.copy_path_button.setText(self.tr("Copy path"))
        self.open_folder_button.setText(self.tr("Open folder"))

    def add_error(self, details: str) -> None:
        """Add one error's details (several errors in a row collect in one dialog)."""
        if self.details.toPlainText():
            self.details.appendPlainText("\n" + "─" * 40 + "\n")
        self.details.appendPlainText(details.rstrip())
        self.details.moveCursor(self.details.textCursor().MoveOperation.Start)

    def details_text(self) -> str:
        return self.details.toPlainText()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())

    def copy_log_path(self) -> None:
        QGuiApplication.clipboard().setText(self.log_path.path())

    def open_log_folder(self) -> None:
        """The log's folder in the file manager (the system's handler of folders)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.log_path.path()).parent)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ExceptionHook:
    """``sys.excepthook`` of the window (PySide6 hands it the exceptions raised in slots and
    event handlers too): a ``KnownError`` gets the plain message, anything else is logged and
    shown in the ``ErrorDialog``. Nothing ends the application."""

    def __init__(self, window: Callable[[], QWidget | None] | None = None) -> None:
        self._window = window or (lambda: None)
        self._previous: Hook | None = None
        self.dialog: ErrorDialog | None = None

    def install(self) -> None:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or QApplication.instance() is None:
            (self._previous or sys.__excepthook__)(kind, error, trace)
            return
        if _log_file is None:  # before the window's first paint, which sets the log up
            setup_logging()
        if isinstance(error, KnownError):
            log.info("known error shown to the person: %s", error.message)
            show_known_error(self._window(), error)
            return
        details = describe((kind, error, trace))
        log.error("unexpected error\n%s", details.rstrip())
        self.show_details(details)

    def show_details(self, details: str) -> None:
        if self.dialog is None:
            self.dialog = ErrorDialog(self._window())
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.add_error(details)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    def _dialog_closed(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
