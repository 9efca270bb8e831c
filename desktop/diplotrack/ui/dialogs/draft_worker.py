"""The press release analysed off the GUI thread: one analysis at a time, Cancel drops it.

The first analysis loads natasha's models (a couple of seconds); later ones take a fraction of
that. The analysis is a ``BackgroundRead`` (``ui/background.py``): a thread of its own with its
own database session, the outcome announced in the GUI thread. natasha cannot be interrupted,
so Cancel forgets the analysis: it finishes unheard, and its draft is never shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from diplotrack.store.database import Database

from ..background import BackgroundRead
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


class DraftAnalysis(BackgroundRead[AnalysisRequest, AnalysedDraft]):
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
        super().__init__(
            partial(analyse, db),
            parent,
            thread_name="draft-analysis",
            collect_every_ms=COLLECT_EVERY_MS,
        )
        self.db = db

    @property
    def is_running(self) -> bool:
        return self.is_busy

    def start(self, request: AnalysisRequest) -> None:
        """Analyses ``request`` in the background; an analysis asked for before is dropped."""
        self.request(request)

    def cancel(self) -> None:
        """Forgets the analysis asked for: one not started never runs, one under way is
        finished unheard."""
        self.drop()

    def warm_up(self) -> None:
        """Loads the language models in the background now, while the person is still pasting,
        so that the first analysis is quick; nothing is announced."""
        from diplotrack.interchange.press import warm_up

        self.run_unheard(warm_up)

    def _settled(self) -> None:
        self.ended.emit()

    def _announce(self, request: AnalysisRequest, result: AnalysedDraft) -> None:
        self.finished.emit(request, result)

    def _announce_failure(self, request: AnalysisRequest, error: BaseException) -> None:
        self.failed.emit(request, error)
