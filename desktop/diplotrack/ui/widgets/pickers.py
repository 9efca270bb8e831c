"""Pickers: type a few letters of a country, place, person, organization, topic, agreement or
event (Cyrillic or Latin, any word form), pick it from the list, or create it on the spot.

``RecordPicker`` holds one record; ``RecordChips`` holds several, each shown as a removable
chip (countries, topics, organizations, agreements). Each search is one indexed query limited
to ``choices.LIMIT`` rows; over big tables it runs in a thread of its own while the person types
(``picker_search.py``), from the second letter.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFocusEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from ..context import AppContext
from .choice_list import ChoiceListModel, describe
from .choices import CREATABLE, Choice, choice_for, choices_for, find_choices
from .flow import FlowLayout
from .picker_search import SMALL_KINDS, ChoiceRequest, PickerSearch, searched_while_typing
from .record_chip import Chip

_Index = QModelIndex | QPersistentModelIndex


class RecordPicker(QLineEdit):
    """A line to pick one record of ``kind`` by typing; ``value()`` is the Choice or None.

    Enter (or a click) takes the highlighted suggestion, else the first; with nothing found it
    offers to create the record when ``kind`` can be created here. Text that names nothing
    picked is kept as typed (``has_loose_text``), so the editor can say so under the field.
    Suggestions found in the background appear when they arrive; Enter, Down and
    ``take_suggestion`` first search at once if the list is not yet for the text typed.
    """

    #: the picked Choice changed (None when cleared)
    picked = Signal(object)
    #: the person asked to create a record named so (the create dialog answers)
    create_requested = Signal(str)

    def __init__(
        self,
        context: AppContext,
        kind: str,
        parent: QWidget | None = None,
        *,
        creatable: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self.creatable = kind in CREATABLE if creatable is None else creatable
        self._value: Choice | None = None
        self._shown_for: str | None = None  # the text the suggestions were found for
        self.create_dialog: QDialog | None = None
        self.suggestions = ChoiceListModel(context.language, self)
        self.searcher = PickerSearch(context.db, self)
        self.searcher.found.connect(self._found)
        self.completer_ = QCompleter(self.suggestions, self)
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setWidget(self)
        self.completer_.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        self.setClearButtonEnabled(True)
        self.textEdited.connect(self._search)
        self.textChanged.connect(self._maybe_cleared)
        self.create_requested.connect(self._create)
        context.language_changed.connect(self._retranslate)
        self._retranslate()

    def _popup(self) -> QAbstractItemView:
        popup = self.completer_.popup()
        assert popup is not None  # a completer always has its list
        return popup

    # -- value -------------------------------------------------------------------------------
    def value(self) -> Choice | None:
        return self._value

    def key(self) -> int | str | None:
        return None if self._value is None else self._value.key

    def set_value(self, choice: Choice | None) -> None:
        self._value = choice
        self.setText(choice.name if choice else "")
        # the whole suggestion line: an event's day tells it from its namesakes
        self.setToolTip(describe(choice, self.context.language) if choice else "")
        self.setCursorPosition(0)
        self.picked.emit(choice)

    def set_key(self, key: int | str | None) -> None:
        """Shows the record with this key (read from the database), or nothing."""
        with self.context.db.session() as session:
            found = choice_for(session, self.kind, key, language=self.context.language)
        self._value = found
        self.setText(found.name if found else "")
        self.setCursorPosition(0)

    def has_loose_text(self) -> bool:
        """Text is typed but no record is picked for it."""
        return self._value is None and bool(self.text().strip())

    # -- searching ---------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        """What was typed changed: search it (in the background for big tables)."""
        self._value = None
        if self.kind in SMALL_KINDS or not text.strip():
            self.search_now()
        elif searched_while_typing(self.kind, text):
            self.searcher.request(ChoiceRequest(self.kind, text, self.context.language))
        else:  # one letter: nothing is suggested until a second one, or Enter or Down
            self.searcher.drop()
            self._show(None, [])

    def search_now(self) -> None:
        """Searches what is typed, here and now (Enter, Down, taking a suggestion); a search
        under way in the background is dropped."""
        self.searcher.drop()
        text = self.text()
        if not text.strip():
            self._show(text, [])
            return
        with self.context.db.session() as session:
            found = find_choices(session, self.kind, text, language=self.context.language)
        self._show(text, found)

    def suggestions_current(self) -> bool:
        """The suggestions are those of the text typed (not of an earlier text, nor pending)."""
        return self._shown_for == self.text()

    def _found(self, request: ChoiceRequest, found: list[Choice]) -> None:
        if request.text == self.text() and self._value is None:
            # not under a picker the person has left; an open list has the focus, not the picker
            typing_here = self.hasFocus() or self._popup().isVisible()
            self._show(request.text, found, popup=typing_here)

    def _show(self, text: str | None, found: Sequence[Choice], *, popup: bool = True) -> None:
        """Shows the suggestions found for ``text`` (None: no search was made)."""
        typed = (text or "").strip()
        create = typed if typed and self.creatable and not _named_exactly(found, typed) else None
        self.suggestions.set_choices(found, create)
        self._shown_for = text
        if self.suggestions.rowCount() == 0 or not popup:
            self._popup().hide()
            return
        self.completer_.complete()
        self._popup().setCurrentIndex(self.completer_.completionModel().index(0, 0))

    def _maybe_cleared(self, text: str) -> None:
        if not text and self._value is not None:
            self._value = None
            self.picked.emit(None)

    def _activated(self, index: QModelIndex) -> None:
        self._take(index.data(ChoiceListModel.ChoiceRole), index.data(ChoiceListModel.CreateRole))

    def _take(self, choice: object, create: object) -> None:
        self._popup().hide()
        if isinstance(choice, Choice):
            self.set_value(choice)
        elif isinstance(create, str) and create:
            self.create_requested.emit(create)

    def take_suggestion(self, row: int | None = None) -> bool:
        """Takes suggestion ``row`` (the highlighted one, else the first); False if none."""
        if self._value is None and self.text().strip() and not self.suggestions_current():
            self.search_now()
        if row is None:
            current = self._popup().currentIndex()
            row = current.row() if current.isValid() else 0
        if not 0 <= row < self.suggestions.rowCount():
            return False
        index = self.suggestions.index(row, 0)
        self._take(index.data(ChoiceListModel.ChoiceRole), index.data(ChoiceListModel.CreateRole))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        # take_suggestion searches first when the list is not yet for the text typed
        if enter and self.has_loose_text() and self.take_suggestion():
            event.accept()
            return
        if key == Qt.Key.Key_Down and not self._popup().isVisible() and self.text():
            self.search_now()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._value is not None and self.text() != self._value.name:
            self.setText(self._value.name)

    # -- creating on the spot ----------------------------------------------------------------
    def _create(self, name: str) -> None:
        from ..dialogs.quick_create import QuickCreateDialog  # the dialog holds pickers too

        self.create_dialog = QuickCreateDialog(self.context, self.kind, name, self.window())
        self.create_dialog.created.connect(self._created)
        self.create_dialog.open()

    def _created(self, record_id: int) -> None:
        self.set_key(record_id)
        self.picked.emit(self._value)
        self.setFocus()

    def _retranslate(self, *_: object) -> None:
        self.suggestions.language = self.context.language
        self.setPlaceholderText(self.tr("Type to search…"))


def _named_exactly(found: Sequence[Choice], text: str) -> bool:
    wanted = text.strip().casefold()
    return any(choice.name.casefold() == wanted for choice in found)


class RecordChips(QWidget):
    """Several records of ``kind`` as chips, with a picker to add more."""

    changed = Signal()

    def __init__(
        self,
        context: AppContext,
        kind: str,
        parent: QWidget | None = None,
        *,
        creatable: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.kind = kind
        self._choices: list[Choice] = []
        self._chips: list[Chip] = []
        self.flow = FlowLayout(self, spacing=4)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.picker = RecordPicker(context, kind, self, creatable=creatable)
        self.picker.setMinimumWidth(140)
        self.picker.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.picker.picked.connect(self._add_picked)
        self.flow.addWidget(self.picker)
        self.setFocusProxy(self.picker)

    def values(self) -> list[Choice]:
        return list(self._choices)

    def picked_keys(self) -> tuple[int | str, ...]:
        return tuple(choice.key for choice in self._choices)

    def set_values(self, choices: Sequence[Choice]) -> None:
        self._choices = list(dict.fromkeys(choices))
        self._rebuild()

    def set_keys(self, keys: Sequence[int | str]) -> None:
        with self.context.db.session() as session:
            found = choices_for(session, self.kind, keys, language=self.context.language)
        self.set_values(found)

    def add(self, choice: Choice) -> None:
        if all(existing.key != choice.key for existing in self._choices):
            self._choices.append(choice)
            self._rebuild()
            self.changed.emit()

    def remove(self, choice: object) -> None:
        if isinstance(choice, Choice) and choice in self._choices:
            self._choices.remove(choice)
            self._rebuild()
            self.changed.emit()
            self.picker.setFocus()

    def _add_picked(self, choice: object) -> None:
        if isinstance(choice, Choice):
            self.add(choice)
            self.picker.clear()

    def _rebuild(self) -> None:
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self.flow.removeWidget(self.picker)
        for choice in self._choices:
            chip = Chip(choice, self.context.language, self)
            chip.removed.connect(self.remove)
            self.flow.addWidget(chip)
            self._chips.append(chip)
        self.flow.addWidget(self.picker)
        self._fit_chips()
        order: list[QWidget] = [*self._chips, self.picker]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_chips()

    def _fit_chips(self) -> None:
        width = self.contentsRect().width() if self.isVisible() else None
        for chip in self._chips:
            chip.fit(width)


class PickerRow(QWidget):
    """A picker with a button beside it (e.g. "Open"): a small convenience for forms."""

    def __init__(self, picker: QWidget, *buttons: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(picker, 1)
        for button in buttons:
            layout.addWidget(button)
        self.setFocusProxy(picker)
