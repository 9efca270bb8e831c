"""A press release becomes records: paste or open the text, let DiploTrack read it (off the GUI
thread), confirm, edit or drop each proposed item, and save them all in one step that Undo
takes back. Nothing is written before "Save"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import KnownError
from diplotrack.services.changes import Changes, RecordRef

from ..context import AppContext
from ..models.draft_model import DraftItemsModel
from ..operations import translated_message
from .draft_event import DraftEventForm
from .draft_items import DraftItemsView
from .draft_saving import save_draft_undoably, saved_event_id
from .draft_text import PressReleasePage
from .draft_worker import (
    Analyse,
    AnalysedDraft,
    AnalysisRequest,
    DraftAnalysis,
    analyse_in_own_session,
)

if TYPE_CHECKING:
    from diplotrack.interchange.press import Draft


class DraftDialog(QDialog):
    """Step 1: the text. Step 2: the draft, confirmed item by item, then saved."""

    #: the draft was saved: the Changes it made
    saved = Signal(object)

    TEXT, DRAFT = 0, 1

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        analyse: Analyse = analyse_in_own_session,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DraftDialog")
        self.context = context
        self.analysis = DraftAnalysis(context.db, self, analyse=analyse)
        self.analysis.finished.connect(self._analysed)
        self.analysis.failed.connect(self._analysis_failed)
        self.analysis.ended.connect(self._analysis_ended)
        self._draft_shown = False
        self._edited = False
        self.saved_changes: Changes | None = None

        self.text_page = PressReleasePage(context, self)
        self.text_page.text_changed.connect(self._update_buttons)
        self.model = DraftItemsModel(context.language, self)
        self.model.draft_changed.connect(self._draft_edited)
        context.language_changed.connect(self.model.set_language)
        self.event_form = DraftEventForm(self)
        self.event_form.changed.connect(self._event_edited)
        self.items = DraftItemsView(context, self.model, self)
        self.messages = QLabel(self)
        self.messages.setObjectName("DraftMessages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #8a5300;")
        self._notes: tuple[tuple[str, ...], bool] = ((), False)
        self.problem = QLabel(self)
        self.problem.setObjectName("SaveProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()

        self.event_box = QGroupBox(self)
        self.event_scroll = event_scroll = QScrollArea(self)
        event_scroll.setWidgetResizable(True)
        event_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        event_scroll.setWidget(self.event_form)
        event_layout = QVBoxLayout(self.event_box)
        event_layout.addWidget(event_scroll)
        self.items_box = QGroupBox(self)
        items_layout = QVBoxLayout(self.items_box)
        items_layout.addWidget(self.items)
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.event_box)
        splitter.addWidget(self.items_box)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        draft_page = QWidget(self)
        draft_layout = QVBoxLayout(draft_page)
        draft_layout.setContentsMargins(0, 0, 0, 0)
        draft_layout.addWidget(self.messages)
        draft_layout.addWidget(splitter, 1)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.text_page)
        self.pages.addWidget(draft_page)

        self.back_button = QPushButton(self)
        self.back_button.setObjectName("DraftBack")
        self.analyse_button = QPushButton(self)
        self.analyse_button.setObjectName("DraftAnalyse")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("DraftSave")
        # Ctrl+S saves: the button's own shortcut would be replaced by its text's access key
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self._save_by_key)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("DraftCancel")
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_to_text)
        self.analyse_button.clicked.connect(self.analyse)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.problem, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.analyse_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        self.retranslate()
        self._update_buttons()
        self.resize(1280, 880)
        self.analysis.warm_up()

    # -- step 1: the text ----------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    @property
    def is_analysing(self) -> bool:
        return self.analysis.is_running

    def analyse(self) -> None:
        """Reads the text in the background; the draft is shown when it is done."""
        text = self.text_page.text()
        if not text.strip():
            self.text_page.show_problem(self.tr("Paste or open the text of a press release."))
            return
        request = AnalysisRequest(text, self.text_page.published_on(), self.context.language)
        self.analysis.start(request)
        self.text_page.set_busy(True)
        self._update_buttons()

    def cancel_analysis(self) -> None:
        """Forgets the analysis under way: its draft is never shown, nothing is saved."""
        self.analysis.cancel()
        self.text_page.set_busy(False)
        self._update_buttons()

    def _analysis_ended(self) -> None:
        self.text_page.set_busy(False)
        self._update_buttons()

    def _analysed(self, _request: AnalysisRequest, analysed: AnalysedDraft) -> None:
        self.show_draft(analysed)

    def _analysis_failed(self, _request: AnalysisRequest, error: KnownError) -> None:
        self.text_page.show_problem(translated_message(error))

    # -- step 2: the draft ---------------------------------------------------------------------
    def show_draft(self, analysed: AnalysedDraft) -> None:
        """Shows a draft to confirm (what the analysis gave, not yet edited)."""
        draft = analysed.draft
        self.model.language = self.context.language
        self.model.set_draft(draft, analysed.match_names, analysed.country_names)
        self.event_form.country_names = dict(analysed.country_names)
        self.event_box.setVisible(draft.event is not None)
        if draft.event is not None:
            self.event_form.load(draft.event, draft)
        self._notes = (tuple(draft.messages), draft.is_empty)
        self._say_notes()
        self.items.fit_columns()
        # the event's fields in sight (up to half the dialog), the items below get the rest
        self.event_scroll.setMinimumHeight(
            min(self.event_form.needed_height() + 4, self.height() // 2)
        )
        self._draft_shown = True
        self._edited = False
        self.show_problem("")
        self.pages.setCurrentIndex(self.DRAFT)
        self._update_buttons()
        if self.model.rowCount() > 0:
            self.items.table.selectRow(0)

    def _say_notes(self) -> None:
        """The analysis's notes over the draft, in the language of the moment."""
        messages, empty = self._notes
        notes = [QCoreApplication.translate("messages", text) for text in messages]
        if empty:
            notes.insert(0, self.tr("The text names nothing DiploTrack can record."))
        self.messages.setText("\n".join(notes))
        self.messages.setVisible(bool(notes))

    def back_to_text(self) -> None:
        if self._edited and not self.confirm_discard():
            return
        self._draft_shown = False
        self._edited = False
        self.pages.setCurrentIndex(self.TEXT)
        self._update_buttons()

    def current_draft(self) -> Draft | None:
        """The draft as confirmed so far: the table's items and the form's event."""
        draft = self.model.draft()
        if draft is None:
            return None
        event = self.event_form.edited()
        return draft if event is None or draft.event is None else draft.with_item(event)

    def _draft_edited(self) -> None:
        draft = self.model.draft()
        if draft is not None:
            self.event_form.refresh(draft)
        self._edited = True

    def _event_edited(self) -> None:
        self._edited = True

    # -- saving --------------------------------------------------------------------------------
    def save(self) -> Changes | None:
        """Saves the confirmed draft in one transaction, as one step on the undo stack; the new
        (or updated) event is then opened. A refusal is shown here and nothing is lost."""
        draft = self.current_draft()
        if draft is None or self.step != self.DRAFT:
            return None
        undo_text = self.tr("New records from a press release")
        try:
            changes = save_draft_undoably(self.context, draft, undo_text, self.parentWidget())
        except KnownError as error:
            self.show_refusal(error)
            return None
        self.saved_changes = changes
        self._edited = False
        self._draft_shown = False
        self.saved.emit(changes)
        event_id = saved_event_id(self.context.db, draft, changes)
        self.accept()
        if event_id is not None:
            self.context.open(RecordRef("event", event_id))
        return changes

    def show_refusal(self, error: KnownError) -> None:
        """Why the draft was not saved, naming the item it is about (which is chosen in the
        table, so that it can be put right at once); nothing typed is lost."""
        message = translated_message(error)
        item, key = error.values.get("item"), error.values.get("item_key")
        if isinstance(item, str) and item and item not in message:
            message = f"«{item}»: {message}"
        self.show_problem(message)
        if isinstance(key, str) and key in self.model.item_keys():
            self.items.select_key(key)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    # -- closing -------------------------------------------------------------------------------
    def has_unsaved_work(self) -> bool:
        """Something would be lost by closing: a text, or a draft (analysed or under way)."""
        return bool(self.text_page.text().strip()) or self._draft_shown or self.is_analysing

    def discard(self) -> None:
        """Closes without asking: the text, the draft and any analysis under way are dropped."""
        self.analysis.stop()
        self._draft_shown = False
        self.text_page.set_text("")
        self.close()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Discard the draft?"),
            self.tr("Nothing from this press release has been saved. Discard it?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _save_by_key(self) -> None:
        if self.save_button.isVisible() and self.save_button.isEnabled():
            self.save_button.click()

    def _cancel_clicked(self) -> None:
        if self.is_analysing:
            self.cancel_analysis()
        else:
            self.reject()

    def reject(self) -> None:
        if self.saved_changes is None and self.has_unsaved_work() and not self.confirm_discard():
            return
        self.analysis.stop()
        super().reject()

    def done(self, result: int) -> None:
        self.analysis.stop()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.saved_changes is None and self.has_unsaved_work() and not self.confirm_discard():
            event.ignore()
            return
        self.analysis.stop()
        super().closeEvent(event)

    # -- buttons and language ------------------------------------------------------------------
    def _update_buttons(self) -> None:
        on_text = self.step == self.TEXT
        busy = self.is_analysing
        self.back_button.setVisible(not on_text)
        self.analyse_button.setVisible(on_text)
        self.analyse_button.setEnabled(not busy and bool(self.text_page.text().strip()))
        self.analyse_button.setDefault(on_text)
        self.save_button.setVisible(not on_text)
        self.save_button.setDefault(not on_text)
        self.cancel_button.setText(self.tr("Cancel analysis") if busy else self.tr("Cancel"))
        self.cancel_button.setToolTip(
            self.tr("Stop the analysis; nothing is saved") if busy else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New from a press release"))
        self.event_box.setTitle(self.tr("Event"))
        self.items_box.setTitle(
            self.tr("Everything else the text names: tick what to save, match or edit it")
        )
        self.back_button.setText(self.tr("← &Text"))
        self.analyse_button.setText(self.tr("&Analyse"))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(
            self.tr("Save the ticked items in one step (Undo takes it back)")
        )
        self._say_notes()
        self._update_buttons()
