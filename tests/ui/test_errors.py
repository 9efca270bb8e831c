"""Errors nobody caught: a bug in a slot gets the apology with copyable details and goes to the
log file, whose path the dialog shows whole on one line (cut in the middle, never at its
slashes), to copy or open; a known error gets a plain message; the window and open editors
stay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diplotrack.domain import ValidationError
from diplotrack.services.messages import tr_noop
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs import error_dialog
from diplotrack.ui.dialogs.error_dialog import (
    LOG_FILE_NAME,
    ErrorDialog,
    ExceptionHook,
    log_file,
    log_folder,
    setup_logging,
)
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


class Button(QObject):
    """Something a person clicks whose slot fails."""

    clicked = Signal()


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def hook(window: MainWindow, tmp_path: Path) -> Iterator[ExceptionHook]:
    setup_logging(tmp_path / "log")
    hook = ExceptionHook(lambda: window)
    hook.install()
    yield hook
    hook.uninstall()
    if hook.dialog is not None:
        hook.dialog.close()


def _broken_slot() -> None:
    raise ZeroDivisionError("the number of delegates was zero")


def test_a_bug_in_a_slot_shows_the_details_and_is_logged(
    qtbot: QtBot, window: MainWindow, hook: ExceptionHook, tmp_path: Path
) -> None:
    button = Button()
    button.clicked.connect(_broken_slot)
    button.clicked.emit()  # PySide6 hands the exception to sys.excepthook
    dialog = hook.dialog
    assert isinstance(dialog, ErrorDialog)
    assert dialog.isVisible()
    details = dialog.details_text()
    assert "Traceback" in details and "ZeroDivisionError" in details
    assert "_broken_slot" in details
    assert dialog.details.isReadOnly()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    log_text = (tmp_path / "log" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "ERROR diplotrack.errors: unexpected error" in log_text
    assert "the number of delegates was zero" in log_text
    assert window.isVisible()  # the window goes on

    # a second error joins the first in the same dialog
    button.clicked.emit()
    assert hook.dialog is dialog
    assert dialog.details_text().count("ZeroDivisionError: the number") == 2


def test_a_bug_in_a_timer_callback_is_caught_too(qtbot: QtBot, hook: ExceptionHook) -> None:
    QTimer.singleShot(0, _broken_slot)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog is not None and "ZeroDivisionError" in hook.dialog.details_text()


def test_a_known_error_shows_a_plain_message(
    qtbot: QtBot, window: MainWindow, hook: ExceptionHook, tmp_path: Path
) -> None:
    shown: list[tuple[str, str]] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append((box.windowTitle(), box.text()))
        box.close()

    def refuse() -> None:
        raise ValidationError(
            "Title is empty. Write something in it.",
            field="title",
            template=tr_noop("{label} is empty. Write something in it."),
        )

    button = Button()
    button.clicked.connect(refuse)
    QTimer.singleShot(0, read_and_close)
    button.clicked.emit()
    assert shown == [("Not saved", "Title is empty. Write something in it.")]
    assert hook.dialog is None  # no apology, no traceback: the person can act on it
    log_text = (tmp_path / "log" / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Traceback" not in log_text


def test_the_known_error_in_russian(qtbot: QtBot, window: MainWindow, hook: ExceptionHook) -> None:
    shown: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.close()

    def refuse() -> None:
        raise ValidationError(
            "Title is empty. Write something in it.",
            field="title",
            template=tr_noop("{label} is empty. Write something in it."),
        )

    install_language("ru")
    try:
        button = Button()
        button.clicked.connect(refuse)
        QTimer.singleShot(0, read_and_close)
        button.clicked.emit()
    finally:
        install_language("en")
    assert shown == ["Поле «Название» пустое. Заполните его."]


class FolderOpener(QObject):
    """Stands in for the file manager: the folders the dialog asked the system to open."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def deep_log(tmp_path: Path) -> Iterator[Path]:
    """The log in a folder deep enough that its path cannot fit a narrow dialog."""
    folder = tmp_path.joinpath("home", "protocol-office", "state", "DiploTrack", "log", "archive")
    path = setup_logging(folder)
    yield path
    setup_logging(tmp_path)  # the tests' own folder again


def test_the_log_path_is_shown_whole_on_one_line(
    qtbot: QtBot, deep_log: Path, screenshots: Path
) -> None:
    dialog = ErrorDialog()
    qtbot.addWidget(dialog)
    dialog.add_error("Traceback (most recent call last):\nZeroDivisionError: zero delegates")
    dialog.resize(460, 360)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = dialog.log_path.text()
    assert log_file() == deep_log
    assert dialog.log_path.path() == str(deep_log)
    assert dialog.log_path.toolTip() == str(deep_log)
    assert not dialog.log_path.wordWrap() and "\n" not in shown
    # cut in the middle: the folder's start and the file's name stay
    assert "…" in shown and shown.endswith(LOG_FILE_NAME) and shown.startswith(str(deep_log)[:2])
    assert str(deep_log) not in dialog.apology.text()  # no longer wrapped inside the apology
    dialog.grab().save(str(screenshots / "error-dialog-narrow-en.png"))

    dialog.resize(1500, 420)
    qtbot.waitUntil(lambda: dialog.log_path.text() == str(deep_log))  # room for it whole


def test_the_log_path_is_copied_and_its_folder_opened(qtbot: QtBot, deep_log: Path) -> None:
    dialog = ErrorDialog()
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_path_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(deep_log)
    opener = FolderOpener()
    QDesktopServices.setUrlHandler("file", opener, "open")
    try:
        qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [url.toLocalFile() for url in opener.opened] == [str(deep_log.parent)]


def test_the_log_row_in_russian(qtbot: QtBot, deep_log: Path, screenshots: Path) -> None:
    dialog = ErrorDialog()
    qtbot.addWidget(dialog)
    dialog.add_error("Traceback (most recent call last):\nZeroDivisionError: zero delegates")
    dialog.resize(560, 380)
    dialog.show()
    install_language("ru")
    try:
        qtbot.waitUntil(lambda: dialog.log_title.text() == "Файл журнала:")  # live
        assert dialog.copy_path_button.text() == "Скопировать путь"
        assert dialog.open_folder_button.text() == "Открыть папку"
        assert dialog.apology.text().startswith("Извините")
        assert dialog.log_path.path() == str(deep_log)
        dialog.grab().save(str(screenshots / "error-dialog-ru.png"))
    finally:
        install_language("en")


def test_the_log_goes_to_the_users_log_folder(tmp_path: Path) -> None:
    path = setup_logging()
    assert path == log_folder() / LOG_FILE_NAME == log_file()
    assert path.parent.is_dir()
    setup_logging(tmp_path)  # the tests' own folder again for the rest of the session


def test_a_bug_before_the_log_is_set_up_sets_it_up_and_is_logged(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The window sets its log up after the first paint; a bug before that still reaches the
    log file (the user's log folder)."""
    setup_logging(tmp_path / "elsewhere")  # the handler of an earlier setup, not the user's
    (log_folder() / LOG_FILE_NAME).unlink(missing_ok=True)
    monkeypatch.setattr(error_dialog, "_log_file", None)
    hook = ExceptionHook(lambda: window)
    hook.install()
    try:
        button = Button()
        button.clicked.connect(_broken_slot)
        button.clicked.emit()
        assert isinstance(hook.dialog, ErrorDialog)
        assert log_file() == log_folder() / LOG_FILE_NAME
        assert "ZeroDivisionError" in log_file().read_text(encoding="utf-8")
    finally:
        hook.uninstall()
        if hook.dialog is not None:
            hook.dialog.close()
        setup_logging(tmp_path)  # the tests' own folder again for the rest of the session
