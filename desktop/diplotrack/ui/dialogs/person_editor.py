"""The person editor: the name in both scripts, country, contacts, and positions over time."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain import ValidationError
from diplotrack.services import people
from diplotrack.services.changes import Changes
from diplotrack.services.people import PersonInput, PositionChange, PositionInput
from diplotrack.services.snapshots import person_input, person_positions

from ..context import AppContext
from ..widgets.pickers import RecordPicker
from .editor_base import RecordEditor
from .fields import DateField


@dataclass(frozen=True)
class PersonEdit:
    person: PersonInput
    positions: tuple[PositionChange, ...]


class PositionRows(QWidget):
    """One line per post: title, organization, from, to (an end date ends the post)."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.titles_alt: dict[int, str | None] = {}  # kept as they are: the form does not show them
        self.lines: list[tuple[int | None, QLineEdit, RecordPicker, DateField, DateField]] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_line(None, None, focus=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addWidget(self.add_button)

    def add_line(
        self, position_id: int | None, data: PositionInput | None, *, focus: bool = False
    ) -> None:
        title = QLineEdit(data.title if data else "", self)
        organization = RecordPicker(self.context, "organization", self)
        organization.set_key(data.organization_id if data else None)
        started, ended = DateField(self), DateField(self)
        started.set_value(data.started_on if data else None)
        ended.set_value(data.ended_on if data else None)
        title.textEdited.connect(lambda *_: self.changed.emit())
        organization.picked.connect(lambda *_: self.changed.emit())
        for day in (started, ended):
            day.dateChanged.connect(lambda *_: self.changed.emit())
        row = len(self.lines)
        for column, widget in enumerate((title, organization, started, ended)):
            self.grid.addWidget(widget, row, column)
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 2)
        self.lines.append((position_id, title, organization, started, ended))
        title.setCursorPosition(0)  # a long title shows its beginning, not its end
        if focus:
            title.show()
            title.setFocus()

    def set_lines(self, lines: tuple[PositionChange, ...]) -> None:
        for _, *widgets in self.lines:
            for widget in widgets:
                self.grid.removeWidget(widget)
                widget.deleteLater()
        self.lines = []
        for line in lines:
            self.add_line(line.position_id, line.data)

    def positions(self) -> tuple[PositionChange, ...]:
        result = []
        for position_id, title, organization, started, ended in self.lines:
            if position_id is None and not title.text().strip():
                continue  # an added line left empty
            if organization.has_loose_text():
                raise ValidationError(
                    self.tr("Pick the organization of “{title}” from the list.").format(
                        title=title.text()
                    ),
                    field="positions",
                )
            key = organization.key()
            data = PositionInput(
                title=title.text(),
                organization_id=int(key) if key is not None else None,
                title_alt=self.titles_alt.get(position_id) if position_id else None,
                started_on=started.value(),
                ended_on=ended.value(),
            )
            result.append(PositionChange(position_id=position_id, data=data))
        return tuple(result)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Position"))


class PersonEditor(RecordEditor):
    kind = "person"

    def build(self) -> None:
        self.name = QLineEdit()
        self.name.textEdited.connect(lambda *_: self.update_save_button())
        self.name_alt = QLineEdit()
        self.country = RecordPicker(self.context, "country")
        self.email = QLineEdit()
        self.contact_notes = QPlainTextEdit()
        self.notes = QPlainTextEdit()
        for box in (self.contact_notes, self.notes):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.positions = PositionRows(self.context)
        self.positions.changed.connect(self.mark_dirty)
        self.row("name", self.name)
        self.row("name_alt", self.name_alt)
        self.row("country", self.country)
        self.row("email", self.email)
        self.row("contact_notes", self.contact_notes)
        self.row("positions", self.positions, also=("title", "started_on", "ended_on"))
        self.row("notes", self.notes)
        self.resize(760, 560)

    def snapshot(self, record_id: int) -> tuple[PersonEdit, int]:
        db = self.context.db
        data, version = person_input(db, record_id)
        lines = tuple(
            PositionChange(position_id=p.id, data=p.data) for p in person_positions(db, record_id)
        )
        return PersonEdit(data, lines), version

    def load(self, record_id: int) -> int:
        edit, version = self.snapshot(record_id)
        data = edit.person
        self._loaded = data
        self.name.setText(data.name)
        self.name_alt.setText(data.name_alt or "")
        self.country.set_key(data.country)
        self.email.setText(data.email or "")
        self.contact_notes.setPlainText(data.contact_notes or "")
        self.notes.setPlainText(data.notes or "")
        self.positions.titles_alt = {
            line.position_id: line.data.title_alt for line in edit.positions if line.position_id
        }
        self.positions.set_lines(edit.positions)
        return version

    def collect(self) -> PersonEdit:
        if self.country.has_loose_text():
            raise ValidationError(self.tr("Pick the country from the list."), field="country")
        country = self.country.key()
        person = PersonInput(
            name=self.name.text(),
            name_alt=self.name_alt.text() or None,
            country=str(country) if country is not None else None,
            email=self.email.text() or None,
            contact_notes=self.contact_notes.toPlainText() or None,
            notes=self.notes.toPlainText() or None,
        )
        return PersonEdit(person, self.positions.positions())

    def create_call(self, data: PersonEdit) -> Changes:
        return people.create_person(
            self.context.db, data.person, positions=[line.data for line in data.positions]
        )

    def update_call(self, record_id: int, data: PersonEdit, version: int) -> Changes:
        """The person and every post in one call: one transaction, one step to undo."""
        return people.update_person(
            self.context.db,
            record_id,
            data.person,
            expected_version=version,
            positions=data.positions,
        )

    def record_title(self) -> str:
        return self.name.text().strip()

    def blocking_reason(self) -> str | None:
        return None if self.name.text().strip() else self.tr("Write the person's name first.")

    def retranslate(self) -> None:
        # a person has a name, not the title the other records' "Name" is in Russian
        self.slots["name"].label.setText(self.tr("Full name"))
        self.positions.retranslate()
