"""The Export dialog: a register as the one filter shows it, to .ics, .xlsx, .csv or .json."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QStandardPaths, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import KnownError
from diplotrack.interchange.report import Progress

from ..context import AppContext
from ..labels import record_name
from ..operations import translated_message
from ..status_bar import count_records
from .exchange_job import ExchangeJob
from .export_filter import describe_filter

#: the registers that can be written to a file: record kind → the engines' register name
EXPORTED_REGISTERS: dict[str, str] = {
    "event": "events",
    "delegation": "delegations",
    "agreement": "agreements",
    "followup": "followups",
    "person": "people",
    "organization": "organizations",
    "place": "places",
}
#: the formats in the order offered; .ics only for events
FORMATS = ("ics", "xlsx", "csv", "json")


def exported_kind(view: str) -> str:
    """The register a screen shows ("calendar" shows events); events for any other screen."""
    return view if view in EXPORTED_REGISTERS else "event"


def export_records(
    context: AppContext, kind: str, file_format: str, path: Path, _progress: Progress
) -> int:
    """Writes the records of ``kind`` the filter lets through; how many were written."""
    # the engines load with the first export, not with the window
    if file_format == "ics":
        from diplotrack.interchange.ical import export_calendar

        return export_calendar(context.db, context.filter, path)
    from diplotrack.interchange.tables import export_register

    return export_register(
        context.db,
        EXPORTED_REGISTERS[kind],
        context.filter,
        path,
        file_format,
        language=context.language,
    )


class ExportDialog(QDialog):
    """Says what will be written (how many records, by the current filter), where, and in
    which format; writes it off the GUI thread and says where the file is."""

    def __init__(
        self,
        context: AppContext,
        *,
        kind: str = "event",
        folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ExportDialog")
        self._context = context
        self._folder = folder or Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            or Path.home()
        )
        self.job: ExchangeJob | None = None
        self.written: int | None = None
        self.counted: int | None = None

        self.register_box = QComboBox(self)
        self.register_box.setObjectName("exportRegister")
        for each in EXPORTED_REGISTERS:
            self.register_box.addItem("", each)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("exportCount")
        self.format_box = QComboBox(self)
        self.format_box.setObjectName("exportFormat")
        for each in FORMATS:
            self.format_box.addItem("", each)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setMinimumWidth(420)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # writing a file reports no steps: a busy bar
        self.progress.setVisible(False)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("exportResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setObjectName("exportButton")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)

        self.register_label = QLabel(self)
        self.register_label.setBuddy(self.register_box)
        self.format_label = QLabel(self)
        self.format_label.setBuddy(self.format_box)
        self.path_label = QLabel(self)
        self.path_label.setBuddy(self.path_edit)
        form = QFormLayout()
        form.addRow(self.register_label, self.register_box)
        form.addRow("", self.count_label)
        form.addRow(self.format_label, self.format_box)
        form.addRow(self.path_label, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        self.register_box.setCurrentIndex(max(0, self.register_box.findData(kind)))
        self.retranslate()
        self._register_chosen()
        self.register_box.currentIndexChanged.connect(lambda _index: self._register_chosen())
        self.format_box.currentIndexChanged.connect(lambda _index: self._format_chosen())
        context.language_changed.connect(lambda _language: self.retranslate())

    # -- what, how, where ----------------------------------------------------------------------
    @property
    def kind(self) -> str:
        return str(self.register_box.currentData())

    @property
    def file_format(self) -> str:
        return str(self.format_box.currentData())

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def choose(self, kind: str | None = None, file_format: str | None = None) -> None:
        """Picks the register and the format as a person would in the combos."""
        if kind is not None:
            self.register_box.setCurrentIndex(self.register_box.findData(kind))
        if file_format is not None:
            self.format_box.setCurrentIndex(self.format_box.findData(file_format))

    def _register_chosen(self) -> None:
        # iCalendar holds events only
        ics = self.format_box.findData("ics")
        model = self.format_box.model()
        if isinstance(model, QStandardItemModel):
            model.item(ics).setEnabled(self.kind == "event")
        if self.kind != "event" and self.file_format == "ics":
            self.format_box.setCurrentIndex(self.format_box.findData("xlsx"))
        if self.kind == "event" and not self.path_edit.text():
            self.format_box.setCurrentIndex(ics)
        self._count()
        self.path_edit.setText(str(self._folder / self.default_name()))

    def _format_chosen(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            self.path_edit.setText(str(Path(text).with_suffix(f".{self.file_format}")))

    def default_name(self) -> str:
        """'events-2026-11-26.xlsx' in English, 'мероприятия-2026-11-26.xlsx' in Russian."""
        name = record_name(self.kind, plural=True).lower().replace(" ", "-")
        return f"{name}-{self._today().isoformat()}.{self.file_format}"

    def _today(self) -> date:
        return self._context.today()

    def _count(self) -> None:
        with self._context.db.session() as session:
            self.counted = count_records(self.kind, session, self._context.filter, self._context)
        self._show_count()

    def _show_count(self) -> None:
        if self.counted is None:
            return
        with self._context.db.session() as session:
            described = describe_filter(session, self._context.filter, self._context.language)
        self.count_label.setText(
            self.tr("%1 — %2")
            .replace("%1", self.counted_text(self.kind, self.counted))
            .replace("%2", described or self.tr("no filter, all of them"))
        )

    def counted_text(self, kind: str, n: int) -> str:
        """'1 event', '29 events', '3 people' — in either language, its own plural forms."""
        texts = {
            "event": lambda: self.tr("%Ln event(s)", "", n),
            "delegation": lambda: self.tr("%Ln delegation(s)", "", n),
            "agreement": lambda: self.tr("%Ln agreement(s)", "", n),
            "followup": lambda: self.tr("%Ln follow-up(s)", "", n),
            "person": lambda: self.tr("%Ln person(s)", "", n),
            "organization": lambda: self.tr("%Ln organization(s)", "", n),
            "place": lambda: self.tr("%Ln place(s)", "", n),
        }
        return texts[kind]()

    def browse(self) -> None:
        filters = {
            "ics": self.tr("Calendars (*.ics)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "csv": self.tr("CSV tables (*.csv)"),
            "json": self.tr("JSON files (*.json)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.path), filters[self.file_format]
        )
        if chosen:
            self.path_edit.setText(chosen)

    # -- writing -------------------------------------------------------------------------------
    def start_export(self) -> None:
        """Writes the file in the background; the dialog stays open and says where it went."""
        path = self.path
        if not self.path_edit.text().strip() or path.is_dir():
            self._say(self.tr("Choose the file to write."), error=True)
            return
        if not path.parent.is_dir():
            self._say(
                self.tr("The folder %1 does not exist.").replace("%1", str(path.parent)),
                error=True,
            )
            return
        if path.exists() and not self._may_replace(path):
            return
        kind, file_format, context = self.kind, self.file_format, self._context
        self.job = ExchangeJob(
            lambda progress: export_records(context, kind, file_format, path, progress), self
        )
        self.job.finished.connect(lambda written: self._written(int(written), path))
        self.job.failed.connect(self._failed)
        self._busy(True)
        self.result_label.clear()
        self.job.start()

    def _may_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?").replace("%1", path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (
            self.register_box,
            self.format_box,
            self.path_edit,
            self.browse_button,
            self.export_button,
            self.close_button,
        ):
            widget.setEnabled(not busy)

    def _written(self, written: int, path: Path) -> None:
        self._busy(False)
        self.job = None
        self.written = written
        self._say(
            self.tr("Written to %1: %2")
            .replace("%1", str(path))
            .replace("%2", self.counted_text(self.kind, written)),
            error=False,
        )

    def _failed(self, error: object) -> None:
        self._busy(False)
        self.job = None
        if isinstance(error, KnownError):
            self._say(translated_message(error), error=True)
        elif isinstance(error, OSError):  # disk full, no permission: the person can act on it
            self._say(
                self.tr("The file could not be written: %1").replace("%1", str(error)),
                error=True,
            )
        elif isinstance(error, BaseException):
            raise error  # a bug: the window's error dialog shows it

    def _say(self, text: str, *, error: bool) -> None:
        self.result_label.setStyleSheet("color: #b3261e;" if error else "color: #1e6b34;")
        self.result_label.setText(text)

    # -- language and closing ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.register_label.setText(self.tr("&Register:"))
        self.format_label.setText(self.tr("&Format:"))
        self.path_label.setText(self.tr("&File:"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.export_button.setText(self.tr("&Export"))
        for index in range(self.register_box.count()):
            kind = str(self.register_box.itemData(index))
            self.register_box.setItemText(index, record_name(kind, plural=True))
        names = {
            "ics": self.tr("iCalendar (.ics) — Outlook, Thunderbird, phones"),
            "xlsx": self.tr("Excel workbook (.xlsx)"),
            "csv": self.tr("CSV table (.csv)"),
            "json": self.tr("JSON (.json)"),
        }
        for index in range(self.format_box.count()):
            self.format_box.setItemText(index, names[str(self.format_box.itemData(index))])
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        if self.job is not None:  # a file half-written is not left behind by closing
            return
        super().reject()
