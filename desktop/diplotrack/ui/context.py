"""What every screen shares: the database, the one filter, the selection, and news of changes.

Screens never poke each other. They read through the query layer, change data through
``operations.perform`` and answer ``AppContext.changed`` by re-querying what they show
(Anki's operations and ``on_changes``, STYLE.md). The context is passed through constructors;
there is no global.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import Changes, RecordRef

if TYPE_CHECKING:
    from diplotrack.store.database import Database
    from diplotrack.store.queries.calendar_at_start import CalendarAtStart


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
    #: a database given as an opener (a quick start) has been opened; what waited may run
    database_opened = Signal()

    def __init__(
        self,
        db: Database | Callable[[], Database],
        *,
        language: str = "ru",
        zone: tzinfo | None = None,
        calendar_at_start: CalendarAtStart | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``db`` is an open database, or what opens it: then it is opened when first asked
        for (by ``db``: the window asks right after its first paint), and until then the
        calendar may read its first period through ``calendar_at_start``."""
        super().__init__(parent)
        if callable(db):
            self._db: Database | None = None
            self._opener: Callable[[], Database] | None = db
        else:
            self._db, self._opener = db, None
        self.calendar_at_start = calendar_at_start
        self.zone: tzinfo = zone or local_zone()
        self.undo_stack = QUndoStack(self)
        self._filter = RecordFilter()
        self._selection: RecordRef | None = None
        self._language = language

    # -- the database ---------------------------------------------------------------------------
    @property
    def db(self) -> Database:
        """The open database (opened now if it was given as an opener; a failure to open
        raises its KnownError here, and the next ask tries again)."""
        if self._db is None:
            assert self._opener is not None
            self._db = self._opener()
            self._opener = None
            if self.calendar_at_start is not None:
                self.calendar_at_start.close()
                self.calendar_at_start = None
            self.database_opened.emit()
        return self._db

    @property
    def is_open(self) -> bool:
        return self._db is not None

    @property
    def database_name(self) -> str:
        """The database's short name (a file's name), for the title and status bar, without
        opening it."""
        if self._db is None and self.calendar_at_start is not None:
            return self.calendar_at_start.file.name
        return self.db.display_name

    @property
    def database_place(self) -> str:
        """Where the data lives in full: the file's path, or the server's database."""
        if self._db is None and self.calendar_at_start is not None:
            return str(self.calendar_at_start.file)
        return str(self.db.sqlite_file or self.db.display_name)

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
