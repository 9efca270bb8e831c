"""The main window, minimal for now: where the data lives and the events around today."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
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
from PySide6.QtGui import QShowEvent
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
from diplotrack.store.database import Database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.store.queries.rows import CalendarItem

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


def event_line(item: CalendarItem) -> EventLine:
    return EventLine(
        event_id=item.id,
        when=describe_when(item.start, item.end, item.all_day, item.timezone, DatePrecision.EXACT),
        title=item.title,
        kind=_tr("EventKind", item.kind),
        countries=", ".join(item.countries),
        place=item.place or "",
        status=_tr("EventStatus", item.status),
        starts_at=item.start,
    )


# How far the list looks for events on either side of today, widening until it has enough:
# an office with a few events a year still sees its latest ones.
SEARCH_SPANS_DAYS = (31, 366, 5 * 366, 30 * 366)


def _nearest_events(
    session: Session, moment: datetime, each_way: int, *, forward: bool
) -> list[CalendarItem]:
    found: list[CalendarItem] = []
    for days in SEARCH_SPANS_DAYS:
        span = timedelta(days=days)
        start, end = (moment, moment + span) if forward else (moment - span, moment)
        found = [
            item
            for item in calendar_items(session, start, end)
            if item.item == "event" and (item.start >= moment) == forward
        ]
        if len(found) >= each_way:
            break
    return found[:each_way] if forward else found[-each_way:]


def load_event_lines(session: Session, today: date, each_way: int) -> list[EventLine]:
    """The occurrences of events that began most recently before ``today`` and the next ones
    from it (a yearly forum by its occurrences, not its first year), in time order."""
    midnight = datetime.combine(today, time()).astimezone()  # the computer's own midnight
    recent = _nearest_events(session, midnight, each_way, forward=False)
    upcoming = _nearest_events(session, midnight, each_way, forward=True)
    return [event_line(item) for item in [*recent, *upcoming]]


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
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.setCentralWidget(self.table)

        self.location = QLabel(database.display_name, self)
        self.location.setToolTip(str(database.sqlite_file or database.display_name))
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
        self.scroll_to_today()

    def first_upcoming_row(self) -> int:
        """The row of the first event from today on (the last row when all are past)."""
        midnight = datetime.combine(self.today, time()).astimezone()
        count = self.events.rowCount()
        return next(
            (n for n in range(count) if self.events.row_at(n).starts_at >= midnight),
            count - 1,
        )

    def scroll_to_today(self) -> None:
        """Today's first event at the top of the list; the recent ones are just above it."""
        row = self.first_upcoming_row()
        if row >= 0:
            self.table.scrollTo(
                self.events.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop
            )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scroll_to_today()  # only a shown view knows its height, so scroll again now

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
