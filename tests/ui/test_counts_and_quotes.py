"""Texts a demanding reader looks at: the briefing dialog counts its pages in English ("1 page",
"3 pages", never "page(s)"), and the stale-record notice quotes values as each language does
(«Зал №2» in Russian, “Зал №2” in English)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from briefing_dialog_kit import READY_MS, Answers, ready
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import KABAEV, MEETING
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import update_event
from diplotrack.services.snapshots import event_input
from diplotrack.store.database import open_database
from diplotrack.ui.briefing_actions import open_briefing
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.briefing_choices import BriefingMemory
from diplotrack.ui.dialogs.briefing_dialog import BriefingDialog
from diplotrack.ui.dialogs.briefing_subject import BriefingKey
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.dialogs.event_editor import EventEditor
from support.demo import id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert found, info.stdout
    return int(found.group(1))


def _russian(pages: int) -> str:
    """ "page" after a number in Russian: 1 страница, 3 страницы, 5 страниц, 11 страниц."""
    if pages % 10 == 1 and pages % 100 != 11:
        return "страница"
    if 2 <= pages % 10 <= 4 and not 12 <= pages % 100 <= 14:
        return "страницы"
    return "страниц"


def _saved(qtbot: QtBot, dialog: BriefingDialog) -> None:
    dialog.save_as_pdf()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=READY_MS)


# -- the briefing dialog's pages ---------------------------------------------------------------
def test_one_printed_page_is_one_page(
    qtbot: QtBot,
    context: AppContext,
    memory: BriefingMemory,
    answers: Answers,
    screenshots: Path,
) -> None:
    kabaev = BriefingKey("person", id_of(context.db, "person", KABAEV))  # a note of one page
    dialog = ready(qtbot, open_briefing(context, kabaev))
    dialog.print_briefing()
    assert _pages(answers.printed) == 1
    assert dialog.status.text() == "Sent to the printer: 1 page."
    dialog.grab().save(str(screenshots / "briefing-dialog-printed-1-page-en.png"))


def test_a_longer_note_is_counted_in_pages(
    qtbot: QtBot,
    context: AppContext,
    memory: BriefingMemory,
    answers: Answers,
    screenshots: Path,
) -> None:
    dialog = ready(qtbot, open_briefing(context, BriefingKey("country", "CN")))
    _saved(qtbot, dialog)
    pages = _pages(answers.saved)
    assert pages > 1
    assert dialog.status.text() == f"Saved to {answers.saved} ({pages} pages)."
    dialog.grab().save(str(screenshots / "briefing-dialog-saved-pages-en.png"))


def test_the_russian_dialog_counts_pages_in_russian(
    qtbot: QtBot, context_ru: AppContext, answers: Answers, screenshots: Path
) -> None:
    # no ``memory`` here: it asks for the English ``context``, which installs English
    dialog = ready(qtbot, open_briefing(context_ru, BriefingKey("country", "CN")))
    try:
        _saved(qtbot, dialog)
        pages = _pages(answers.saved)
        assert dialog.status.text() == f"Сохранено в {answers.saved} ({pages} {_russian(pages)})."
        dialog.grab().save(str(screenshots / "briefing-dialog-saved-pages-ru.png"))
    finally:
        dialog.close()


# -- the stale-record notice -------------------------------------------------------------------
def _refused_save(qtbot: QtBot, context: AppContext) -> tuple[EventEditor, str]:
    """The meeting's editor whose save was refused: someone else set its venue to «Зал №2» in
    the meantime; and the venue before that."""
    meeting = id_of(context.db, "event", MEETING)
    editor = open_editor(context, RecordRef("event", meeting), "event")
    assert isinstance(editor, EventEditor)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    other = open_database(str(context.db.engine.url))
    try:
        data, version = event_input(other, meeting)
        update_event(other, meeting, replace(data, venue="Зал №2"), expected_version=version)
    finally:
        other.close()
    editor.title.setFocus()
    editor.title.selectAll()
    type_text(editor.title, "Встреча мэра")
    assert not editor.save()
    assert editor.stale.isVisibleTo(editor)
    return editor, data.venue or ""


def test_the_russian_stale_notice_quotes_in_russian(
    qtbot: QtBot, context_ru: AppContext, screenshots: Path
) -> None:
    editor, venue = _refused_save(qtbot, context_ru)
    text = editor.stale.message.text()
    assert f"• Площадка: «{venue}» → «Зал №2»" in text.splitlines()
    assert "“" not in text and "”" not in text
    editor.resize(980, 900)
    editor.stale.grab().save(str(screenshots / "stale-notice-ru.png"))


def test_the_english_stale_notice_quotes_in_english(
    qtbot: QtBot, context: AppContext, screenshots: Path
) -> None:
    editor, venue = _refused_save(qtbot, context)
    text = editor.stale.message.text()
    assert f"• Venue: “{venue}” → “Зал №2”" in text.splitlines()
    assert "«" not in text and "»" not in text
    editor.resize(980, 900)
    editor.stale.grab().save(str(screenshots / "stale-notice-en.png"))
