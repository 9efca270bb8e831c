"""The dossier read off the GUI thread: the newest request wins, older ones dropped.

A ``BackgroundRead`` (``ui/background.py``): a short database session per read in a thread of
its own, the result announced in the GUI thread by the ``loaded`` signal. Only the newest
request is ever announced, so an older dossier never overwrites a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial

from PySide6.QtCore import QObject, Signal

from diplotrack.domain import NotFoundError
from diplotrack.store.database import Database
from diplotrack.store.queries.dossiers import Dossier, Subject, dossier

from ..background import BackgroundRead

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


class DossierLoader(BackgroundRead[DossierRequest, Dossier | None]):
    """Reads dossiers in the background; announces the newest request's result only. A read
    that fails other than by "not found" raises in the GUI thread, as a read there would."""

    #: the newest request's dossier has arrived: (request, Dossier or None if not found)
    loaded = Signal(object, object)

    def __init__(
        self, db: Database, parent: QObject | None = None, *, read: DossierRead = read_dossier
    ) -> None:
        super().__init__(
            partial(read, db), parent, thread_name="dossier-read", collect_every_ms=COLLECT_EVERY_MS
        )
        self.db = db

    @property
    def is_loading(self) -> bool:
        return self.is_busy

    def _announce(self, request: DossierRequest, result: Dossier | None) -> None:
        self.loaded.emit(request, result)
