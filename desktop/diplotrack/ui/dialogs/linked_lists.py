"""Lists inside an editor: the follow-ups of a record (add, open) and its attachments (add a
file, save a copy), read through the detail queries and changed through the services."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from diplotrack.domain import Attachment, FollowUp, KnownError
from diplotrack.services.attachments import attach_file
from diplotrack.services.changes import Changes, RecordRef

from ..context import AppContext
from ..formatting import format_short_date
from ..labels import label
from ..operations import perform

_OWNER_COLUMNS = {
    "event": (FollowUp.event_id, Attachment.event_id),
    "delegation": (FollowUp.delegation_id, Attachment.delegation_id),
    "agreement": (FollowUp.agreement_id, Attachment.agreement_id),
}


class _LinkedList(QWidget):
    """A short list with buttons under it; empty and disabled until the record is saved."""

    open_requested = Signal(object)

    def __init__(self, context: AppContext, owner_kind: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.context = context
        self.owner_kind = owner_kind
        self.owner_id: int | None = None
        self.items = QListWidget(self)
        self.items.setMaximumHeight(96)
        self.items.itemActivated.connect(self._activated)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.items)
        layout.addLayout(self.buttons)
        context.changed.connect(self._on_changes)

    def button(self, slot: object) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.setEnabled(owner_id is not None)
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def _on_changes(self, changes: Changes) -> None:
        if changes.touches("followup", "attachment") and self.owner_id is not None:
            self.refresh()

    def _activated(self, item: QListWidgetItem) -> None:
        ref = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(ref, RecordRef):
            self.open_requested.emit(ref)


class FollowUpList(_LinkedList):
    """The follow-ups that came out of this record; Enter opens one."""

    def __init__(self, context: AppContext, owner_kind: str, parent: QWidget | None = None):
        super().__init__(context, owner_kind, parent)
        self.add_button = self.button(self.add)
        self.buttons.addStretch(1)
        self.retranslate()

    def refresh(self) -> None:
        self.items.clear()
        if self.owner_id is None:
            return
        column = _OWNER_COLUMNS[self.owner_kind][0]
        with self.context.db.session() as session:
            rows = session.execute(
                select(FollowUp.id, FollowUp.title, FollowUp.status, FollowUp.due_on)
                .where(column == self.owner_id, FollowUp.archived_at.is_(None))
                .order_by(FollowUp.due_on, FollowUp.id)
            ).all()
        for followup_id, title, status, due_on in rows:
            mark = "☑" if status in ("done", "cancelled") else "☐"
            due = f" — {format_short_date(due_on, self.context.language)}" if due_on else ""
            item = QListWidgetItem(f"{mark} {title}{due} ({label(status)})")
            item.setData(Qt.ItemDataRole.UserRole, RecordRef("followup", followup_id))
            self.items.addItem(item)

    def add(self) -> None:
        from .editors import open_editor  # the follow-up editor is opened like any other

        if self.owner_id is not None:
            open_editor(
                self.context,
                None,
                "followup",
                self.window(),
                defaults={f"{self.owner_kind}_id": self.owner_id},
            )

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Follow-up"))
        self.refresh()


class AttachmentList(_LinkedList):
    """The files kept with this record: add one, save a copy of one."""

    def __init__(self, context: AppContext, owner_kind: str, parent: QWidget | None = None):
        super().__init__(context, owner_kind, parent)
        self.add_button = self.button(self.add)
        self.save_button = self.button(self.save_copy)
        self.buttons.addStretch(1)
        self.error: KnownError | None = None
        self.retranslate()

    def refresh(self) -> None:
        self.items.clear()
        if self.owner_id is None:
            return
        column = _OWNER_COLUMNS[self.owner_kind][1]
        with self.context.db.session() as session:
            rows = session.execute(
                select(Attachment.id, Attachment.file_name, Attachment.size)
                .where(column == self.owner_id, Attachment.archived_at.is_(None))
                .order_by(Attachment.id)
            ).all()
        for attachment_id, name, size in rows:
            item = QListWidgetItem(f"📎 {name} ({max(size // 1024, 1)} KB)")
            item.setData(Qt.ItemDataRole.UserRole + 1, attachment_id)
            self.items.addItem(item)

    def attach(self, path: Path) -> bool:
        """Keeps the file at ``path`` with the record (undo archives it)."""
        if self.owner_id is None:
            return False
        db, kind, owner = self.context.db, self.owner_kind, self.owner_id
        try:
            changes = perform(
                self.context,
                lambda: attach_file(db, kind, owner, path),
                parent=self,
                show_errors=False,
            )
        except KnownError as error:
            self.error = error
            return False
        assert changes is not None
        self.error = None
        self.refresh()
        return True

    def add(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if name:
            self.attach(Path(name))

    def save_copy(self) -> None:
        item = self.items.currentItem()
        if item is None:
            return
        attachment_id = int(item.data(Qt.ItemDataRole.UserRole + 1))
        with self.context.db.session() as session:
            found = session.get_one(Attachment, attachment_id)
            name, content = found.file_name, found.content
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), name)
        if target:
            Path(target).write_bytes(content)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Attach a file…"))
        self.save_button.setText(self.tr("Save a copy…"))
