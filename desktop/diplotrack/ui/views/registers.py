"""The registers: one table per record kind, and the countries list, under the one filter.

Sorting by a header asks the database; rows load as the table scrolls; the selection goes to
``context.select`` (the detail panel follows it) and Enter or a double-click opens the record.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diplotrack.services.changes import RecordRef

from ..context import AppContext
from ..labels import record_name
from ..models.country_model import CountryModel
from ..models.register_model import RegisterModel

QUICK_DELAY_MS = 200
_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_NATIVE = QKeySequence.SequenceFormat.NativeText  # shortcuts as the menus show them


class RegisterTable(QTableView):
    """A table that sorts through its model (in SQL) and only by the columns it can."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._header_clicked)
        self._sorted: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder)

    def show_sort(self, column: int, descending: bool) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._sorted = (column, order)
        self.horizontalHeader().setSortIndicator(column, order)

    def _sortable(self, column: int) -> bool:
        model = self.model()
        return isinstance(model, RegisterModel | CountryModel) and model.is_sortable(column)

    def _header_clicked(self, column: int) -> None:
        model = self.model()
        if model is None or not self._sortable(column):
            self.horizontalHeader().setSortIndicator(*self._sorted)  # put the arrow back
            return
        current, order = self._sorted
        if column == current:
            order = (
                Qt.SortOrder.AscendingOrder
                if order == Qt.SortOrder.DescendingOrder
                else Qt.SortOrder.DescendingOrder
            )
        else:
            order = Qt.SortOrder.AscendingOrder
        self._sorted = (column, order)
        self.horizontalHeader().setSortIndicator(column, order)
        model.sort(column, order)


class _OpenOnEnter(QObject):
    """Enter on the table opens the current record (Qt would only 'activate' it)."""

    def __init__(self, table: QTableView, open_row: object) -> None:
        super().__init__(table)
        self._open_row = open_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _OPEN_KEYS
            and callable(self._open_row)
        ):
            self._open_row()
            return True
        return False


class EmptyNotice(QLabel):
    """Says, over an empty table, why it is empty and what to do about it."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table.viewport())
        self.setObjectName("emptyNotice")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color: #5f6673; padding: 24px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class RegisterView(QWidget):
    """The register of one record kind: event, delegation, agreement, followup, person,
    organization or place."""

    def __init__(self, context: AppContext, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"register-{kind}")
        self._context = context
        self.kind = kind
        self.model = RegisterModel(context, kind, self)
        self.table = RegisterTable(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.show_sort(self.model.sort_column, self.model.descending)
        self.quick = QLineEdit(self)
        self.quick.setObjectName("quickFilter")
        self.quick.setClearButtonEnabled(True)
        self.quick.setMinimumWidth(240)
        self.quick.setMaximumWidth(360)
        self.count_label = QLabel(self)
        self.empty_notice = EmptyNotice(self.table)
        self._quick_timer = QTimer(self)
        self._quick_timer.setSingleShot(True)
        self._quick_timer.setInterval(QUICK_DELAY_MS)
        self._quick_timer.timeout.connect(self._apply_quick)
        self.quick.textEdited.connect(lambda _text: self._quick_timer.start())
        self.quick.returnPressed.connect(self._apply_quick)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.quick)
        top.addStretch(1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)

        self.table.installEventFilter(_OpenOnEnter(self.table, self.open_current))
        self.table.doubleClicked.connect(lambda index: self._open(index))
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        self.model.counted.connect(self._show_count)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_: self._show_empty_notice())
        context.selection_changed.connect(self._follow_selection)
        context.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()
        self._fit_columns()

    def retranslate(self) -> None:
        self.quick.setPlaceholderText(self.tr("Search this list…"))
        self._show_count(self.model.total)
        self._show_empty_notice()

    def _show_empty_notice(self) -> None:
        """An empty table says whether the list's search, the filter or nothing hides rows."""
        if self.model.rowCount() > 0:
            self.empty_notice.hide()
            return
        quick = self.quick.text().strip()
        if quick:
            text = self.tr(
                "Nothing in this list matches “%1”. Try another word, or clear the search."
            ).replace("%1", quick)
        elif not self._context.filter.is_empty:
            text = self.tr(
                "Nothing here matches the filter. Press Clear above to see every record."
            )
        else:
            text = (
                self.tr(
                    "Nothing here yet. Add an event with File ▸ New event… (%1), or bring "
                    "records in from a calendar or a spreadsheet with File ▸ Import… (%2)."
                )
                .replace("%1", QKeySequence(QKeySequence.StandardKey.New).toString(_NATIVE))
                .replace("%2", QKeySequence("Ctrl+I").toString(_NATIVE))
            )
        self.empty_notice.setText(text)
        self.empty_notice.setGeometry(self.table.viewport().rect())
        self.empty_notice.show()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(
            self.tr("%1: %2")
            .replace("%1", record_name(self.kind, plural=True))
            .replace("%2", f"{total:,}".replace(",", "\u202f"))
        )

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = metrics.horizontalAdvance(title) + 36
            for row in range(min(self.model.rowCount(), 40)):
                text = str(self.model.data(self.model.index(row, column)) or "")
                widest = max(widest, metrics.horizontalAdvance(text) + 24)
            header.resizeSection(column, min(widest, 380))

    def _apply_quick(self) -> None:
        self._quick_timer.stop()
        self.model.set_quick_text(self.quick.text())

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._context.select(self.model.ref_at(rows[0].row()))

    def _follow_selection(self, ref: RecordRef | None) -> None:
        row = self.model.row_of(ref)
        current = self.table.currentIndex()
        if row >= 0 and (not current.isValid() or current.row() != row):
            self.table.selectRow(row)

    def _after_reset(self) -> None:
        self._show_empty_notice()
        # keep the selected record selected when the rows are asked for again
        row = self.model.row_of(self._context.selection)
        if row >= 0:
            self.table.selectRow(row)

    def _open(self, index: QModelIndex) -> None:
        ref = self.model.ref_at(index.row()) if index.isValid() else None
        if ref is not None:
            self._context.open(ref)

    def open_current(self) -> None:
        self._open(self.table.currentIndex())


class CountryRegisterView(QWidget):
    """The countries that have records (or all of them), with flags and counts; Enter opens
    the country's dossier as ``RecordRef("country", <ISO numeric code>)`` (see ``ui.refs``)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("register-country")
        self._context = context
        self.model = CountryModel(context, self)
        self.table = RegisterTable(self)
        self.table.setObjectName("countryTable")
        self.table.setModel(self.model)
        self.table.show_sort(1, False)
        self.show_all = QCheckBox(self)
        self.show_all.setObjectName("showAllCountries")
        self.show_all.toggled.connect(self.model.set_show_all)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.show_all)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.table)
        self.table.installEventFilter(_OpenOnEnter(self.table, self.open_current))
        self.table.doubleClicked.connect(lambda index: self._open(index))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        context.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()
        header = self.table.horizontalHeader()
        for column, width in enumerate((80, 220, 220, 90, 100, 100)):
            header.resizeSection(column, width)

    def retranslate(self) -> None:
        self.show_all.setText(self.tr("Show all countries, not only those with records"))

    def _ref(self, index: QModelIndex) -> RecordRef | None:
        if not index.isValid():
            return None
        ref = self.model.data(index, CountryModel.RecordRefRole)
        return ref if isinstance(ref, RecordRef) else None

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self._context.select(self._ref(rows[0]))

    def _open(self, index: QModelIndex) -> None:
        ref = self._ref(index)
        if ref is not None:
            self._context.open(ref)

    def open_current(self) -> None:
        self._open(self.table.currentIndex())
