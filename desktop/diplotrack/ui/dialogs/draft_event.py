"""The event a press release reports, as editable fields: title, kind, status, level, date and
time, place, countries, and the participants with their positions and roles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain.enums import (
    DatePrecision,
    EventKind,
    EventLevel,
    EventStatus,
    ParticipantRole,
)

from ..models.draft_model import item_name
from .fields import DateField, EnumBox, field_label

if TYPE_CHECKING:
    from diplotrack.interchange.press import Draft, DraftEvent, DraftParticipant


class _ElidedLabel(QLabel):
    """One line that ends in "…" where it does not fit; the whole text is its tool tip, so that
    a long position never pushes the roles out of sight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(80)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )
        painter.drawText(self.contentsRect(), int(self.alignment()), shown)


@dataclass
class _ParticipantLine:
    participant: DraftParticipant
    include: QCheckBox
    who: QLabel
    position: _ElidedLabel
    role: EnumBox


class DraftEventForm(QWidget):
    """Edits the reported event of a draft; ``edited()`` gives it back with the edits."""

    #: a field was edited
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event: DraftEvent | None = None
        #: country names by code in the interface language (the dialog reads them)
        self.country_names: dict[str, str] = {}
        self.title = QLineEdit(self)
        self.title.setObjectName("DraftEventTitle")
        self.kind = EnumBox(EventKind, self)
        self.status = EnumBox(EventStatus, self)
        self.level = EnumBox(EventLevel, self)
        self.day = DateField(self)
        self.precision = EnumBox(DatePrecision, self)
        self.timed = QCheckBox(self)
        self.starts = QTimeEdit(self)
        self.ends = QTimeEdit(self)
        for box in (self.starts, self.ends):
            box.setDisplayFormat("HH:mm")
        self.place = QComboBox(self)
        self.place.setObjectName("DraftEventPlace")
        self.venue = QLineEdit(self)
        self.countries = QLabel(self)
        self.countries.setObjectName("DraftEventCountries")
        self.topics = QLabel(self)
        self.topics.setObjectName("DraftEventTopics")
        self.notes = QLineEdit(self)
        self.participant_box = QWidget(self)
        self.participant_grid = QGridLayout(self.participant_box)
        self.participant_grid.setContentsMargins(0, 0, 0, 0)
        self.participant_grid.setHorizontalSpacing(10)
        self.participant_grid.setVerticalSpacing(2)
        self.participant_grid.setColumnStretch(1, 1)
        self.participant_grid.setColumnStretch(2, 2)
        self.participants: list[_ParticipantLine] = []

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        kinds = QHBoxLayout()
        for name, choice in (("kind", self.kind), ("status", self.status), ("level", self.level)):
            if name != "kind":
                kinds.addWidget(self._label(name, choice))
            kinds.addWidget(choice)
        kinds.addStretch(1)
        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.timed)
        when.addWidget(self.starts)
        when.addWidget(QLabel("–", self))
        when.addWidget(self.ends)
        when.addWidget(self._label("date_precision", self.precision))
        when.addWidget(self.precision)
        when.addStretch(1)
        where = QHBoxLayout()
        where.addWidget(self.place, 1)
        where.addWidget(self._label("venue", self.venue))
        where.addWidget(self.venue, 2)
        form.addRow(self._label("title", self.title), self.title)
        form.addRow(self._label("kind", self.kind), kinds)
        form.addRow(self._label("starts_at", self.day), when)
        form.addRow(self._label("place_id", self.place), where)
        form.addRow(self._label("countries", self.countries), self.countries)
        form.addRow(self._label("topic_ids", self.topics), self.topics)
        form.addRow(self._label("participants", None), self.participant_box)
        form.addRow(self._label("notes", self.notes), self.notes)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(form)
        outer.addStretch(1)  # spare height below the fields, not between them

        for line in (self.title, self.venue, self.notes):
            line.textEdited.connect(lambda *_: self.changed.emit())
        for enum_box in (self.kind, self.status, self.level, self.precision):
            enum_box.currentIndexChanged.connect(lambda *_: self.changed.emit())
        for time_box in (self.starts, self.ends):
            time_box.timeChanged.connect(lambda *_: self.changed.emit())
        self.day.dateChanged.connect(lambda *_: self.changed.emit())
        self.place.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.timed.toggled.connect(self._timed_toggled)
        self.retranslate()

    def _label(self, field: str, buddy: QWidget | None) -> QLabel:
        label = QLabel(self)
        if buddy is not None:
            label.setBuddy(buddy)
        self.labels[field] = label
        return label

    # -- loading and reading back --------------------------------------------------------------
    def load(self, event: DraftEvent, draft: Draft) -> None:
        """Shows ``event`` of ``draft`` (signals quiet: loading is not an edit)."""
        self._event = event
        blocked = self.blockSignals(True)
        try:
            self.title.setText(event.title)
            self.title.setCursorPosition(0)
            self.kind.set_value(event.event_kind)
            self.status.set_value(event.status)
            self.level.set_value(event.level)
            self.day.set_value(event.starts_on)
            self.precision.set_value(event.date_precision)
            self.timed.setChecked(event.start_time is not None)
            self.starts.setTime(_qtime(event.start_time or time(10, 0)))
            self.ends.setTime(_qtime(event.end_time or event.start_time or time(11, 0)))
            self._timed_toggled(event.start_time is not None)
            self.venue.setText(event.venue or "")
            self.notes.setText(event.notes or "")
            self.notes.setCursorPosition(0)
            self._load_places(event, draft)
            self._load_participants(event, draft)
            self.refresh(draft)
        finally:
            self.blockSignals(blocked)

    def edited(self) -> DraftEvent | None:
        """The event with what was typed and chosen here."""
        event = self._event
        if event is None:
            return None
        timed = self.timed.isChecked()
        participants = tuple(
            replace(
                line.participant,
                include=line.include.isChecked(),
                role=ParticipantRole(line.role.value()),
            )
            for line in self.participants
        )
        title = self.title.text().strip() or event.title
        return replace(
            event,
            title=title,
            label=title,
            event_kind=EventKind(self.kind.value()),
            status=EventStatus(self.status.value()),
            level=EventLevel(self.level.value()),
            starts_on=self.day.value(),
            date_precision=DatePrecision(self.precision.value()),
            start_time=_time(self.starts.time()) if timed else None,
            end_time=_time(self.ends.time()) if timed else None,
            place_key=self.place.currentData(),
            venue=self.venue.text().strip() or None,
            notes=self.notes.text().strip() or None,
            participants=participants,
        )

    def needed_height(self) -> int:
        """The height that shows every field and participant (the rows were just made, so the
        layouts are brought up to date first)."""
        for layout in (self.participant_grid, self.layout()):
            if layout is not None:
                layout.invalidate()
                layout.activate()
        return self.sizeHint().height()

    def refresh(self, draft: Draft) -> None:
        """Names and countries as the draft now has them (renamed, kept or dropped items)."""
        event = self._event
        if event is None:
            return
        names = []
        for key in event.country_keys:
            try:
                country = draft.item(key)
            except KeyError:
                continue
            code = getattr(country, "code", "")
            if country.include:
                names.append(self.country_names.get(code, country.label))
        self.countries.setText(", ".join(names) or "—")
        topics = [draft.item(key) for key in event.topic_keys if _has(draft, key)]
        self.topics.setText(", ".join(item_name(t) for t in topics if t.include) or "—")
        for line in self.participants:
            who, position, present = _participant_text(line.participant, draft)
            line.who.setText(who)
            line.position.setText(position)
            line.include.setEnabled(present)
            for widget in (line.who, line.position, line.role):
                widget.setEnabled(present and line.include.isChecked())
        for number in range(1, self.place.count()):
            key = self.place.itemData(number)
            if _has(draft, key):
                self.place.setItemText(number, item_name(draft.item(key)))

    def _load_places(self, event: DraftEvent, draft: Draft) -> None:
        self.place.clear()
        self.place.addItem("—", None)
        for place in draft.places:
            self.place.addItem(item_name(place), place.key)
        index = self.place.findData(event.place_key) if event.place_key else 0
        self.place.setCurrentIndex(max(index, 0))

    def _load_participants(self, event: DraftEvent, draft: Draft) -> None:
        for line in self.participants:
            for widget in (line.include, line.who, line.position, line.role):
                self.participant_grid.removeWidget(widget)
                widget.deleteLater()
        self.participants = []
        for row, participant in enumerate(event.participants):
            box = self.participant_box
            include = QCheckBox(box)
            include.setChecked(participant.include)
            who = QLabel(box)
            position = _ElidedLabel(box)
            role = EnumBox(ParticipantRole, box)
            role.set_value(participant.role)
            role.setObjectName(f"ParticipantRole{row}")
            line = _ParticipantLine(participant, include, who, position, role)
            include.toggled.connect(lambda *_: self._participant_toggled())
            role.currentIndexChanged.connect(lambda *_: self.changed.emit())
            cells: tuple[QWidget, ...] = (include, who, position, role)
            for column, cell in enumerate(cells):
                self.participant_grid.addWidget(cell, row, column)
            self.participants.append(line)

    def _participant_toggled(self) -> None:
        for line in self.participants:
            for widget in (line.who, line.position, line.role):
                widget.setEnabled(line.include.isEnabled() and line.include.isChecked())
        self.changed.emit()

    def _timed_toggled(self, timed: bool) -> None:
        self.starts.setEnabled(timed)
        self.ends.setEnabled(timed)
        self.changed.emit()

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for field, label in self.labels.items():
            label.setText(field_label(field))
        self.labels["starts_at"].setText(self.tr("Date"))
        self.timed.setText(self.tr("at"))
        for box in (self.kind, self.status, self.level, self.precision):
            box.retranslate()
        for line in self.participants:
            line.role.retranslate()


def _has(draft: Draft, key: str | None) -> bool:
    if key is None:
        return False
    try:
        draft.item(key)
    except KeyError:
        return False
    return True


def _participant_text(participant: DraftParticipant, draft: Draft) -> tuple[str, str, bool]:
    """Who (a person, or an organization's people), their position, and whether the item they
    stand for is kept."""
    from diplotrack.interchange.press import DraftOrganization, DraftPerson

    person = draft.find(participant.person_key, DraftPerson)
    if participant.person_key is not None:
        if person is None:
            return _name_or_key(draft, participant.person_key), "", False
        position = person.position or ""
        organization = draft.find(person.organization_key, DraftOrganization)
        if organization is not None and organization.name not in position:
            position = f"{position}, {organization.name}" if position else organization.name
        return person.name, position, True
    organization = draft.find(participant.organization_key, DraftOrganization)
    description = participant.description or ""
    if organization is None:
        return description, "", participant.organization_key is None
    return description or organization.name, organization.name, True


def _name_or_key(draft: Draft, key: str) -> str:
    return item_name(draft.item(key)) if _has(draft, key) else key


def _qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def _time(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())
