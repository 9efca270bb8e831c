"""The pieces of the filter bar: removable chips ("🇰🇬 KG ×") and checkable value menus."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ..labels import label

CHIP_STYLE = """
QToolButton[chip="true"] {
    border: 1px solid #9aa4b5; border-radius: 10px; padding: 1px 8px 1px 6px;
    background: #eef1f6; color: #1b1f24;
}
QToolButton[chip="true"]:hover { background: #dfe5ee; border-color: #6b7a92; }
QToolButton[chip="true"]:focus { border: 2px solid #1f5fbf; }
"""


class FilterChip(QToolButton):
    """One active criterion; clicking it (or Delete/Backspace on it) removes it."""

    removed = Signal(str, object)  # the field ("countries", "person_ids", …) and the value

    def __init__(
        self,
        field: str,
        value: object,
        text: str,
        icon: QIcon | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.value = value
        self.setProperty("chip", True)
        self.setStyleSheet(CHIP_STYLE)
        self.setText(f"{text}  ×")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        if icon is not None:
            self.setIcon(icon)
            self.setIconSize(QSize(18, 13))
        self.clicked.connect(self._remove)

    def _remove(self) -> None:
        self.removed.emit(self.field, self.value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._remove()
            return
        super().keyPressEvent(event)


class ValueMenu(QMenu):
    """A menu of checkable values in sections (event kinds, agreement kinds, …)."""

    toggled_values = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sections: list[tuple[str, Sequence[StrEnum]]] = []
        self._actions: dict[str, QAction] = {}
        self._headers: list[tuple[QAction, str]] = []

    def set_sections(self, sections: Iterable[tuple[str, Sequence[StrEnum]]]) -> None:
        self.clear()
        self._actions.clear()
        self._headers.clear()
        self._sections = list(sections)
        for title, members in self._sections:
            header = self.addSection(title)
            self._headers.append((header, title))
            for member in members:
                if member.value in self._actions:  # "cancelled" is an event and a follow-up status
                    continue
                action = self.addAction(label(member))
                action.setCheckable(True)
                action.setData(member.value)
                action.toggled.connect(self._changed)
                self._actions[member.value] = action

    def retranslate(self, titles: Sequence[str]) -> None:
        for (header, _old), title in zip(self._headers, titles, strict=False):
            header.setText(title)
        for _title, members in self._sections:
            for member in members:
                action = self._actions.get(member.value)
                if action is not None and action.data() == member.value:
                    action.setText(label(member))

    def _changed(self, _checked: bool) -> None:
        self.toggled_values.emit()

    def values(self) -> tuple[str, ...]:
        return tuple(value for value, action in self._actions.items() if action.isChecked())

    def set_values(self, values: Iterable[str]) -> None:
        chosen = set(values)
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in chosen)
            action.blockSignals(False)
