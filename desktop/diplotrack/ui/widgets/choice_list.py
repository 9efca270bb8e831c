"""The list of suggestions under a picker: the records found (dated ones with their day first,
so that a list too narrow for a long title cuts the title, not the day), then perhaps
"Create “…”"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from ..formatting import format_short_date
from .choices import Choice
from .flags import flag_icon

_Index = QModelIndex | QPersistentModelIndex


class ChoiceListModel(QAbstractListModel):
    """The suggestions under a picker: found records, then perhaps "Create “…”"."""

    ChoiceRole = Qt.ItemDataRole.UserRole + 1  # the Choice, or None on the create row
    CreateRole = Qt.ItemDataRole.UserRole + 2  # the name to create, on the create row

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._create: str | None = None
        self.language = language

    def set_choices(self, choices: Sequence[Choice], create: str | None = None) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self._create = create
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._choices) + (1 if self._create is not None else 0)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() == len(self._choices):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self.tr("Create “{name}”…").format(name=self._create)
            if role == self.CreateRole:
                return self._create
            return None
        choice = self._choices[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(choice, self.language)
        if role == Qt.ItemDataRole.EditRole:
            return choice.name
        if role == Qt.ItemDataRole.DecorationRole and choice.country:
            return flag_icon(choice.country)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole line, however narrow the list
            return describe(choice, self.language)
        if role == self.ChoiceRole:
            return choice
        return None


#: the kinds told apart by their day: events of the same title, a yearly forum's editions
DATED_KINDS = ("event", "delegation", "agreement")


def describe(choice: Choice, language: str) -> str:
    """A suggestion line: the day first for dated records ("10.04.2024 · Рабочая встреча…"),
    the name, and what tells it apart."""
    parts = [choice.name]
    if choice.kind == "country":
        parts = [f"{choice.name} ({choice.key})"]
    elif choice.detail:
        parts.append(f"— {choice.detail}")
    if choice.day is not None and choice.kind in DATED_KINDS:
        parts.insert(0, f"{format_short_date(choice.day, language)} ·")
    return " ".join(parts)
