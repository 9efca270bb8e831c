"""The briefing dialog's output: print, preview (its button and Ctrl+R), Save as PDF written off
the GUI thread, the keyboard, and Ctrl+P in the main window; real documents, as in
test_briefing_dialog.py."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from briefing_dialog_kit import (
    READY_MS,
    Answers,
    meeting_key,
    pdf_text,
    ready,
)
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.services.changes import RecordRef
from diplotrack.ui.briefing_actions import briefing_actions, open_briefing
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.briefing_choices import BriefingMemory
from diplotrack.ui.dialogs.briefing_dialog import BriefingDialog
from diplotrack.ui.dialogs.briefing_subject import BriefingKey
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.refs import country_ref

pytestmark = pytest.mark.gui


# -- printing, preview -------------------------------------------------------------------------
def test_print_from_the_dialog(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    dialog = ready(qtbot, open_briefing(context, BriefingKey("country", "KG")))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert answers.print_asked == 1
    assert "Sent to the printer" in dialog.status.text()
    assert "Kabaev" in pdf_text(answers.printed)


def test_preview_paints_the_pages(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    dialog = ready(qtbot, open_briefing(context, BriefingKey("country", "KG")))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert preview is not None
    assert preview.isVisible()
    qtbot.waitUntil(lambda: preview.pages_painted > 0, timeout=READY_MS)
    widget = preview.findChild(QPrintPreviewWidget)
    assert widget is not None
    assert widget.pageCount() == preview.pages_painted
    preview.close()


# -- Ctrl+P in the main window -----------------------------------------------------------------
def test_ctrl_p_prints_the_selected_record(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers, window: MainWindow
) -> None:
    context.select(RecordRef("event", int(meeting_key(context).key)))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: answers.print_asked == 1, timeout=READY_MS)
    assert "Kabaev" in pdf_text(answers.printed)  # the window speaks English: so does the note
    assert "printer" in window.statusBar().currentMessage()


def test_ctrl_p_in_a_dossier_prints_its_subject(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers, window: MainWindow
) -> None:
    window.show_dossier("place", _jalal_abad(context))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: answers.print_asked == 1, timeout=READY_MS)
    assert "Jalal-Abad" in pdf_text(answers.printed)


def test_ctrl_p_with_nothing_selected_says_what_to_select(
    qtbot: QtBot, answers: Answers, window: MainWindow
) -> None:
    window.show_view("calendar")
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert "Select an event" in window.statusBar().currentMessage()
    assert answers.print_asked == 0


def test_the_briefing_action_opens_the_dialog_of_the_selection(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, window: MainWindow
) -> None:
    actions = briefing_actions(window)
    assert actions.print_action.shortcut().toString() == "Ctrl+P"
    assert actions.open_action in window.menus.file_menu.actions()
    context.select(country_ref("KG"))
    actions.open_action.trigger()
    assert isinstance(memory.dialogs.get(BriefingKey("country", "KG")), BriefingDialog)


def _jalal_abad(context: AppContext) -> int:
    from diplotrack.demo.example_keys import JALAL_ABAD
    from diplotrack.domain import Place

    with context.db.session() as session:
        found = session.scalar(select(Place.id).where(Place.name == JALAL_ABAD))
    assert found is not None
    return int(found)


# -- the keyboard ------------------------------------------------------------------------------
def test_keyboard_tab_reaches_every_control_and_shortcuts_work(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    dialog = ready(qtbot, open_briefing(context, BriefingKey("country", "KG")))
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.form.language.setFocus()
    reached: list[QWidget] = []
    for _ in range(20):
        focused = QApplication.focusWidget()
        assert focused is not None
        reached.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    controls = [
        dialog.form.language,
        dialog.form.marking,
        dialog.form.history,
        dialog.form.prepared_by,
        dialog.form.prepared_on,
        dialog.form.talking_points,
        dialog.preview_button,
        dialog.print_button,
        dialog.save_button,
        dialog.close_button,
    ]
    for control in controls:
        assert any(w is control or control.isAncestorOf(w) for w in reached), control

    qtbot.keyClick(dialog.form.prepared_by, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=READY_MS)
    assert answers.saved.exists()
    qtbot.keyClick(dialog.form.history, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert answers.print_asked == 1
    qtbot.keyClick(dialog.form.prepared_by, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert BriefingKey("country", "KG") not in memory.dialogs


def test_ctrl_r_previews_and_the_button_says_so(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    dialog = ready(qtbot, open_briefing(context, BriefingKey("country", "KG")))
    assert "Ctrl+R" in dialog.preview_button.toolTip()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.form.marking, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    preview = dialog.preview
    assert preview is not None and preview.isVisible()
    qtbot.waitUntil(lambda: preview.pages_painted > 0, timeout=READY_MS)
    preview.close()


def test_the_pdf_is_written_off_the_gui_thread_while_the_dialog_says_so(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    dialog = ready(qtbot, open_briefing(context, BriefingKey("country", "RU")))
    dialog.save_as_pdf()
    # the file is being written in the writer's thread: the window is free, the buttons wait
    assert dialog.writer.is_busy and dialog.is_preparing
    assert dialog.status.text() == "Writing the PDF…"
    assert not dialog.save_button.isEnabled() and dialog.busy.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=READY_MS)
    assert dialog.save_button.isEnabled() and not dialog.busy.isVisibleTo(dialog)
    assert "Saved to" in dialog.status.text()
    assert "Russia" in pdf_text(answers.saved)


def test_the_pdf_writer_works_in_its_own_thread(qtbot: QtBot, tmp_path: Path) -> None:
    import threading

    from diplotrack.briefing import BriefingOptions, BriefingSubject, SubjectKind
    from diplotrack.briefing.model import Briefing, Heading
    from diplotrack.ui.dialogs.briefing_worker import (
        BriefingPdfWriter,
        PdfRequest,
        write_pdf_file,
    )

    threads: list[str] = []

    def write(request: PdfRequest) -> int:
        threads.append(threading.current_thread().name)
        return write_pdf_file(request)

    briefing = Briefing(
        subject=BriefingSubject(SubjectKind.COUNTRY, "KG"),
        options=BriefingOptions(language="en"),
        title="Note",
        prepared_on=date(2026, 11, 26),
        heading=Heading("BRIEFING NOTE", "on cooperation with", "Kyrgyzstan", None, "today"),
        notes=("Line of text. " * 40,) * 60,
    )
    writer = BriefingPdfWriter(write=write)
    written: list[tuple[PdfRequest, int]] = []
    writer.written.connect(lambda request, pages: written.append((request, pages)))
    writer.request(PdfRequest(briefing, tmp_path / "note.pdf"))
    qtbot.waitUntil(lambda: bool(written), timeout=READY_MS)
    assert threads and threads[0].startswith("briefing-pdf")
    assert threads[0] != threading.main_thread().name
    assert written[0][1] >= 2
    assert "Kyrgyzstan" in pdf_text(tmp_path / "note.pdf")
    failed: list[object] = []
    writer.failed.connect(lambda _request, error: failed.append(error))
    writer.request(PdfRequest(briefing, tmp_path / "no such folder" / "note.pdf"))
    qtbot.waitUntil(lambda: bool(failed), timeout=READY_MS)
    writer.stop()
