"""The week and day views: a time grid of one or seven days, spanning items in a band on top."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.ui import style
from diplotrack.ui.formatting import format_time, locale_for, qdate, weekday_name

from .layout import MINUTES_PER_DAY, Bar, lay_out_day, lay_out_row, spans_days
from .month import more_text
from .painting import paint_chip, paint_more
from .surface import CalendarSurface, Shown

GUTTER = 56.0
HOUR_HEIGHT = 44.0
HEADER_HEIGHT = 40.0
MAX_BAND_LANES = 4
NOW_LINE = QColor("#d93025")
DAY_STARTS_AT = 8  # the hour scrolled into view when the grid opens
SNAP_MINUTES = 15  # a dragged block lands on the quarter hour


@dataclass(frozen=True)
class TimeSlot:
    """Where a dragged block would land: a day, minutes from its start, and the item's length."""

    day: date
    minute: int
    length: timedelta

    def start(self, zone: tzinfo) -> datetime:
        return datetime.combine(self.day, time(self.minute // 60, self.minute % 60), zone)


class _Columns:
    """Column geometry shared by the band and the grid so that days line up."""

    def __init__(self, grid: CalendarSurface) -> None:
        self._grid = grid

    def width(self) -> float:
        count = max(1, len(self._grid.shown.days))
        return max(1.0, (self._grid.width() - GUTTER) / count)

    def day_at(self, x: float, days: list[date]) -> date | None:
        if x < GUTTER or not days:
            return None
        col = min(len(days) - 1, int((x - GUTTER) // self.width()))
        return days[col]


class DayBand(CalendarSurface):
    """Day names on top and, below them, items that span whole days."""

    def __init__(self, shown: Shown, columns: _Columns, parent: QWidget | None = None) -> None:
        super().__init__(shown, parent)
        self._columns = columns
        self._bars: list[Bar] = []
        self.hidden: tuple[int, ...] = ()

    def _lane_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 5

    def day_at(self, pos: QPointF) -> date | None:
        return self._columns.day_at(pos.x(), self.shown.days)

    def relayout(self) -> None:
        days = self.shown.days
        if not days:
            return
        row = lay_out_row(
            (item for item in self.shown.items if spans_days(item, self.shown.zone)),
            days,
            self.shown.zone,
            MAX_BAND_LANES,
        )
        lane_height = self._lane_height()
        width = self._columns.width()
        self.regions, self._bars, self.more_links = [], [], []
        for bar in row.bars:
            rect = QRectF(
                GUTTER + bar.first * width + 2,
                HEADER_HEIGHT + 2 + bar.lane * lane_height,
                (bar.last - bar.first + 1) * width - 4,
                lane_height - 2,
            )
            self.regions.append((rect, bar.item))
            self._bars.append(bar)
        for col, hidden in enumerate(row.hidden):
            if hidden:
                rect = QRectF(
                    GUTTER + col * width + 2,
                    HEADER_HEIGHT + 2 + row.more_lane * lane_height,
                    width - 4,
                    lane_height - 2,
                )
                self.more_links.append((rect, days[col]))
        self.hidden = row.hidden
        lanes = max(row.lanes, row.more_lane + 1 if any(row.hidden) else 0, 1)
        self.setFixedHeight(int(HEADER_HEIGHT + 6 + lanes * lane_height))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        shown, width = self.shown, self._columns.width()
        locale = locale_for(shown.language)
        name_font = QFont(self.font())
        for col, day in enumerate(shown.days):
            rect = QRectF(GUTTER + col * width, 0, width, self.height())
            if day == self.drop_day:
                painter.fillRect(rect, style.tint(style.SELECTION_OUTLINE, 0.25))
            elif day == shown.selected_day:
                painter.fillRect(rect, style.SELECTED_DAY_BACKGROUND)
            elif day == shown.today:
                painter.fillRect(rect, style.TODAY_BACKGROUND)
            name_font.setBold(day == shown.today)
            painter.setFont(name_font)
            painter.setPen(style.HEADER_TEXT)
            label = f"{weekday_name(day.isoweekday(), shown.language)} "
            label += locale.toString(qdate(day), "d MMM")
            painter.drawText(
                QRectF(rect.left() + 6, 0, rect.width() - 12, HEADER_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                label,
            )
            painter.setPen(QPen(style.GRID_LINE, 1))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
            if day == shown.selected_day and self.hasFocus():
                painter.setPen(QPen(style.SELECTION_OUTLINE, 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(
            QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5)
        )
        for (rect, item), bar in zip(self.regions, self._bars, strict=True):
            paint_chip(
                painter,
                rect,
                item,
                shown.chip_text(item, with_time=False),
                font=self.font(),
                selected=shown.is_selected(item),
                open_left=bar.continues_before,
                open_right=bar.continues_after,
            )
        for rect, day in self.more_links:
            count = self.hidden[shown.days.index(day)]
            paint_more(painter, rect, more_text(count), self.font(), False)
        painter.end()


class HourGrid(CalendarSurface):
    """Twenty-four hours of the shown days; timed items as blocks side by side when they meet.

    Dragging a block moves it up or down in time (to the quarter hour) and across days,
    keeping its length; ``item_moved`` says where it was let go.
    """

    #: a block let go at a new start: CalendarItem, aware datetime in the office zone
    item_moved = Signal(object, object)

    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(shown, parent)
        self.columns = _Columns(self)
        self.on_resize: Callable[[], None] | None = None  # the band follows the grid's columns
        self.drop_slot: TimeSlot | None = None
        self.setMinimumHeight(int(24 * HOUR_HEIGHT))

    def slot_for(self, pos: QPointF, origin: QPointF, item: CalendarItem) -> TimeSlot | None:
        """Where ``item``, grabbed at ``origin``, lands when let go at ``pos``."""
        day = self.day_at(pos)
        if day is None:
            return None
        start = item.start.astimezone(self.shown.zone)
        length = item.end - item.start
        moved = (pos.y() - origin.y()) / HOUR_HEIGHT * 60
        minute = round((start.hour * 60 + start.minute + moved) / SNAP_MINUTES) * SNAP_MINUTES
        # it ends by midnight if it fits in a day: a drag to the bottom does not push it over
        room = MINUTES_PER_DAY - max(SNAP_MINUTES, int(length.total_seconds() // 60))
        latest = max(0, room // SNAP_MINUTES * SNAP_MINUTES)
        return TimeSlot(day, min(max(minute, 0), latest), length)

    def drag_over(self, pos: QPointF, origin: QPointF, item: CalendarItem) -> None:
        super().drag_over(pos, origin, item)
        slot = self.slot_for(pos, origin, item)
        if slot != self.drop_slot:
            self.drop_slot = slot
            self.update()

    def drop(self, item: CalendarItem) -> None:
        if self.drop_slot is None:
            return
        start = self.drop_slot.start(self.shown.zone)
        if start != item.start:
            self.item_moved.emit(item, start)

    def end_drag(self) -> None:
        self.drop_slot = None
        super().end_drag()

    def day_at(self, pos: QPointF) -> date | None:
        return self.columns.day_at(pos.x(), self.shown.days)

    def relayout(self) -> None:
        width = self.columns.width()
        self.regions = []
        for col, day in enumerate(self.shown.days):
            for block in lay_out_day(self.shown.items, day, self.shown.zone):
                lane_width = width / block.columns
                rect = QRectF(
                    GUTTER + col * width + block.column * lane_width + 2,
                    block.top / 60 * HOUR_HEIGHT + 1,
                    lane_width - 4,
                    (block.bottom - block.top) / 60 * HOUR_HEIGHT - 2,
                )
                self.regions.append((rect, block.item))
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()
        if self.on_resize is not None:
            self.on_resize()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        shown, width = self.shown, self.columns.width()
        for col, day in enumerate(shown.days):
            rect = QRectF(GUTTER + col * width, 0, width, self.height())
            if day == self.drop_day:
                painter.fillRect(rect, style.tint(style.SELECTION_OUTLINE, 0.25))
            elif day == shown.selected_day and len(shown.days) > 1:
                painter.fillRect(rect, style.tint(style.SELECTED_DAY_BACKGROUND, 0.6))
            painter.setPen(QPen(style.GRID_LINE, 1))
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        painter.setFont(self.font())
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            painter.setPen(QPen(style.GRID_LINE, 1))
            painter.drawLine(QPointF(GUTTER, y + 0.5), QPointF(self.width(), y + 0.5))
            painter.setPen(style.HEADER_TEXT)
            painter.drawText(
                QRectF(0, y + 2, GUTTER - 8, HOUR_HEIGHT / 2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                f"{hour:02d}:00",
            )
        for rect, item in self.regions:
            paint_chip(
                painter,
                rect,
                item,
                shown.chip_text(item, with_time=True),
                font=self.font(),
                selected=shown.is_selected(item),
                multiline=True,
            )
        if self.drop_slot is not None:
            self._paint_drop_slot(painter, self.drop_slot, width)
        if shown.today in shown.days:
            now = datetime.now(shown.zone)
            minutes = now.hour * 60 + now.minute
            col = shown.days.index(shown.today)
            y = minutes / MINUTES_PER_DAY * 24 * HOUR_HEIGHT
            painter.setPen(QPen(NOW_LINE, 2))
            painter.drawLine(
                QPointF(GUTTER + col * width, y), QPointF(GUTTER + (col + 1) * width, y)
            )
        painter.end()

    def _paint_drop_slot(self, painter: QPainter, slot: TimeSlot, width: float) -> None:
        """The outline of where the dragged block lands, with its new times."""
        if slot.day not in self.shown.days:
            return
        col = self.shown.days.index(slot.day)
        minutes = max(20.0, slot.length.total_seconds() / 60)
        rect = QRectF(
            GUTTER + col * width + 2,
            slot.minute / 60 * HOUR_HEIGHT + 1,
            width - 4,
            minutes / 60 * HOUR_HEIGHT - 2,
        )
        painter.setPen(QPen(style.SELECTION_OUTLINE, 2, Qt.PenStyle.DashLine))
        painter.setBrush(style.tint(style.SELECTION_OUTLINE, 0.15))
        painter.drawRoundedRect(rect, 3, 3)
        start = slot.start(self.shown.zone)
        zone = self.shown.zone
        painter.setPen(style.SELECTION_OUTLINE)
        painter.drawText(
            rect.adjusted(6, 2, -4, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            f"{format_time(start, zone)}–{format_time(start + slot.length, zone)}",
        )


class TimeGridView(QWidget):
    """One or seven days: the band of spanning items over a scrolling grid of hours."""

    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = HourGrid(shown)
        self.band = DayBand(shown, self.grid.columns)
        self.hours = QScrollArea()
        self.hours.setWidget(self.grid)
        self.hours.setWidgetResizable(True)
        self.hours.setFrameShape(QFrame.Shape.NoFrame)
        self.hours.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hours.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.band)
        layout.addWidget(self.hours, 1)
        self.setFocusProxy(self.grid)
        self.grid.on_resize = self.band.relayout
        self._scrolled = False

    def surfaces(self) -> tuple[CalendarSurface, ...]:
        return (self.band, self.grid)

    def relayout(self) -> None:
        self.grid.relayout()
        self.band.relayout()
        if not self._scrolled:
            self.hours.verticalScrollBar().setValue(int(DAY_STARTS_AT * HOUR_HEIGHT))
            self._scrolled = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.band.relayout()
