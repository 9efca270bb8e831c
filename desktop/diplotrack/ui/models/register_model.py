"""The table of one register (events, delegations, …): filtered, sorted and paged in SQL.

Rows arrive a page at a time through ``canFetchMore``/``fetchMore`` as the view scrolls;
``sort`` asks the database again with another ORDER BY; the filter is ``context.filter`` plus an
optional quick text of this register alone. Nothing is sorted or filtered in Python.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QPixmap
from sqlalchemy.orm import Session

from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.queries import registers
from diplotrack.store.queries.filtering import HOOKS

from ..context import AppContext
from ..widgets.flags import flags_strip
from .register_columns import COLUMNS, DEFAULT_SORT, Column, Render
from .register_count import RegisterCount

Index = QModelIndex | QPersistentModelIndex

#: rows fetched at a time as the view scrolls
PAGE = 200
#: a refresh after a change re-reads what was loaded, but never more than this many rows
MAX_RELOAD = 2000
FLAG_HEIGHT = 12
WARNING_COLOR = QColor("#b3261e")
ARCHIVED_COLOR = QColor("#80868f")

Lister = Callable[..., list[Any]]
Counter = Callable[..., int]


def _queries(kind: str, context: AppContext) -> tuple[Lister, Counter]:
    if kind == "event":
        zone = context.zone
        return (
            partial(registers.list_events, zone=zone),
            partial(registers.count_events, zone=zone),
        )
    found: dict[str, tuple[Lister, Counter]] = {
        "delegation": (registers.list_delegations, registers.count_delegations),
        "agreement": (registers.list_agreements, registers.count_agreements),
        "followup": (registers.list_followups, registers.count_followups),
        "person": (registers.list_people, registers.count_people),
        "organization": (registers.list_organizations, registers.count_organizations),
        "place": (registers.list_places, registers.count_places),
    }
    return found[kind]


#: the kinds whose changes alter what a register shows (names of related records included)
DEPENDS: dict[str, tuple[str, ...]] = {
    "event": ("event", "place", "person", "organization", "topic", "delegation"),
    "delegation": ("delegation", "place", "person", "organization"),
    "agreement": ("agreement", "place", "person", "organization"),
    "followup": ("followup", "person", "organization", "event", "delegation", "agreement"),
    "person": ("person", "organization", "position"),
    "organization": ("organization", "place"),
    "place": ("place",),
}


def _values(column: Any) -> frozenset[str]:
    return frozenset(column.type.enums) if column is not None else frozenset()


def applicable(flt: RecordFilter, kind: str) -> RecordFilter:
    """``flt`` without the kinds and statuses that records of ``kind`` never have."""
    hooks = HOOKS[kind]
    kinds = tuple(v for v in flt.kinds if v in _values(hooks.kinds))
    statuses = tuple(v for v in flt.statuses if v in _values(hooks.statuses))
    if (kinds, statuses) == (flt.kinds, flt.statuses):
        return flt
    return replace(flt, kinds=kinds, statuses=statuses)


class RegisterModel(QAbstractTableModel):
    """Rows of one register kind; read-only, typed, with named roles."""

    RecordRefRole = Qt.ItemDataRole.UserRole + 1  # RecordRef of the row's record
    RowRole = Qt.ItemDataRole.UserRole + 2  # the light row itself (EventRow, …)
    CountriesRole = Qt.ItemDataRole.UserRole + 3  # ISO codes the cell shows flags of
    WarningRole = Qt.ItemDataRole.UserRole + 4  # True: overdue, expiring soon
    SortFieldRole = Qt.ItemDataRole.UserRole + 5  # header: the row field it sorts by, or None

    #: the number of records matching the filter, after every re-query
    counted = Signal(int)

    def __init__(self, context: AppContext, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        if kind not in COLUMNS:
            raise ValueError(f"no register of kind {kind!r}")
        self._context = context
        self.kind = kind
        self.columns: tuple[Column, ...] = COLUMNS[kind]
        self._list, self._count = _queries(kind, context)
        self._rows: list[Any] = []
        self._total: int | None = 0  # None: not counted yet (the count follows the rows)
        self._more = False  # the last page was full: there may be more rows
        self._counter = RegisterCount(context.db, self._count, self)
        self._counter.counted.connect(self._on_counted)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._count_behind)
        self._sort_column, self._descending = DEFAULT_SORT[kind]
        self._quick_text = ""
        self._render = self._make_render()
        context.filter_changed.connect(self._on_filter)
        context.changed.connect(self._on_changes)
        context.language_changed.connect(self._on_language)
        self.reload()

    # -- what is asked of the database -----------------------------------------------------
    @property
    def total(self) -> int:
        """How many records match; counted here and now if the count behind has not arrived."""
        if self._total is None:
            self._recount()
        return self._total or 0

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def quick_text(self) -> str:
        return self._quick_text

    def effective_filter(self) -> RecordFilter:
        """The shared filter as it applies to this kind, narrowed by the quick text.

        The one filter holds kinds and statuses of every record kind at once (meetings and
        sister-city agreements); each register keeps only the values its records can have, so
        a delegation register is not emptied by an event kind.
        """
        flt = applicable(self._context.filter, self.kind)
        quick = self._quick_text.strip()
        if not quick:
            return flt
        return replace(flt, text=f"{flt.text} {quick}".strip())

    def set_quick_text(self, text: str) -> None:
        if text != self._quick_text:
            self._quick_text = text
            self.reload()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].order_by is not None

    def _page(self, session: Session, offset: int, limit: int) -> list[Any]:
        order_by = self.columns[self._sort_column].order_by or "id"
        return self._list(
            session,
            self.effective_filter(),
            order_by=order_by,
            descending=self._descending,
            offset=offset,
            limit=limit,
        )

    def reload(self, *, keep: int = 0, recount: bool = True) -> None:
        """Ask again for the first page (or as many rows as ``keep``, capped).

        The rows come first and are shown; the count (for "Events: N") is asked for from the
        event loop right after the repaint and read in a thread of its own (``RegisterCount``),
        so the table answers the input as fast as one page query and the next key never waits
        for the count. Sorting keeps the count: the same records are only put in another order.
        """
        limit = min(max(PAGE, keep), MAX_RELOAD)
        with self._context.db.session() as session:
            rows = self._page(session, 0, limit)
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == limit
        if recount:
            self._total = None
            self._counter.drop()  # a count of what was there before would be announced
            self._count_timer.start(0)
        elif self._total is not None and not self._more:
            self._total = len(rows)
        self.endResetModel()

    def _count_behind(self) -> None:
        self._counter.request(self.effective_filter())

    def _recount(self) -> None:
        """Counts in the GUI thread at once (what ``total`` needs when asked before the count
        behind has arrived); a count under way is dropped."""
        self._count_timer.stop()
        self._counter.drop()
        with self._context.db.session() as session:
            total = self._count(session, self.effective_filter())
        self._take_count(total)

    def _on_counted(self, flt: RecordFilter, total: int) -> None:
        if flt == self.effective_filter():  # else the rows shown are already another filter's
            self._take_count(total)

    def _take_count(self, total: int) -> None:
        self._total = max(total, len(self._rows))
        if self._total == len(self._rows):
            self._more = False
        self.counted.emit(self._total)

    def _on_filter(self, _flt: RecordFilter) -> None:
        self.reload()

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches(*DEPENDS[self.kind]):
            self.reload(keep=len(self._rows))

    def _make_render(self) -> Render:
        return Render(self._context.language, self._context.zone, self._context.today())

    def _on_language(self, _language: str) -> None:
        self._render = self._make_render()
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1)
            )

    # -- Qt's model interface --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        with self._context.db.session() as session:
            more = self._page(session, len(self._rows), PAGE)
        self._more = len(more) == PAGE
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self.is_sortable(column):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending) and self._rows:
            return
        self._sort_column, self._descending = column, descending
        self.reload(keep=PAGE, recount=False)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == self.SortFieldRole:
            return column.order_by
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        how = self._render
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row, how)
        if role == Qt.ItemDataRole.DecorationRole:
            codes = column.countries(row) if column.countries else ()
            return self._flags(codes) if codes else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row, how) if column.tooltip else column.text(row, how) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.warning is not None and column.warning(row, how):
                return WARNING_COLOR
            return ARCHIVED_COLOR if row.archived else None
        if role == Qt.ItemDataRole.FontRole and row.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.RecordRefRole:
            return RecordRef(self.kind, row.id)
        if role == self.RowRole:
            return row
        if role == self.CountriesRole:
            return column.countries(row) if column.countries else ()
        if role == self.WarningRole:
            return bool(column.warning and column.warning(row, how))
        return None

    def roleNames(self) -> dict[int, Any]:
        names = dict(super().roleNames())
        names.update(
            {
                self.RecordRefRole: QByteArray(b"recordRef"),
                self.RowRole: QByteArray(b"row"),
                self.CountriesRole: QByteArray(b"countries"),
                self.WarningRole: QByteArray(b"warning"),
                self.SortFieldRole: QByteArray(b"sortField"),
            }
        )
        return names

    @staticmethod
    def _flags(codes: tuple[str, ...]) -> QPixmap:
        return flags_strip(codes, FLAG_HEIGHT)

    # -- finding rows ----------------------------------------------------------------------
    def ref_at(self, row: int) -> RecordRef | None:
        if 0 <= row < len(self._rows):
            return RecordRef(self.kind, self._rows[row].id)
        return None

    def row_of(self, ref: RecordRef | None) -> int:
        """The row showing ``ref`` among those loaded, or -1."""
        if ref is None or ref.kind != self.kind:
            return -1
        for number, row in enumerate(self._rows):
            if row.id == ref.id:
                return number
        return -1
