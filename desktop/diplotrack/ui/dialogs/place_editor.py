"""The place editor: name in both scripts, kind, country, notes."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import PlaceKind
from diplotrack.services import places
from diplotrack.services.changes import Changes
from diplotrack.services.places import PlaceInput
from diplotrack.services.snapshots import place_input

from ..widgets.pickers import RecordPicker
from .editor_base import RecordEditor
from .fields import EnumBox


class PlaceEditor(RecordEditor):
    kind = "place"

    def build(self) -> None:
        self.name = QLineEdit()
        self.name.textEdited.connect(lambda *_: self.update_save_button())
        self.name_alt = QLineEdit()
        self.kind_box = EnumBox(PlaceKind)
        self.country = RecordPicker(self.context, "country")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.row("name", self.name)
        self.row("name_alt", self.name_alt)
        self.row("kind", self.kind_box)
        self.row("country", self.country)
        self.row("notes", self.notes, also=("latitude", "longitude", "population"))
        self.resize(560, 360)

    def snapshot(self, record_id: int) -> tuple[PlaceInput, int]:
        return place_input(self.context.db, record_id)

    def load(self, record_id: int) -> int:
        data, version = self.snapshot(record_id)
        self._loaded = data
        self.name.setText(data.name)
        self.name_alt.setText(data.name_alt or "")
        self.kind_box.set_value(data.kind)
        self.country.set_key(data.country)
        self.notes.setPlainText(data.notes or "")
        return version

    def collect(self) -> PlaceInput:
        if self.country.has_loose_text():
            raise ValidationError(self.tr("Pick the country from the list."), field="country")
        base = getattr(self, "_loaded", None)
        return PlaceInput(
            name=self.name.text(),
            name_alt=self.name_alt.text() or None,
            kind=self.kind_box.value(),
            country=str(self.country.key() or ""),
            latitude=base.latitude if base else None,
            longitude=base.longitude if base else None,
            population=base.population if base else None,
            notes=self.notes.toPlainText() or None,
        )

    def create_call(self, data: PlaceInput) -> Changes:
        return places.create_place(self.context.db, data)

    def update_call(self, record_id: int, data: PlaceInput, version: int) -> Changes:
        return places.update_place(self.context.db, record_id, data, expected_version=version)

    def record_title(self) -> str:
        return self.name.text().strip()

    def blocking_reason(self) -> str | None:
        return None if self.name.text().strip() else self.tr("Give the place a name first.")

    def retranslate(self) -> None:
        self.kind_box.retranslate()
