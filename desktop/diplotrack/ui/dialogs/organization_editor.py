"""The organization editor: names, kind, country, place, parent organization, its people."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import OrganizationKind
from diplotrack.services import organizations
from diplotrack.services.changes import Changes
from diplotrack.services.organizations import OrganizationInput
from diplotrack.services.snapshots import organization_input
from diplotrack.store.queries.details import organization_detail

from ..widgets.pickers import RecordPicker
from .editor_base import RecordEditor
from .fields import EnumBox


class OrganizationEditor(RecordEditor):
    kind = "organization"

    def build(self) -> None:
        context = self.context
        self.name = QLineEdit()
        self.name.textEdited.connect(lambda *_: self.update_save_button())
        self.name_alt = QLineEdit()
        self.short_name = QLineEdit()
        self.kind_box = EnumBox(OrganizationKind)
        self.country = RecordPicker(context, "country")
        self.place = RecordPicker(context, "place")
        self.parent_organization = RecordPicker(context, "organization")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.people = QLabel()
        self.people.setWordWrap(True)
        self.row("name", self.name)
        self.row("name_alt", self.name_alt)
        self.row("short_name", self.short_name)
        self.row("kind", self.kind_box)
        self.row("country", self.country)
        self.row("place_id", self.place)
        self.row("parent_id", self.parent_organization)
        self.row("notes", self.notes)
        self.row("people", self.people)
        self.resize(640, 520)

    def snapshot(self, record_id: int) -> tuple[OrganizationInput, int]:
        return organization_input(self.context.db, record_id)

    def load(self, record_id: int) -> int:
        data, version = self.snapshot(record_id)
        self.name.setText(data.name)
        self.name_alt.setText(data.name_alt or "")
        self.short_name.setText(data.short_name or "")
        self.kind_box.set_value(data.kind)
        self.country.set_key(data.country)
        self.place.set_key(data.place_id)
        self.parent_organization.set_key(data.parent_id)
        self.notes.setPlainText(data.notes or "")
        with self.context.db.session() as session:
            people = organization_detail(session, record_id).people
        self.people.setText(
            "\n".join(f"{p.name} — {p.position}" if p.position else p.name for p in people)
        )
        return version

    def collect(self) -> OrganizationInput:
        for name, picker in (
            ("country", self.country),
            ("place_id", self.place),
            ("parent_id", self.parent_organization),
        ):
            if picker.has_loose_text():
                raise ValidationError(
                    self.tr("Pick “{text}” from the list, or clear the field.").format(
                        text=picker.text()
                    ),
                    field=name,
                )
        country, place, parent = (
            self.country.key(),
            self.place.key(),
            self.parent_organization.key(),
        )
        return OrganizationInput(
            name=self.name.text(),
            kind=self.kind_box.value(),
            name_alt=self.name_alt.text() or None,
            short_name=self.short_name.text() or None,
            country=str(country) if country is not None else None,
            place_id=int(place) if place is not None else None,
            parent_id=int(parent) if parent is not None else None,
            notes=self.notes.toPlainText() or None,
        )

    def create_call(self, data: OrganizationInput) -> Changes:
        return organizations.create_organization(self.context.db, data)

    def update_call(self, record_id: int, data: OrganizationInput, version: int) -> Changes:
        return organizations.update_organization(
            self.context.db, record_id, data, expected_version=version
        )

    def record_title(self) -> str:
        return self.name.text().strip()

    def blocking_reason(self) -> str | None:
        return None if self.name.text().strip() else self.tr("Give the organization a name.")

    def retranslate(self) -> None:
        self.kind_box.retranslate()
