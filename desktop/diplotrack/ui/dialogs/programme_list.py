"""A delegation's programme inside its editor: the visit's days, each with its events (time,
what, where, who); add a new event on a day, add an existing one, open one, take one out."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.queries.programmes import programme_entries, programme_event_ids

from ..context import AppContext
from ..views.programme import by_day, day_heading, time_text, where_text, who_text
from ..widgets.choices import Choice
from ..widgets.pickers import RecordPicker

_DAY_ROLE = Qt.ItemDataRole.UserRole + 1  # the day a row belongs to
_EVENT_ROLE = Qt.ItemDataRole.UserRole + 2  # the event id of an event row
_LONGEST_VISIT = 31  # days listed from arrival to departure, at most


class ProgrammeList(QWidget):
    """The events of the visit by day. The list is what Save makes the programme: an event
    taken out (Delete) or added from the existing ones leaves the programme when the delegation
    is saved; "Add to programme…" (Insert) opens a new event on the selected day, already
    pointing to the delegation, and it joins the list once that event is saved."""

    # the programme as it will be saved changed (the editor marks itself changed)
    changed = Signal()
    open_requested = Signal(object)  # RecordRef

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.owner_id: int | None = None
        self.event_ids: list[int] = []
        self.removed: set[int] = set()  # taken out here: not brought back by a refresh
        self.visit: tuple[date | None, date | None] = (None, None)
        self.last_editor: QDialog | None = None
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(150)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(lambda *_: self.open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Insert), self.add_new),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove_selected),
        ):
            shortcut = QShortcut(key, self.tree, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.add_button = self._button(self.add_new)
        self.open_button = self._button(self.open_selected)
        self.remove_button = self._button(self.remove_selected)
        self.existing = RecordPicker(context, "event", self, creatable=False)
        self.existing.picked.connect(self._add_existing)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.open_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addWidget(self.existing, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        context.changed.connect(self._on_changes)
        self.retranslate()

    def _button(self, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # -- what it holds --------------------------------------------------------------------------
    def set_programme(self, owner_id: int | None, event_ids: tuple[int, ...]) -> None:
        """Shows the programme of the delegation ``owner_id`` (None: not saved yet)."""
        self.owner_id = owner_id
        self.event_ids = list(dict.fromkeys(event_ids))
        self.removed = set()
        self.refresh()

    def set_owner(self, owner_id: int | None) -> None:
        """The delegation is saved (now has an id): new events can point to it."""
        self.owner_id = owner_id
        self._update_buttons()

    def set_visit(self, arrives_on: date | None, departs_on: date | None) -> None:
        """The visit's days as typed in the form: each is listed, even with nothing on it."""
        if (arrives_on, departs_on) != self.visit:
            self.visit = (arrives_on, departs_on)
            self.refresh()

    def programme_ids(self) -> tuple[int, ...]:
        return tuple(self.event_ids)

    def visit_days(self) -> list[date]:
        first, last = self.visit
        if first is None:
            return []
        last = last if last is not None and last >= first else first
        count = min((last - first).days + 1, _LONGEST_VISIT)
        return [first + timedelta(days=n) for n in range(count)]

    def selected_day(self) -> date | None:
        item = self.tree.currentItem()
        day = item.data(0, _DAY_ROLE) if item is not None else None
        return day if isinstance(day, date) else None

    def selected_event(self) -> int | None:
        item = self.tree.currentItem()
        event_id = item.data(0, _EVENT_ROLE) if item is not None else None
        return event_id if isinstance(event_id, int) else None

    # -- showing --------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep_day, keep_event = self.selected_day(), self.selected_event()
        with self.context.db.session() as session:
            entries = programme_entries(session, self.event_ids)
        language, zone = self.context.language, self.context.zone
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        current: QTreeWidgetItem | None = None
        for day, items in by_day(entries, zone, self.visit_days()):
            heading = QTreeWidgetItem([day_heading(day, language)])
            heading.setData(0, _DAY_ROLE, day)
            heading.setFont(0, bold)
            heading.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(heading)
            if day == keep_day and current is None:
                current = heading
            for entry in items:
                event = entry.event
                row = QTreeWidgetItem(
                    [
                        time_text(event, zone),
                        event.title,
                        where_text(entry),
                        who_text(event, language),
                    ]
                )
                row.setData(0, _DAY_ROLE, day)
                row.setData(0, _EVENT_ROLE, event.id)
                row.setToolTip(1, event.title)
                heading.addChild(row)
                if event.id == keep_event:
                    current = row
        self.tree.expandAll()
        if current is None and self.tree.topLevelItemCount():
            current = self.tree.topLevelItem(0)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._update_buttons()

    def _update_buttons(self) -> None:
        saved = self.owner_id is not None
        self.add_button.setEnabled(saved)
        self.add_button.setToolTip(
            self.tr("A new event on the selected day, in this programme (Insert)")
            if saved
            else self.tr("Save the delegation first: its programme's events point to it.")
        )
        chosen = self.selected_event() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    # -- changing -------------------------------------------------------------------------------
    def add_new(self) -> None:
        """Opens a new event on the selected day (else the first of the visit, else today)
        that belongs to this delegation; it is saved in its own editor."""
        if self.owner_id is None:
            return
        from .editors import open_editor  # the event editor is opened like any other

        days = self.visit_days()
        day = self.selected_day() or (days[0] if days else self.context.today())
        self.last_editor = open_editor(
            self.context,
            None,
            "event",
            self.window(),
            defaults={"day": day, "delegation_id": self.owner_id},
        )

    def remove_selected(self) -> None:
        """Takes the selected event out of the programme (it stays in the calendar)."""
        event_id = self.selected_event()
        if event_id is None:
            return
        self.event_ids.remove(event_id)
        self.removed.add(event_id)
        self.refresh()
        self.changed.emit()
        self.tree.setFocus()

    def open_selected(self) -> None:
        event_id = self.selected_event()
        if event_id is not None:
            self.open_requested.emit(RecordRef("event", event_id))

    def _add_existing(self, choice: object) -> None:
        if not isinstance(choice, Choice):
            return
        self.existing.set_value(None)
        if choice.id in self.event_ids:
            return
        self.event_ids.append(choice.id)
        self.removed.discard(choice.id)
        self.refresh()
        self.changed.emit()

    def _on_changes(self, changes: Changes) -> None:
        """An event saved elsewhere (one added here, or an edit of one listed): show it."""
        if not changes.touches("event"):
            return
        if self.owner_id is not None:
            with self.context.db.session() as session:
                linked = programme_event_ids(session, self.owner_id)
            for event_id in linked:
                if event_id not in self.event_ids and event_id not in self.removed:
                    self.event_ids.append(event_id)
        self.refresh()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels(
            [self.tr("Time"), self.tr("What"), self.tr("Where"), self.tr("Who")]
        )
        self.add_button.setText(self.tr("Add to programme…"))
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the selected event (Enter)"))
        self.remove_button.setText(self.tr("Remove from programme"))
        self.remove_button.setToolTip(
            self.tr("Takes the event out of this visit's programme when you save (Delete)")
        )
        self.existing.setPlaceholderText(self.tr("Add an existing event…"))
        self.refresh()
