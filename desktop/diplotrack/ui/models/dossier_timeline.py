"""The dossier's timeline ("Хроника") as a tree: years, newest first, and under each year the
contacts of that year — date (as precisely as known), status, kind colour, title, place."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from diplotrack.domain.enums import DelegationDirection, EventKind, EventStatus
from diplotrack.services.changes import RecordRef
from diplotrack.store.queries.dossiers import TimelineEntry
from diplotrack.ui.labels import label, record_name
from diplotrack.ui.style import MUTED_TEXT, chip_style, delegation_color, kind_color
from diplotrack.ui.views.record_text import display_name, format_entry_date

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
_NO_YEAR = 0  # the group of contacts with no date yet
_YEAR_ROW = 0xFFFFFFFF  # internal id of a year row; entries carry their year's row number
_ROOT = QModelIndex()  # the invisible root (Qt's default argument)


class Column(IntEnum):
    DATE = 0
    STATUS = 1
    TITLE = 2
    PLACE = 3


@dataclass(frozen=True)
class _Year:
    year: int
    entries: tuple[TimelineEntry, ...]


def _newest_first(item: tuple[int, list[TimelineEntry]]) -> tuple[bool, int]:
    return item[0] == _NO_YEAR, -item[0]


def _swatch(color: QColor) -> QIcon:
    pixmap = QPixmap(10, 10)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.fillRect(1, 1, 8, 8, color)
    painter.end()
    return QIcon(pixmap)


class TimelineModel(QAbstractItemModel):
    """Read-only tree of a dossier's timeline; ``set_entries`` replaces what it shows."""

    RefRole = Qt.ItemDataRole.UserRole + 1  # RecordRef of an entry (None on a year row)
    KindRole = Qt.ItemDataRole.UserRole + 2  # event kind, or the delegation's direction
    StatusRole = Qt.ItemDataRole.UserRole + 3
    StartsRole = Qt.ItemDataRole.UserRole + 4  # date | None
    YearRole = Qt.ItemDataRole.UserRole + 5  # the year of the row (0: no date)
    PrecisionRole = Qt.ItemDataRole.UserRole + 6

    def __init__(self, language: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._years: list[_Year] = []
        self._language = language
        self._icons: dict[str, QIcon] = {}

    # -- content ---------------------------------------------------------------------------------
    def set_entries(self, entries: tuple[TimelineEntry, ...] | list[TimelineEntry]) -> None:
        """Show ``entries`` (newest first, as the dossier gives them), grouped by year."""
        self.beginResetModel()
        years: dict[int, list[TimelineEntry]] = {}
        for entry in entries:
            years.setdefault(entry.starts.year if entry.starts else _NO_YEAR, []).append(entry)
        self._years = [
            _Year(year, tuple(found))
            for year, found in sorted(
                years.items(), key=lambda item: (item[0] == _NO_YEAR, -item[0])
            )
        ]
        self.endResetModel()

    def set_language(self, language: str) -> None:
        self._language = language
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._years:
            self.layoutChanged.emit()

    def entry(self, index: Index) -> TimelineEntry | None:
        if not index.isValid() or index.internalId() == _YEAR_ROW:
            return None
        return self._years[index.internalId()].entries[index.row()]

    def ref(self, index: Index) -> RecordRef | None:
        entry = self.entry(index)
        return RecordRef(entry.item, entry.id) if entry else None

    def index_of(self, ref: RecordRef) -> QModelIndex:
        for number, year in enumerate(self._years):
            for row, entry in enumerate(year.entries):
                if (entry.item, entry.id) == ref:
                    return self.index(row, 0, self.index(number, 0))
        return QModelIndex()

    # -- the tree --------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _YEAR_ROW)
        return self.createIndex(row, column, parent.row())

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == _YEAR_ROW:
            return QModelIndex()
        return self.createIndex(child.internalId(), 0, _YEAR_ROW)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._years)
        if parent.internalId() == _YEAR_ROW and parent.column() == 0:
            return len(self._years[parent.row()].entries)
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == _YEAR_ROW:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == Column.DATE:
            return translate("Dossier", "Date")
        if section == Column.STATUS:
            return translate("Dossier", "Status")
        if section == Column.TITLE:
            return translate("Dossier", "Contact")
        if section == Column.PLACE:
            return translate("Dossier", "Place")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _YEAR_ROW:
            return self._year_data(self._years[index.row()], index.column(), role)
        year = self._years[index.internalId()]
        return self._entry_data(year.entries[index.row()], index.column(), role)

    def _year_data(self, year: _Year, column: int, role: int) -> Any:
        if role == self.YearRole:
            return year.year
        if column != Column.DATE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(year.year) if year.year else translate("Dossier", "No date")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _entry_data(self, entry: TimelineEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return self._text(entry, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.TITLE:
            return self._icon(entry)
        if role == Qt.ItemDataRole.FontRole:
            style = chip_style(entry.status)
            if style.struck or style.italic:
                font = QFont()
                font.setStrikeOut(style.struck)
                font.setItalic(style.italic)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (
            column != Column.TITLE or chip_style(entry.status).muted
        ):
            return MUTED_TEXT
        if role == Qt.ItemDataRole.SizeHintRole and column == Column.TITLE:
            return QSize(320, 22)
        return {
            self.RefRole: RecordRef(entry.item, entry.id),
            self.KindRole: entry.kind,
            self.StatusRole: entry.status,
            self.StartsRole: entry.starts,
            self.YearRole: entry.starts.year if entry.starts else _NO_YEAR,
            self.PrecisionRole: entry.date_precision,
        }.get(role)

    def _text(self, entry: TimelineEntry, column: int, *, tooltip: bool) -> str | None:
        if column == Column.DATE:
            return format_entry_date(
                entry.starts,
                entry.ends,
                precision=entry.date_precision,
                all_day=entry.all_day,
                language=self._language,
                with_year=tooltip,
            )
        if column == Column.STATUS:
            return label(entry.status, EventStatus)
        if column == Column.TITLE:
            title = display_name(entry.title, entry.title_alt, self._language)
            if not tooltip:
                return title
            kind = (
                f"{record_name('delegation')} · {label(entry.kind, DelegationDirection)}"
                if entry.item == "delegation"
                else label(entry.kind, EventKind)
            )
            return f"{kind}\n{title}"
        if not entry.place:
            return ""
        place = display_name(entry.place, entry.place_alt, self._language)
        if not tooltip or place == entry.place:
            return place
        return f"{place} ({entry.place})"  # the name as the office's records write it too

    def _icon(self, entry: TimelineEntry) -> QIcon:
        key = f"{entry.item}:{entry.kind}"
        icon = self._icons.get(key)
        if icon is None:
            color = delegation_color() if entry.item == "delegation" else kind_color(entry.kind)
            icon = self._icons[key] = _swatch(color)
        return icon
