"""The steps of the import dialog: the file, a table's mapping and preview, a calendar's
preview, and the report at the end."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diplotrack.interchange.report import Problem
from diplotrack.interchange.tables.fields import REGISTERS

from .import_mapping import ColumnMappingTable, register_label
from .import_models import ProblemListModel, RowPreviewModel
from .import_problems import problem_text

ERROR_STYLE = "color: #b3261e;"
#: the problems a table's preview spells out in full under the rows
SHOWN_PROBLEMS = 3
NOTE_STYLE = "color: #5f6673;"


def _note(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _list_view(parent: QWidget, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    return view


class FilePage(QWidget):
    """The file to import: typed, pasted, dropped or chosen with Browse…"""

    #: Enter in the path field
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = _note(self, "importIntro")
        self.path_label = QLabel(self)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("importPath")
        self.path_edit.setClearButtonEnabled(True)
        self.path_edit.returnPressed.connect(self.confirmed.emit)
        self.path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self)
        self.browse_button.setObjectName("importBrowse")
        self.browse_button.clicked.connect(self.browse)
        self.error = _note(self, "importFileError")
        self.error.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.intro.setText(
            self.tr(
                "Choose a calendar (.ics from Outlook, Thunderbird or a phone) or a register "
                "kept in Excel or CSV. Nothing is changed until you press Import; first you "
                "see what the file holds and what is wrong in it."
            )
        )
        self.path_label.setText(self.tr("&File:"))
        self.path_edit.setPlaceholderText(self.tr("A path, or drop a file onto the window"))
        self.browse_button.setText(self.tr("&Browse…"))

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            self.path_edit.text(),
            self.tr("Calendars (*.ics);;Spreadsheets (*.xlsx *.csv *.tsv *.txt)"),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self.confirmed.emit()


class TablePage(QWidget):
    """A table's register and column mapping above, the preview of its rows below."""

    register_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = _note(self, "importSource")
        self.source.setStyleSheet(NOTE_STYLE)
        self.register_label = QLabel(self)
        self.register_box = QComboBox(self)
        self.register_box.setObjectName("importRegister")
        for register in REGISTERS:
            self.register_box.addItem("", register)
        self.register_label.setBuddy(self.register_box)
        self.register_box.activated.connect(
            lambda index: self.register_chosen.emit(str(self.register_box.itemData(index)))
        )
        self.mapping_view = ColumnMappingTable(self)
        self.mapping_title = QLabel(self)
        self.preview_title = QLabel(self)
        self.preview_model = RowPreviewModel(self)
        self.preview_view = _list_view(self, "importPreview")
        self.preview_view.setModel(self.preview_model)
        self.preview_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive
        )
        self.summary = _note(self, "importSummary")
        self.row_problems = _note(self, "importRowProblems")
        self.row_problems.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        form.addRow(self.register_label, self.register_box)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.source)
        top_layout.addLayout(form)
        top_layout.addWidget(self.mapping_title)
        top_layout.addWidget(self.mapping_view, 1)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.preview_title)
        bottom_layout.addWidget(self.preview_view, 1)
        bottom_layout.addWidget(self.summary)
        bottom_layout.addWidget(self.row_problems)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([260, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_row_problems(self, heading: str, problems: Sequence[Problem]) -> None:
        """Under the preview: how many rows have problems, and the first few in full (the
        table's cells are too narrow for a whole message)."""
        lines = [heading] if heading else []
        lines += [f"• {problem_text(problem)}" for problem in problems[:SHOWN_PROBLEMS]]
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(
                self.tr("… and %1 more: see the Problems column.").replace(
                    "%1", str(len(problems) - SHOWN_PROBLEMS)
                )
            )
        self.row_problems.setText("\n".join(lines))
        self.row_problems.setVisible(bool(lines))

    def show_register(self, register: str) -> None:
        self.register_box.setCurrentIndex(max(0, self.register_box.findData(register)))

    def fit_preview(self) -> None:
        view, model = self.preview_view, self.preview_model
        metrics = view.fontMetrics()
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = metrics.horizontalAdvance(title) + 28
            for row in range(min(model.rowCount(), 30)):
                text = str(model.data(model.index(row, column)) or "")
                widest = max(widest, metrics.horizontalAdvance(text) + 16)
            view.setColumnWidth(column, min(widest, 220))

    def retranslate(self) -> None:
        self.register_label.setText(self.tr("&Register:"))
        for index in range(self.register_box.count()):
            self.register_box.setItemText(
                index, register_label(str(self.register_box.itemData(index)))
            )
        self.mapping_title.setText(self.tr("Which field each column of the file fills:"))
        self.preview_title.setText(
            self.tr("The first rows as they would be imported, and every row with a problem:")
        )
        self.preview_model.retranslate()


class ProblemsPage(QWidget):
    """A calendar's preview, or the report at the end: a summary, then the problems listed."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.heading = _note(self, f"{name}Heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = _note(self, f"{name}Summary")
        self.problems_title = QLabel(self)
        self.problems = ProblemListModel(self)
        self.problems_view = _list_view(self, f"{name}Problems")
        self.problems_view.setModel(self.problems)
        self.problems_view.setColumnWidth(0, 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems_view, 1)

    def show_problems(self, title: str, problems: Sequence[Problem]) -> None:
        listed = list(problems)
        self.problems.set_problems(listed)
        self.problems_title.setText(title)
        self.problems_title.setVisible(bool(listed))
        self.problems_view.setVisible(bool(listed))

    def retranslate(self) -> None:
        self.problems.retranslate()
