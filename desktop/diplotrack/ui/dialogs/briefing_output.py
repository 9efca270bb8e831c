"""A gathered briefing on paper, on screen and in a file: the system print dialog, Qt's print
preview, and "Save as PDF". The questions put to the person (which printer, which file) go
through ``HOOKS``, so that tests answer them with a PDF printer and a path of their own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

if TYPE_CHECKING:
    from diplotrack.briefing import Briefing

translate = QCoreApplication.translate


def system_printer() -> QPrinter:
    """The default printer at full resolution, A4 portrait unless the person picks other paper
    in the print dialog (the note is then laid out on that)."""
    from diplotrack.briefing.pages import page_layout

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout())
    return printer


def ask_to_print(printer: QPrinter, parent: QWidget | None) -> bool:
    """The system print dialog with its default options; True if the person pressed Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("BriefingDialog", "Print the briefing"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_pdf_path(parent: QWidget | None, suggested: Path) -> Path | None:
    """Where to save the PDF (the suggested name in the last folder); None if cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("BriefingDialog", "Save the briefing as PDF"),
        str(suggested),
        translate("BriefingDialog", "PDF documents (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


@dataclass
class PrintHooks:
    """The printer to use and the questions to ask; tests replace them (never the storage)."""

    printer: Callable[[], QPrinter] = system_printer
    confirm_print: Callable[[QPrinter, QWidget | None], bool] = ask_to_print
    pdf_path: Callable[[QWidget | None, Path], Path | None] = ask_pdf_path


HOOKS = PrintHooks()


def print_briefing(briefing: Briefing, parent: QWidget | None) -> int | None:
    """Asks where to print, then prints; the page count, or None if the person cancelled."""
    from diplotrack.briefing import render_pages

    printer = HOOKS.printer()
    printer.setDocName(briefing.title)
    if not HOOKS.confirm_print(printer, parent):
        return None
    return render_pages(briefing, printer)


class BriefingPreview(QPrintPreviewDialog):
    """Qt's print preview of one briefing: it paints the pages on demand (again when the
    person changes the page setup) and prints from its own toolbar."""

    def __init__(self, briefing: Briefing, parent: QWidget | None) -> None:
        # the printer must live as long as the dialog that paints on it
        self._printer = HOOKS.printer()
        self._printer.setDocName(briefing.title)
        super().__init__(self._printer, parent)
        self.setObjectName("BriefingPreview")
        self.setWindowTitle(
            translate("BriefingDialog", "Briefing preview — {title}").format(title=briefing.title)
        )
        self._briefing = briefing
        self.pages_painted = 0  # how many pages the last paint request laid out
        self.paintRequested.connect(self._paint)
        self.resize(900, 1000)

    def _paint(self, printer: QPrinter) -> None:
        from diplotrack.briefing import render_pages

        self.pages_painted = render_pages(self._briefing, printer)
