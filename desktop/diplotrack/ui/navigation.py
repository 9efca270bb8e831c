"""The side bar: the screens of the window (Today, Calendar, the registers) and saved filters."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .labels import QT_TRANSLATE_NOOP, record_name

# The screens of the side bar in its order; Ctrl+1 … Ctrl+0 (and Alt+digits) follow it.
VIEWS: tuple[str, ...] = (
    "today",
    "calendar",
    "event",
    "delegation",
    "agreement",
    "followup",
    "person",
    "organization",
    "place",
    "country",
)
_OWN_NAMES = {
    "today": QT_TRANSLATE_NOOP("Navigation", "Today"),
    "calendar": QT_TRANSLATE_NOOP("Navigation", "Calendar"),
}
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# saved filters listed without scrolling; a longer list scrolls
SAVED_FILTERS_SHOWN = 10


def view_name(view: str) -> str:
    """The translated name of a screen of the side bar ("Мероприятия" for "event")."""
    own = _OWN_NAMES.get(view)
    if own is not None:
        return QCoreApplication.translate("Navigation", own)
    return record_name(view, plural=True)


def view_digit(view: str) -> str:
    """The digit of the screen's shortcut: "1" … "9", then "0" for the tenth."""
    return str((VIEWS.index(view) + 1) % 10)


class SideBar(QWidget):
    """Lists the screens and the saved filters; a click or Enter chooses one."""

    view_chosen = Signal(str)
    saved_filter_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SideBar")
        self.views = QListWidget(self)
        self.views.setObjectName("SideBarViews")
        self.views.setFrameShape(QListWidget.Shape.NoFrame)
        self.views.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.views.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for view in VIEWS:
            item = QListWidgetItem()
            item.setData(KEY_ROLE, view)
            self.views.addItem(item)
        self.filters_title = QLabel(self)
        self.filters_title.setObjectName("SideBarFiltersTitle")
        self.filters_title.setStyleSheet("color: #5f6673; padding: 10px 8px 2px 8px;")
        self.filters = QListWidget(self)
        self.filters.setObjectName("SideBarFilters")
        self.filters.setFrameShape(QListWidget.Shape.NoFrame)
        self.filters.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        # a long name is cut short with "…" (its whole name in the tooltip), never scrolled
        self.filters.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.filters.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.filters.setWordWrap(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(0)
        layout.addWidget(self.views)
        layout.addWidget(self.filters_title)
        layout.addWidget(self.filters)
        layout.addStretch(1)  # the lists stay at the top, however few filters are saved
        self.setStyleSheet(
            "#SideBar QListWidget { background: transparent; }"
            "#SideBarViews::item, #SideBarFilters::item { padding: 5px 10px; }"
        )

        # a click, or arrows moving the current row, chooses; Enter too (for the filters)
        self.views.currentItemChanged.connect(self._view_current)
        self.filters.itemActivated.connect(self._filter_activated)
        self.filters.itemClicked.connect(self._filter_activated)
        self.filters.installEventFilter(self)
        self.set_saved_filters([])
        self.retranslate()

    def retranslate(self) -> None:
        for row in range(self.views.count()):
            item = self.views.item(row)
            view = str(item.data(KEY_ROLE))
            item.setText(view_name(view))
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)")
                .replace("%1", view_name(view))
                .replace("%2", view_digit(view))
            )
        self.filters_title.setText(self.tr("Saved filters"))
        self._fit_views()

    def _fit_views(self) -> None:
        # all ten screens always visible: the list is exactly as tall as its rows
        height = sum(self.views.sizeHintForRow(row) for row in range(self.views.count()))
        self.views.setFixedHeight(height + 2 * self.views.frameWidth() + 4)
        width = max(self.views.sizeHintForColumn(0), 120)
        self.setMinimumWidth(width + 24)

    def current_view(self) -> str | None:
        item = self.views.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def show_view(self, view: str | None) -> None:
        """Mark ``view`` as the one shown (None: a screen not in the list, e.g. a dossier)."""
        self.views.blockSignals(True)
        try:
            if view in VIEWS:
                self.views.setCurrentRow(VIEWS.index(view))
            else:
                self.views.clearSelection()
                self.views.setCurrentRow(-1)
        finally:
            self.views.blockSignals(False)

    def set_saved_filters(self, names: list[str]) -> None:
        self.filters.clear()
        for name in names:
            item = QListWidgetItem(f"★ {name}")
            item.setData(KEY_ROLE, name)
            item.setToolTip(name)
            self.filters.addItem(item)
            # no width of its own: the line is as wide as the list, and a longer name elides
            item.setSizeHint(QSize(0, self.filters.sizeHintForRow(self.filters.row(item))))
        self.filters_title.setVisible(bool(names))
        self.filters.setVisible(bool(names))
        # as tall as its lines (up to ten; more scroll), not the default box with empty space
        rows = range(min(self.filters.count(), SAVED_FILTERS_SHOWN))
        height = sum(self.filters.sizeHintForRow(row) for row in rows)
        self.filters.setFixedHeight(height + 2 * self.filters.frameWidth() + 4)

    def saved_filter_names(self) -> list[str]:
        return [str(self.filters.item(row).data(KEY_ROLE)) for row in range(self.filters.count())]

    def _view_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.view_chosen.emit(str(item.data(KEY_ROLE)))

    def _filter_activated(self, item: QListWidgetItem) -> None:
        self.saved_filter_chosen.emit(str(item.data(KEY_ROLE)))

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        if (
            watched is self.filters
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            item = self.filters.currentItem()
            if item is not None:
                self._filter_activated(item)
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
