"""The Import dialog: a file, then (for a table) its register and column mapping with a
preview of the rows and their problems, or (for a calendar) what it holds and what is broken;
then the import itself off the GUI thread, with progress and one Cancel (closing nothing
before the import has stopped), and a report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QStackedWidget, QVBoxLayout, QWidget

from diplotrack.domain import KnownError
from diplotrack.interchange.report import ImportCancelled, ImportReport, Progress
from diplotrack.interchange.tables.messages import PROSE

from ..context import AppContext
from ..exchange_actions import open_as_press_release
from ..operations import translated_message
from .exchange_job import ExchangeJob
from .import_activity import ImportActivity
from .import_buttons import ImportButtons
from .import_mapping import ColumnMappingModel
from .import_pages import CALENDAR, FILE, REPORT, TABLE, FilePage, ProblemsPage, TablePage
from .import_problems import report_changes
from .import_work import (
    OpenedTable,
    TableCheck,
    check_table,
    dry_run_calendar,
    import_file,
    is_calendar,
    open_table,
    preview_headings,
)

#: a pause after a mapping change before the rows are checked again
RECHECK_DELAY_MS = 300


class ImportDialog(QDialog):
    """Takes a file in, the person seeing first what would happen and what is wrong."""

    #: a step's work is about to start in the background: (step, its ExchangeJob)
    job_started = Signal(str, object)

    def __init__(
        self, context: AppContext, *, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self._context = context
        self.path: Path | None = None
        self.opened: OpenedTable | None = None
        self.mapping_model: ColumnMappingModel | None = None
        self.check: TableCheck | None = None
        self.dry_run: ImportReport | None = None
        self.report: ImportReport | None = None
        self.cancelled = False
        #: the step under way ("read", "check", "import"), and its job
        self.step = ""
        self.job: ExchangeJob | None = None
        #: the window was closed during the import: it closes once the import has stopped
        self.close_when_stopped = False

        self.file_page = FilePage(self)
        self.file_page.confirmed.connect(self.go_on)
        self.file_page.press_release_asked.connect(
            lambda path: open_as_press_release(context, path, self)
        )
        self.table_page = TablePage(self)
        self.table_page.register_chosen.connect(self._register_chosen)
        self.calendar_page = ProblemsPage("calendarPreview", self)
        self.report_page = ProblemsPage("importReport", self)
        self.pages = QStackedWidget(self)
        for page in (self.file_page, self.table_page, self.calendar_page, self.report_page):
            self.pages.addWidget(page)

        self.activity = ImportActivity(self)

        self.buttons = ImportButtons(self)
        self.buttons.back_button.clicked.connect(self.go_back)
        self.buttons.next_button.clicked.connect(self.go_on)
        self.buttons.import_button.clicked.connect(self.start_import)
        self.buttons.close_button.clicked.connect(self.reject)

        self._recheck = QTimer(self)
        self._recheck.setSingleShot(True)
        self._recheck.setInterval(RECHECK_DELAY_MS)
        self._recheck.timeout.connect(self._start_check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.activity)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._show_activity("")
        self._show_page(FILE)
        self.resize(980, 720)
        context.language_changed.connect(lambda _language: self.retranslate())
        if path is not None:
            self.open_file(path)

    # -- the file ------------------------------------------------------------------------------
    def open_file(self, path: Path) -> None:
        """Takes ``path`` as if typed in the file field, and goes on to its preview."""
        self.file_page.path_edit.setText(str(path))
        self.go_on()

    def go_on(self) -> None:
        """Next: the file chosen is read (a table) or dry-run (a calendar)."""
        if self.pages.currentIndex() != FILE or self.job is not None:
            return
        text = self.file_page.path_edit.text().strip()
        path = Path(text).expanduser()
        if not text or not path.is_file():
            self._file_error(
                self.tr("Choose a file to import.")
                if not text
                else self.tr("There is no file %1.").replace("%1", str(path))
            )
            return
        self._file_error("")
        self.path = path
        self.opened = self.check = self.dry_run = None
        if is_calendar(path):
            db = self._context.db
            self._run(
                "check",
                lambda progress: dry_run_calendar(db, path, progress),
                self._calendar_checked,
            )
        else:
            self._run("read", lambda progress: open_table(path, progress), self._table_opened)

    def go_back(self) -> None:
        if self.job is None and self.pages.currentIndex() in (TABLE, CALENDAR):
            self._recheck.stop()
            self._show_page(FILE)

    def _file_error(self, text: str) -> None:
        self.file_page.show_error(text)

    # -- a table -------------------------------------------------------------------------------
    def _table_opened(self, opened: OpenedTable) -> None:
        self.opened = opened
        model = ColumnMappingModel(opened.table, opened.mapping, self)
        model.mapping_changed.connect(self._mapping_changed)
        self.mapping_model = model
        self.table_page.mapping_view.show_mapping(model)
        self.table_page.show_register(opened.mapping.register)
        self.table_page.describe(opened.table, self._language)
        self.table_page.preview_model.set_rows([], [], [])
        self._show_page(TABLE)
        self._start_check()

    def _register_chosen(self, register: str) -> None:
        if self.mapping_model is not None:
            self.mapping_model.set_register(register)

    def _mapping_changed(self) -> None:
        self.check = None
        self._update_buttons()
        self._recheck.start()

    def _start_check(self) -> None:
        self._recheck.stop()
        if self.opened is None or self.mapping_model is None or self.path is None:
            return
        if self.job is not None:  # a check of an older mapping: its answer is not wanted
            if self.step != "check":
                return
            self._drop_job()
        mapping = self.mapping_model.mapping
        missing = mapping.missing
        if missing:
            self.table_page.show_missing(mapping)
            self._update_buttons()
            return
        db, path, table = self._context.db, self.path, self.opened.table
        today = self._context.today()
        self._run(
            "check",
            lambda progress: check_table(db, path, table, mapping, progress, today=today),
            self._table_checked,
        )

    def _table_checked(self, check: TableCheck) -> None:
        if self.opened is None:
            return
        self.check = check
        headings, columns = preview_headings(self.opened.table, check.mapping)
        self.table_page.show_check(headings, columns, check, self._language)
        self._update_buttons()

    # -- a calendar ----------------------------------------------------------------------------
    def _calendar_checked(self, report: ImportReport) -> None:
        self.dry_run = report
        name = self.path.name if self.path is not None else ""
        self.calendar_page.show_calendar(name, report, self._language)
        self._show_page(CALENDAR)

    # -- importing -----------------------------------------------------------------------------
    def start_import(self) -> None:
        """The import itself, off the GUI thread; Cancel stops it and nothing is imported."""
        if self.job is not None or self.path is None or not self.buttons.import_button.isEnabled():
            return
        db, path, today = self._context.db, self.path, self._context.today()
        mapping = None
        if not is_calendar(path):
            if self.mapping_model is None:
                return
            current = self.mapping_model.mapping
            mapping = type(current)(current.register, list(current.fields))
        self.cancelled = False
        self.close_when_stopped = False
        self._run(
            "import",
            lambda progress: import_file(db, path, mapping, progress, today=today),
            self._imported,
        )

    def _imported(self, report: ImportReport) -> None:
        self.close_when_stopped = False  # done before it saw the cancel: the report stays
        self.report = report
        self.report_page.show_report(report, self._language)
        self._show_page(REPORT)
        self._context.announce(report_changes(report))

    def _import_cancelled(self) -> None:
        self.cancelled = True
        self.report_page.show_cancelled()
        self._show_page(REPORT)
        if self.close_when_stopped:
            self.close_when_stopped = False
            super().reject()

    # -- work off the GUI thread ---------------------------------------------------------------
    def _run(self, step: str, work: Callable[[Progress], Any], done: Callable[[Any], None]) -> None:
        job = ExchangeJob(work, self)
        job.progressed.connect(self._progressed)
        job.finished.connect(lambda result: self._job_done(job, done, result))
        job.failed.connect(lambda error: self._job_failed(job, error))
        self.job, self.step = job, step
        self._show_activity(step)
        self.job_started.emit(step, job)
        job.start()

    def _drop_job(self) -> None:
        """Forgets the job under way (a check gone stale): asked to stop, its answer ignored."""
        if self.job is not None:
            self.job.cancel()
            self.job = None
            self.step = ""

    def _job_done(self, job: ExchangeJob, done: Callable[[Any], None], result: Any) -> None:
        if job is not self.job:
            return
        self.job, self.step = None, ""
        self._show_activity("")
        done(result)

    def _job_failed(self, job: ExchangeJob, error: object) -> None:
        if job is not self.job:
            return
        step = self.step
        self.job, self.step = None, ""
        self._show_activity("")
        if isinstance(error, ImportCancelled):
            if step == "import":
                self._import_cancelled()
        elif isinstance(error, KnownError) and error.template == PROSE and self.path:
            self._show_page(FILE)
            self.file_page.show_prose(self.path)
            self._update_buttons()
        elif isinstance(error, KnownError):
            self._show_error(step, translated_message(error))
        elif isinstance(error, OSError):
            self._show_error(step, self.tr("The file cannot be read: %1").replace("%1", str(error)))
        elif isinstance(error, BaseException):
            raise error  # a bug: the window's error dialog shows it

    def _show_error(self, step: str, text: str) -> None:
        if step == "read" or self.pages.currentIndex() == FILE:
            self._show_page(FILE)
            self._file_error(text)
        elif step == "check" and self.pages.currentIndex() == TABLE:
            self.table_page.show_failure(text)
        else:
            self.report_page.show_failure(text)
            self._show_page(REPORT)
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.activity.progressed(done, total, self._language)

    def cancel_work(self) -> None:
        """Cancel: the import (or check) stops at its next step; nothing is changed."""
        if self.job is None:
            return
        self.job.cancel()
        self.activity.cancelling()
        self._update_buttons()

    # -- the dialog's state --------------------------------------------------------------------
    @property
    def _language(self) -> str:
        return self._context.language

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self._update_buttons()

    def _show_activity(self, step: str) -> None:
        self.activity.show_step(step)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        busy = self.job is not None
        importing = busy and self.step == "import"
        ready = False
        if page == TABLE:
            ready = self.check is not None and self.check.report.refused is None
        elif page == CALENDAR:
            ready = self.dry_run is not None and self.dry_run.refused is None
        partial = (
            page == CALENDAR
            and self.dry_run is not None
            and self.dry_run.refused is None
            and bool(self.dry_run.skipped)
        )
        stopping = importing and self.job is not None and self.job.cancel_requested
        self.buttons.show_state(
            page, busy=busy, importing=importing, stopping=stopping, ready=ready, partial=partial
        )
        for widget in (self.file_page, self.table_page.mapping_view, self.table_page.register_box):
            widget.setEnabled(not importing and not (busy and widget is self.file_page))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import"))
        self.buttons.retranslate()
        self.activity.retranslate()
        self.file_page.retranslate()
        self.table_page.retranslate()
        self.calendar_page.retranslate()
        self.report_page.retranslate()
        if self.mapping_model is not None:
            self.mapping_model.retranslate()
            self.table_page.mapping_view.retranslate()
        self._say_again()
        self._update_buttons()

    def _say_again(self) -> None:
        """What the pages say of the file, its rows and the import, in the language now
        chosen (the language is switched live, with the dialog open)."""
        language = self._language
        if self.opened is not None and self.mapping_model is not None:
            self.table_page.describe(self.opened.table, language)
            mapping = self.mapping_model.mapping
            if self.check is not None:
                headings, columns = preview_headings(self.opened.table, self.check.mapping)
                self.table_page.show_check(headings, columns, self.check, language)
            elif mapping.missing:
                self.table_page.show_missing(mapping)
        if self.dry_run is not None and self.path is not None:
            self.calendar_page.show_calendar(self.path.name, self.dry_run, language)
        if self.report is not None:
            self.report_page.show_report(self.report, language)
        elif self.cancelled:
            self.report_page.show_cancelled()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None and self.step == "import":
            # the window's close button: the import stops first, then the dialog goes
            self.close_when_stopped = True
            self.cancel_work()
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.job is not None:
            if self.step == "import":  # Cancel (or Esc) stops the import; its report says so
                self.cancel_work()
                return
            job = self.job
            self._drop_job()
            job.wait()  # a check reads only; it ends at its next step, before the dialog goes
        super().reject()
