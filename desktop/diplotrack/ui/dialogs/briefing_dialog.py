"""The "Briefing…" dialog: the note's language, marking, depth of history, who prepared it, its
date and talking points; then preview, print or save the briefing as PDF.

The briefing is gathered off the GUI thread ("Preparing…") with the options of the moment a
button is pressed; a briefing gathered with the same options is reused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import KnownError
from diplotrack.ui.context import AppContext
from diplotrack.ui.operations import translated_message

from . import briefing_output
from .briefing_choices import BriefingChoices, BriefingMemory
from .briefing_form import MUTED_STYLE, BriefingForm
from .briefing_heading import read_heading
from .briefing_subject import BriefingKey, SubjectHeading, default_file_name
from .briefing_worker import BriefingGatherer, BriefingPdfWriter, BriefingRequest, PdfRequest

if TYPE_CHECKING:
    from diplotrack.briefing import Briefing

_ERROR_STYLE = "color: #b3261e;"
# Preview (besides Alt+V); Ctrl+Shift+P is the window's "Briefing…", Ctrl+P prints
PREVIEW_KEYS = QKeySequence("Ctrl+R")

Action = Callable[["Briefing"], None]


class BriefingDialog(QDialog):
    """The briefing of one subject; not modal, one per subject (``open_briefing`` raises it)."""

    def __init__(
        self,
        context: AppContext,
        key: BriefingKey,
        parent: QWidget | None = None,
        *,
        choices: BriefingChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("BriefingDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._context = context
        self.key = key
        self._choices = choices if choices is not None else BriefingChoices()
        self._memory = BriefingMemory.of(context)
        self._heading: SubjectHeading | None = None
        self._briefing: Briefing | None = None
        self._wanted: Action | None = None  # what to do when the briefing being gathered is in
        self.preview: briefing_output.BriefingPreview | None = None
        self.saved_path: Path | None = None  # where the last PDF went
        self._finished = False
        self.gatherer = BriefingGatherer(context.db, self)
        self.gatherer.ready.connect(self._on_ready)
        self.gatherer.failed.connect(self._on_failed)
        self.writer = BriefingPdfWriter(self)
        self.writer.written.connect(self._on_written)
        self.writer.failed.connect(self._on_write_failed)
        self._build()
        self.form.restore(self._choices, context.today(), self._memory.talking_points.get(key, ""))
        self._read_heading()
        context.language_changed.connect(self._on_language)
        self.retranslate()
        self.prepare()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.form = BriefingForm(self.key, self._context.language, self)
        self.form.talking_points.textChanged.connect(self._keep_talking_points)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # gathering has no measurable steps: a moving bar
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.status = QLabel(self)
        self.status.setObjectName("BriefingStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.preview_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.close_button = QPushButton(self)
        for button in (self.preview_button, self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)  # Enter in a field must not print or save
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_briefing)
        self.save_button.clicked.connect(self.save_as_pdf)
        self.close_button.clicked.connect(self.close)
        for keys, slot in (
            (PREVIEW_KEYS, self.show_preview),
            (QKeySequence("Ctrl+P"), self.print_briefing),
            (QKeySequence("Ctrl+S"), self.save_as_pdf),
        ):
            QShortcut(keys, self).activated.connect(slot)

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 560)

    def _read_heading(self) -> None:
        try:
            with self._context.db.session() as session:
                self._heading = read_heading(session, self.key)
        except KnownError as error:
            self._heading = None
            self._show_error(error)
        self.form.show_heading(self._heading)

    def _keep_talking_points(self) -> None:
        self._memory.talking_points[self.key] = self.form.talking_points.toPlainText()

    def remember(self) -> None:
        """The choices that carry over to the next briefing (talking points stay per subject)."""
        self.form.remember(self._choices)

    # -- gathering -----------------------------------------------------------------------------
    @property
    def is_preparing(self) -> bool:
        """Gathering the briefing, or writing its PDF."""
        return self.gatherer.is_busy or self.writer.is_busy

    @property
    def briefing(self) -> Briefing | None:
        """The briefing gathered last (None before the first one is in, or after an error)."""
        return self._briefing

    def prepare(self, then: Action | None = None) -> None:
        """Gathers the briefing with the options of now, then does ``then`` with it; at once if
        the briefing at hand was gathered with the same options."""
        if self._heading is None:
            return
        options = self.form.options()
        if self._briefing is not None and self._briefing.options == options:
            if then is not None:
                then(self._briefing)
            return
        self._wanted = then
        self.gatherer.request(BriefingRequest(self.key, options, self._context.today()))
        self._show_state()

    def _on_ready(self, request: BriefingRequest, briefing: Briefing) -> None:
        self._briefing = briefing
        wanted, self._wanted = self._wanted, None
        self._say(self.tr("Ready."))
        self._show_state()
        if wanted is not None:
            wanted(briefing)

    def _on_failed(self, _request: BriefingRequest, error: KnownError) -> None:
        self._briefing, self._wanted = None, None
        self._show_error(error)
        self._show_state()

    # -- the buttons ---------------------------------------------------------------------------
    def show_preview(self) -> None:
        self.prepare(self._preview)

    def print_briefing(self) -> None:
        self.prepare(self._print)

    def save_as_pdf(self) -> None:
        self.prepare(self._save)

    def _preview(self, briefing: Briefing) -> None:
        self.remember()
        self.preview = briefing_output.BriefingPreview(briefing, self)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.preview.destroyed.connect(self._preview_closed)
        self.preview.open()

    def _preview_closed(self) -> None:
        self.preview = None

    def _print(self, briefing: Briefing) -> None:
        self.remember()
        pages = briefing_output.print_briefing(briefing, self)
        if pages is not None:
            self._say(self.tr("Sent to the printer: %n page(s).", "", pages))

    def _save(self, briefing: Briefing) -> None:
        self.remember()
        if self._heading is None:
            return
        day = briefing.options.prepared_on or self._context.today()
        name = default_file_name(self._heading, self.form.note_language, day)
        path = briefing_output.HOOKS.pdf_path(self, self._choices.folder() / name)
        if path is None:
            return
        self.writer.request(PdfRequest(briefing, path))
        self._show_state()

    def _on_written(self, request: PdfRequest, pages: int) -> None:
        self._choices.remember_folder(request.path.parent)
        self.saved_path = request.path
        self._show_state()
        self._say(self.tr("Saved to {path} (%n page(s)).", "", pages).format(path=request.path))

    def _on_write_failed(self, request: PdfRequest, error: BaseException) -> None:
        self._show_state()
        if isinstance(error, KnownError):
            self._show_error(error)
            return
        reason = error.strerror if isinstance(error, OSError) and error.strerror else error
        self._say(
            self.tr("The PDF could not be written to {path}: {reason}").format(
                path=request.path, reason=reason
            ),
            error=True,
        )

    # -- showing the state ---------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(_ERROR_STYLE if error else MUTED_STYLE)
        self.status.setText(text)

    def _show_error(self, error: KnownError) -> None:
        self._say(translated_message(error), error=True)

    def _show_state(self) -> None:
        preparing = self.is_preparing
        self.busy.setVisible(preparing)
        if self.writer.is_busy:
            self._say(self.tr("Writing the PDF…"))
        elif preparing:
            self._say(self.tr("Preparing the briefing…"))
        usable = self._heading is not None and not preparing
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(usable)

    def _on_language(self, language: str) -> None:
        self.form.set_window_language(language)
        self.retranslate()

    def retranslate(self) -> None:
        if self._heading is None:
            self.setWindowTitle(self.tr("Briefing"))
        else:
            self.setWindowTitle(self.tr("Briefing — {name}").format(name=self.form.subject_title))
        self.preview_button.setText(self.tr("Pre&view"))
        self.preview_button.setToolTip(
            self.tr("See the pages as they will be printed ({keys})").format(
                keys=PREVIEW_KEYS.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print on paper (Ctrl+P)"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Save the briefing as a PDF file (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._show_state()

    # -- closing -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        # Esc and Close end here (Esc calls reject, Close calls close, which rejects)
        self._finish()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._finish()
        super().closeEvent(event)

    def _finish(self) -> None:
        if self._finished:
            return
        self._finished = True
        if self._memory.dialogs.get(self.key) is self:
            del self._memory.dialogs[self.key]
        self.remember()
        self.gatherer.stop()
        self.writer.stop()  # a PDF under way is still completed, unheard
