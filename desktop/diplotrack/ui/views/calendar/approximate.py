"""The "Date not fixed" strip: planned events known only by a month, season or year, as chips."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.ui import style

from .painting import BAR_WIDTH, FLAG_GAP, PADDING, ChipText, paint_chip, paint_more
from .surface import KeyHandler, Shown, claim_shortcut

MARGIN = 4.0
SPACING = 6.0
CHIP_MIN = 130.0
CHIP_MAX = 280.0  # while some are left behind "+N"
CHIP_WIDEST = 460.0  # when a few share the line
CHIPS_AT_MOST = 12  # a 100,000-event month has ~440: no more than a line can hold are measured


def strip_label(count: int) -> str:
    return QCoreApplication.translate("calendar", "Date not fixed: %1").replace("%1", str(count))


class ApproximateStrip(QWidget):
    """One line above the days: how many of the period's events have no fixed date, the first
    of them as chips (their period instead of a time) and "+N" for the rest.

    A click or the arrows select a chip's event, Enter or a double-click opens it; "+N" asks for
    the list of the month. Esc or Down hands the keys back to the days.
    """

    item_clicked = Signal(object)  # CalendarItem
    item_activated = Signal(object)  # CalendarItem
    more_clicked = Signal()
    leave_requested = Signal()

    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.regions: list[tuple[QRectF, CalendarItem]] = []
        self.more_rect: QRectF | None = None
        self.current = 0  # the chip with the keyboard focus; len(regions) is "+N"
        self.key_handler: KeyHandler | None = None
        self.claims_key: Callable[[QKeyEvent], bool] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setFixedHeight(int(self._lane_height() + 2 * MARGIN))

    # -- geometry ---------------------------------------------------------------------------------
    def _lane_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 5

    def _label_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def hidden_count(self) -> int:
        return len(self.shown.approximate) - len(self.regions)

    def relayout(self) -> None:
        """Places as many chips as the width holds, the rest behind "+N"; a few chips get their
        whole titles when they fit."""
        items = self.shown.approximate
        lane = self._lane_height()
        self.setFixedHeight(int(lane + 2 * MARGIN))
        metrics = QFontMetricsF(self._label_font())
        left = MARGIN + 6 + metrics.horizontalAdvance(strip_label(len(items))) + SPACING * 2
        right = self.width() - MARGIN
        more_width = metrics.horizontalAdvance(f"+{len(items)}") + 16
        natural = [self._natural_width(item) for item in items[:CHIPS_AT_MOST]]
        widest = CHIP_MAX
        if natural and len(natural) == len(items):  # all of them may fit: share the line
            share = (right - left) / len(natural) - SPACING
            widest = min(CHIP_WIDEST, max(CHIP_MAX, share))
        x = left
        self.regions = []
        for number, item in enumerate(items[: len(natural)]):
            width = min(widest, max(CHIP_MIN, natural[number]))
            last = number == len(items) - 1
            if x + width > right - (0 if last else more_width + SPACING):
                break
            self.regions.append((QRectF(x, MARGIN, width, lane - 2), item))
            x += width + SPACING
        self.more_rect = None
        if self.hidden_count() > 0:
            self.more_rect = QRectF(x, MARGIN, more_width, lane - 2)
        self.current = min(self.current, self._stops() - 1) if self._stops() else 0
        self.update()

    def _natural_width(self, item: CalendarItem) -> float:
        """The width a chip needs for its period, whole title and flags."""
        text = self._chip_text(item)
        metrics = QFontMetricsF(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        flags = sum(
            16 + FLAG_GAP + metrics.horizontalAdvance(code) + FLAG_GAP for code in text.countries
        )
        return (
            BAR_WIDTH
            + 2 * PADDING
            + QFontMetricsF(bold).horizontalAdvance(text.time + " ")
            + metrics.horizontalAdvance(text.title)
            + flags
            + 4
        )

    def _chip_text(self, item: CalendarItem) -> ChipText:
        shown = self.shown.chip_text(item, with_time=False)
        return ChipText(self.shown.period_text(item), shown.title, shown.countries)

    def _stops(self) -> int:
        """Places the keyboard can be: each chip, and "+N" when there is one."""
        return len(self.regions) + (1 if self.more_rect is not None else 0)

    def item_at(self, pos: QPointF) -> CalendarItem | None:
        for rect, item in self.regions:
            if rect.contains(pos):
                return item
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), style.OTHER_MONTH_BACKGROUND)
        painter.setPen(QPen(style.GRID_LINE, 1))
        painter.drawLine(
            QPointF(0, self.height() - 0.5), QPointF(self.width(), self.height() - 0.5)
        )
        painter.setFont(self._label_font())
        painter.setPen(style.HEADER_TEXT)
        painter.drawText(
            QRectF(MARGIN + 6, 0, self.width(), self.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            strip_label(len(self.shown.approximate)),
        )
        focused = self.hasFocus()
        for number, (rect, item) in enumerate(self.regions):
            paint_chip(
                painter,
                rect,
                item,
                self._chip_text(item),
                font=self.font(),
                selected=self.shown.is_selected(item),
            )
            if focused and number == self.current:
                self._paint_focus(painter, rect)
        if self.more_rect is not None:
            hovered = self.more_rect.contains(self.mapFromGlobal(self.cursor().pos()).toPointF())
            paint_more(
                painter,
                self.more_rect,
                f"+{self.hidden_count()}",
                self.font(),
                hovered or (focused and self.current == len(self.regions)),
            )
            if focused and self.current == len(self.regions):
                self._paint_focus(painter, self.more_rect)
        painter.end()

    def _paint_focus(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(style.SELECTION_OUTLINE, 1.0, Qt.PenStyle.DotLine))
        painter.drawRect(rect.adjusted(-2.5, -2.5, 2.5, 2.5))
        painter.restore()

    # -- mouse -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        if self.more_rect is not None and self.more_rect.contains(pos):
            self.current = len(self.regions)
            self.more_clicked.emit()
            return
        for number, (rect, item) in enumerate(self.regions):
            if rect.contains(pos):
                self.current = number
                self.item_clicked.emit(item)
                self.update()
                return

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.item_activated.emit(item)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        over_more = self.more_rect is not None and self.more_rect.contains(pos)
        hovering = over_more or self.item_at(pos) is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if hovering else Qt.CursorShape.ArrowCursor
        )
        if self.more_rect is not None:
            self.update(self.more_rect.toAlignedRect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        if claim_shortcut(event, self.claims_key):
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        pos = QPointF(event.pos())
        item = self.item_at(pos)
        if item is not None:
            lines = [item.title, self.shown.period_text(item)]
            if item.place:
                lines[1] += f" · {item.place}"
            QToolTip.showText(event.globalPos(), "\n".join(lines), self)
        elif self.more_rect is not None and self.more_rect.contains(pos):
            text = QCoreApplication.translate("calendar", "All of them in the month's list")
            QToolTip.showText(event.globalPos(), text, self)
        else:
            QToolTip.hideText()

    # -- keys ------------------------------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        chosen = [n for n, (_, item) in enumerate(self.regions) if self.shown.is_selected(item)]
        if chosen:
            self.current = chosen[0]
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, stops = Qt.Key(event.key()), self._stops()
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        moves = {
            Qt.Key.Key_Left: self.current - 1,
            Qt.Key.Key_Right: self.current + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: stops - 1,
        }
        if plain and key in moves and stops:
            self._move_to(min(max(moves[key], 0), stops - 1))
        elif plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and stops:
            self._activate()
        elif plain and key in (Qt.Key.Key_Escape, Qt.Key.Key_Down):
            self.leave_requested.emit()
        elif plain and key == Qt.Key.Key_Up:
            pass  # nothing above the strip; the days' Up would move a day unseen
        elif self.key_handler is not None and self.key_handler(event):
            pass
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _move_to(self, stop: int) -> None:
        self.current = stop
        if stop < len(self.regions):
            self.item_clicked.emit(self.regions[stop][1])
        self.update()

    def _activate(self) -> None:
        if self.current < len(self.regions):
            self.item_activated.emit(self.regions[self.current][1])
        else:
            self.more_clicked.emit()
