"""The month view: weeks of day cells, items as bars across their days, "+N more" on busy days."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QWidget

from diplotrack.ui import style
from diplotrack.ui.formatting import weekday_name

from .layout import Bar, WeekRow, lay_out_row
from .painting import paint_chip, paint_more
from .surface import CalendarSurface, Shown

HEADER_HEIGHT = 26.0
DAY_NUMBER_HEIGHT = 22.0
CELL_MARGIN = 2.0


def more_text(count: int) -> str:
    return QCoreApplication.translate("calendar", "+%n more", "", count)


class MonthView(CalendarSurface):
    """Weeks of the shown month; each week row is laid out in lanes as one piece."""

    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(shown, parent)
        self.rows: list[WeekRow] = []
        self._bars: list[Bar] = []  # parallel to ``regions``
        self._lanes: int | None = None  # the lanes ``rows`` were laid out for; None: not yet
        self.setMinimumSize(420, 300)

    # -- geometry ---------------------------------------------------------------------------------
    def _lane_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 5

    def _week_count(self) -> int:
        return max(1, len(self.shown.days) // 7)

    def _cell_size(self) -> tuple[float, float]:
        return self.width() / 7, (self.height() - HEADER_HEIGHT) / self._week_count()

    def max_lanes(self) -> int:
        _, cell_height = self._cell_size()
        return max(1, int((cell_height - DAY_NUMBER_HEIGHT - CELL_MARGIN) // self._lane_height()))

    def cell_rect(self, index: int) -> QRectF:
        width, height = self._cell_size()
        row, col = divmod(index, 7)
        return QRectF(col * width, HEADER_HEIGHT + row * height, width, height)

    def day_at(self, pos: QPointF) -> date | None:
        width, height = self._cell_size()
        if pos.y() < HEADER_HEIGHT or width <= 0 or height <= 0:
            return None
        col = min(6, max(0, int(pos.x() // width)))
        row = int((pos.y() - HEADER_HEIGHT) // height)
        index = row * 7 + col
        return self.shown.days[index] if 0 <= index < len(self.shown.days) else None

    def relayout(self) -> None:
        """Places the items in lanes again (new items, a new size or font): at once when the
        month is on the screen, else when it is shown. (Built hidden, as the window starts, it
        would otherwise be laid out for sizes it never shows: ~10 ms each on a busy month.)"""
        self._lanes = None
        if self.isVisible():
            self._lay_out()

    def _lay_out(self) -> None:
        zone, lanes = self.shown.zone, self.max_lanes()
        days = self.shown.days
        self.rows = [
            lay_out_row(self.shown.items, days[start : start + 7], zone, lanes)
            for start in range(0, len(days), 7)
        ]
        self._lanes = lanes
        self._place_regions()
        self.update()

    def _place_regions(self) -> None:
        width, height = self._cell_size()
        lane_height = self._lane_height()
        self.regions = []
        self._bars = []
        self.more_links = []
        for number, row in enumerate(self.rows):
            top = HEADER_HEIGHT + number * height + DAY_NUMBER_HEIGHT
            for bar in row.bars:
                rect = QRectF(
                    bar.first * width + CELL_MARGIN,
                    top + bar.lane * lane_height,
                    (bar.last - bar.first + 1) * width - 2 * CELL_MARGIN,
                    lane_height - 2,
                )
                self.regions.append((rect, bar.item))
                self._bars.append(bar)
            for col, hidden in enumerate(row.hidden):
                if hidden:
                    rect = QRectF(
                        col * width + CELL_MARGIN,
                        top + row.more_lane * lane_height,
                        width - 2 * CELL_MARGIN,
                        lane_height - 2,
                    )
                    self.more_links.append((rect, row.days[col]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._lanes == self.max_lanes():  # only the width or a few pixels: the same lanes
            self._place_regions()
            self.update()
        else:
            self._lay_out()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._lanes is None:
            self._lay_out()

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self._lanes is None:
            self._lay_out()
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        self._paint_header(painter)
        self._paint_cells(painter)
        self._paint_chips(painter)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        width, _ = self._cell_size()
        painter.setPen(style.HEADER_TEXT)
        header_font = QFont(self.font())
        header_font.setBold(True)
        painter.setFont(header_font)
        for col in range(7):
            weekday = (self.shown.first_weekday - 1 + col) % 7 + 1
            painter.drawText(
                QRectF(col * width + 6, 0, width - 12, HEADER_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                weekday_name(weekday, self.shown.language),
            )
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(
            QPointF(0, HEADER_HEIGHT - 0.5), QPointF(self.width(), HEADER_HEIGHT - 0.5)
        )

    def _paint_cells(self, painter: QPainter) -> None:
        shown = self.shown
        number_font = QFont(self.font())
        for index, day in enumerate(shown.days):
            rect = self.cell_rect(index)
            if day == self.drop_day:
                painter.fillRect(rect, style.tint(style.SELECTION_OUTLINE, 0.25))
            elif day == shown.selected_day:
                painter.fillRect(rect, style.SELECTED_DAY_BACKGROUND)
            elif day == shown.today:
                painter.fillRect(rect, style.TODAY_BACKGROUND)
            elif day.month != shown.month:
                painter.fillRect(rect, style.OTHER_MONTH_BACKGROUND)
        # the lines after every fill: a cell's fill would cover its left neighbour's right edge
        painter.setPen(QPen(style.GRID_LINE, 1))
        for index in range(len(shown.days)):
            rect = self.cell_rect(index)
            painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        for index, day in enumerate(shown.days):
            rect = self.cell_rect(index)
            number_font.setBold(day == shown.today)
            painter.setFont(number_font)
            number_rect = QRectF(rect.left() + 6, rect.top() + 2, 40, DAY_NUMBER_HEIGHT - 4)
            if day == shown.today:
                circle = QRectF(rect.left() + 3, rect.top() + 2, 24, DAY_NUMBER_HEIGHT - 3)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setBrush(style.SELECTION_OUTLINE)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(circle, 9, 9)
                painter.setPen(Qt.GlobalColor.white)
                number_rect = circle
                align = Qt.AlignmentFlag.AlignCenter
            else:
                muted = day.month != shown.month
                painter.setPen(style.MUTED_TEXT if muted else style.DAY_NUMBER_TEXT)
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(number_rect, int(align), str(day.day))
            if day == shown.selected_day and self.hasFocus():
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(style.SELECTION_OUTLINE, 2))
                painter.drawRect(rect.adjusted(1, 1, -1, -1))

    def _paint_chips(self, painter: QPainter) -> None:
        shown = self.shown
        for (rect, item), bar in zip(self.regions, self._bars, strict=True):
            single = bar.first == bar.last and not item.all_day
            paint_chip(
                painter,
                rect,
                item,
                shown.chip_text(item, with_time=single),
                font=self.font(),
                selected=shown.is_selected(item),
                open_left=bar.continues_before,
                open_right=bar.continues_after,
            )
        hovered = self.mapFromGlobal(self.cursor().pos()).toPointF()
        for rect, day in self.more_links:
            index = self.shown.days.index(day)
            row = self.rows[index // 7]
            paint_more(
                painter, rect, more_text(row.hidden[index % 7]), self.font(), rect.contains(hovered)
            )
