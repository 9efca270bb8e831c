"""What the briefing dialog's tests share: a PDF printer and answers to the window's questions
(put in ``briefing_output.HOOKS`` by the ``answers`` fixture of conftest.py), waiting for a
briefing to be ready, and reading PDFs back with ``pdftotext``."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.demo.example_keys import MEETING
from diplotrack.domain import Agreement, Event
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.briefing_dialog import BriefingDialog
from diplotrack.ui.dialogs.briefing_subject import BriefingKey

#: a briefing of the demo's busiest country is gathered in well under this (a bound, not a goal)
READY_MS = 30_000


def record_id(
    db: Database, column: object, value: str, model: type[Event] | type[Agreement]
) -> int:
    with db.session() as session:
        found = session.scalar(select(model.id).where(column == value))  # type: ignore[arg-type]
    assert found is not None
    return int(found)


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


class Answers:
    """What the test answers when the window asks: a PDF printer, "Print", a file name."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.printed = folder / "printed.pdf"
        self.saved = folder / "saved.pdf"
        self.print_asked = 0
        self.suggested: list[Path] = []

    def printer(self) -> QPrinter:
        return pdf_printer(self.printed)

    def confirm_print(self, _printer: QPrinter, _parent: QWidget | None) -> bool:
        self.print_asked += 1
        return True

    def pdf_path(self, _parent: QWidget | None, suggested: Path) -> Path:
        self.suggested.append(suggested)
        return self.saved


def ready(qtbot: QtBot, dialog: BriefingDialog) -> BriefingDialog:
    qtbot.waitUntil(lambda: not dialog.is_preparing, timeout=READY_MS)
    return dialog


def meeting_key(context: AppContext) -> BriefingKey:
    return BriefingKey("event", record_id(context.db, Event.title, MEETING, Event))
