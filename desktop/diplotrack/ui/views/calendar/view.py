"""The calendar screen: the period toolbar over month, week, day and agenda views."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.queries.rows import CalendarItem
from diplotrack.ui.context import AppContext
from diplotrack.ui.formatting import first_weekday

from .agenda import AgendaView
from .keys import claims_key, handle_key
from .layout import Mode, host_country, item_days, period_days, query_range, step
from .loader import CalendarLoader, PeriodKey, months_around
from .month import MonthView
from .surface import CalendarSurface, Shown, item_ref
from .timegrid import TimeGridView
from .titles import period_title

_MODES = (Mode.MONTH, Mode.WEEK, Mode.DAY, Mode.AGENDA)
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
        self.loader = CalendarLoader(context.db, self)
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
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setMinimumWidth(220)
        self.today_button = QPushButton()
        self.mode_buttons: dict[Mode, QToolButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for mode in _MODES:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, m=mode: self.set_mode(m))
            group.addButton(button)
            self.mode_buttons[mode] = button
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #8a4b00;")
        self.notice.setWordWrap(True)
        self.previous_button.clicked.connect(lambda: self.step_period(-1))
        self.next_button.clicked.connect(lambda: self.step_period(1))
        self.today_button.clicked.connect(self.go_today)

        bar = QHBoxLayout()
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.previous_button)
        bar.addSpacing(8)
        bar.addWidget(self.title)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.today_button)
        bar.addSpacing(12)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for button in self.mode_buttons.values():
            switch.addWidget(button)
        bar.addLayout(switch)
        bar.addSpacing(12)
        bar.addWidget(self.notice, 1)

        self.month = MonthView(self.shown)
        self.week = TimeGridView(self.shown)
        self.day = TimeGridView(self.shown)
        self.agenda = AgendaView(self.shown)
        self.stack = QStackedWidget()
        for page in (self.month, self.week, self.day, self.agenda):
            self.stack.addWidget(page)
        for surface in self.surfaces():
            surface.key_handler = self.handle_key
            surface.claims_key = self.claims_key
            surface.day_clicked.connect(self._on_day_clicked)
            surface.item_clicked.connect(self._on_item_clicked)
            surface.item_activated.connect(self._open)
            surface.more_clicked.connect(self._on_more)
            surface.item_dropped.connect(self.move_item)
        for grid in (self.week.grid, self.day.grid):
            grid.item_moved.connect(self.move_item_to)
        self.agenda.key_handler = self.handle_key
        self.agenda.clicked.connect(self._on_agenda_current)
        self.agenda.activated.connect(self._on_agenda_activated)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setFocusProxy(self.month)

    def surfaces(self) -> tuple[CalendarSurface, ...]:
        return (self.month, *self.week.surfaces(), *self.day.surfaces())

    def current_page(self) -> QWidget:
        return self._page_of(self.mode)

    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous period (PgUp)"))
        self.next_button.setToolTip(self.tr("Next period (PgDn)"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        names = {
            Mode.MONTH: (self.tr("Month"), "Ctrl+1, M"),
            Mode.WEEK: (self.tr("Week"), "Ctrl+2, W"),
            Mode.DAY: (self.tr("Day"), "Ctrl+3, D"),
            Mode.AGENDA: (self.tr("List"), "Ctrl+4, A"),
        }
        for mode, (name, keys) in names.items():
            self.mode_buttons[mode].setText(name)
            self.mode_buttons[mode].setToolTip(f"{name} ({keys})")
        self.agenda.empty_text = self.tr("Nothing in this period.")
        self.notice.clear()
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

    def _page_of(self, mode: Mode) -> QWidget:
        return {
            Mode.MONTH: self.month,
            Mode.WEEK: self.week,
            Mode.DAY: self.day,
            Mode.AGENDA: self.agenda,
        }[mode]

    def _focus_target(self) -> QWidget:
        page = self._page_of(self.mode)
        return page.grid if isinstance(page, TimeGridView) else page

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

    def _show_items(self, items: list[CalendarItem]) -> None:
        first, last = self.shown.days[0], self.shown.days[-1]
        self.shown.items = [item for item in items if _touches(item, first, last, self.shown)]
        self.shown.host = host_country(self.shown.items)
        self.shown.zone = self.context.zone
        self._relayout()
        self._update_title()

    def _read_ahead(self) -> None:
        day, weekday = self.shown.selected_day, self.shown.first_weekday
        ranges = months_around(day, weekday, self.context.zone)
        self.loader.read_ahead(ranges, self.context.filter)

    def _on_loaded(self, key: PeriodKey) -> None:
        """A period read in the background: repaint if it holds the visible one and differs
        (a kept period read again shows other people's changes)."""
        visible = self._visible()
        if key.holds(PeriodKey(*visible)):
            first, last = self.shown.days[0], self.shown.days[-1]
            items = self.loader.cached(*visible) or []
            fresh = [item for item in items if _touches(item, first, last, self.shown)]
            if fresh != self.shown.items:
                self._show_items(fresh)

    def _relayout(self) -> None:
        page = self.current_page()
        if isinstance(page, MonthView | TimeGridView | AgendaView):
            page.relayout()
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
            self._sync_agenda()
        for surface in self.surfaces():
            surface.update()

    def _sync_agenda(self) -> None:
        model = self.agenda.agenda
        row = None
        if self.shown.selected is not None:
            row = model.row_of(self.shown.selected, self.shown.selected_day)
        if row is None:
            row = model.row_of_day(self.shown.selected_day)
        if row is not None:
            index = model.index(row, 0)
            self.agenda.scrollTo(index)
            if self.shown.selected is not None and model.line(row).item is not None:
                self.agenda.setCurrentIndex(index)

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

    def _on_selection(self, ref: RecordRef | None) -> None:
        self.shown.selected = (
            ref if ref is not None and ref.kind in ("event", "delegation") else None
        )
        self._after_selection()

    def _on_more(self, day: date) -> None:
        self.shown.selected_day = day
        self.set_mode(Mode.DAY)

    def _open(self, item: CalendarItem) -> None:
        self.context.open(item_ref(item))

    def _on_agenda_current(self) -> None:
        index = self.agenda.currentIndex()
        item = index.data(self.agenda.agenda.ItemRole)
        if isinstance(item, CalendarItem):
            self.shown.selected_day = index.data(self.agenda.agenda.DayRole)
            self.shown.selected = item_ref(item)
            self.context.select(item_ref(item))

    def _on_agenda_activated(self) -> None:
        self._on_agenda_current()
        item = self.agenda.currentIndex().data(self.agenda.agenda.ItemRole)
        if isinstance(item, CalendarItem):
            self._open(item)

    def cycle_item(self, forward: bool) -> None:
        items = self.items_on(self.shown.selected_day)
        if not items:
            return
        refs = [item_ref(item) for item in items]
        current = refs.index(self.shown.selected) if self.shown.selected in refs else -1
        if current < 0:
            chosen = 0 if forward else len(refs) - 1
        else:
            chosen = (current + (1 if forward else -1)) % len(refs)
        self.shown.selected = refs[chosen]
        self.context.select(refs[chosen])
        self._after_selection()

    def open_selected(self) -> None:
        """Enter: the selected item if it is on the selected day, else the day's first item."""
        items = self.items_on(self.shown.selected_day)
        refs = [item_ref(item) for item in items]
        if self.shown.selected in refs:
            self.context.open(self.shown.selected)
        elif refs:
            self.context.open(refs[0])

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


def _touches(item: CalendarItem, first: date, last: date, shown: Shown) -> bool:
    start, end = item_days(item, shown.zone)
    return end >= first and start <= last
