"""The Today page: what is on today and this week, who arrives soon, what expires, what is late."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QVBoxLayout, QWidget

from diplotrack.domain.enums import DelegationDirection, EventKind, EventStatus
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.queries.rows import AgreementRow, CalendarItem, DelegationRow, FollowUpRow
from diplotrack.store.queries.today import TodaySummary, today_summary
from diplotrack.store.queries.today_names import OtherNames

from ..context import AppContext
from ..formatting import (
    first_weekday,
    format_date,
    format_period,
    format_span,
    format_time,
    locale_for,
    qdate,
    weekday_name,
)
from ..labels import label
from ..widgets.flags import flag_icon
from .record_text import display_name

_Index: TypeAlias = QModelIndex | QPersistentModelIndex

# What the page shows changes when any of these does (titles, places, responsible people).
_SHOWN_KINDS = ("event", "delegation", "agreement", "followup", "place", "person", "organization")
# The page checks this often whether midnight has passed, to move on to the new day.
_DAY_CHECK_MS = 60_000
_MUTED = QColor("#5f6673")
_WARNING = QColor("#a33b00")


@dataclass(frozen=True)
class TodayLine:
    """One line of the page: a section heading, a record, or a section's 'nothing here'."""

    role: str  # "heading", "record" or "empty"
    text: str
    ref: RecordRef | None = None
    country: str | None = None  # the flag shown before the line
    warning: bool = False


def _heading(text: str, count: int) -> TodayLine:
    return TodayLine("heading", f"{text} ({count})")


def last_day_of_week(day: date, language: str) -> date:
    """The last day of ``day``'s week: Sunday where weeks start on Monday (Russian, British
    English), Saturday where they start on Sunday."""
    first = first_weekday(language)  # ISO: 1 = Monday … 7 = Sunday
    return day + timedelta(days=(first - day.isoweekday() - 1) % 7)


def _local_day(item: CalendarItem, zone: tzinfo) -> date:
    """The day an item starts, where the office is (all-day items keep their UTC date)."""
    return item.start.date() if item.all_day else item.start.astimezone(zone).date()


def _place(item_place: str | None, names: OtherNames, language: str) -> str | None:
    if item_place is None or language == "ru":
        return item_place
    return names.places.get(item_place, item_place)


def _event_line(
    item: CalendarItem, today: date, zone: tzinfo, language: str, names: OtherNames
) -> TodayLine:
    start = item.start.astimezone(zone)
    if item.approximate:  # all-day over its period, stored from 00:00 UTC of the first day
        when = format_period(item.start.date(), item.date_precision, language)
    elif item.all_day:
        when = format_span(item.start, item.end, all_day=True, zone=zone, language=language)
    elif start.date() == today:
        when = f"{format_time(item.start, zone)}–{format_time(item.end, zone)}"
    else:
        day = weekday_name(start.isoweekday(), language)
        when = f"{day} {format_date(start.date(), language)}, {format_time(item.start, zone)}"
    if item.item == "delegation":
        what = label(DelegationDirection(item.kind))
    else:
        what = label(EventKind(item.kind))
    status = (
        f" · {label(EventStatus(item.status))}"
        if item.item == "event" and item.status in (EventStatus.CANCELLED, EventStatus.POSTPONED)
        else ""
    )
    where = _place(item.place, names, language)
    place = f" · {where}" if where else ""
    countries = f" · {' '.join(item.countries)}" if item.countries else ""
    return TodayLine(
        "record",
        f"{when}   {_title(names, item.item, item.id, item.title, language)}"
        f"{countries}{place} · {what}{status}",
        RecordRef(item.item, item.id),
        item.countries[0] if item.countries else None,
    )


def _delegation_line(row: DelegationRow, language: str, names: OtherNames) -> TodayLine:
    when = format_date(row.arrives_on, language) if row.arrives_on else ""
    if row.departs_on and row.arrives_on and row.departs_on > row.arrives_on:
        when = f"{when} – {format_date(row.departs_on, language)}"
    head_word = QCoreApplication.translate("TodayView", "head:")
    head_name = (
        display_name(row.head, names.records.get(("person", row.head_id)), language)
        if row.head and row.head_id is not None
        else row.head
    )
    head = f" · {head_word} {head_name}" if head_name else ""
    where = _place(row.place, names, language)
    place = f" · {where}" if where else ""
    return TodayLine(
        "record",
        f"{when}   {row.title} · {row.country}{place}{head}",
        RecordRef("delegation", row.id),
        row.country or None,
    )


def _agreement_line(row: AgreementRow, today: date, language: str, names: OtherNames) -> TodayLine:
    until = row.valid_until
    left = (until - today).days if until else 0
    when = QCoreApplication.translate("TodayView", "until %1 (%2 d.)").replace(
        "%1", format_date(until, language) if until else ""
    )
    return TodayLine(
        "record",
        f"{when.replace('%2', str(left))}   "
        f"{_title(names, 'agreement', row.id, row.title, language)}",
        RecordRef("agreement", row.id),
        row.countries[0] if row.countries else None,
        warning=left <= 30,
    )


def _followup_line(row: FollowUpRow, language: str) -> TodayLine:
    due = QCoreApplication.translate("TodayView", "due %1").replace(
        "%1", format_date(row.due_on, language) if row.due_on else ""
    )
    who = f" · {row.responsible}" if row.responsible else ""
    return TodayLine(
        "record",
        f"{due}   {row.title}{who}",
        RecordRef("followup", row.id),
        row.country,
        warning=True,
    )


def _title(names: OtherNames, kind: str, record_id: int, title: str, language: str) -> str:
    return display_name(title, names.records.get((kind, record_id)), language)


def today_lines(
    summary: TodaySummary, zone: tzinfo, language: str, names: OtherNames | None = None
) -> list[TodayLine]:
    """The page's lines, section by section, in the interface language; ``names`` gives the
    names in the other language where known (English titles and places of Russian records).

    The summary's seven days are split at the end of this week (Sunday in Russian): what
    falls after it is "next week", up to the seventh day."""
    names = names or OtherNames()
    today = summary.today
    later = [item for item in summary.week_items if item not in summary.today_items]
    week_end = last_day_of_week(today, language)
    this_week = [item for item in later if _local_day(item, zone) <= week_end]
    next_week = [item for item in later if _local_day(item, zone) > week_end]
    sections: list[tuple[str, str, list[TodayLine]]] = [
        (
            QCoreApplication.translate("TodayView", "Today"),
            QCoreApplication.translate("TodayView", "Nothing is planned for today."),
            [_event_line(item, today, zone, language, names) for item in summary.today_items],
        ),
        (
            QCoreApplication.translate("TodayView", "Later this week"),
            QCoreApplication.translate("TodayView", "Nothing else this week."),
            [_event_line(item, today, zone, language, names) for item in this_week],
        ),
    ]
    last_shown = today + timedelta(days=6)
    if week_end < last_shown:  # the seven days reach into next week
        until = locale_for(language).toString(qdate(last_shown), "d MMMM")
        sections.append(
            (
                QCoreApplication.translate("TodayView", "Next week, until %1").replace("%1", until),
                QCoreApplication.translate("TodayView", "Nothing planned for these days yet."),
                [_event_line(item, today, zone, language, names) for item in next_week],
            )
        )
    sections += [
        (
            QCoreApplication.translate("TodayView", "Visits arriving within 14 days"),
            QCoreApplication.translate("TodayView", "No delegation arrives in the next 14 days."),
            [_delegation_line(row, language, names) for row in summary.arriving],
        ),
        (
            QCoreApplication.translate("TodayView", "Agreements expiring within 90 days"),
            QCoreApplication.translate(
                "TodayView", "No agreement in force expires in the next 90 days."
            ),
            [_agreement_line(row, today, language, names) for row in summary.expiring],
        ),
        (
            QCoreApplication.translate("TodayView", "Overdue follow-ups"),
            QCoreApplication.translate("TodayView", "Nothing is overdue."),
            [_followup_line(row, language) for row in summary.overdue],
        ),
    ]
    lines: list[TodayLine] = []
    for title, nothing, records in sections:
        lines.append(_heading(title, len(records)))
        lines.extend(records or [TodayLine("empty", nothing)])
    return lines


class TodayModel(QAbstractListModel):
    """The lines of the Today page; headings and 'nothing here' lines cannot be selected."""

    RefRole = Qt.ItemDataRole.UserRole + 1
    LineRole = Qt.ItemDataRole.UserRole + 2  # "heading", "record" or "empty"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[TodayLine] = []
        self._heading_font = QFont()
        self._heading_font.setBold(True)
        self._heading_font.setPointSizeF(self._heading_font.pointSizeF() * 1.1)

    def set_lines(self, lines: Sequence[TodayLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def line(self, row: int) -> TodayLine:
        return self._lines[row]

    def row_of(self, ref: RecordRef) -> int:
        return next((n for n, line in enumerate(self._lines) if line.ref == ref), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or self._lines[index.row()].role != "record":
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return line.text
        if role == self.RefRole:
            return line.ref
        if role == self.LineRole:
            return line.role
        if role == Qt.ItemDataRole.FontRole and line.role == "heading":
            return self._heading_font
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.role == "empty":
                return QBrush(_MUTED)
            if line.role == "heading":
                return QBrush(QColor("#1f2430"))
            return QBrush(_WARNING) if line.warning else None
        if role == Qt.ItemDataRole.DecorationRole and line.country:
            return flag_icon(line.country)
        return None


class TodayView(QWidget):
    """The start page; a line selected shows in the detail panel, Enter or a double-click
    opens it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TodayView")
        self._context = context
        self._day = context.today()
        self.title = QLabel(self)
        self.title.setObjectName("TodayTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.model = TodayModel(self)
        self.list = QListView(self)
        self.list.setObjectName("TodayList")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        self.list.setFrameShape(QListView.Shape.NoFrame)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        context.changed.connect(self._on_changed)
        context.language_changed.connect(lambda _language: self.refresh())
        context.selection_changed.connect(self._follow_selection)
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(_DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()
        self.refresh()

    @property
    def day(self) -> date:
        return self._day

    def refresh(self) -> None:
        """Read the summary again and show it in the current language."""
        self._day = self._context.today()
        language = self._context.language
        with self._context.db.session() as session:
            summary = today_summary(session, self._day, zone=self._context.zone)
            names = OtherNames()
            if language != "ru":
                from diplotrack.store.queries.today_names import (  # not needed at start
                    today_other_names,
                )

                names = today_other_names(session, summary)
        weekday = weekday_name(self._day.isoweekday(), language, short=False)
        self.title.setText(
            self.tr("Today: %1, %2")
            .replace("%1", weekday)
            .replace("%2", format_date(self._day, language))
        )
        selected = self._context.selection
        self.model.set_lines(today_lines(summary, self._context.zone, language, names))
        self._follow_selection(selected)

    def records(self) -> list[RecordRef]:
        """The records on the page, top to bottom."""
        found = (self.model.line(row).ref for row in range(self.model.rowCount()))
        return [ref for ref in found if ref is not None]

    def select_first(self) -> None:
        """Put the cursor on the first record (keyboard users start there)."""
        for row in range(self.model.rowCount()):
            if self.model.line(row).role == "record":
                self.list.setCurrentIndex(self.model.index(row))
                return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        ref = current.data(TodayModel.RefRole) if current.isValid() else None
        if isinstance(ref, RecordRef):
            self._context.select(ref)

    def _activated(self, index: QModelIndex) -> None:
        ref = index.data(TodayModel.RefRole)
        if isinstance(ref, RecordRef):
            self._context.open(ref)

    def _follow_selection(self, ref: RecordRef | None) -> None:
        row = self.model.row_of(ref) if ref is not None else -1
        current = self.list.currentIndex()
        if row >= 0 and current.row() != row:  # selecting the same record again is no news
            self.list.setCurrentIndex(self.model.index(row))

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*_SHOWN_KINDS):
            self.refresh()

    def _check_day(self) -> None:
        if self._context.today() != self._day:
            self.refresh()
