"""The Import dialog's strip under its pages: what the background work is doing, its
progress bar and the Cancel button that stops it."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ..formatting import locale_for


class ImportActivity(QWidget):
    """Hidden while nothing runs; a busy bar until the work's first progress report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = ""
        self.label = QLabel(self)
        self.label.setObjectName("importActivity")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        self.stop_button = QPushButton(self)
        self.stop_button.setObjectName("importCancel")
        strip = QHBoxLayout(self)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.label, 1)
        strip.addWidget(self.progress, 1)
        strip.addWidget(self.stop_button)
        self.retranslate()

    def show_step(self, step: str) -> None:
        """``read``, ``check`` or ``import`` under way, or nothing ("")."""
        texts = {
            "read": self.tr("Reading the file…"),
            "check": self.tr("Checking what the file holds…"),
            "import": self.tr("Importing…"),
        }
        self.step = step
        busy = bool(step)
        self.label.setText(texts.get(step, ""))
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.stop_button.setVisible(busy)
        self.stop_button.setEnabled(busy)

    def progressed(self, done: int, total: int, language: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if self.step == "import" and total > 0 and self.stop_button.isEnabled():
            locale = locale_for(language)
            self.label.setText(
                self.tr("Importing… %1 of %2")
                .replace("%1", locale.toString(done))
                .replace("%2", locale.toString(total))
            )

    def cancelling(self) -> None:
        self.label.setText(self.tr("Cancelling…"))
        self.stop_button.setEnabled(False)

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("Cancel"))
