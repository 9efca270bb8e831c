"""The mapping step of a table import: which register the file goes into and, for each of the
file's columns, the field it fills (or "skip"), with a few of its values to judge by."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from diplotrack.interchange.tables.fields import REGISTERS, RegisterSpec
from diplotrack.interchange.tables.mapping import TableMapping, for_register
from diplotrack.interchange.tables.reading import Cell, Table

from ..labels import QT_TRANSLATE_NOOP

_CONTEXT = "ImportMapping"
SAMPLES = 3
_HEADERS = (
    QT_TRANSLATE_NOOP("ImportMapping", "Column in the file"),
    QT_TRANSLATE_NOOP("ImportMapping", "Goes into"),
    QT_TRANSLATE_NOOP("ImportMapping", "Values in the file"),
)
HEADING, FIELD, SAMPLE = range(3)
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root (Qt's default argument)


def field_label(spec: RegisterSpec, name: str) -> str:
    """A field's name in the interface language, '*' after one the register needs."""
    target = spec.field(name)
    text = QCoreApplication.translate("messages", target.label)
    return f"{text} *" if target.required else text


def register_label(register: str) -> str:
    return QCoreApplication.translate("messages", REGISTERS[register].label)


def skip_label() -> str:
    return QCoreApplication.translate("ImportMapping", "— skip —")


def cell_text(cell: Cell) -> str:
    """A cell as a person reads it: days as 10.04.2024, whole numbers without '.0'."""
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.strftime("%d.%m.%Y %H:%M") if cell.time() != time() else f"{cell:%d.%m.%Y}"
    if isinstance(cell, date):
        return f"{cell:%d.%m.%Y}"
    if isinstance(cell, time):
        return cell.strftime("%H:%M")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def column_samples(table: Table, column: int, count: int = SAMPLES) -> list[str]:
    """The first ``count`` different non-empty values of a column."""
    seen: list[str] = []
    for row in table.rows:
        text = cell_text(row.cells[column])
        if text and text not in seen:
            seen.append(text)
            if len(seen) == count:
                break
    return seen


class ColumnMappingModel(QAbstractTableModel):
    """One row per column of the file: its heading, the field it fills (editable), samples."""

    FieldRole = Qt.ItemDataRole.UserRole + 1  # the field's name, "" for a column skipped

    #: the person changed the register or a column's field
    mapping_changed = Signal()

    def __init__(self, table: Table, mapping: TableMapping, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.mapping = mapping
        self._samples = [" · ".join(column_samples(table, c)) for c in range(table.width)]

    @property
    def spec(self) -> RegisterSpec:
        return self.mapping.spec

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else self.table.width

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(_HEADERS):
            return QCoreApplication.translate(_CONTEXT, _HEADERS[section])
        if orientation == Qt.Orientation.Vertical and 0 <= section < self.table.width:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column, row = index.column(), index.row()
        name = self.mapping.fields[row]
        if role == self.FieldRole or (role == Qt.ItemDataRole.EditRole and column == FIELD):
            return name or ""
        if role == Qt.ItemDataRole.DisplayRole:
            if column == HEADING:
                return self.table.headers[row]
            if column == FIELD:
                return field_label(self.spec, name) if name else skip_label()
            if column == SAMPLE:
                return self._samples[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == SAMPLE:
            return self._samples[row]
        if role == Qt.ItemDataRole.ForegroundRole and column == FIELD and not name:
            return Qt.GlobalColor.darkGray
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != FIELD or role != Qt.ItemDataRole.EditRole:
            return False
        name = str(value) if value else None
        if name is not None and name not in {f.name for f in self.spec.fields}:
            return False
        if self.mapping.fields[index.row()] == name:
            return True
        self.mapping.set_field(index.row(), name)  # may leave out the column that had it
        self.dataChanged.emit(self.index(0, FIELD), self.index(self.rowCount() - 1, FIELD))
        self.mapping_changed.emit()
        return True

    def set_register(self, register: str) -> None:
        """Another register: its fields guessed again from the headings."""
        if register == self.mapping.register:
            return
        self.beginResetModel()
        self.mapping = for_register(self.table, register)
        self.endResetModel()
        self.mapping_changed.emit()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_HEADERS) - 1)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, FIELD), self.index(self.rowCount() - 1, FIELD))


class FieldChoice(QStyledItemDelegate):
    """A combo of the register's fields (and "skip") in the mapping's "Goes into" column."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("fieldChoice")
        model = index.model()
        if isinstance(model, ColumnMappingModel):
            combo.addItem(skip_label(), "")
            for target in model.spec.fields:
                combo.addItem(field_label(model.spec, target.name), target.name)
        # the choice is the mapping at once, not when the editor loses focus
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(ColumnMappingModel.FieldRole) or ""
            editor.setCurrentIndex(max(0, editor.findData(value)))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ColumnMappingTable(QTableView):
    """The mapping as a table, each column's field choice always shown as a combo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("columnMapping")
        self.setItemDelegateForColumn(FIELD, FieldChoice(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(HEADING, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def show_mapping(self, model: ColumnMappingModel) -> None:
        self.setModel(model)
        model.modelReset.connect(self._open_choices)
        self._open_choices()

    def _open_choices(self) -> None:
        model = self.model()
        if model is None:
            return
        for row in range(model.rowCount()):
            index = model.index(row, FIELD)
            self.closePersistentEditor(index)
            self.openPersistentEditor(index)
        self.resizeColumnToContents(HEADING)
        self.setColumnWidth(HEADING, min(max(self.columnWidth(HEADING), 140), 260))
        self.setColumnWidth(FIELD, 230)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)

    def retranslate(self) -> None:
        """The field combos again, their names in the interface language."""
        self._open_choices()

    def choice(self, row: int) -> QComboBox:
        """The field combo of the file's column ``row`` (tests drive it as a person would)."""
        model = self.model()
        widget = self.indexWidget(model.index(row, FIELD))
        if not isinstance(widget, QComboBox):
            raise LookupError(f"no field choice on row {row}")
        return widget
