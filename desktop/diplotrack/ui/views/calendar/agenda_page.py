"""The calendar's list page: built when first shown, kept at the selection, and what choosing
one of its lines does (select it, or open it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diplotrack.store.queries.calendar_item import CalendarItem

from .agenda import AgendaView
from .layout import Mode
from .surface import item_ref

if TYPE_CHECKING:
    from .view import CalendarView


def build_agenda(view: CalendarView) -> AgendaView:
    """The list page of ``view``, wired and put in its stack."""
    agenda = AgendaView(view.shown)
    agenda.key_handler = view.handle_key
    agenda.clicked.connect(lambda _index: choose_current(view))
    agenda.activated.connect(lambda _index: open_current(view))
    agenda.empty_text = view.empty_agenda_text()
    view.stack.addWidget(agenda)
    return agenda


def follow_selection(view: CalendarView) -> None:
    """Scrolls the list to the selected item (or else the selected day) and makes it current."""
    agenda = view.agenda
    model = agenda.agenda
    row = None
    if view.shown.selected is not None:
        row = model.row_of(view.shown.selected, view.shown.selected_day)
    if row is None:
        row = model.row_of_day(view.shown.selected_day)
    if row is not None:
        index = model.index(row, 0)
        agenda.scrollTo(index)
        if view.shown.selected is not None and model.line(row).item is not None:
            agenda.setCurrentIndex(index)


def show_undated(view: CalendarView) -> None:
    """The month's list at its "Date not fixed" group (first when there is one)."""
    view.set_mode(Mode.AGENDA)
    agenda = view.agenda
    model = agenda.agenda
    agenda.scrollToTop()
    for row in range(model.rowCount()):
        item = model.line(row).item
        if item is not None:
            if item.approximate:
                agenda.setCurrentIndex(model.index(row, 0))
                choose_current(view)
            break
    agenda.setFocus()


def choose_current(view: CalendarView) -> None:
    """The list's current line selects its item (and its day, when it has one)."""
    agenda = view.agenda
    index = agenda.currentIndex()
    item = index.data(agenda.agenda.ItemRole)
    if isinstance(item, CalendarItem):
        if not item.approximate:  # a period has no day to select
            view.shown.selected_day = index.data(agenda.agenda.DayRole)
        view.shown.selected = item_ref(item)
        view.context.select(item_ref(item))


def open_current(view: CalendarView) -> None:
    """Enter or a double-click on a line: select its item and open it."""
    choose_current(view)
    item = view.agenda.currentIndex().data(view.agenda.agenda.ItemRole)
    if isinstance(item, CalendarItem):
        view.open_item(item)
