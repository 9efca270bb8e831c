"""A briefing gathered, and written as PDF, off the GUI thread: the newest request wins.

A ``BackgroundRead`` (``ui/background.py``): a country with a thousand contacts takes a
noticeable moment to gather, and the window must not freeze meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from diplotrack.domain import KnownError
from diplotrack.store.database import Database

from ..background import BackgroundRead
from .briefing_subject import BriefingKey

if TYPE_CHECKING:
    from diplotrack.briefing import Briefing, BriefingOptions

#: how often a read under way is looked at
COLLECT_EVERY_MS = 10


@dataclass(frozen=True)
class BriefingRequest:
    """What to gather: the subject, the note's options, and the day it is prepared on."""

    key: BriefingKey
    options: BriefingOptions
    today: date


#: gathers one briefing in a session of its own (off the GUI thread)
GatherCall = Callable[[Database, BriefingRequest], "Briefing"]
#: writes one briefing as a PDF file (off the GUI thread); the page count
WriteCall = Callable[["PdfRequest"], int]


def gather_in_session(db: Database, request: BriefingRequest) -> Briefing:
    """The briefing of ``request`` read in one short session (the package loads on first use)."""
    from diplotrack.briefing import BriefingSubject, SubjectKind, gather_briefing

    subject = BriefingSubject(SubjectKind(request.key.kind), request.key.key)
    with db.session() as session:
        return gather_briefing(session, subject, request.options, today=request.today)


class BriefingGatherer(BackgroundRead[BriefingRequest, "Briefing"]):
    """Gathers briefings in the background and announces the newest request's outcome."""

    #: the newest request's briefing is ready: (BriefingRequest, Briefing)
    ready = Signal(object, object)
    #: the newest request failed with an error a person can act on: (BriefingRequest, KnownError)
    failed = Signal(object, object)

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        gather: GatherCall = gather_in_session,
    ) -> None:
        super().__init__(
            partial(gather, db),
            parent,
            thread_name="briefing-gather",
            collect_every_ms=COLLECT_EVERY_MS,
        )
        self.db = db

    def _announce(self, request: BriefingRequest, result: Briefing) -> None:
        self.ready.emit(request, result)

    def _announce_failure(self, request: BriefingRequest, error: BaseException) -> None:
        self.failed.emit(request, error)


@dataclass(frozen=True)
class PdfRequest:
    """A gathered briefing to write as a PDF file at ``path``."""

    briefing: Briefing
    path: Path


def write_pdf_file(request: PdfRequest) -> int:
    """Writes the PDF (off the GUI thread: QPdfWriter, QTextDocument and QPainter work in any
    thread when no widget is involved); the page count."""
    from diplotrack.briefing import write_pdf

    return write_pdf(request.briefing, request.path)


class BriefingPdfWriter(BackgroundRead[PdfRequest, int]):
    """Writes briefings as PDF files in the background: laying a long note out and painting
    it takes a few hundred milliseconds the window must not freeze for."""

    #: the file is complete: (PdfRequest, page count)
    written = Signal(object, int)
    #: it could not be written: (PdfRequest, KnownError or OSError)
    failed = Signal(object, object)

    FAILURES = (KnownError, OSError)

    def __init__(self, parent: QObject | None = None, *, write: WriteCall = write_pdf_file) -> None:
        super().__init__(
            write, parent, thread_name="briefing-pdf", collect_every_ms=COLLECT_EVERY_MS
        )

    def _announce(self, request: PdfRequest, result: int) -> None:
        self.written.emit(request, result)

    def _announce_failure(self, request: PdfRequest, error: BaseException) -> None:
        self.failed.emit(request, error)
