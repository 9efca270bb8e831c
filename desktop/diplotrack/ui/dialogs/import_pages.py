"""The steps of the import dialog: the file, a table's mapping and preview, a calendar's
preview, and the report at the end."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

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

from diplotrack.interchange.report import ImportReport, Problem
from diplotrack.interchange.tables.fields import REGISTERS
from diplotrack.interchange.tables.mapping import TableMapping
from diplotrack.interchange.tables.reading import Table

from ..exchange_actions import press_release_menu
from ..formatting import locale_for
from .import_mapping import ColumnMappingTable, field_label, register_label
from .import_models import ProblemListModel, RowPreviewModel
from .import_problems import problem_text, refusal_text, report_summary
from .import_work import TableCheck

#: the dialog's pages, in the order of its stack
FILE, TABLE, CALENDAR, REPORT = range(4)
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
    #: "Open as a press release": the file that reads as running text, to be read as one
    press_release_asked = Signal(Path)

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
        #: the file shown as running text rather than a table, if it is
        self.prose: Path | None = None
        self.press_release_button = QPushButton(self)
        self.press_release_button.setObjectName("importAsPressRelease")
        self.press_release_button.hide()
        self.press_release_button.clicked.connect(
            lambda: self.press_release_asked.emit(self.prose) if self.prose else None
        )
        row = QHBoxLayout()
        row.addWidget(self.path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.press_release_button, 0, Qt.AlignmentFlag.AlignLeft)
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
        self.press_release_button.setText(self.tr("Open as a &press release…"))
        if self.prose is not None:
            self.error.setText(
                self.tr(
                    "“%1” reads as running text, not as a table of records, so it cannot be "
                    "imported. If it is a press release, open it with %2: DiploTrack makes a "
                    "draft event of it with its people and places."
                )
                .replace("%2", press_release_menu())
                .replace("%1", self.prose.name)
            )

    def show_error(self, text: str) -> None:
        """What is wrong with the file chosen ("" when nothing is)."""
        self.prose = None
        self.press_release_button.hide()
        self.error.setText(text)

    def show_prose(self, path: Path) -> None:
        """``path`` is running text, perhaps a press release: where to read it, and a button
        to read it there."""
        self.prose = path
        self.press_release_button.show()
        self.retranslate()

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

    def describe(self, table: Table, language: str) -> None:
        """'register.csv: 3 rows, 6 columns · encoding cp1251 · separated by ;'"""
        locale = locale_for(language)
        parts = [
            self.tr("%1: %2 rows, %3 columns")
            .replace("%1", Path(table.source).name)
            .replace("%2", locale.toString(len(table.rows)))
            .replace("%3", locale.toString(table.width))
        ]
        if table.encoding:
            parts.append(self.tr("encoding %1").replace("%1", table.encoding))
        if table.delimiter:
            shown = {"\t": self.tr("tab"), " ": self.tr("space")}.get(
                table.delimiter, table.delimiter
            )
            parts.append(self.tr("separated by %1").replace("%1", shown))
        if table.sheet:
            parts.append(self.tr("sheet «%1»").replace("%1", table.sheet))
        self.source.setText(" · ".join(parts))
        self.preview_model.set_rows([], [], [])

    def show_missing(self, mapping: TableMapping) -> None:
        """No preview until every field the register needs has a column."""
        self.preview_model.set_rows([], [], [])
        names = ", ".join(field_label(mapping.spec, name).rstrip(" *") for name in mapping.missing)
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(self.tr("Choose the column that holds: %1.").replace("%1", names))
        self.show_row_problems("", [])

    def show_check(
        self, headings: Sequence[str], columns: Sequence[str], check: TableCheck, language: str
    ) -> None:
        """The preview's rows, what the import would do, and the rows with problems."""
        self.preview_model.set_rows(headings, columns, check.rows)
        self.fit_preview()
        report = check.report
        if report.refused is not None:
            self.summary.setStyleSheet(ERROR_STYLE)
            self.summary.setText(refusal_text(report))
            self.show_row_problems("", [])
            return
        # the rows with problems are said below, each problem in full
        lines = [
            f"{title}: {text}" for title, text in report_summary(report, language, skipped=False)
        ]
        self.summary.setStyleSheet("")
        self.summary.setText(" · ".join(lines))
        heading = ""
        if check.rows_with_problems:
            heading = self.tr("Rows with problems: %1 — they are skipped.").replace(
                "%1", locale_for(language).toString(check.rows_with_problems)
            )
        self.show_row_problems(heading, report.skipped)

    def show_failure(self, text: str) -> None:
        """Why the rows could not be checked (the rows already shown stay)."""
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(text)

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

    def _say(self, heading: str, summary: str, *, error: bool) -> None:
        self.heading.setText(heading)
        self.summary.setStyleSheet(ERROR_STYLE if error else "")
        self.summary.setText(summary)

    def show_calendar(self, name: str, report: ImportReport, language: str) -> None:
        """A calendar's dry run: what it holds, or why it cannot be imported; what is broken."""
        if report.refused is not None:
            self._say(
                self.tr("%1 cannot be imported.").replace("%1", name),
                refusal_text(report),
                error=True,
            )
            title = self.tr("What is wrong in the file:")
        else:
            lines = report_summary(report, language)
            self._say(
                self.tr("What %1 holds").replace("%1", name),
                "\n".join(f"{heading}: {text}" for heading, text in lines),
                error=False,
            )
            title = self.tr("These parts of the file are broken and would be skipped:")
        self.show_problems(title, report.skipped)

    def show_report(self, report: ImportReport, language: str) -> None:
        """The end: what was created, updated and skipped, or why the file was refused."""
        if report.refused is not None:
            self._say(
                self.tr("The file was refused: nothing was imported."),
                refusal_text(report),
                error=True,
            )
        else:
            lines = report_summary(report, language)
            self._say(
                self.tr("Imported."),
                "\n".join(f"{heading}: {text}" for heading, text in lines),
                error=False,
            )
        self.show_problems(self.tr("Skipped, and why:"), report.skipped)

    def show_cancelled(self) -> None:
        self._say(
            self.tr("Cancelled: nothing was imported."),
            self.tr("The database is as it was before the import began."),
            error=False,
        )
        self.show_problems("", [])

    def show_failure(self, text: str) -> None:
        self._say(self.tr("Nothing was imported."), text, error=True)
        self.show_problems("", [])

    def show_problems(self, title: str, problems: Sequence[Problem]) -> None:
        listed = list(problems)
        self.problems.set_problems(listed)
        self.problems_title.setText(title)
        self.problems_title.setVisible(bool(listed))
        self.problems_view.setVisible(bool(listed))

    def retranslate(self) -> None:
        self.problems.retranslate()
