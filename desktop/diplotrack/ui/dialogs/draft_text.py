"""The first step of a draft from a press release: the text (pasted or opened), the day it was
published, and the language it is written in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import ValidationError

from ..context import AppContext
from ..formatting import qdate
from ..labels import QT_TRANSLATE_NOOP
from .fields import DateField

#: a text file larger than this is not a press release (and would stall the text box)
LARGEST_FILE = 2_000_000


def guess_language(text: str) -> str | None:
    """ "ru" or "en" by which alphabet most letters are in; None for a text without letters."""
    cyrillic = sum(1 for char in text if "а" <= char.lower() <= "я" or char in "ёЁ")
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    if cyrillic == latin == 0:
        return None
    return "ru" if cyrillic >= latin else "en"


def read_press_release(path: Path) -> str:
    """The text of a press release file: UTF-8 (with or without a BOM), else Windows-1251."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            f"{path.name}: {error.strerror or error}",
            field="file",
            template=QT_TRANSLATE_NOOP("DraftText", "The file {name} cannot be read: {reason}"),
            values={"name": path.name, "reason": error.strerror or str(error)},
        ) from error
    if len(raw) > LARGEST_FILE:
        raise ValidationError(
            f"{path.name} is too large for a press release",
            field="file",
            template=QT_TRANSLATE_NOOP(
                "DraftText", "The file {name} is too large for a press release."
            ),
            values={"name": path.name},
        )
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("cp1251 decodes any bytes")  # pragma: no cover


class PressReleasePage(QWidget):
    """The text box, "Open file…", the publication date, and the "Analysing…" state."""

    #: the text changed (typed, pasted or opened)
    text_changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.text_box = QPlainTextEdit(self)
        self.text_box.setObjectName("PressReleaseText")
        self.text_box.setTabChangesFocus(True)
        self.open_button = QPushButton(self)
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.choose_file)
        self.published = DateField(self)
        self.published.setObjectName("PublishedOn")
        self.published.set_value(context.today())
        self.published.setMaximumDate(qdate(date(2100, 12, 31)))
        self.language_label = QLabel(self)
        self.language_label.setObjectName("GuessedLanguage")
        self.problem = QLabel(self)
        self.problem.setObjectName("TextProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b3261e;")
        self.problem.hide()
        self.busy = QProgressBar(self)
        self.busy.setObjectName("AnalysisBusy")
        self.busy.setRange(0, 0)  # a busy indicator: natasha says nothing about its progress
        self.busy.setTextVisible(False)
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("AnalysisState")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.published_label = QLabel(self)
        self.published_label.setBuddy(self.published)

        form = QFormLayout()
        form.addRow(self.published_label, self.published)
        top = QHBoxLayout()
        top.addLayout(form)
        top.addStretch(1)
        top.addWidget(self.language_label)
        top.addWidget(self.open_button)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy_label)
        busy_row.addWidget(self.busy, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.text_box, 1)
        layout.addLayout(top)
        layout.addWidget(self.problem)
        layout.addLayout(busy_row)
        self.text_box.textChanged.connect(self._text_changed)
        self.set_busy(False)
        self.retranslate()

    # -- what the person gave ------------------------------------------------------------------
    def text(self) -> str:
        return self.text_box.toPlainText()

    def set_text(self, text: str) -> None:
        self.text_box.setPlainText(text)

    def published_on(self) -> date | None:
        return self.published.value()

    def language(self) -> str | None:
        return guess_language(self.text())

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a press release"),
            "",
            self.tr("Text files (*.txt);;All files (*)"),
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Puts the text of ``path`` in the box; False (and the reason shown) if it cannot."""
        try:
            text = read_press_release(path)
        except ValidationError as error:
            self.show_problem(translated_message_in(error))
            return False
        self.set_text(text)
        return True

    # -- states --------------------------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        """Shows or hides "Analysing…"; the text cannot change while it is analysed."""
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.text_box.setReadOnly(busy)
        self.open_button.setEnabled(not busy)
        self.published.setEnabled(not busy)

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def _text_changed(self) -> None:
        self.show_problem("")
        self._show_language()
        self.text_changed.emit()

    def _show_language(self) -> None:
        language = self.language()
        names = {"ru": self.tr("Russian"), "en": self.tr("English")}
        self.language_label.setText(
            self.tr("Language: %1").replace("%1", names[language]) if language else ""
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Paste the text of a press release (Russian or English) or open a text file. "
                "DiploTrack proposes an event with its people, places and agreements; "
                "nothing is saved until you confirm it."
            )
        )
        self.text_box.setPlaceholderText(self.tr("The text of the press release…"))
        self.open_button.setText(self.tr("&Open file…"))
        self.published_label.setText(self.tr("&Published on"))
        self.published.setToolTip(
            self.tr("Dates such as “10 April” or “last Thursday” are read against this day.")
        )
        self.busy_label.setText(self.tr("Analysing…"))
        self._show_language()


def translated_message_in(error: ValidationError) -> str:
    """A file problem in the interface language (templates of the context "DraftText")."""
    if error.template is None:
        return error.message
    return QCoreApplication.translate("DraftText", error.template).format(**error.values)
