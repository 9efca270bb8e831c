"""The Settings dialog: the interface language and the office's time zone."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..i18n import system_language
from ..settings import Settings, known_zone

_SYSTEM = ""  # the combo's data for "follow the system" / "this computer's zone"


class SettingsDialog(QDialog):
    """Edits the language and the office zone; ``apply`` writes them to the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self._settings = settings
        self.language = QComboBox(self)
        self.language.setObjectName("SettingsLanguage")
        for data in (_SYSTEM, "ru", "en"):
            self.language.addItem("", data)
        self.zone = QComboBox(self)
        self.zone.setObjectName("SettingsZone")
        self.zone.setEditable(True)
        self.zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone.addItem("", _SYSTEM)
        for name in sorted(available_timezones()):
            self.zone.addItem(name, name)
        completer = self.zone.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.zone_error = QLabel(self)
        self.zone_error.setObjectName("SettingsZoneError")
        self.zone_error.setWordWrap(True)
        self.zone_error.setStyleSheet("color: #b3261e;")
        self.zone_error.hide()
        self.zone.editTextChanged.connect(lambda _text: self.zone_error.hide())
        self.zone_note = QLabel(self)
        self.zone_note.setWordWrap(True)
        self.zone_note.setStyleSheet("color: #5f6673;")
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.zone_label = QLabel(self)
        self.zone_label.setBuddy(self.zone)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.language_label, self.language)
        form.addRow(self.zone_label, self.zone)
        form.addRow("", self.zone_error)
        form.addRow("", self.zone_note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load()
        self.resize(480, 200)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.zone_label.setText(self.tr("Office &time zone:"))
        self.language.setItemText(0, self.tr("As the system (%1)").replace("%1", self._system()))
        self.language.setItemText(1, "Русский")
        self.language.setItemText(2, "English")
        self.zone.setItemText(0, self.tr("This computer's zone"))
        self.zone_note.setText(
            self.tr(
                "Days, 'today' and new events use the office's zone; each event keeps the zone "
                "in which it takes place."
            )
        )

    @staticmethod
    def _system() -> str:
        return "Русский" if system_language() == "ru" else "English"

    def _load(self) -> None:
        self.language.setCurrentIndex(self.language.findData(self._settings.chosen_language or ""))
        zone = self._settings.zone_name or _SYSTEM
        self.zone.setCurrentIndex(max(0, self.zone.findData(zone)))

    def chosen_language(self) -> str | None:
        data = self.language.currentData()
        return str(data) if data else None

    def _typed_zone(self) -> str:
        """The zone's text, "" for "this computer's zone"."""
        text = self.zone.currentText().strip()
        return "" if text in ("", self.zone.itemText(0)) else text

    def chosen_zone(self) -> str | None:
        text = self._typed_zone()
        if not text:
            return None
        return text if known_zone(text) else self._settings.zone_name

    def accept(self) -> None:
        # a zone typed but not known is said under the field; OK would otherwise drop it
        # silently and keep the zone before
        text = self._typed_zone()
        if text and not known_zone(text):
            self.zone_error.setText(
                self.tr(
                    "There is no time zone «%1»: pick one from the list (Asia/Krasnoyarsk)."
                ).replace("%1", text)
            )
            self.zone_error.show()
            self.zone.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def apply(self) -> None:
        """Write what was chosen to the settings."""
        self._settings.chosen_language = self.chosen_language()
        self._settings.zone_name = self.chosen_zone()
        self._settings.sync()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
