"""The calendar screen: the period toolbar over month, week, day and agenda views."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.ui.context import AppContext
from diplotrack.ui.formatting import first_weekday

from .approximate import ApproximateStrip
from .keys import claims_key, handle_key
from .layout import Mode, host_country, item_days, period_days, period_items, query_range, step
from .loader import CalendarLoader, PeriodKey, months_around
from .month import MonthView
from .surface import CalendarSurface, Shown, item_ref
from .titles import period_title
from .toolbar import PeriodBar

if TYPE_CHECKING:
    from .agenda import AgendaView
    from .timegrid import TimeGridView

# Changes to these records can change what the calendar shows (titles, places, countries).
_SHOWN_KINDS = ("event", "delegation", "place", "country")
# Reads ahead start once the switch has painted: running beside the paint (Python's one lock)
# they made it a third slower; at a held key's 30 presses a second they still keep up.
_READ_AHEAD_AFTER_MS = 30


class CalendarView(QWidget):
    """Month, week, day and agenda of the one filter's events and delegations.

    Only the visible period is queried, in the office zone; every view paints from the same
    ``Shown`` state. Periods come through a ``CalendarLoader``: the months around the one shown
    are read ahead in the background, so a switch to them paints without touching the database.
    """

    #: Ctrl+N: the person wants a new event on this day (the shell or an editor answers)
    new_event_requested = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        today = context.today()
        self.shown = Shown(
            zone=context.zone,
            language=context.language,
            today=today,
            selected_day=today,
            selected=context.selection,
        )
        self.mode = Mode.MONTH
        self.loader = CalendarLoader(context, self)
        self.loader.loaded.connect(self._on_loaded)
        self._build()
        context.changed.connect(self._on_changed)
        context.filter_changed.connect(lambda _flt: self.reload())
        context.language_changed.connect(self._on_language)
        context.selection_changed.connect(self._on_selection)
        self.retranslate()
        self._show_period(today)

    # -- building -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.bar = PeriodBar()
        # the bar's parts, as the window and the tests reach them
        self.title, self.notice = self.bar.title, self.bar.notice
        self.today_button, self.mode_buttons = self.bar.today_button, self.bar.mode_buttons
        self.previous_button, self.next_button = self.bar.previous_button, self.bar.next_button
        self.bar.mode_chosen.connect(self.set_mode)
        self.previous_button.clicked.connect(lambda: self.step_period(-1))
        self.next_button.clicked.connect(lambda: self.step_period(1))
        self.today_button.clicked.connect(self.go_today)

        self.month = MonthView(self.shown)
        self._wire_surface(self.month)
        # the week, day and agenda pages are built when first shown (their modules too)
        self._week: TimeGridView | None = None
        self._day: TimeGridView | None = None
        self._agenda: AgendaView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.month)
        self.strip = ApproximateStrip(self.shown)
        self.strip.key_handler = self.handle_key
        self.strip.claims_key = self.claims_key
        self.strip.item_clicked.connect(self._on_strip_clicked)
        self.strip.item_activated.connect(self.open_item)
        self.strip.more_clicked.connect(self.show_undated_list)
        self.strip.leave_requested.connect(lambda: self._focus_target().setFocus())
        self.strip.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.strip)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.month)
        # Tab from the days (whichever page shows them, each put before it when built) goes to
        # the strip, Shift+Tab back
        QWidget.setTabOrder(self.month, self.strip)

    def _wire_surface(self, surface: CalendarSurface) -> None:
        surface.key_handler = self.handle_key
        surface.claims_key = self.claims_key
        surface.day_clicked.connect(self._on_day_clicked)
        surface.item_clicked.connect(self._on_item_clicked)
        surface.item_activated.connect(self.open_item)
        surface.more_clicked.connect(self._on_more)
        surface.item_dropped.connect(self.move_item)

    def _time_grid(self) -> TimeGridView:
        from . import timegrid

        page = timegrid.TimeGridView(self.shown)
        for surface in page.surfaces():
            self._wire_surface(surface)
        page.grid.item_moved.connect(self.move_item_to)
        self.stack.addWidget(page)
        QWidget.setTabOrder(page.grid, self.strip)
        return page

    @property
    def week(self) -> TimeGridView:
        if self._week is None:
            self._week = self._time_grid()
        return self._week

    @property
    def day(self) -> TimeGridView:
        if self._day is None:
            self._day = self._time_grid()
        return self._day

    @property
    def agenda(self) -> AgendaView:
        if self._agenda is None:
            from .agenda_page import build_agenda

            self._agenda = build_agenda(self)
            QWidget.setTabOrder(self._agenda, self.strip)
        return self._agenda

    def empty_agenda_text(self) -> str:
        return self.tr("Nothing in this period.")

    def surfaces(self) -> tuple[CalendarSurface, ...]:
        """The painted day surfaces of the pages built so far."""
        grids = (grid for grid in (self._week, self._day) if grid is not None)
        return (self.month, *(surface for grid in grids for surface in grid.surfaces()))

    def current_page(self) -> QWidget:
        return self._page_of(self.mode)

    def retranslate(self) -> None:
        self.bar.retranslate()
        if self._agenda is not None:
            self._agenda.empty_text = self.empty_agenda_text()
        self.strip.relayout()
        self._update_title()

    # -- the period --------------------------------------------------------------------------------
    @property
    def selected_day(self) -> date:
        return self.shown.selected_day

    def set_mode(self, mode: Mode) -> None:
        had_focus = self.current_page().hasFocus() or self.focusWidget() is not None
        self.mode = mode
        self.stack.setCurrentWidget(self._page_of(mode))
        self.setFocusProxy(self._focus_target())
        self.mode_buttons[mode].setChecked(True)
        self._show_period(self.shown.selected_day)
        if had_focus:
            self._focus_target().setFocus()

    def _page_of(self, mode: Mode) -> MonthView | TimeGridView | AgendaView:
        """The page of ``mode`` (built now if it never was)."""
        if mode is Mode.WEEK:
            return self.week
        if mode is Mode.DAY:
            return self.day
        if mode is Mode.AGENDA:
            return self.agenda
        return self.month

    def _focus_target(self) -> QWidget:
        if self.mode is Mode.WEEK:
            return self.week.grid
        if self.mode is Mode.DAY:
            return self.day.grid
        return self._page_of(self.mode)

    def go_to(self, day: date) -> None:
        """Selects ``day``, moving to its period when it is not on screen."""
        visible = self.shown.days
        in_view = bool(visible) and visible[0] <= day <= visible[-1]
        if self.mode is Mode.AGENDA:
            in_view = in_view and day.month == self.shown.month
        if in_view:
            self.shown.selected_day = day
            self._after_selection()
        else:
            self._show_period(day)

    def step_period(self, count: int) -> None:
        self._show_period(step(self.mode, self.shown.selected_day, count))

    def go_today(self) -> None:
        self.shown.today = self.context.today()
        self.go_to(self.shown.today)

    def _show_period(self, day: date) -> None:
        self.shown.selected_day = day
        self.shown.month = day.month
        self.shown.first_weekday = first_weekday(self.context.language)
        self.shown.days = period_days(self.mode, day, self.shown.first_weekday)
        self.mode_buttons[self.mode].setChecked(True)
        self._load()

    def reload(self) -> None:
        """Reads the visible period again (in one short session), forgetting the periods kept,
        and repaints."""
        self.loader.forget()
        self._load()

    def _load(self) -> None:
        """Shows the visible period's items (kept, or read now) and repaints, then reads the
        months around it ahead."""
        self._show_items(self.loader.items(*self._visible()))
        QTimer.singleShot(_READ_AHEAD_AFTER_MS, self._read_ahead)

    def _visible(self) -> tuple[datetime, datetime, RecordFilter]:
        return (*query_range(self.shown.days, self.context.zone), self.context.filter)

    def _period_items(
        self, items: list[CalendarItem]
    ) -> tuple[list[CalendarItem], list[CalendarItem]]:
        return period_items(items, self.mode, self.shown.days, self.shown.zone)

    def _show_items(self, items: list[CalendarItem]) -> None:
        self.shown.zone = self.context.zone
        self.shown.items, self.shown.approximate = self._period_items(items)
        self.shown.host = host_country(self.shown.items)
        self._show_strip()
        self._relayout()
        self._update_title()

    def _show_strip(self) -> None:
        wanted = self.mode is not Mode.AGENDA and bool(self.shown.approximate)
        if wanted == self.strip.isHidden():
            self.strip.setVisible(wanted)
            layout = self.layout()
            if layout is not None and self.isVisible():
                # the page takes its new height now, so that it is laid out once, for that
                layout.activate()
        self.strip.relayout()

    def _read_ahead(self) -> None:
        day, weekday = self.shown.selected_day, self.shown.first_weekday
        ranges = months_around(day, weekday, self.context.zone)
        self.loader.read_ahead(ranges, self.context.filter)

    def _on_loaded(self, key: PeriodKey) -> None:
        """A period read in the background: repaint if it holds the visible one and differs
        (a kept period read again shows other people's changes)."""
        visible = self._visible()
        if key.holds(PeriodKey(*visible)):
            items = self.loader.cached(*visible) or []
            if self._period_items(items) != (self.shown.items, self.shown.approximate):
                self._show_items(items)

    def _relayout(self) -> None:
        self._page_of(self.mode).relayout()
        self._after_selection()

    def _update_title(self) -> None:
        if self.shown.days:
            self.title.setText(
                period_title(
                    self.mode, self.shown.days, self.shown.selected_day, self.context.language
                )
            )

    # -- selection ---------------------------------------------------------------------------------
    def items_on(self, day: date) -> list[CalendarItem]:
        zone = self.shown.zone
        return [
            item
            for item in self.shown.items
            if item_days(item, zone)[0] <= day <= item_days(item, zone)[1]
        ]

    def _after_selection(self) -> None:
        if self.mode is Mode.AGENDA:
            from .agenda_page import follow_selection

            follow_selection(self)
        for surface in self.surfaces():
            surface.update()
        self.strip.update()

    def _on_day_clicked(self, day: date) -> None:
        self.notice.clear()
        self.shown.selected_day = day
        self.context.select(None)
        self._after_selection()

    def _on_item_clicked(self, item: CalendarItem, day: date | None) -> None:
        self.notice.clear()
        self.shown.selected_day = day or item_days(item, self.shown.zone)[0]
        self.context.select(item_ref(item))
        self.shown.selected = item_ref(item)
        self._after_selection()

    def _on_strip_clicked(self, item: CalendarItem) -> None:
        """A chip of the strip: its event is selected; the selected day stays."""
        self.notice.clear()
        self.shown.selected = item_ref(item)
        self.context.select(item_ref(item))
        self._after_selection()

    def show_undated_list(self) -> None:
        """ "+N" of the strip: the month's list, at its "Date not fixed" group."""
        from .agenda_page import show_undated

        show_undated(self)

    def _on_selection(self, ref: RecordRef | None) -> None:
        self.shown.selected = (
            ref if ref is not None and ref.kind in ("event", "delegation") else None
        )
        self._after_selection()

    def _on_more(self, day: date) -> None:
        self.shown.selected_day = day
        self.set_mode(Mode.DAY)

    def open_item(self, item: CalendarItem) -> None:
        self.context.open(item_ref(item))

    def select_ref(self, ref: RecordRef) -> None:
        """Selects an item shown (Alt+arrows), keeping the selected day."""
        self.shown.selected = ref
        self.context.select(ref)
        self._after_selection()

    def request_new_event(self) -> None:
        day = self.shown.selected_day
        self.new_event_requested.emit(day)
        try:
            from diplotrack.ui.dialogs.editors import open_editor
        except ImportError:  # the editors arrive separately; the signal alone is enough then
            return
        open_editor(self.context, None, "event", self, defaults={"day": day})

    # -- keys --------------------------------------------------------------------------------------
    def claims_key(self, event: QKeyEvent) -> bool:
        return claims_key(event)

    def handle_key(self, event: QKeyEvent) -> bool:
        return handle_key(self, event)

    # -- changes -----------------------------------------------------------------------------------
    def move_item(self, item: CalendarItem, day: date) -> None:
        """A chip dropped on ``day``: reschedule through the service, undoably."""
        from .moving import move_event  # the services load with the first move

        refusal = move_event(self.context, item, day, self)
        if refusal:
            self.notice.setText(refusal)

    def move_item_to(self, item: CalendarItem, starts_at: datetime) -> None:
        """A block of the time grid let go at ``starts_at``: reschedule, undoably."""
        from .moving import move_event_to

        refusal = move_event_to(self.context, item, starts_at, self)
        if refusal:
            self.notice.setText(refusal)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(*_SHOWN_KINDS):
            self.reload()

    def _on_language(self, language: str) -> None:
        self.shown.language = language
        self.retranslate()
        self._show_period(self.shown.selected_day)
