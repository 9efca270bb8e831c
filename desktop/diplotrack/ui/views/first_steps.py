"""What the Today page shows while the database holds no events: the three ways to begin."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget
from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Event

_NATIVE = QKeySequence.SequenceFormat.NativeText  # shortcuts as the menus show them


def holds_events(session: Session) -> bool:
    """Whether the database has any event at all (archived ones too)."""
    return session.scalar(select(Event.id).limit(1)) is not None


class FirstSteps(QWidget):
    """New event, Import… and Add demonstration data as buttons that trigger the window's own
    actions (so they are disabled when those are, e.g. while the demo is being filled in)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstSteps")
        self.notice = QLabel(self)
        self.notice.setObjectName("FirstStepsNotice")
        self.notice.setWordWrap(True)
        self.new_event = QCommandLinkButton(self)
        self.new_event.setObjectName("FirstStepNewEvent")
        self.import_file = QCommandLinkButton(self)
        self.import_file.setObjectName("FirstStepImport")
        self.demo = QCommandLinkButton(self)
        self.demo.setObjectName("FirstStepDemo")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.notice)
        for button in self.buttons():
            button.setMaximumWidth(640)
            button.hide()  # until the window offers the action behind it
            layout.addWidget(button)
        layout.addStretch(1)
        self._actions: dict[QCommandLinkButton, QAction] = {}
        self.retranslate()

    def buttons(self) -> list[QCommandLinkButton]:
        return [self.new_event, self.import_file, self.demo]

    def offer(
        self, new_event: QAction | None, import_file: QAction | None, demo: QAction | None
    ) -> None:
        """The window's actions behind the buttons; a button without one stays hidden."""
        for button, action in zip(self.buttons(), (new_event, import_file, demo), strict=True):
            if action is None:
                continue
            self._actions[button] = action
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.enabledChanged.connect(button.setEnabled)
            button.show()
        self.retranslate()

    def retranslate(self) -> None:
        self.notice.setText(self.tr("The database holds no events yet. Begin with one of these:"))
        self.new_event.setText(self.tr("New event…"))
        self.new_event.setDescription(
            self.tr("File ▸ New event… (%1): a meeting, a visit or a reception, by hand").replace(
                "%1", self._shortcut(self.new_event, QKeySequence(QKeySequence.StandardKey.New))
            )
        )
        self.import_file.setText(self.tr("Import…"))
        self.import_file.setDescription(
            self.tr(
                "File ▸ Import… (%1): a calendar (.ics) or a register from Excel or CSV"
            ).replace("%1", self._shortcut(self.import_file, QKeySequence("Ctrl+I")))
        )
        self.demo.setText(self.tr("Add demonstration data"))
        self.demo.setDescription(
            self.tr(
                "Help ▸ Add demonstration data: a worked example and an office's history "
                "to look around in"
            )
        )

    def _shortcut(self, button: QCommandLinkButton, usual: QKeySequence) -> str:
        action = self._actions.get(button)
        keys = (
            action.shortcut() if action is not None and not action.shortcut().isEmpty() else usual
        )
        return keys.toString(_NATIVE)
