"""The Import dialog's strip under its pages: what the background work is doing and its
progress bar (the dialog's own Cancel button stops it: one Cancel, not two)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from ..formatting import locale_for


class ImportActivity(QWidget):
    """Hidden while nothing runs; a busy bar until the work's first progress report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = ""
        #: Cancel was pressed: the strip says so until the work has stopped
        self.stopping = False
        self.label = QLabel(self)
        self.label.setObjectName("importActivity")
        self.progress = QProgressBar(self)
        self.progress.setObjectName("importProgress")
        self.progress.setTextVisible(False)
        strip = QHBoxLayout(self)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.addWidget(self.label, 1)
        strip.addWidget(self.progress, 1)

    def show_step(self, step: str) -> None:
        """``read``, ``check`` or ``import`` under way, or nothing ("")."""
        self.step = step
        self.stopping = False
        self.label.setText(self._step_text())
        self.progress.setVisible(bool(step))
        self.progress.setRange(0, 0)

    def _step_text(self) -> str:
        if self.stopping:
            return self.tr("Cancelling…")
        texts = {
            "read": self.tr("Reading the file…"),
            "check": self.tr("Checking what the file holds…"),
            "import": self.tr("Importing…"),
        }
        return texts.get(self.step, "")

    def progressed(self, done: int, total: int, language: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        if self.step == "import" and total > 0 and not self.stopping:
            locale = locale_for(language)
            self.label.setText(
                self.tr("Importing… %1 of %2")
                .replace("%1", locale.toString(done))
                .replace("%2", locale.toString(total))
            )

    def cancelling(self) -> None:
        self.stopping = True
        self.label.setText(self._step_text())

    def retranslate(self) -> None:
        """The step in the language now chosen (the count returns with the next report)."""
        self.label.setText(self._step_text())
