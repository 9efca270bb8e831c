"""The notice over a record editor whose save was refused as stale: who saved the record since it
was opened and when, what they changed, and Reload (losing one's changes) or Keep editing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from diplotrack.domain import StaleRecordError
from diplotrack.services.history import record_history

from ..context import AppContext
from ..formatting import format_date, format_time
from .fields import field_label
from .history_values import shown_value


class StaleNotice(QFrame):
    """Hidden until a save is refused; Keep editing hides it again."""

    # Reload was pressed: the editor throws away what was typed and reads the record again
    # (not "#:", which lupdate would hand the translators as a note on the next text)
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staleNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#staleNotice { background: #fff4e5; border: 1px solid #e0a040; }")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reload_button = QPushButton(self)
        self.keep_button = QPushButton(self)
        for button in (self.reload_button, self.keep_button):
            button.setAutoDefault(False)
        self.reload_button.clicked.connect(self.reload_requested)
        self.keep_button.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.hide()

    def show_refusal(
        self,
        context: AppContext,
        kind: str,
        record_id: int,
        opened_version: int,
        error: StaleRecordError,
    ) -> None:
        """Says who saved the record of ``kind`` after its ``opened_version``, when, and what
        they changed; Reload gets the focus."""
        lines = []
        later = [
            line
            for line in record_history(context.db, kind, record_id)
            if line.record_version is not None and line.record_version > opened_version
        ]
        if later:
            who = list(dict.fromkeys(line.changed_by for line in later))
            moment = later[-1].changed_at.astimezone(context.zone)
            day = format_date(moment.date(), context.language)
            time = format_time(moment, context.zone)
            # one person or several: Russian says it without a verb of a gender or a number
            if len(who) == 1:
                said = self.tr("{who} saved this record on {day} at {time}, after you opened it.")
            else:
                said = self.tr(
                    "{who} saved this record after you opened it, last on {day} at {time}."
                )
            lines.append(said.format(who=", ".join(who), day=day, time=time))
        else:
            lines.append(self.tr("Someone else saved this record after you opened it."))
        language = context.language
        for field, old, new in error.changes:
            old_text = shown_value(kind, field, old, language, context.zone)
            change = f"{old_text} → {shown_value(kind, field, new, language, context.zone)}"
            lines.append(f"• {field_label(field)}: {change}")
        lines.append(self.tr("Your changes are not saved. Reload to see theirs, or keep editing."))
        self.message.setText("\n".join(lines))
        self.show()
        self.reload_button.setFocus()

    def retranslate(self) -> None:
        self.reload_button.setText(self.tr("Reload (lose my changes)"))
        self.keep_button.setText(self.tr("Keep editing"))
