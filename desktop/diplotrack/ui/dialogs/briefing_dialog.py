"""The "Briefing…" dialog: the note's language, marking, depth of history, who prepared it, its
date and talking points; then preview, print or save the briefing as PDF.

The briefing is gathered off the GUI thread ("Preparing…") with the options of the moment a
button is pressed; a briefing gathered with the same options is reused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import KnownError
from diplotrack.ui.context import AppContext
from diplotrack.ui.formatting import locale_for, qdate
from diplotrack.ui.labels import record_name
from diplotrack.ui.operations import translated_message
from diplotrack.ui.widgets.flags import flags_strip

from . import briefing_output
from .briefing_choices import HISTORY_RANGE, MARKINGS, BriefingChoices, BriefingMemory, marking_in
from .briefing_subject import BriefingKey, SubjectHeading, default_file_name, read_heading
from .briefing_worker import BriefingGatherer, BriefingRequest

if TYPE_CHECKING:
    from diplotrack.briefing import Briefing, BriefingOptions

#: the languages a note is written in, each named in itself
NOTE_LANGUAGES = (("ru", "Русский"), ("en", "English"))
_ERROR_STYLE = "color: #b3261e;"
_MUTED_STYLE = "color: #5f6673;"

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
        self._build()
        self._restore()
        self._read_heading()
        self.retranslate()
        self.prepare()

    # -- building ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.flag = QLabel(self)
        self.flag.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.subject_name = QLabel(self)
        self.subject_name.setObjectName("BriefingSubject")
        self.subject_name.setWordWrap(True)
        self.subject_name.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.subject_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject_line = QLabel(self)
        self.subject_line.setWordWrap(True)
        self.subject_line.setStyleSheet(_MUTED_STYLE)

        self.language = QComboBox(self)
        for code, name in NOTE_LANGUAGES:
            self.language.addItem(name, code)
        self.marking = QComboBox(self)
        self.marking.setEditable(True)
        self.marking.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.history = QSpinBox(self)
        self.history.setRange(*HISTORY_RANGE)
        self.prepared_by = QLineEdit(self)
        self.prepared_on = QDateEdit(self)
        self.prepared_on.setCalendarPopup(True)
        self.talking_points = QPlainTextEdit(self)
        self.talking_points.setObjectName("BriefingTalkingPoints")
        self.talking_points.setTabChangesFocus(True)  # Tab moves on; the text needs no tabs
        self.talking_points.setMinimumHeight(140)

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
            (QKeySequence("Ctrl+P"), self.print_briefing),
            (QKeySequence("Ctrl+S"), self.save_as_pdf),
        ):
            QShortcut(keys, self).activated.connect(slot)

        self.language.currentIndexChanged.connect(self._language_chosen)
        self.talking_points.textChanged.connect(self._keep_talking_points)
        self._lay_out()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.flag)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.subject_name)
        names.addWidget(self.subject_line)
        header.addLayout(names, 1)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: list[QLabel] = []
        for field in (
            self.language,
            self.marking,
            self.history,
            self.prepared_by,
            self.prepared_on,
        ):
            caption = QLabel(self)
            caption.setBuddy(field)
            self.labels.append(caption)
            self.form.addRow(caption, field)
        self.points_label = QLabel(self)
        self.points_label.setBuddy(self.talking_points)

        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.points_label)
        layout.addWidget(self.talking_points, 1)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 560)

    def _restore(self) -> None:
        choices = self._choices
        language = choices.language(self._context.language)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._fill_markings(language, choices.marking())
        self.history.setValue(choices.history_limit())
        self.prepared_by.setText(choices.prepared_by())
        self.prepared_on.setDate(qdate(self._context.today()))
        self.talking_points.setPlainText(self._memory.talking_points.get(self.key, ""))

    def _read_heading(self) -> None:
        try:
            with self._context.db.session() as session:
                self._heading = read_heading(session, self.key)
        except KnownError as error:
            self._heading = None
            self._show_error(error)
        if self._heading is not None and self._heading.countries:
            self.flag.setPixmap(flags_strip(self._heading.countries, 28))

    # -- what is chosen ------------------------------------------------------------------------
    @property
    def note_language(self) -> str:
        return str(self.language.currentData())

    def options(self) -> BriefingOptions:
        """The note's options as they stand in the dialog now."""
        from diplotrack.briefing import BriefingOptions

        return BriefingOptions(
            language=self.note_language,
            marking=self.marking.currentText().strip(),
            history_limit=self.history.value(),
            talking_points=self.talking_points.toPlainText(),
            prepared_by=self.prepared_by.text().strip(),
            prepared_on=python_date(self.prepared_on.date()),
        )

    def _fill_markings(self, language: str, marking: str) -> None:
        self.marking.blockSignals(True)
        self.marking.clear()
        self.marking.addItems(list(MARKINGS.get(language, MARKINGS["en"])))
        self.marking.setCurrentText(marking_in(language, marking))
        self.marking.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        self._fill_markings(self.note_language, self.marking.currentText())

    def _keep_talking_points(self) -> None:
        self._memory.talking_points[self.key] = self.talking_points.toPlainText()

    def remember(self) -> None:
        """The choices that carry over to the next briefing (talking points stay per subject)."""
        self._choices.remember(
            language=self.note_language,
            marking=self.marking.currentText().strip(),
            history_limit=self.history.value(),
            prepared_by=self.prepared_by.text().strip(),
        )

    # -- gathering -----------------------------------------------------------------------------
    @property
    def is_preparing(self) -> bool:
        return self.gatherer.is_busy

    @property
    def briefing(self) -> Briefing | None:
        """The briefing gathered last (None before the first one is in, or after an error)."""
        return self._briefing

    def prepare(self, then: Action | None = None) -> None:
        """Gathers the briefing with the options of now, then does ``then`` with it; at once if
        the briefing at hand was gathered with the same options."""
        if self._heading is None:
            return
        options = self.options()
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
        name = default_file_name(self._heading, self.note_language, day)
        path = briefing_output.HOOKS.pdf_path(self, self._choices.folder() / name)
        if path is None:
            return
        try:
            pages = briefing_output.save_pdf(briefing, path)
        except KnownError as error:
            self._show_error(error)
            return
        except OSError as error:
            self._say(
                self.tr("The PDF could not be written to {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                ),
                error=True,
            )
            return
        self._choices.remember_folder(path.parent)
        self.saved_path = path
        self._say(self.tr("Saved to {path} (%n page(s)).", "", pages).format(path=path))

    # -- showing the state ---------------------------------------------------------------------
    def _say(self, text: str, *, error: bool = False) -> None:
        self.status.setStyleSheet(_ERROR_STYLE if error else _MUTED_STYLE)
        self.status.setText(text)

    def _show_error(self, error: KnownError) -> None:
        self._say(translated_message(error), error=True)

    def _show_state(self) -> None:
        preparing = self.is_preparing
        self.busy.setVisible(preparing)
        if preparing:
            self._say(self.tr("Preparing the briefing…"))
        usable = self._heading is not None and not preparing
        for button in (self.preview_button, self.print_button, self.save_button):
            button.setEnabled(usable)

    def retranslate(self) -> None:
        heading = self._heading
        language = self._context.language
        kind = record_name(self.key.kind)
        if heading is None:
            self.subject_name.setText(kind)
            self.setWindowTitle(self.tr("Briefing"))
        else:
            name = heading.name_in(language)
            other = heading.name_in("en" if language == "ru" else "ru")
            self.subject_name.setText(name)
            self.subject_line.setText(" · ".join(p for p in (kind, other) if p and p != name))
            self.setWindowTitle(self.tr("Briefing — {name}").format(name=name))
        for caption, text in zip(
            self.labels,
            (
                self.tr("&Language of the note:"),
                self.tr("&Marking:"),
                self.tr("Past &contacts:"),
                self.tr("Prepared &by:"),
                self.tr("&Date:"),
            ),
            strict=True,
        ):
            caption.setText(text)
        marking_line = self.marking.lineEdit()
        if marking_line is not None:
            marking_line.setPlaceholderText(self.tr("no marking"))
        self.marking.setToolTip(
            self.tr("The confidentiality marking at the top of the note; type your own if needed")
        )
        self.history.setToolTip(self.tr("How many of the latest contacts the history lists"))
        self.prepared_by.setPlaceholderText(self.tr("your name and position"))
        self.prepared_on.setDisplayFormat(
            locale_for(language).dateFormat(locale_for(language).FormatType.ShortFormat)
        )
        self.points_label.setText(self.tr("&Talking points and notes for this briefing:"))
        self.preview_button.setText(self.tr("Pre&view"))
        self.preview_button.setToolTip(self.tr("See the pages as they will be printed"))
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


def python_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
