"""The countries register: flag, names in both languages, and counts under the filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import Changes
from diplotrack.store.queries.countries import CountryOrder, CountryRow, list_countries

from ..context import AppContext
from ..labels import QT_TRANSLATE_NOOP
from ..refs import country_ref
from ..widgets.flags import flag_pixmap

Index = QModelIndex | QPersistentModelIndex

# header, sort key; the name columns sort by the name in the interface language
_COLUMNS: tuple[tuple[str, CountryOrder | None], ...] = (
    (QT_TRANSLATE_NOOP("registers", "Code"), "code"),
    (QT_TRANSLATE_NOOP("registers", "Country"), "name"),
    (QT_TRANSLATE_NOOP("registers", "In the other language"), None),
    (QT_TRANSLATE_NOOP("registers", "Events"), "events"),
    (QT_TRANSLATE_NOOP("registers", "Delegations"), "delegations"),
    (QT_TRANSLATE_NOOP("registers", "Agreements"), "agreements"),
)
_MUTED = QColor("#80868f")


class CountryModel(QAbstractTableModel):
    """Countries with how many events, delegations and agreements the filter shows for each."""

    RecordRefRole = Qt.ItemDataRole.UserRole + 1  # RecordRef("country", ISO numeric)
    CodeRole = Qt.ItemDataRole.UserRole + 2  # the alpha-2 code
    RowRole = Qt.ItemDataRole.UserRole + 3  # the CountryRow

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._context = context
        self._rows: list[CountryRow] = []
        self._sort_column = 1
        self._descending = False
        self._all = False
        context.filter_changed.connect(self._on_filter)
        context.changed.connect(self._on_changes)
        context.language_changed.connect(self._on_language)
        self.reload()

    @property
    def show_all(self) -> bool:
        return self._all

    def set_show_all(self, show_all: bool) -> None:
        """All countries, or (by default) only those with records under the filter."""
        if show_all != self._all:
            self._all = show_all
            self.reload()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(_COLUMNS) and _COLUMNS[column][1] is not None

    def reload(self) -> None:
        order = _COLUMNS[self._sort_column][1] or "name"
        with self._context.db.session() as session:
            rows = list_countries(
                session,
                self._context.filter,
                language=self._context.language,
                order_by=order,
                descending=self._descending,
                with_records_only=not self._all,
                zone=self._context.zone,
            )
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _on_filter(self, _flt: RecordFilter) -> None:
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("event", "delegation", "agreement", "place", "organization"):
            self.reload()

    def _on_language(self, _language: str) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)
        self.reload()  # names sort differently in the other language

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_COLUMNS)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        self._sort_column = column
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("registers", _COLUMNS[section][0])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        language = self._context.language
        if role == Qt.ItemDataRole.DisplayRole:
            other = "en" if language == "ru" else "ru"
            counts = (row.events, row.delegations, row.agreements)
            values: tuple[Any, ...] = (row.code, row.name(language), row.name(other), *counts)
            return values[column]
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return flag_pixmap(row.code, 14)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column >= 3:
            counts = (row.events, row.delegations, row.agreements)
            return _MUTED if counts[column - 3] == 0 else None
        if role == self.RecordRefRole:
            return country_ref(row.code)
        if role == self.CodeRole:
            return row.code
        if role == self.RowRole:
            return row
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[self.RecordRefRole] = QByteArray(b"recordRef")
        names[self.CodeRole] = QByteArray(b"code")
        names[self.RowRole] = QByteArray(b"row")
        return names

    def code_at(self, row: int) -> str | None:
        return self._rows[row].code if 0 <= row < len(self._rows) else None
