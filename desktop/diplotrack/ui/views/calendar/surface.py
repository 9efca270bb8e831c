"""What the painted period views share: the shown state, hit testing, clicks and dragging."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, tzinfo

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

from diplotrack.services.changes import RecordRef
from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.ui.formatting import format_period, format_time

from .layout import item_days
from .painting import ChipText


def item_ref(item: CalendarItem) -> RecordRef:
    return RecordRef(item.item, item.id)


def claim_shortcut(event: QEvent, claims_key: Callable[[QKeyEvent], bool] | None) -> bool:
    """Whether a calendar surface takes this key from the window's shortcuts (accepting it): its
    own keys (T, M, Ctrl+N…) win over them while it has focus."""
    if (
        event.type() == QEvent.Type.ShortcutOverride
        and isinstance(event, QKeyEvent)
        and claims_key is not None
        and claims_key(event)
    ):
        event.accept()
        return True
    return False


@dataclass
class Shown:
    """What the calendar shows now; the views paint from it and never query themselves."""

    days: list[date] = field(default_factory=list)
    items: list[CalendarItem] = field(default_factory=list)  # laid out on the days
    # known only by a month, season or year, overlapping the period: shown apart, not on days
    approximate: list[CalendarItem] = field(default_factory=list)
    zone: tzinfo = UTC
    language: str = "en"
    today: date = date(2000, 1, 1)
    selected_day: date = date(2000, 1, 1)
    selected: RecordRef | None = None
    month: int = 1  # the month a month view is about; other days are drawn muted
    host: str | None = None  # the office's own country, left off chips
    first_weekday: int = 1

    def chip_text(self, item: CalendarItem, *, with_time: bool) -> ChipText:
        countries = [code for code in item.countries if code != self.host] or (
            list(item.countries) if item.item == "delegation" else []
        )
        when = format_time(item.start, self.zone) if with_time and not item.all_day else ""
        return ChipText(when, item.title, countries)

    def period_text(self, item: CalendarItem) -> str:
        """The period an approximate item is known by: '2025', 'весна 2025', 'April 2025'."""
        return format_period(item_days(item, self.zone)[0], item.date_precision, self.language)

    def is_selected(self, item: CalendarItem) -> bool:
        return self.selected == item_ref(item)


KeyHandler = Callable[[QKeyEvent], bool]


class CalendarSurface(QWidget):
    """A painted area of days and chips: reports clicks, double-clicks and drops upwards.

    Subclasses fill ``regions`` (chip rectangles, topmost last) and ``more_links`` while laying
    out, and say which day a point is over. Keys go to ``key_handler`` (the calendar view), so
    that every surface answers the same keys.
    """

    day_clicked = Signal(object)  # date
    item_clicked = Signal(object, object)  # CalendarItem, the day clicked on (or None)
    item_activated = Signal(object)  # CalendarItem (double-click)
    more_clicked = Signal(object)  # date
    item_dropped = Signal(object, object)  # CalendarItem, date

    def __init__(self, shown: Shown, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown = shown
        self.regions: list[tuple[QRectF, CalendarItem]] = []
        self.more_links: list[tuple[QRectF, date]] = []
        self.key_handler: KeyHandler | None = None
        self.claims_key: Callable[[QKeyEvent], bool] | None = None
        self.drop_day: date | None = None  # where a dragged chip would land, highlighted
        self._pressed: tuple[QPointF, CalendarItem | None] | None = None
        self._dragging: CalendarItem | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- geometry, supplied by each view --------------------------------------------------------
    def day_at(self, pos: QPointF) -> date | None:
        raise NotImplementedError

    def item_at(self, pos: QPointF) -> CalendarItem | None:
        for rect, item in reversed(self.regions):
            if rect.contains(pos):
                return item
        return None

    def more_at(self, pos: QPointF) -> date | None:
        for rect, day in self.more_links:
            if rect.contains(pos):
                return day
        return None

    # -- mouse ------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        more = self.more_at(pos)
        if more is not None:
            self.more_clicked.emit(more)
            return
        item = self.item_at(pos)
        day = self.day_at(pos)
        if day is not None and item is None:
            self.day_clicked.emit(day)
        if item is not None:
            self.item_clicked.emit(item, day)
        self._pressed = (pos, item)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._pressed is None:
            hovering = self.item_at(pos) is not None or self.more_at(pos) is not None
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hovering else Qt.CursorShape.ArrowCursor
            )
            return
        origin, item = self._pressed
        if item is None:
            return
        if self._dragging is None:
            moved = (pos - origin).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            self._dragging = item
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.drag_over(pos, origin, item)

    def drag_over(self, pos: QPointF, origin: QPointF, item: CalendarItem) -> None:
        """The dragged ``item``, grabbed at ``origin``, is over ``pos``: show where it lands."""
        target = self.day_at(pos)
        if target != self.drop_day:
            self.drop_day = target
            self.update()

    def drop(self, item: CalendarItem) -> None:
        """The dragged ``item`` is let go where ``drag_over`` last showed."""
        if self.drop_day is not None:
            self.item_dropped.emit(item, self.drop_day)

    def end_drag(self) -> None:
        """Forgets the drag (let go, or Esc) and what it highlighted."""
        self._pressed = None
        self._dragging = None
        self.drop_day = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        dragged = self._dragging
        if dragged is None:
            self._pressed = None
            return
        try:
            self.drop(dragged)
        finally:
            self.end_drag()  # whatever the move did, the highlight goes

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.item_activated.emit(item)
        else:
            more = self.more_at(event.position())
            if more is not None:
                self.more_clicked.emit(more)

    # -- keys ---------------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if claim_shortcut(event, self.claims_key):
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._dragging is not None and event.key() == Qt.Key.Key_Escape:
            self.end_drag()  # the chip goes back where it was
            event.accept()
            return
        if self.key_handler is not None and self.key_handler(event):
            event.accept()
            return
        super().keyPressEvent(event)
