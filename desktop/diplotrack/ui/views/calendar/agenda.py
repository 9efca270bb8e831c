"""The agenda: the period's items as a list grouped by day, with time, title, place, countries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeAlias

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from diplotrack.services.changes import RecordRef
from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.ui import style
from diplotrack.ui.formatting import format_date, format_time, weekday_name
from diplotrack.ui.widgets.flags import flag_pixmap

from .layout import item_days
from .painting import chip_colors
from .surface import KeyHandler, Shown, item_ref

_Index: TypeAlias = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class AgendaLine:
    """A day heading (``item`` None) or one item on that day, already in words."""

    day: date
    item: CalendarItem | None
    when: str
    text: str
    place: str
    countries: tuple[str, ...]


class AgendaModel(QAbstractListModel):
    """Rows of the agenda: a heading per day with items, then that day's items."""

    DayRole = Qt.ItemDataRole.UserRole + 1
    ItemRole = Qt.ItemDataRole.UserRole + 2
    RefRole = Qt.ItemDataRole.UserRole + 3
    HeadingRole = Qt.ItemDataRole.UserRole + 4
    WhenRole = Qt.ItemDataRole.UserRole + 5
    CountriesRole = Qt.ItemDataRole.UserRole + 6
    PlaceRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[AgendaLine] = []

    def set_lines(self, lines: list[AgendaLine]) -> None:
        self.beginResetModel()
        self._lines = lines
        self.endResetModel()

    def line(self, row: int) -> AgendaLine:
        return self._lines[row]

    def row_of(self, ref: RecordRef, day: date | None = None) -> int | None:
        """The row of ``ref`` on ``day`` (any day, or the "Date not fixed" group)."""
        for row, line in enumerate(self._lines):
            if line.item is None or item_ref(line.item) != ref:
                continue
            if day is None or line.day == day or line.item.approximate:
                return row
        return None

    def row_of_day(self, day: date) -> int | None:
        for row, line in enumerate(self._lines):
            if line.day >= day:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._lines[index.row()].item is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if line.item is None:
                return line.text
            return " · ".join(part for part in (line.when, line.text, line.place) if part)
        if role == Qt.ItemDataRole.ToolTipRole and line.item is not None:
            return ", ".join(line.countries)
        if role == self.DayRole:
            return line.day
        if role == self.ItemRole:
            return line.item
        if role == self.RefRole:
            return item_ref(line.item) if line.item is not None else None
        if role == self.HeadingRole:
            return line.item is None
        if role == self.WhenRole:
            return line.when
        if role == self.CountriesRole:
            return line.countries
        if role == self.PlaceRole:
            return line.place
        return None


def _when(item: CalendarItem, day: date, shown: Shown) -> str:
    translate = QCoreApplication.translate
    if item.all_day:
        return translate("calendar", "All day")
    first, last = item_days(item, shown.zone)
    if first == last:
        return f"{format_time(item.start, shown.zone)}–{format_time(item.end, shown.zone)}"
    if day == first:
        return translate("calendar", "from %1").replace("%1", format_time(item.start, shown.zone))
    if day == last:
        return translate("calendar", "until %1").replace("%1", format_time(item.end, shown.zone))
    return translate("calendar", "All day")


def agenda_lines(shown: Shown) -> list[AgendaLine]:
    """The agenda of ``shown``: first the items whose date is not fixed, with their period,
    then every shown day that has items, each item on every day it covers."""
    if not shown.days:
        return []
    lines: list[AgendaLine] = []
    if shown.approximate:
        # on the period's first day, so that moving to it finds the group at the top
        first = shown.days[0]
        heading = QCoreApplication.translate("calendar", "Date not fixed")
        lines.append(AgendaLine(first, None, "", heading, "", ()))
        lines.extend(
            AgendaLine(
                first, item, shown.period_text(item), item.title, item.place or "", item.countries
            )
            for item in shown.approximate
        )
    first_shown, last_shown = shown.days[0], shown.days[-1]
    by_day: dict[date, list[CalendarItem]] = {}
    for item in shown.items:
        first, last = item_days(item, shown.zone)
        day = max(first, first_shown)
        while day <= min(last, last_shown):
            by_day.setdefault(day, []).append(item)
            day += timedelta(days=1)
    for day in sorted(by_day):
        heading = f"{weekday_name(day.isoweekday(), shown.language, short=False)}, "
        heading += format_date(day, shown.language)
        lines.append(AgendaLine(day, None, "", heading, "", ()))
        for item in by_day[day]:
            lines.append(
                AgendaLine(
                    day, item, _when(item, day, shown), item.title, item.place or "", item.countries
                )
            )
    return lines


class AgendaDelegate(QStyledItemDelegate):
    """Paints headings as bands and items as time, kind bar, title, place and flags."""

    TIME_WIDTH = 120.0  # room for a period: 'сентябрь 2025', 'September 2025'

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = QFontMetricsF(option.font).height()
        heading = bool(index.data(AgendaModel.HeadingRole))
        return QSize(200, int(height + (14 if heading else 10)))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = QRectF(option.rect)
        painter.save()
        font = QFont(option.font)
        if index.data(AgendaModel.HeadingRole):
            painter.fillRect(rect, style.OTHER_MONTH_BACKGROUND)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(style.DAY_NUMBER_TEXT)
            painter.drawText(
                rect.adjusted(10, 4, -10, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(index.data()),
            )
            painter.restore()
            return
        item: CalendarItem = index.data(AgendaModel.ItemRole)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, style.SELECTED_DAY_BACKGROUND)
        base, look = chip_colors(item)
        bar = QRectF(rect.left() + self.TIME_WIDTH, rect.top() + 4, 5, rect.height() - 8)
        painter.fillRect(bar, look.bar(base))
        painter.setPen(style.HEADER_TEXT)
        painter.setFont(font)
        middle = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.drawText(
            QRectF(rect.left() + 16, rect.top(), self.TIME_WIDTH - 20, rect.height()),
            middle,
            str(index.data(AgendaModel.WhenRole)),
        )
        countries: tuple[str, ...] = index.data(AgendaModel.CountriesRole)
        metrics = QFontMetricsF(font)
        flags_width = sum(16 + 4 + metrics.horizontalAdvance(code) + 8 for code in countries)
        title_font = QFont(font)
        title_font.setStrikeOut(look.struck)
        title_font.setItalic(look.italic)
        title_font.setBold(item.item == "delegation")
        place = str(index.data(AgendaModel.PlaceRole) or "")
        left = bar.right() + 10
        right = rect.right() - flags_width - 10
        place_width = min(metrics.horizontalAdvance(place) + 16, (right - left) * 0.35)
        title_width = max(0.0, right - left - place_width)
        painter.setFont(title_font)
        painter.setPen(style.MUTED_TEXT if look.muted else style.DAY_NUMBER_TEXT)
        title = QFontMetricsF(title_font).elidedText(
            item.title, Qt.TextElideMode.ElideRight, title_width
        )
        painter.drawText(QRectF(left, rect.top(), title_width, rect.height()), middle, title)
        painter.setFont(font)
        painter.setPen(style.MUTED_TEXT)
        place = metrics.elidedText(place, Qt.TextElideMode.ElideRight, place_width - 8)
        painter.drawText(
            QRectF(left + title_width + 8, rect.top(), place_width, rect.height()), middle, place
        )
        x = right + 10
        for code in countries:
            pixmap = flag_pixmap(code, 12)
            painter.drawPixmap(QPointF(x, rect.center().y() - 6), pixmap)
            x += 16 + 4
            painter.setPen(style.HEADER_TEXT)
            advance = metrics.horizontalAdvance(code)
            painter.drawText(QRectF(x, rect.top(), advance + 2, rect.height()), middle, code)
            x += advance + 8
        painter.restore()


class AgendaView(QListView):
    """The agenda list: arrows move between items, Enter opens, other keys go to the calendar."""

    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setItemDelegate(AgendaDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.key_handler: KeyHandler | None = None
        self.empty_text = ""

    def relayout(self) -> None:
        self.agenda.set_lines(agenda_lines(self.shown))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        navigation = {
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        }
        handler = self.key_handler
        if event.key() not in navigation and handler is not None and handler(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.agenda.rowCount() == 0 and self.empty_text:
            painter = QPainter(self.viewport())
            painter.setPen(style.MUTED_TEXT)
            painter.drawText(
                self.viewport().rect().adjusted(0, 40, 0, 0),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                self.empty_text,
            )
            painter.end()
