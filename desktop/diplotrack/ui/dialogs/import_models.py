"""The import dialog's two lists: problems (where, what), and the preview of a table's rows
with the problems of each, highlighted."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from diplotrack.interchange.report import Problem

from ..labels import QT_TRANSLATE_NOOP
from .import_problems import problem_message, where_text

_CONTEXT = "ImportPreview"
AnyIndex = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invisible root (Qt's default argument)

#: a row with a problem, and the cell the problem is about
PROBLEM_ROW = QColor("#fdecea")
PROBLEM_CELL = QColor("#f6c3bd")

_PROBLEM_HEADERS = (
    QT_TRANSLATE_NOOP("ImportPreview", "Where"),
    QT_TRANSLATE_NOOP("ImportPreview", "Problem"),
)


class ProblemListModel(QAbstractTableModel):
    """Problems as a table: where in the file, and what is wrong (in the interface language)."""

    ProblemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems: list[Problem] = []

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.beginResetModel()
        self._problems = list(problems)
        self.endResetModel()

    @property
    def problems(self) -> list[Problem]:
        return list(self._problems)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(_PROBLEM_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(_PROBLEM_HEADERS)
        ):
            return QCoreApplication.translate(_CONTEXT, _PROBLEM_HEADERS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role == self.ProblemRole:
            return problem
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return where_text(problem.where) if index.column() == 0 else problem_message(problem)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_PROBLEM_HEADERS) - 1)
        if self._problems:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._problems) - 1, 1))


@dataclass(frozen=True)
class PreviewRow:
    """One row of the file as it would be imported: its number in the file, the text of each
    mapped column, and what is wrong with it."""

    number: int
    values: tuple[str, ...]
    problems: tuple[Problem, ...] = ()


class RowPreviewModel(QAbstractTableModel):
    """The first rows of a table (and every row with a problem): row number, the mapped
    columns' values, the problems; a row with a problem is tinted, its faulty cell more so."""

    ProblemsRole = Qt.ItemDataRole.UserRole + 1  # the row's problems (a tuple of Problem)
    RowNumberRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headings: tuple[str, ...] = ()
        self._columns: tuple[str, ...] = ()
        self._rows: list[PreviewRow] = []

    def set_rows(
        self, headings: Sequence[str], columns: Sequence[str], rows: Sequence[PreviewRow]
    ) -> None:
        """``headings`` name the values (the fields, translated); ``columns`` are the file's own
        headings of the same columns, which the problems name."""
        self.beginResetModel()
        self._headings = tuple(headings)
        self._columns = tuple(columns)
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[PreviewRow]:
        return list(self._rows)

    def rowCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._headings) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        last = len(self._headings) + 1
        if section == 0:
            return QCoreApplication.translate("ImportPreview", "Row")
        if section == last:
            return QCoreApplication.translate("ImportPreview", "Problems")
        if 0 < section < last:
            return self._headings[section - 1]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        last = len(self._headings) + 1
        if role == self.ProblemsRole:
            return row.problems
        if role == self.RowNumberRole:
            return row.number
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.number)
            if column == last:
                return self._problem_text(row)
            return row.values[column - 1] if column - 1 < len(row.values) else ""
        if role == Qt.ItemDataRole.BackgroundRole and row.problems:
            faulty = 0 < column < last and any(
                p.where.column == self._columns[column - 1] for p in row.problems
            )
            return QBrush(PROBLEM_CELL if faulty or column == last else PROBLEM_ROW)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _problem_text(row: PreviewRow) -> str:
        parts = []
        for problem in row.problems:
            column = problem.where.column
            message = problem_message(problem)
            parts.append(f"«{column}»: {message}" if column else message)
        return "; ".join(parts)

    def retranslate(self) -> None:
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._rows:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self._rows) - 1, last))
