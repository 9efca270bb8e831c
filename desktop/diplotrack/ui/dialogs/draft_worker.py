"""The press release analysed off the GUI thread: one analysis at a time, Cancel drops it.

The first analysis loads natasha's models (a couple of seconds); later ones take a fraction of
that. The analysis runs in a Python thread with its own database session, as the dossier and
calendar loaders do (``views/dossier_loader.py``): a thread that touches no Qt object, a timer in
the GUI thread that collects the result while an analysis is under way, and signals emitted
there. natasha cannot be interrupted, so Cancel forgets the analysis: it finishes unheard, and
its draft is never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from sqlalchemy.orm import Session

from diplotrack.domain import KnownError
from diplotrack.store.database import Database

from ..widgets.choices import KINDS, choices_for

if TYPE_CHECKING:
    from diplotrack.interchange.press import Draft

#: how often an analysis under way is looked at
COLLECT_EVERY_MS = 20


@dataclass(frozen=True)
class AnalysisRequest:
    """What to analyse: the text of a press release and the day it was published; names of
    existing records are read in the interface ``language``."""

    text: str
    published: date | None
    language: str = "en"


@dataclass(frozen=True)
class AnalysedDraft:
    """A draft and the names the dialog shows beside it: of the existing records its items are
    matched to, by (kind, id), and of the countries it names, by code."""

    draft: Draft
    match_names: dict[tuple[str, int], str]
    country_names: dict[str, str]


#: analyses one press release in a session of its own (off the GUI thread)
Analyse = Callable[[Database, AnalysisRequest], AnalysedDraft]


def analyse_in_own_session(db: Database, request: AnalysisRequest) -> AnalysedDraft:
    """The draft of one press release and the names to show with it, in one short session."""
    # imported here: the package pulls in natasha, which the window needs only on first use
    from diplotrack.interchange.press import analyse_press_release

    with db.session() as session:
        draft = analyse_press_release(session, request.text, published=request.published)
        return AnalysedDraft(
            draft,
            match_names(session, draft, request.language),
            country_names(session, draft, request.language),
        )


def match_names(session: Session, draft: Draft, language: str) -> dict[tuple[str, int], str]:
    """The names of the existing records the items of ``draft`` are matched to."""
    wanted: dict[str, list[int]] = {}
    for item in draft.items():
        kind = str(item.kind)
        if item.match is not None and kind in KINDS and kind != "country":
            wanted.setdefault(kind, []).append(item.match)
    names: dict[tuple[str, int], str] = {}
    for kind, ids in wanted.items():
        for choice in choices_for(session, kind, ids, language=language):
            names[(kind, choice.id)] = choice.name
    return names


def country_names(session: Session, draft: Draft, language: str) -> dict[str, str]:
    """The names of the countries ``draft`` names or refers to, by code."""
    codes = {getattr(item, "code", None) for item in draft.countries}
    codes |= {getattr(item, "country_code", None) for item in draft.items()}
    known = [code for code in codes if isinstance(code, str) and code]
    return {
        str(choice.key): choice.name
        for choice in choices_for(session, "country", known, language=language)
    }


class DraftAnalysis(QObject):
    """Analyses press releases in the background and announces the draft of the newest one."""

    #: the analysis asked for is done: (request, AnalysedDraft)
    finished = Signal(object, object)
    #: the analysis asked for ended in a known error: (request, KnownError)
    failed = Signal(object, object)
    #: the analysis asked for ended, whichever way (before ``finished`` or ``failed``, and before
    #: a bug is raised), so that the "Analysing…" state never outlives it
    ended = Signal()

    def __init__(
        self,
        db: Database,
        parent: QObject | None = None,
        *,
        analyse: Analyse = analyse_in_own_session,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._analyse = analyse
        self._pending: tuple[AnalysisRequest, Future[AnalysedDraft]] | None = None
        self._dropped: list[Future[Any]] = []  # cancelled while under way: still running
        # A Python thread, not a QThread: a dialog closed during an analysis must neither wait
        # for natasha nor destroy a running QThread (which aborts the program).
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="draft-analysis")
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_EVERY_MS)
        self._collector.timeout.connect(self.deliver)
        self._stopped = False

    @property
    def is_running(self) -> bool:
        return self._pending is not None

    def start(self, request: AnalysisRequest) -> None:
        """Analyses ``request`` in the background; an analysis asked for before is dropped."""
        if self._stopped:
            return
        self.cancel()
        self._pending = (request, self._worker.submit(self._analyse, self.db, request))
        self._collector.start()

    def warm_up(self) -> None:
        """Loads the language models in the background now, while the person is still pasting,
        so that the first analysis is quick; nothing is announced."""
        if self._stopped:
            return
        from diplotrack.interchange.press import warm_up

        self._dropped.append(self._worker.submit(warm_up))

    def cancel(self) -> None:
        """Forgets the analysis asked for: one not started never runs, one under way is
        finished unheard."""
        if self._pending is not None:
            future = self._pending[1]
            if not future.cancel():
                self._dropped.append(future)
            self._pending = None
        self._dropped = [future for future in self._dropped if not future.done()]
        self._collector.stop()

    def deliver(self) -> None:
        """Announces the analysis if it is done. A failure other than a ``KnownError`` is a bug:
        it is raised here, in the GUI thread, where the error dialog catches it."""
        if self._pending is None:
            self._collector.stop()
            return
        request, future = self._pending
        if not future.done():
            return
        self._pending = None
        self._collector.stop()
        self.ended.emit()
        try:
            analysed = future.result()
        except KnownError as error:
            self.failed.emit(request, error)
            return
        self.finished.emit(request, analysed)

    def wait(self) -> None:
        """Blocks until every analysis under way, dropped ones included, is done (tests, and
        before the database is closed); the one asked for is announced at the next
        ``deliver()``."""
        running = list(self._dropped)
        if self._pending is not None:
            running.append(self._pending[1])
        futures_wait(running)

    def stop(self) -> None:
        """No more analyses: the one under way finishes unheard and the thread ends after it,
        without anyone waiting for it."""
        self._stopped = True
        self.cancel()
        self._worker.shutdown(wait=False, cancel_futures=True)
