"""A register's count ("Events: 1 284") read off the GUI thread, the newest filter winning.

Counting every match of a filter reads as much as the filter matches (at 100,000 events a
country or a common word: 20–40 ms), while the first page the table shows stops after 200 rows.
So the page is read and painted in the GUI thread and the count follows in a thread of its own
(``BackgroundRead``: its own short session; a count asked for under an older filter finishes
unheard), so that the next key is never kept waiting for it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database

from ..background import BackgroundRead

#: how often a count under way is looked at (a count takes a few to a few dozen milliseconds)
COLLECT_EVERY_MS = 5

#: counts the records of one register matching a filter, in the session given
Counter = Callable[[Session, RecordFilter], int]


def count_in_own_session(db: Database, count: Counter, flt: RecordFilter) -> int:
    """The count under ``flt``, read in a short session of its own (off the GUI thread)."""
    with db.session() as session:
        return count(session, flt)


class RegisterCount(BackgroundRead[RecordFilter, int]):
    """Counts a register's records under a filter in the background; announces the newest."""

    #: the newest filter's count has arrived: (filter, number of records)
    counted = Signal(object, int)

    def __init__(self, db: Database, count: Counter, parent: QObject | None = None) -> None:
        super().__init__(
            partial(count_in_own_session, db, count),
            parent,
            thread_name="register-count",
            collect_every_ms=COLLECT_EVERY_MS,
        )

    def _announce(self, request: RecordFilter, result: int) -> None:
        self.counted.emit(request, result)
