"""The items of a draft beside the event: the table (keep or drop, rename) and, for the item
chosen in it, its kind, a person's position, the existing record it is matched to (a picker to
choose another one, or "New record"), and the words of the text it came from."""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain.enums import (
    AgreementKind,
    DelegationDirection,
    EventKind,
    OrganizationKind,
    PlaceKind,
)

from ..context import AppContext
from ..models.draft_model import DraftColumn, DraftItemsModel, what_it_is
from ..widgets.choices import Choice
from ..widgets.pickers import RecordPicker
from .fields import EnumBox

if TYPE_CHECKING:
    from diplotrack.interchange.press import DraftItem

# The attribute that holds an item's kind, per record kind, and its vocabulary.
KIND_FIELDS: dict[str, tuple[str, type[StrEnum]]] = {
    "organization": ("organization_kind", OrganizationKind),
    "place": ("place_kind", PlaceKind),
    "agreement": ("agreement_kind", AgreementKind),
    "event": ("event_kind", EventKind),
    "delegation": ("direction", DelegationDirection),
}

#: the kinds a picker can match to an existing record (countries are always known)
MATCHABLE = ("person", "organization", "place", "agreement", "event", "delegation", "topic")


class DraftItemPanel(QGroupBox):
    """The chosen item: name, kind, position, match and evidence, each edit put in the model."""

    def __init__(
        self, context: AppContext, model: DraftItemsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DraftItemPanel")
        self.context = context
        self.model = model
        self._key: str | None = None
        self.name = QLineEdit(self)
        self.name.setObjectName("DraftItemName")
        self.kinds: dict[str, EnumBox] = {}
        self.kind_stack = QStackedWidget(self)
        self.kind_stack.addWidget(QWidget(self))  # nothing to choose
        for kind, (_, enum_type) in KIND_FIELDS.items():
            box = EnumBox(enum_type, self)
            box.currentIndexChanged.connect(lambda *_, k=kind: self._kind_chosen(k))
            self.kinds[kind] = box
            self.kind_stack.addWidget(box)
        self.position = QLineEdit(self)
        self.position.setObjectName("DraftItemPosition")
        self.pickers: dict[str, RecordPicker] = {}
        self.picker_stack = QStackedWidget(self)
        self.picker_stack.addWidget(QLabel(self))  # a country: nothing to match
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("DraftItemNew")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.make_new)
        self.record = QLabel(self)
        self.record.setObjectName("DraftItemRecord")
        self.record.setWordWrap(True)
        # a read-only text box, not a label: a wrapped label is given one line's height here
        self.evidence = QPlainTextEdit(self)
        self.evidence.setObjectName("DraftItemEvidence")
        self.evidence.setReadOnly(True)
        self.evidence.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.evidence.setStyleSheet("font-style: italic; background: transparent;")
        self.evidence.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)

        self.labels = {name: QLabel(self) for name in ("name", "kind", "position", "match")}
        form = QFormLayout()
        # the panel is narrow: labels above their fields, so a long position or name is not
        # cut to a dozen letters beside «Существующая запись»
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["kind"], self.kind_stack)
        form.addRow(self.labels["position"], self.position)
        form.addRow(self.labels["match"], self.picker_stack)
        record_row = QHBoxLayout()
        record_row.addWidget(self.record, 1)
        record_row.addWidget(self.new_button)
        self.labels["name"].setBuddy(self.name)
        self.labels["position"].setBuddy(self.position)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(record_row)
        layout.addWidget(self.evidence)
        layout.addStretch(1)
        self.name.editingFinished.connect(self._renamed)
        self.position.editingFinished.connect(self._position_edited)
        model.dataChanged.connect(lambda *_: self.show_item(self._key))
        model.modelReset.connect(lambda: self.show_item(None))
        self.retranslate()
        self.show_item(None)

    def picker(self, kind: str) -> RecordPicker:
        """The picker that matches items of ``kind`` (made when first needed)."""
        picker = self.pickers.get(kind)
        if picker is None:
            picker = RecordPicker(self.context, kind, self, creatable=False)
            picker.setObjectName(f"DraftMatch-{kind}")
            picker.picked.connect(lambda choice, k=kind: self._picked(k, choice))
            self.pickers[kind] = picker
            self.picker_stack.addWidget(picker)
        return picker

    def item(self) -> DraftItem | None:
        if self._key is None or self._key not in self.model.item_keys():
            return None
        return self.model.item_at(self.model.row_of(self._key))

    def show_item(self, key: str | None) -> None:
        """Shows the item with ``key`` (None: nothing chosen)."""
        self._key = key
        item = self.item()
        self.setEnabled(item is not None)
        if item is None:
            self.setTitle(self.tr("Choose an item in the list"))
            self.name.clear()
            self.position.clear()
            self.record.clear()
            self.evidence.clear()
            return
        kind = str(item.kind)
        self.setTitle(f"{what_it_is(item)}: {self.model.data(self._index(item), 0)}")
        if not self.name.hasFocus():
            self.name.setText(str(self.model.data(self._index(item), 0)))
            self.name.setCursorPosition(0)
        self.name.setReadOnly(kind in ("country", "topic"))
        self._show_kind(item)
        is_person = kind == "person"
        self.position.setVisible(is_person)
        self.labels["position"].setVisible(is_person)
        if is_person and not self.position.hasFocus():
            self.position.setText(getattr(item, "position", None) or "")
            self.position.setCursorPosition(0)
        self._show_match(item)
        self.record.setText(str(self.model.data(self._index(item, DraftColumn.RECORD), 0)))
        self.evidence.setPlainText(f"«{item.evidence}»" if item.evidence else "")
        self.evidence.setToolTip(self.tr("The words of the press release this item comes from"))

    def _index(self, item: DraftItem, column: DraftColumn = DraftColumn.NAME) -> QModelIndex:
        return self.model.index(self.model.row_of(item.key), column)

    def _show_kind(self, item: DraftItem) -> None:
        field = KIND_FIELDS.get(str(item.kind))
        self.labels["kind"].setVisible(field is not None)
        self.kind_stack.setVisible(field is not None)
        if field is None:
            self.kind_stack.setCurrentIndex(0)
            return
        box = self.kinds[str(item.kind)]
        blocked = box.blockSignals(True)
        box.set_value(str(getattr(item, field[0])))
        box.blockSignals(blocked)
        self.kind_stack.setCurrentWidget(box)

    def _show_match(self, item: DraftItem) -> None:
        kind = str(item.kind)
        matchable = kind in MATCHABLE
        self.new_button.setVisible(matchable)
        self.new_button.setEnabled(matchable and item.match is not None)
        if not matchable:
            self.picker_stack.setCurrentIndex(0)
            return
        picker = self.picker(kind)
        self.picker_stack.setCurrentWidget(picker)
        if picker.hasFocus():
            return
        blocked = picker.blockSignals(True)
        if item.match is None:
            picker.clear()
        else:
            picker.set_value(Choice(kind, item.match, self.model.match_name(item) or ""))
        picker.blockSignals(blocked)

    # -- edits ---------------------------------------------------------------------------------
    def _renamed(self) -> None:
        if self._key is not None and not self.name.isReadOnly():
            self.model.rename(self._key, self.name.text())

    def _position_edited(self) -> None:
        item = self.item()
        if item is not None and str(item.kind) == "person":
            position = self.position.text().strip() or None
            if getattr(item, "position", None) != position:
                self.model.replace_item(replace(item, position=position))  # type: ignore[call-arg]

    def _kind_chosen(self, kind: str) -> None:
        item = self.item()
        if item is None or str(item.kind) != kind:
            return
        attribute, enum_type = KIND_FIELDS[kind]
        value = enum_type(self.kinds[kind].value())
        if getattr(item, attribute) != value:
            self.model.replace_item(replace(item, **{attribute: value}))  # type: ignore[arg-type]

    def _picked(self, kind: str, choice: object) -> None:
        item = self.item()
        if item is None or str(item.kind) != kind or not isinstance(choice, Choice):
            return
        self.model.set_match(item.key, choice.id, choice.name)

    def make_new(self) -> None:
        """The chosen item becomes a new record instead of the one it was matched to."""
        if self._key is not None:
            self.model.set_match(self._key, None)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.labels["name"].setText(self.tr("Name"))
        self.labels["kind"].setText(self.tr("Kind"))
        self.labels["position"].setText(self.tr("Position"))
        self.labels["match"].setText(self.tr("Existing record"))
        self.new_button.setText(self.tr("New record"))
        self.new_button.setToolTip(self.tr("Save this item as a new record, not the one matched"))
        for box in self.kinds.values():
            box.retranslate()
        self.show_item(self._key)


class DraftItemsView(QWidget):
    """The table of items and the panel of the chosen one, side by side."""

    def __init__(
        self, context: AppContext, model: DraftItemsModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("DraftItems")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.panel = DraftItemPanel(context, model, self)
        self.panel.setMinimumWidth(280)
        self.panel.setMaximumWidth(380)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.panel)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Columns as wide as what they show, the name widest, none past a readable width."""
        self.table.resizeColumnsToContents()
        for column, widest in ((DraftColumn.NAME, 260), (DraftColumn.RECORD, 220)):
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        key = indexes[0].data(DraftItemsModel.KeyRole) if indexes else None
        self.panel.show_item(key if isinstance(key, str) else None)
