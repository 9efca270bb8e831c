"""What every screen shares: the database, the one filter, the selection, and news of changes.

Screens never poke each other. They read through the query layer, change data through
``operations.perform`` and answer ``AppContext.changed`` by re-querying what they show
(Anki's operations and ``on_changes``, STYLE.md). The context is passed through constructors;
there is no global.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.database import Database


def local_zone() -> tzinfo:
    """The zone of this computer (the office's), for days, 'today' and new events."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else ZoneInfo("UTC")


class AppContext(QObject):
    """The shared state of one open database in one window."""

    #: a service call succeeded; every view re-queries what it shows if ``Changes`` touches it
    changed = Signal(object)
    #: the one filter (a ``RecordFilter``) changed; calendar and registers follow it
    filter_changed = Signal(object)
    #: the record selected anywhere (a ``RecordRef``, or None); the detail panel follows it
    selection_changed = Signal(object)
    #: the person asked to open a record (Enter, double-click): editor or dossier
    open_requested = Signal(object)
    #: the interface language changed ("ru" or "en"); views retranslate and re-render dates
    language_changed = Signal(str)

    def __init__(
        self,
        db: Database,
        *,
        language: str = "ru",
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.zone: tzinfo = zone or local_zone()
        self.undo_stack = QUndoStack(self)
        self._filter = RecordFilter()
        self._selection: RecordRef | None = None
        self._language = language

    # -- the filter ---------------------------------------------------------------------------
    @property
    def filter(self) -> RecordFilter:
        return self._filter

    def set_filter(self, flt: RecordFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.filter_changed.emit(flt)

    # -- the selection ------------------------------------------------------------------------
    @property
    def selection(self) -> RecordRef | None:
        return self._selection

    def select(self, ref: RecordRef | None) -> None:
        if ref != self._selection:
            self._selection = ref
            self.selection_changed.emit(ref)

    def open(self, ref: RecordRef) -> None:
        self.select(ref)
        self.open_requested.emit(ref)

    # -- language and time --------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self._language

    def set_language(self, language: str) -> None:
        if language != self._language:
            self._language = language
            self.language_changed.emit(language)

    def today(self) -> date:
        return datetime.now(self.zone).date()

    def announce(self, changes: Changes) -> None:
        """Tell every view what a service call changed (empty changes are not news)."""
        if not changes.is_empty:
            self.changed.emit(changes)
