"""The Today page: what is on today and this week, who arrives soon, what expires, what is late."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.queries.today import today_summary
from diplotrack.store.queries.today_names import OtherNames

from ..context import AppContext
from ..formatting import format_date, weekday_name
from ..widgets.flags import flag_icon
from .first_steps import FirstSteps, holds_events
from .today_lines import TodayLine, last_day_of_week, today_lines

__all__ = ["TodayLine", "TodayModel", "TodayView", "last_day_of_week", "today_lines"]

_Index: TypeAlias = QModelIndex | QPersistentModelIndex

# What the page shows changes when any of these does (titles, places, responsible people).
_SHOWN_KINDS = ("event", "delegation", "agreement", "followup", "place", "person", "organization")
# The page checks this often whether midnight has passed, to move on to the new day.
_DAY_CHECK_MS = 60_000
_MUTED = QColor("#5f6673")
_WARNING = QColor("#a33b00")


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


class TodayLineDelegate(QStyledItemDelegate):
    """Measures a line at the width it is painted at, so a long line gets the height of all its
    wrapped lines: QListView asks for an item's size at the viewport's whole width but paints it
    inside its spacing, and a line that just fit the first then wrapped in the second and lost
    its end to "…"."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def painted_width(self) -> int:
        """How wide the view paints a line."""
        return max(1, self._view.viewport().width() - 2 * self._view.spacing())

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        painted = QStyleOptionViewItem(option)
        rect = QRect(option.rect)
        rect.setWidth(self.painted_width())
        painted.rect = rect
        return super().sizeHint(painted, index)


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
        self.list.setItemDelegate(TodayLineDelegate(self.list))
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
        self.first_steps = FirstSteps(self)
        self.first_steps.hide()
        layout.addWidget(self.title)
        layout.addWidget(self.first_steps, 1)
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
            # a database with no events yet: the page says how to begin instead of empty sections
            beginning = not summary.week_items and not holds_events(session)
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
        self.first_steps.retranslate()
        self.first_steps.setVisible(beginning)
        self.list.setVisible(not beginning)
        selected = self._context.selection
        self.model.set_lines(today_lines(summary, self._context.zone, language, names))
        self._follow_selection(selected)

    def offer_first_steps(
        self, new_event: QAction | None, import_file: QAction | None, demo: QAction | None
    ) -> None:
        """The window's actions behind the page's first steps on a database with no events."""
        self.first_steps.offer(new_event, import_file, demo)

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
