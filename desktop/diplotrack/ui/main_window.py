"""The main window, minimal for now: where the data lives and the events around today."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, TypeAlias
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    QTime,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QWidget,
)
from sqlalchemy.orm import Session

from diplotrack.domain import KnownError
from diplotrack.domain.enums import DatePrecision
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.store.queries.registers import list_events
from diplotrack.store.queries.rows import EventRow

log = logging.getLogger("diplotrack.ui")

# Events shown on each side of today: the next ones and the most recent ones.
EVENTS_EACH_WAY = 50

_Index: TypeAlias = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class EventLine:
    """One event as the list shows it, already in words (no lazy loading in the view)."""

    event_id: int
    when: str
    title: str
    kind: str
    countries: str
    place: str
    status: str
    starts_at: datetime


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def describe_when(
    starts_at: datetime,
    ends_at: datetime,
    all_day: bool,
    timezone: str,
    precision: str,
    locale: QLocale | None = None,
) -> str:
    """The event's date (and time, in its own time zone) as the person's locale writes it;
    a planned event known only roughly shows only its month or year."""
    locale = locale or QLocale()
    day = starts_at.date()
    if precision in (DatePrecision.YEAR, DatePrecision.SEASON):
        return str(day.year)
    if precision == DatePrecision.MONTH:
        return locale.toString(QDate(day.year, day.month, day.day), "MMMM yyyy")
    short = QLocale.FormatType.ShortFormat
    if all_day or precision == DatePrecision.DAY:
        last = (ends_at - timedelta(days=1)).date() if ends_at > starts_at else day
        first_text = locale.toString(QDate(day.year, day.month, day.day), short)
        if last <= day:
            return first_text
        return f"{first_text} – {locale.toString(QDate(last.year, last.month, last.day), short)}"
    try:
        local = starts_at.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        local = starts_at
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(moment, short)


def event_line(row: EventRow) -> EventLine:
    return EventLine(
        event_id=row.id,
        when=describe_when(
            row.starts_at, row.ends_at, row.all_day, row.timezone, row.date_precision
        ),
        title=row.title,
        kind=_tr("EventKind", row.kind),
        countries=", ".join(row.countries),
        place=row.place or "",
        status=_tr("EventStatus", row.status),
        starts_at=row.starts_at,
    )


def load_event_lines(session: Session, today: date, each_way: int) -> list[EventLine]:
    """The most recent events before ``today`` and the next ones from it, in time order."""
    upcoming = list_events(session, RecordFilter(date_from=today), limit=each_way)
    recent = list_events(
        session,
        RecordFilter(date_to=today - timedelta(days=1)),
        descending=True,
        limit=each_way,
    )
    rows = {row.id: row for row in [*reversed(recent), *upcoming]}
    return [event_line(row) for row in sorted(rows.values(), key=lambda r: (r.starts_at, r.id))]


class EventListModel(QAbstractTableModel):
    """Read-only table of ``EventLine`` rows."""

    EventIdRole = Qt.ItemDataRole.UserRole + 1
    StartsAtRole = Qt.ItemDataRole.UserRole + 2

    COLUMN_COUNT = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EventLine] = []

    def set_rows(self, rows: Sequence[EventLine]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> EventLine:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        line = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                line.when,
                line.title,
                line.kind,
                line.countries,
                line.place,
                line.status,
            )[index.column()]
        if role == self.EventIdRole:
            return line.event_id
        if role == self.StartsAtRole:
            return line.starts_at
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMN_COUNT
        ):
            return self.headers()[section]
        return None

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Countries"),
            self.tr("Place"),
            self.tr("Status"),
        )


class DemoFilling(QObject):
    """Carries the result of filling the demo data from the worker thread to the window."""

    finished = Signal(str)
    failed = Signal(str)


class MainWindow(QMainWindow):
    """The window: the events around ``today`` (the real day unless given) and, in the
    status bar, where the data lives."""

    def __init__(
        self, database: Database, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today
        self.setWindowTitle("DiploTrack")
        self.resize(1000, 640)

        self.events = EventListModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.events)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.table)

        self.location = QLabel(database.display_name, self)
        self.location.setToolTip(database.url.split("@")[-1])
        self.statusBar().addPermanentWidget(self.location)

        self.demo = DemoFilling(self)
        self.demo.finished.connect(self._demo_filled)
        self.demo.failed.connect(self._demo_failed)
        self.filling_demo = False
        self.refresh()

    @property
    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        with self._database.session() as session:
            lines = load_event_lines(session, self.today, EVENTS_EACH_WAY)
        self.events.set_rows(lines)
        self.table.resizeColumnToContents(0)
        current = next(
            (n for n, line in enumerate(lines) if line.starts_at.date() >= self.today), 0
        )
        if lines:
            self.table.scrollTo(self.events.index(current, 0))

    def fill_demo_in_background(self) -> None:
        """Fill the demonstration data off the GUI thread; the list refreshes when it is in."""
        self.statusBar().showMessage(
            self.tr("First start: filling the database with demonstration data…")
        )
        self.filling_demo = True
        QThreadPool.globalInstance().start(self._fill_demo)

    def _fill_demo(self) -> None:
        from diplotrack.demo import fill_demo

        try:
            summary = fill_demo(self._database)
        except KnownError as error:
            self.demo.failed.emit(error.message)
        except Exception as error:  # a bug: the whole story goes to the log, a line to the person
            log.exception("filling the demo data failed")
            self.demo.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.demo.finished.emit(str(summary.events_total))

    def _demo_filled(self, events_total: str) -> None:
        self.filling_demo = False
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Demonstration data added: the database holds %1 events.").replace(
                "%1", events_total
            )
        )

    def _demo_failed(self, message: str) -> None:
        self.filling_demo = False
        self.statusBar().showMessage(
            self.tr("The demonstration data could not be added: %1").replace("%1", message)
        )
