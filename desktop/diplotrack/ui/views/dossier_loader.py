"""The dossier read off the GUI thread: one reader, the newest request wins, older ones dropped.

The same approach as the calendar's loader (``views/calendar/loader.py``): one Python reader
thread that touches no Qt object, a short database session per read, results collected in the
GUI thread by a timer that runs only while a read is under way, and announced there by the
``loaded`` signal. Only the newest request is ever announced: a newer one makes every read
before it stale, so an older dossier never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from diplotrack.domain import NotFoundError
from diplotrack.store.database import Database
from diplotrack.store.queries.dossiers import Dossier, Subject, dossier

#: how often a read under way is looked at (a read takes milliseconds to a fifth of a second)
COLLECT_EVERY_MS = 5


@dataclass(frozen=True)
class DossierRequest:
    """What to read: one subject's dossier as of ``today``, its first ``limit`` contacts."""

    subject: Subject
    key: str | int
    today: date
    limit: int


#: reads one dossier in its own session; None when the record is no longer in the database
DossierRead = Callable[[Database, DossierRequest], Dossier | None]


def read_dossier(db: Database, request: DossierRequest) -> Dossier | None:
    """One dossier read in a short session of its own (off the GUI thread)."""
    try:
        with db.session() as session:
            return dossier(
                session, request.subject, request.key, today=request.today, limit=request.limit
            )
    except NotFoundError:
        return None


class DossierLoader(QObject):
    """Reads dossiers in the background; announces the newest request's result only."""

    #: the newest request's dossier has arrived: (request, Dossier or None if not found)
    loaded = Signal(object, object)

    def __init__(
        self, db: Database, parent: QObject | None = None, *, read: DossierRead = read_dossier
    ) -> None:
        super().__init__(parent)
        self.db = db
        self._read = read
        self._pending: tuple[DossierRequest, Future[Dossier | None]] | None = None
        # A Python thread, not a QThreadPool: a pool owned by a widget waits for its reader
        # when the widget is deleted, holding the interpreter lock the reader needs (a hang).
        self._reader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dossier-read")
        self._collector = QTimer(self)
        self._collector.setInterval(COLLECT_EVERY_MS)
        self._collector.timeout.connect(self.deliver)
        self._stopped = False

    @property
    def is_loading(self) -> bool:
        return self._pending is not None

    def request(self, request: DossierRequest) -> None:
        """Reads ``request`` in the background; any read asked for before it is dropped."""
        if self._stopped:
            return
        self.drop()
        self._pending = (request, self._reader.submit(self._read, self.db, request))
        if not self._collector.isActive():
            self._collector.start()

    def drop(self) -> None:
        """Forgets the read asked for: one not started never runs, one under way is ignored."""
        if self._pending is not None:
            self._pending[1].cancel()
            self._pending = None
        self._collector.stop()

    def deliver(self) -> None:
        """Announces the newest read if it is done. A read that failed other than by "not
        found" raises here, in the GUI thread, as the read on the GUI thread did before."""
        if self._pending is None:
            self._collector.stop()
            return
        request, future = self._pending
        if not future.done():
            return
        self._pending = None
        self._collector.stop()
        self.loaded.emit(request, future.result())

    def wait(self) -> None:
        """Blocks until the read under way is done (tests); it is announced at the next
        ``deliver()`` (the timer's, or a direct call)."""
        if self._pending is not None:
            futures_wait([self._pending[1]])

    def stop(self) -> None:
        """No more reads: the one waiting is cancelled, the one under way finishes unheard and
        the reader thread ends after it, without anyone waiting for it."""
        self._stopped = True
        self.drop()
        self._reader.shutdown(wait=False, cancel_futures=True)
