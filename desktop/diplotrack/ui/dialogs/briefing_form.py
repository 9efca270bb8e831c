"""The briefing dialog's form: the subject at the top (flags and name), then the note's
language, marking, depth of history, author, date and talking points."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diplotrack.ui.formatting import locale_for, qdate
from diplotrack.ui.labels import record_name
from diplotrack.ui.widgets.flags import flags_strip

from .briefing_choices import HISTORY_RANGE, MARKINGS, BriefingChoices, marking_in
from .briefing_subject import BriefingKey, SubjectHeading

if TYPE_CHECKING:
    from diplotrack.briefing import BriefingOptions

#: the languages a note is written in, each named in itself
NOTE_LANGUAGES = (("ru", "Русский"), ("en", "English"))
MUTED_STYLE = "color: #5f6673;"


def python_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class BriefingForm(QWidget):
    """What the person chooses for one note; ``options()`` reads it as ``BriefingOptions``."""

    def __init__(self, key: BriefingKey, window_language: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.key = key
        self._window_language = window_language
        self._heading: SubjectHeading | None = None

        self.flag = QLabel(self)
        self.flag.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.subject_name = QLabel(self)
        self.subject_name.setObjectName("BriefingSubject")
        self.subject_name.setWordWrap(True)
        self.subject_name.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.subject_name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subject_line = QLabel(self)
        self.subject_line.setWordWrap(True)
        self.subject_line.setStyleSheet(MUTED_STYLE)

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
        self.language.currentIndexChanged.connect(self._language_chosen)
        self._lay_out()
        self.retranslate()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.flag)
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self.subject_name)
        names.addWidget(self.subject_line)
        header.addLayout(names, 1)

        fields = QFormLayout()
        fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: list[QLabel] = []
        for field in (self.language, self.marking, self.history, self.prepared_by):
            self.labels.append(self._caption(field))
            fields.addRow(self.labels[-1], field)
        self.labels.append(self._caption(self.prepared_on))
        fields.addRow(self.labels[-1], self.prepared_on)
        self.points_label = self._caption(self.talking_points)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addSpacing(6)
        layout.addLayout(fields)
        layout.addWidget(self.points_label)
        layout.addWidget(self.talking_points, 1)

    def _caption(self, field: QWidget) -> QLabel:
        caption = QLabel(self)
        caption.setBuddy(field)  # its mnemonic (Alt+letter) goes to the field
        return caption

    # -- filling -------------------------------------------------------------------------------
    def restore(self, choices: BriefingChoices, today: date, talking_points: str) -> None:
        """The last choices, today's date and what was typed for this subject before."""
        language = choices.language(self._window_language)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self._fill_markings(language, choices.marking())
        self.history.setValue(choices.history_limit())
        self.prepared_by.setText(choices.prepared_by())
        self.prepared_on.setDate(qdate(today))
        self.talking_points.setPlainText(talking_points)

    def show_heading(self, heading: SubjectHeading | None) -> None:
        self._heading = heading
        if heading is not None and heading.countries:
            self.flag.setPixmap(flags_strip(heading.countries, 28))
        self.retranslate()

    @property
    def subject_title(self) -> str:
        """The subject's name in the window's language (its kind while it is unknown)."""
        if self._heading is None:
            return record_name(self.key.kind)
        return self._heading.name_in(self._window_language)

    def _fill_markings(self, language: str, marking: str) -> None:
        self.marking.blockSignals(True)
        self.marking.clear()
        self.marking.addItems(list(MARKINGS.get(language, MARKINGS["en"])))
        self.marking.setCurrentText(marking_in(language, marking))
        self.marking.blockSignals(False)

    def _language_chosen(self, _index: int) -> None:
        self._fill_markings(self.note_language, self.marking.currentText())

    # -- reading -------------------------------------------------------------------------------
    @property
    def note_language(self) -> str:
        return str(self.language.currentData())

    @property
    def marking_text(self) -> str:
        return self.marking.currentText().strip()

    def options(self) -> BriefingOptions:
        """The note's options as they stand in the form now."""
        from diplotrack.briefing import BriefingOptions

        return BriefingOptions(
            language=self.note_language,
            marking=self.marking_text,
            history_limit=self.history.value(),
            talking_points=self.talking_points.toPlainText(),
            prepared_by=self.prepared_by.text().strip(),
            prepared_on=python_date(self.prepared_on.date()),
        )

    def remember(self, choices: BriefingChoices) -> None:
        """The choices that carry over to the next briefing (talking points stay per subject)."""
        choices.remember(
            language=self.note_language,
            marking=self.marking_text,
            history_limit=self.history.value(),
            prepared_by=self.prepared_by.text().strip(),
        )

    # -- words ---------------------------------------------------------------------------------
    def set_window_language(self, language: str) -> None:
        self._window_language = language
        self.retranslate()

    def retranslate(self) -> None:
        kind = record_name(self.key.kind)
        name = self.subject_title
        self.subject_name.setText(name)
        if self._heading is not None:
            other = self._heading.name_in("en" if self._window_language == "ru" else "ru")
            self.subject_line.setText(" · ".join(p for p in (kind, other) if p and p != name))
        captions = (
            self.tr("&Language of the note:"),
            self.tr("&Marking:"),
            self.tr("Past &contacts:"),
            self.tr("Prepared &by:"),
            self.tr("&Date:"),
        )
        for caption, text in zip(self.labels, captions, strict=True):
            caption.setText(text)
        marking_line = self.marking.lineEdit()
        if marking_line is not None:
            marking_line.setPlaceholderText(self.tr("no marking"))
        self.marking.setToolTip(
            self.tr("The confidentiality marking at the top of the note; type your own if needed")
        )
        self.history.setToolTip(self.tr("How many of the latest contacts the history lists"))
        self.prepared_by.setPlaceholderText(self.tr("your name and position"))
        locale = locale_for(self._window_language)
        self.prepared_on.setDisplayFormat(locale.dateFormat(locale.FormatType.ShortFormat))
        self.points_label.setText(self.tr("&Talking points and notes for this briefing:"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
