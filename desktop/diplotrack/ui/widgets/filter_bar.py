"""The one filter bar the calendar and the registers share: countries, kinds, statuses, dates,
topic, person, organization and free text; always visible, cleared in one click, saved by name.

Every change goes to ``context.set_filter``; a filter set elsewhere (restored at start-up, a
saved filter, a dossier's "show all") comes back through ``filter_changed`` and is re-shown.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSettings, QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import enums
from diplotrack.domain.filters import RecordFilter

from ..context import AppContext
from ..formatting import day_field_format
from ..saved_filters import SavedFilters
from .filter_chips import FilterChip, ValueMenu
from .filter_country import CountryBox
from .filter_names import FilterNames
from .flags import flag_icon

#: typing in the text box waits this long for the next key before filtering
TEXT_DELAY_MS = 200
#: the date edits show this (as "—") for "no bound"
NO_DATE = QDate(2000, 1, 1)


class FilterBar(QWidget):
    """Shows and edits ``context.filter``."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FilterBar")
        self._context = context
        self._saved = SavedFilters(settings)
        # the countries' names (~250 with their aliases) are read when first needed: a chip, the
        # picker, or just after the window's first paint (``load_country_names``)
        self._names = FilterNames(context)
        self._build()
        self.retranslate()
        self._show(context.filter)
        context.filter_changed.connect(self._show)
        context.language_changed.connect(self._on_language)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        self.chips = QHBoxLayout()
        self.chips.setSpacing(4)
        self.country_box = CountryBox(self._names, lambda: self._context.language, self)
        self.country_box.picked.connect(self._add_countries)
        self.country_edit = self.country_box.edit
        self.country_completer = self.country_box.completer

        self.kind_menu, self.kind_button = ValueMenu(self), QToolButton()
        self.status_menu, self.status_button = ValueMenu(self), QToolButton()
        self.topic_menu, self.topic_button = QMenu(self), QToolButton()
        for button, menu in (
            (self.kind_button, self.kind_menu),
            (self.status_button, self.status_menu),
            (self.topic_button, self.topic_menu),
        ):
            button.setMenu(menu)
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.kind_menu.toggled_values.connect(self._menus_changed)
        self.status_menu.toggled_values.connect(self._menus_changed)
        self.topic_menu.aboutToShow.connect(self._fill_topics)

        self.saved_menu, self.saved_button = QMenu(self), QToolButton()
        self.saved_button.setMenu(self.saved_menu)
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_menu.aboutToShow.connect(self._fill_saved)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearFilter")
        self.clear_button.clicked.connect(self.clear)

        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText("—")
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(self._dates_changed)
        self.dash = QLabel("–")

        self.person_edit, self.organization_edit = QLineEdit(), QLineEdit()
        for picker, field in (
            (self.person_edit, "person_ids"),
            (self.organization_edit, "organization_ids"),
        ):
            completer = QCompleter(self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setModel(QStringListModel(self))
            picker.setCompleter(completer)
            picker.setMaximumWidth(190)
            picker.textEdited.connect(lambda text, f=field: self._suggest(f, text))
            completer.activated.connect(lambda text, f=field: self._pick(f, text))
            picker.returnPressed.connect(lambda e=picker, f=field: self._pick(f, e.text()))

        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("filterText")
        self.text_edit.setClearButtonEnabled(True)
        self.text_edit.setMinimumWidth(160)
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DELAY_MS)
        self._text_timer.timeout.connect(self._apply_text)
        self.text_edit.textEdited.connect(lambda _text: self._text_timer.start())
        self.text_edit.returnPressed.connect(self._apply_text)
        self.find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        self.find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.find_shortcut.activated.connect(self.focus_text)

        first, second = QHBoxLayout(), QHBoxLayout()
        for layout in (first, second):
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(6)
        first.addWidget(self.title)
        first.addLayout(self.chips)
        for widget in (self.country_box, self.kind_button, self.status_button, self.topic_button):
            first.addWidget(widget)
        first.addStretch(1)
        first.addWidget(self.saved_button)
        first.addWidget(self.clear_button)
        self.dates_label = QLabel()
        for piece in (
            self.dates_label,
            self.date_from,
            self.dash,
            self.date_to,
            self.person_edit,
            self.organization_edit,
        ):
            second.addWidget(piece)
        second.addWidget(self.text_edit, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)
        outer.addLayout(first)
        outer.addLayout(second)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Filter:"))
        self.country_box.retranslate()
        self.kind_menu.set_sections(
            [
                (self.tr("Events"), list(enums.EventKind)),
                (self.tr("Delegations"), list(enums.DelegationDirection)),
                (self.tr("Agreements"), list(enums.AgreementKind)),
            ]
        )
        self.status_menu.set_sections(
            [
                (self.tr("Events and delegations"), list(enums.EventStatus)),
                (self.tr("Agreements"), list(enums.AgreementStatus)),
                (self.tr("Follow-ups"), list(enums.FollowUpStatus)),
            ]
        )
        self.saved_button.setText(self.tr("Saved filters"))
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show everything again"))
        self.dates_label.setText(self.tr("Dates:"))
        self.person_edit.setPlaceholderText(self.tr("+ person"))
        self.organization_edit.setPlaceholderText(self.tr("+ organization"))
        self.text_edit.setPlaceholderText(self.tr("Search… (Ctrl+F)"))
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat(day_field_format(self._context.language))
        self._show(self._context.filter)

    def _on_language(self, _language: str) -> None:
        self.country_box.reload_names()
        self.retranslate()

    # -- countries ---------------------------------------------------------------------------
    def load_country_names(self) -> None:
        """Read the countries' names for the picker and the chips, unless already read."""
        self.country_box.load_names()

    def _add_countries(self, codes: list[str]) -> None:
        flt = self._context.filter
        self._context.set_filter(flt.with_countries(*flt.countries, *codes))

    # -- people and organizations ------------------------------------------------------------
    def _suggest(self, field: str, text: str) -> None:
        edit = self.person_edit if field == "person_ids" else self.organization_edit
        completer = edit.completer()
        if len(text.strip()) < 2:
            return
        names = self._names.suggest(field, text)
        model = completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(names)

    def _pick(self, field: str, text: str) -> None:
        record_id = self._names.picked(field, text)
        if record_id is None:
            return
        flt = self._context.filter
        current: tuple[int, ...] = getattr(flt, field)
        edit = self.person_edit if field == "person_ids" else self.organization_edit
        QTimer.singleShot(0, edit.clear)
        if record_id not in current:
            changed: dict[str, Any] = {field: (*current, record_id)}
            self._context.set_filter(replace(flt, **changed))

    # -- topics, kinds, statuses, dates, text ------------------------------------------------
    def _fill_topics(self) -> None:
        self.topic_menu.clear()
        chosen = set(self._context.filter.topic_ids)
        for topic_id, name in self._names.topics(self._context.language):
            action = self.topic_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(topic_id in chosen)
            action.toggled.connect(lambda on, t=topic_id: self._toggle_topic(t, on))

    def _toggle_topic(self, topic_id: int, on: bool) -> None:
        flt = self._context.filter
        ids = [i for i in flt.topic_ids if i != topic_id] + ([topic_id] if on else [])
        self._context.set_filter(replace(flt, topic_ids=tuple(ids)))

    def _menus_changed(self) -> None:
        self._context.set_filter(
            replace(
                self._context.filter,
                kinds=self.kind_menu.values(),
                statuses=self.status_menu.values(),
            )
        )

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        value = edit.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def _dates_changed(self) -> None:
        self._context.set_filter(
            replace(
                self._context.filter,
                date_from=self._day(self.date_from),
                date_to=self._day(self.date_to),
            )
        )

    def focus_text(self) -> None:
        self.text_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.text_edit.selectAll()

    def _apply_text(self) -> None:
        self._text_timer.stop()
        self._context.set_filter(replace(self._context.filter, text=self.text_edit.text().strip()))

    def clear(self) -> None:
        self._text_timer.stop()
        self._context.set_filter(RecordFilter())

    # -- saved filters -----------------------------------------------------------------------
    def _fill_saved(self) -> None:
        self.saved_menu.clear()
        save = self.saved_menu.addAction(self.tr("Save filter…"))
        save.setEnabled(not self._context.filter.is_empty)
        save.triggered.connect(self._ask_and_save)
        names = self._saved.names()
        if names:
            self.saved_menu.addSeparator()
        for name in names:
            self.saved_menu.addAction(f"★ {name}").triggered.connect(
                lambda _checked=False, n=name: self.apply_saved(n)
            )
        if names:
            remove = self.saved_menu.addMenu(self.tr("Delete saved filter"))
            for name in names:
                remove.addAction(name).triggered.connect(
                    lambda _checked=False, n=name: self._saved.remove(n)
                )

    def _ask_and_save(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save filter"), self.tr("Name:"))
        if ok and name.strip():
            self.save_current(name)

    def save_current(self, name: str) -> None:
        self._saved.save(name, self._context.filter)

    def saved_names(self) -> list[str]:
        return self._saved.names()

    def apply_saved(self, name: str) -> None:
        found = self._saved.get(name)
        if found is not None:
            self._context.set_filter(found)

    # -- showing the filter ------------------------------------------------------------------
    def _name(self, field: str, value: Any) -> str:
        return self._names.name(field, value, self._context.language)

    def _show(self, flt: RecordFilter) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if flt.countries and self._names.at_start() is None:
            self.load_country_names()
        for code in flt.countries:
            self._add_chip("countries", code, code, flag_icon(code), self._name("countries", code))
        for field in ("topic_ids", "person_ids", "organization_ids"):
            for value in getattr(flt, field):
                self._add_chip(field, value, self._name(field, value))
        self.kind_menu.set_values(flt.kinds)
        self.status_menu.set_values(flt.statuses)
        self.kind_button.setText(self._counted(self.tr("Kind"), len(flt.kinds)))
        self.status_button.setText(self._counted(self.tr("Status"), len(flt.statuses)))
        self.topic_button.setText(self._counted(self.tr("Topic"), 0))
        for edit, day in ((self.date_from, flt.date_from), (self.date_to, flt.date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
            edit.blockSignals(False)
        if not self._text_timer.isActive() and self.text_edit.text().strip() != flt.text:
            self.text_edit.setText(flt.text)
        self.clear_button.setVisible(not flt.is_empty)

    @staticmethod
    def _counted(text: str, count: int) -> str:
        return f"{text} ({count})" if count else text

    def _add_chip(
        self, field: str, value: object, text: str, icon: Any = None, tooltip: str = ""
    ) -> None:
        chip = FilterChip(field, value, text, icon, self)
        chip.setToolTip(tooltip or text)
        chip.setObjectName(f"chip-{field}-{value}")
        chip.removed.connect(self._remove)
        self.chips.addWidget(chip)

    def chip_values(self, field: str = "countries") -> list[object]:
        """The values shown as chips of ``field``, left to right (for tests and the shell)."""
        found = []
        for number in range(self.chips.count()):
            item = self.chips.itemAt(number)
            widget = item.widget() if item is not None else None
            if isinstance(widget, FilterChip) and widget.field == field:
                found.append(widget.value)
        return found

    def _remove(self, field: str, value: object) -> None:
        flt = self._context.filter
        remaining = tuple(v for v in getattr(flt, field) if v != value)
        changed: dict[str, Any] = {field: remaining}
        self._context.set_filter(replace(flt, **changed))
