"""The press-release dialog saves nothing before Save: Cancel during the analysis, an analysis
that fails, closing with a text or empty, a file in Windows-1251, and File ▸ New from press
release… opening the one dialog."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from diplotrack.domain import ValidationError
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.draft_dialog import DraftDialog
from diplotrack.ui.dialogs.draft_worker import AnalysedDraft, AnalysisRequest
from support.drafts import SAMPLE, counts, new_office, open_dialog

pytestmark = pytest.mark.gui


@pytest.fixture
def office(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    """A new office: reference data only, and the mayor, so that one person is matched."""
    with new_office(tmp_path) as context:
        yield context


def test_cancel_during_the_analysis_drops_it(qtbot: QtBot, office: AppContext) -> None:
    before = counts(office.db)
    dialog = open_dialog(qtbot, office)
    dialog.text_page.set_text(SAMPLE.read_text(encoding="utf-8"))
    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    assert dialog.is_analysing
    assert dialog.cancel_button.text() == "Cancel analysis"
    assert dialog.text_page.text_box.isReadOnly()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_analysing
    assert dialog.isVisible()  # Cancel stopped the analysis, not the dialog
    assert not dialog.text_page.busy.isVisibleTo(dialog)
    dialog.analysis.wait()  # the analysis runs to its end unheard
    qtbot.wait(100)
    assert dialog.step == DraftDialog.TEXT
    assert dialog.model.draft() is None
    assert dialog.cancel_button.text() == "Cancel"
    assert counts(office.db) == before


def test_an_analysis_that_fails_leaves_the_dialog_ready(qtbot: QtBot, office: AppContext) -> None:
    """A known error is shown under the text; a bug goes to the error dialog (raised in the GUI
    thread) — either way "Analysing…" ends and the text can be analysed again."""

    def refuse(_db: Database, request: AnalysisRequest) -> AnalysedDraft:
        if "bug" in request.text:
            raise RuntimeError("a bug in the analysis")
        raise ValidationError(
            "unreadable", template="The press release is empty: paste or open its text first."
        )

    dialog = DraftDialog(office, analyse=refuse)
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.discard())
    dialog.show()
    dialog.text_page.set_text("Текст")
    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_analysing)
    assert (
        dialog.text_page.problem.text()
        == "The press release is empty: paste or open its text first."
    )
    assert dialog.step == DraftDialog.TEXT
    assert dialog.analyse_button.isEnabled()

    dialog.text_page.set_text("a bug")
    with qtbot.capture_exceptions() as raised:
        qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_analysing)
    assert [kind for kind, *_ in raised] == [RuntimeError]
    assert not dialog.text_page.busy.isVisibleTo(dialog)
    assert dialog.analyse_button.isEnabled()


def answer_next_question(button: QMessageBox.StandardButton) -> list[str]:
    """Clicks ``button`` of the next message box; the texts of the boxes answered."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        clicked = box.button(button)
        assert isinstance(clicked, QPushButton)
        clicked.click()

    QTimer.singleShot(0, answer)
    return asked


def test_closing_with_a_text_asks_first(qtbot: QtBot, office: AppContext) -> None:
    dialog = open_dialog(qtbot, office)
    dialog.text_page.set_text("Мэр Красноярска встретился с делегацией.")
    asked = answer_next_question(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and dialog.isVisible()
    asked = answer_next_question(QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert asked and not dialog.isVisible()
    assert dialog.result() == DraftDialog.DialogCode.Rejected


def test_an_empty_dialog_closes_without_asking(qtbot: QtBot, office: AppContext) -> None:
    dialog = open_dialog(qtbot, office)
    assert not dialog.analyse_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_press_release_file_in_windows_1251(
    qtbot: QtBot, office: AppContext, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, office)
    path = tmp_path / "release.txt"
    path.write_bytes("Мэр Красноярска Владислав Логинов".encode("cp1251"))
    assert dialog.text_page.open_file(path)
    assert dialog.text_page.text() == "Мэр Красноярска Владислав Логинов"
    assert dialog.text_page.language_label.text() == "Language: Russian"
    assert dialog.analyse_button.isEnabled()
    assert not dialog.text_page.open_file(tmp_path / "missing.txt")
    assert "missing.txt" in dialog.text_page.problem.text()
    assert dialog.text_page.text() == "Мэр Красноярска Владислав Логинов"  # kept


def test_the_file_menu_opens_the_dialog(qtbot: QtBot, office: AppContext) -> None:
    from diplotrack.ui.main_window import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    action = next(
        a for a in window.menus.file_menu.actions() if a.objectName() == "NewFromPressRelease"
    )
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    action.trigger()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, DraftDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    action.trigger()  # the open one again, not a second
    assert (
        len(
            [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, DraftDialog) and w.isVisible()
            ]
        )
        == 1
    )
    dialogs[0].reject()
