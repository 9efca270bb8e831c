"""The delegation editor: who comes or goes, head and members, dates, purpose, its programme by
day."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import DelegationDirection, EventStatus
from diplotrack.services import delegations
from diplotrack.services.changes import Changes
from diplotrack.services.delegations import DelegationInput, DelegationMemberInput
from diplotrack.services.snapshots import delegation_input

from ..widgets.pickers import RecordChips, RecordPicker
from .editor_base import RecordEditor
from .fields import DateField, EnumBox
from .linked_lists import AttachmentList, FollowUpList
from .programme_list import ProgrammeList


def _id(picker: RecordPicker) -> int | None:
    key = picker.key()
    return int(key) if key is not None else None


class DelegationEditor(RecordEditor):
    kind = "delegation"

    def build(self) -> None:
        context = self.context
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda *_: self.update_save_button())
        self.direction = EnumBox(DelegationDirection)
        self.status = EnumBox(EventStatus)
        self.country = RecordPicker(context, "country")
        self.organization = RecordPicker(context, "organization")
        self.place = RecordPicker(context, "place")
        self.head = RecordPicker(context, "person")
        self.members = RecordChips(context, "person")
        self.arrives_on = DateField()
        self.departs_on = DateField()
        self.purpose = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for box in (self.purpose, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        # the programme: the events of the visit by day
        self.programme = ProgrammeList(context)
        self.programme.changed.connect(self.mark_dirty)
        self.programme.open_requested.connect(context.open)
        for day in (self.arrives_on, self.departs_on):
            day.dateChanged.connect(lambda *_: self._visit_changed())
        self.followups = FollowUpList(context, "delegation")
        self.followups.open_requested.connect(context.open)
        self.attachments = AttachmentList(context, "delegation")
        self.pickers = {
            "country": self.country,
            "organization_id": self.organization,
            "place_id": self.place,
            "head_id": self.head,
        }
        self.row("title", self.title)
        self.row("direction", self.direction)
        self.row("status", self.status)
        for name, picker in self.pickers.items():
            self.row(name, picker)
        self.row("members", self.members)
        self.row("arrives_on", self.arrives_on)
        self.row("departs_on", self.departs_on)
        self.row("purpose", self.purpose)
        self.row("programme_event_ids", self.programme)
        self.row("notes", self.notes)
        self.row("followups", self.followups)
        self.row("attachments", self.attachments)
        self.resize(760, 760)

    def snapshot(self, record_id: int) -> tuple[DelegationInput, int]:
        return delegation_input(self.context.db, record_id)

    def fill(self, data: DelegationInput) -> None:
        self._roles = {member.person_id: member.role for member in data.members}
        self.title.setText(data.title)
        self.direction.set_value(data.direction)
        self.status.set_value(data.status)
        self.country.set_key(data.country or None)
        self.organization.set_key(data.organization_id)
        self.place.set_key(data.place_id)
        self.head.set_key(data.head_id)
        self.members.set_keys([member.person_id for member in data.members])
        self.arrives_on.set_value(data.arrives_on)
        self.departs_on.set_value(data.departs_on)
        self.purpose.setPlainText(data.purpose or "")
        self.notes.setPlainText(data.notes or "")
        self.programme.set_visit(data.arrives_on, data.departs_on)
        self.programme.set_programme(self.record_id, data.programme_event_ids or ())

    def load(self, record_id: int) -> int:
        data, version = self.snapshot(record_id)
        self.fill(data)
        self.followups.set_owner(record_id)
        self.attachments.set_owner(record_id)
        return version

    def load_defaults(self, defaults: dict[str, object]) -> None:
        self.fill(DelegationInput(title="", country=""))
        self.followups.set_owner(None)
        self.attachments.set_owner(None)

    def collect(self) -> DelegationInput:
        for name, picker in self.pickers.items():
            if picker.has_loose_text():
                raise ValidationError(
                    self.tr("Pick “{text}” from the list, or clear the field.").format(
                        text=picker.text()
                    ),
                    field=name,
                )
        roles = getattr(self, "_roles", {})
        return DelegationInput(
            title=self.title.text(),
            country=str(self.country.key() or ""),
            direction=self.direction.value(),
            status=self.status.value(),
            organization_id=_id(self.organization),
            place_id=_id(self.place),
            head_id=_id(self.head),
            arrives_on=self.arrives_on.value(),
            departs_on=self.departs_on.value(),
            purpose=self.purpose.toPlainText() or None,
            notes=self.notes.toPlainText() or None,
            members=tuple(
                DelegationMemberInput(person_id=int(key), role=roles.get(int(key)))
                for key in self.members.picked_keys()
            ),
            programme_event_ids=self.programme.programme_ids(),
        )

    def create_call(self, data: DelegationInput) -> Changes:
        return delegations.create_delegation(self.context.db, data)

    def update_call(self, record_id: int, data: DelegationInput, version: int) -> Changes:
        return delegations.update_delegation(
            self.context.db, record_id, data, expected_version=version
        )

    def _visit_changed(self) -> None:
        self.programme.set_visit(self.arrives_on.value(), self.departs_on.value())

    def after_save(self) -> None:
        self.programme.set_owner(self.record_id)
        self.followups.set_owner(self.record_id)
        self.attachments.set_owner(self.record_id)

    def record_title(self) -> str:
        return self.title.text().strip()

    def blocking_reason(self) -> str | None:
        return None if self.title.text().strip() else self.tr("Give the delegation a title.")

    def retranslate(self) -> None:
        self.direction.retranslate()
        self.status.retranslate()
        self.followups.retranslate()
        self.attachments.retranslate()
        self.programme.retranslate()
