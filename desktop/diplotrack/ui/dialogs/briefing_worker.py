"""A briefing gathered off the GUI thread: one reader, the newest request wins, its own session.

The same approach as the dossier's loader (``views/dossier_loader.py``): a Python reader thread
that touches no Qt object, a short session per read, and a timer in the GUI thread that
collects the result while a read is under way. A country with a thousand contacts takes a
noticeable moment to gather, and the window must not freeze meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from diplotrack.domain import KnownError
from diplotrack.store.database import Database

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


def gather_in_session(db: Database, request: BriefingRequest) -> Briefing:
    """The briefing of ``request`` read in one short session (the package loads on first use)."""
    from diplotrack.briefing import BriefingSubject, SubjectKind, gather_briefing

    subject = BriefingSubject(SubjectKind(request.key.kind), request.key.key)
    with db.session() as session:
        return gather_briefing(session, subject, request.options, today=request.today)


class BriefingGatherer(QObject):
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
        super().__init__(parent)
        self.db = db
        self._gather = gather
        self._pending: tuple[BriefingRequest, Future[Briefing]] | None = None
        # a Python thread rather than a QThreadPool, for the reason the dossier's loader gives
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="briefing-gather")
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_EVERY_MS)
        self._collector.timeout.connect(self.deliver)
        self._stopped = False
        # deleted with its dialog without being stopped: the thread still ends
        reader = self._reader
        self.destroyed.connect(lambda: reader.shutdown(wait=False, cancel_futures=True))

    @property
    def is_busy(self) -> bool:
        return self._pending is not None

    def request(self, request: BriefingRequest) -> None:
        """Gathers ``request`` in the background; whatever was asked for before is dropped."""
        if self._stopped:
            return
        self.drop()
        self._pending = (request, self._reader.submit(self._gather, self.db, request))
        if not self._collector.isActive():
            self._collector.start()

    def drop(self) -> None:
        """Forgets the request under way (Cancel, Close): its outcome is never announced."""
        if self._pending is not None:
            self._pending[1].cancel()
            self._pending = None
        self._collector.stop()

    def deliver(self) -> None:
        """Announces the newest request if it is done. Anything but a ``KnownError`` is a bug
        and is raised here, in the GUI thread, where the error dialog catches it."""
        if self._pending is None:
            self._collector.stop()
            return
        request, future = self._pending
        if not future.done():
            return
        self._pending = None
        self._collector.stop()
        error = future.exception()
        if isinstance(error, KnownError):
            self.failed.emit(request, error)
            return
        self.ready.emit(request, future.result())

    def wait(self) -> None:
        """Blocks until the request under way is done (tests); announced at the next delivery."""
        if self._pending is not None:
            futures_wait([self._pending[1]])

    def stop(self) -> None:
        """No more requests; the one under way finishes unheard and the thread ends after it."""
        self._stopped = True
        self.drop()
        self._reader.shutdown(wait=False, cancel_futures=True)
