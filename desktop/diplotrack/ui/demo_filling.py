"""Help ▸ Add demonstration data, and the first start: the demo filled off the GUI thread."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QThreadPool, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStatusBar

from diplotrack.domain import KnownError
from diplotrack.services.changes import Changes, RecordRef

from .context import AppContext

if TYPE_CHECKING:
    from diplotrack.store.database import Database

log = logging.getLogger("diplotrack.ui.window")


# The words below are the window's own, kept in the "MainWindow" context they were first
# translated in.
class DemoFilling(QObject):
    """Fills the demonstration data into an empty database in a worker thread; the result
    crosses back to the GUI thread through the signals, and every screen reads again."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        context: AppContext,
        status: QStatusBar,
        action: QAction,
        kinds: Iterable[str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.status = status
        self.action = action
        self.kinds = tuple(kinds)
        self.busy = False
        self.finished.connect(self._filled)
        self.failed.connect(self._refused)

    def add(self) -> None:
        """Into an empty database only; a database with records is told why not."""
        from sqlalchemy import func, select

        from diplotrack.domain import Event

        with self.context.db.session() as session:
            held = session.scalar(select(func.count()).select_from(Event)) or 0
        if held:
            self.status.showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "The demonstration data go only into an empty database; this one "
                    "already holds records (events: %1).",
                ).replace("%1", QLocale().toString(held)),
                8000,
            )
            return
        self.start()

    def start(self) -> None:
        self.status.showMessage(
            QCoreApplication.translate(
                "MainWindow", "First start: filling the database with demonstration data…"
            )
        )
        self.busy = True
        self.action.setEnabled(False)
        db = self.context.db  # opened here, in the GUI thread, if a quick start has not yet
        QThreadPool.globalInstance().start(lambda: self._fill(db))

    def _fill(self, db: Database) -> None:
        from diplotrack.demo import fill_demo

        try:
            summary = fill_demo(db)
        except KnownError as error:
            self.failed.emit(error.message)
        except Exception as error:  # a bug: the whole story goes to the log, a line to the person
            log.exception("filling the demo data failed")
            self.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.finished.emit(str(summary.events_total))

    def _filled(self, events_total: str) -> None:
        self.busy = False
        self.action.setEnabled(True)
        # every kind of record is new: each screen reads again what it shows
        self.context.announce(Changes(created=frozenset(RecordRef(k, 0) for k in self.kinds)))
        self.status.showMessage(
            QCoreApplication.translate(
                "MainWindow", "Demonstration data added: the database holds %1 events."
            ).replace("%1", events_total)
        )

    def _refused(self, message: str) -> None:
        self.busy = False
        self.action.setEnabled(True)
        self.status.showMessage(
            QCoreApplication.translate(
                "MainWindow", "The demonstration data could not be added: %1"
            ).replace("%1", message)
        )
