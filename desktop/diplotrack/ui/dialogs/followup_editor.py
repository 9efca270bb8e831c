"""The follow-up editor: what, who is responsible, by when, status, and where it came from."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import FollowUpStatus
from diplotrack.services import followups
from diplotrack.services.changes import Changes
from diplotrack.services.followups import FollowUpInput
from diplotrack.services.snapshots import followup_input

from ..widgets.pickers import RecordPicker
from .editor_base import RecordEditor
from .fields import DateField, EnumBox


def _id(picker: RecordPicker) -> int | None:
    key = picker.key()
    return int(key) if key is not None else None


class FollowUpEditor(RecordEditor):
    kind = "followup"

    def build(self) -> None:
        context = self.context
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda *_: self.update_save_button())
        self.status = EnumBox(FollowUpStatus)
        self.due_on = DateField()
        self.done_on = DateField()
        self.person = RecordPicker(context, "person")
        self.organization = RecordPicker(context, "organization")
        self.responsible_text = QLineEdit()
        self.source_event = RecordPicker(context, "event")
        self.delegation = RecordPicker(context, "delegation")
        self.agreement = RecordPicker(context, "agreement")
        self.country = RecordPicker(context, "country")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.pickers: dict[str, RecordPicker] = {
            "responsible_person_id": self.person,
            "responsible_organization_id": self.organization,
            "event_id": self.source_event,
            "delegation_id": self.delegation,
            "agreement_id": self.agreement,
            "country": self.country,
        }
        self.row("title", self.title)
        self.row("status", self.status)
        self.row("due_on", self.due_on)
        self.row("done_on", self.done_on)
        for name in ("responsible_person_id", "responsible_organization_id"):
            self.row(name, self.pickers[name])
        self.row("responsible_text", self.responsible_text)
        for name in ("event_id", "delegation_id", "agreement_id", "country"):
            self.row(name, self.pickers[name])
        self.row("notes", self.notes)
        self.resize(640, 560)

    def snapshot(self, record_id: int) -> tuple[FollowUpInput, int]:
        return followup_input(self.context.db, record_id)

    def fill(self, data: FollowUpInput) -> None:
        self.title.setText(data.title)
        self.status.set_value(data.status)
        self.due_on.set_value(data.due_on)
        self.done_on.set_value(data.done_on)
        self.person.set_key(data.responsible_person_id)
        self.organization.set_key(data.responsible_organization_id)
        self.responsible_text.setText(data.responsible_text or "")
        self.source_event.set_key(data.event_id)
        self.delegation.set_key(data.delegation_id)
        self.agreement.set_key(data.agreement_id)
        self.country.set_key(data.country)
        self.notes.setPlainText(data.notes or "")

    def load(self, record_id: int) -> int:
        data, version = self.snapshot(record_id)
        self.fill(data)
        return version

    def load_defaults(self, defaults: dict[str, object]) -> None:
        def given(name: str) -> int | None:
            value = defaults.get(name)
            return value if isinstance(value, int) else None

        self.fill(
            FollowUpInput(
                title="",
                event_id=given("event_id"),
                delegation_id=given("delegation_id"),
                agreement_id=given("agreement_id"),
            )
        )

    def collect(self) -> FollowUpInput:
        for name, picker in self.pickers.items():
            if picker.has_loose_text():
                raise ValidationError(
                    self.tr("Pick “{text}” from the list, or clear the field.").format(
                        text=picker.text()
                    ),
                    field=name,
                )
        country = self.country.key()
        return FollowUpInput(
            title=self.title.text(),
            status=self.status.value(),
            due_on=self.due_on.value(),
            done_on=self.done_on.value(),
            responsible_person_id=_id(self.person),
            responsible_organization_id=_id(self.organization),
            responsible_text=self.responsible_text.text() or None,
            event_id=_id(self.source_event),
            delegation_id=_id(self.delegation),
            agreement_id=_id(self.agreement),
            country=str(country) if country is not None else None,
            notes=self.notes.toPlainText() or None,
        )

    def create_call(self, data: FollowUpInput) -> Changes:
        return followups.create_followup(self.context.db, data)

    def update_call(self, record_id: int, data: FollowUpInput, version: int) -> Changes:
        return followups.update_followup(self.context.db, record_id, data, expected_version=version)

    def record_title(self) -> str:
        return self.title.text().strip()

    def blocking_reason(self) -> str | None:
        return None if self.title.text().strip() else self.tr("Say what is to be done first.")

    def retranslate(self) -> None:
        self.status.retranslate()
