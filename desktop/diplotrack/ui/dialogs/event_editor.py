"""The event editor: everything an event holds, laid out as the "Event editor (full)" sketch."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import (
    DatePrecision,
    EventFormat,
    EventKind,
    EventLevel,
    EventStatus,
)
from diplotrack.services import events
from diplotrack.services.changes import Changes
from diplotrack.services.events import EventInput
from diplotrack.services.snapshots import event_input

from ..formatting import day_field_format
from ..widgets.pickers import RecordChips, RecordPicker
from .editor_base import RecordEditor
from .event_parts import ParticipantRows, RecurrenceField
from .fields import EnumBox, TimeZoneBox, field_label
from .linked_lists import AttachmentList, FollowUpList


def _zone_name(zone: tzinfo) -> str:
    return str(getattr(zone, "key", "") or "UTC")


def _text_box(height: int = 56) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    box.setFixedHeight(height)
    return box


def _inline(*widgets: QWidget, stretch_first: bool = False) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for number, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if stretch_first and number == 0 else 0)
    if not stretch_first:
        layout.addStretch(1)
    holder.setFocusProxy(widgets[0])
    return holder


class EventEditor(RecordEditor):
    kind = "event"

    def build(self) -> None:
        context = self.context
        self.title = QLineEdit()
        self.title.textEdited.connect(lambda *_: self.update_save_button())
        self.kind_box = EnumBox(EventKind)
        self.level_box = EnumBox(EventLevel)
        self.format_box = EnumBox(EventFormat)
        self.status_box = EnumBox(EventStatus)
        self.level_label, self.format_label = QLabel(), QLabel()
        self.starts = QDateTimeEdit()
        self.ends = QDateTimeEdit()
        # a day as the window's language writes it (10.04.2024, 10/04/2024), and the time
        self._day_format = day_field_format(self.context.language)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(f"{self._day_format} HH:mm")
        self.starts.dateTimeChanged.connect(self._start_moved)
        self._last_start = self.starts.dateTime()
        self.zone = TimeZoneBox()
        self.zone_label = QLabel()
        self.all_day = QCheckBox()
        self.all_day.toggled.connect(self._all_day_toggled)
        self.precision = EnumBox(DatePrecision)
        self.status_box.currentIndexChanged.connect(self._precision_allowed)
        self.place = RecordPicker(context, "place")
        self.venue = QLineEdit()
        self.countries = RecordChips(context, "country")
        self.topics = RecordChips(context, "topic")
        self.participants = ParticipantRows(context)
        self.participants.changed.connect(self.mark_dirty)
        self.organizations = RecordChips(context, "organization")
        self.agreements = RecordChips(context, "agreement")
        self.recurrence = RecurrenceField()
        self.recurrence.changed.connect(self.mark_dirty)
        self.parent_event = RecordPicker(context, "event")
        self.delegation = RecordPicker(context, "delegation")
        self.source = _text_box(48)
        self.notes = _text_box(72)
        self.followups = FollowUpList(context, "event")
        self.followups.open_requested.connect(context.open)
        self.attachments = AttachmentList(context, "event")

        self.row("title", self.title, also=("title_alt",))
        self.row(
            "kind",
            _inline(self.kind_box, self.level_label, self.level_box),
            also=("level",),
        )
        self.row(
            "status", _inline(self.status_box, self.format_label, self.format_box), also=("format",)
        )
        self.row(
            "starts_at",
            _inline(self.starts, self.zone_label, self.zone, self.all_day),
            also=("timezone", "all_day"),
        )
        self.row("ends_at", self.ends)
        self.row("date_precision", self.precision)
        self.row("place_id", self.place)
        self.row("venue", self.venue)
        self.row("countries", self.countries)
        self.row("topic_ids", self.topics)
        self.row("participants", self.participants)
        self.row("organization_ids", self.organizations)
        self.row("agreement_ids", self.agreements)
        self.row("recurrence", self.recurrence)
        self.row("parent_id", self.parent_event)
        self.row("delegation_id", self.delegation)
        self.row("source", self.source)
        self.row("notes", self.notes, also=("edition",))
        self.row("followups", self.followups)
        self.row("attachments", self.attachments)
        self.resize(860, 860)

    # -- time ----------------------------------------------------------------------------------
    def _zone(self) -> tzinfo:
        try:
            return ZoneInfo(self.zone.value())
        except (ZoneInfoNotFoundError, ValueError):
            return UTC  # the service names the unknown zone under the field

    def _set_times(self, start: datetime, end: datetime, all_day: bool) -> None:
        if all_day:
            first, last = start.date(), end.date() - timedelta(days=1)
            self.starts.setDateTime(QDateTime(QDate(first.year, first.month, first.day), QTime()))
            last = max(last, first)
            self.ends.setDateTime(QDateTime(QDate(last.year, last.month, last.day), QTime()))
        else:
            zone = self._zone()
            for edit, moment in ((self.starts, start), (self.ends, end)):
                local = moment.astimezone(zone)
                edit.setDateTime(
                    QDateTime(
                        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                    )
                )
        self._last_start = self.starts.dateTime()

    @staticmethod
    def _naive(edit: QDateTimeEdit) -> datetime:
        value = edit.dateTime()
        day, clock = value.date(), value.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def _times(self) -> tuple[datetime, datetime]:
        if self.all_day.isChecked():
            first, last = self._naive(self.starts).date(), self._naive(self.ends).date()
            return (
                datetime.combine(first, time(0), UTC),
                datetime.combine(last + timedelta(days=1), time(0), UTC),
            )
        zone = self._zone()
        return (
            self._naive(self.starts).replace(tzinfo=zone),
            self._naive(self.ends).replace(tzinfo=zone),
        )

    def _start_moved(self, moved: QDateTime) -> None:
        """Moving the start moves the end with it, keeping the length."""
        if not self._loading:
            shift = self._last_start.secsTo(moved)
            self.ends.setDateTime(self.ends.dateTime().addSecs(shift))
        self._last_start = moved

    def _all_day_toggled(self, all_day: bool) -> None:
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(self._day_format if all_day else f"{self._day_format} HH:mm")
        self.zone.setEnabled(not all_day)
        self._precision_allowed()

    def _precision_allowed(self, *_: object) -> None:
        # an approximate date ("spring 2025") belongs to a whole-day event
        self.precision.setEnabled(self.all_day.isChecked())

    # -- loading and saving --------------------------------------------------------------------
    def snapshot(self, record_id: int) -> tuple[EventInput, int]:
        return event_input(self.context.db, record_id)

    def load(self, record_id: int) -> int:
        data, version = self.snapshot(record_id)
        self.fill(data)
        self.followups.set_owner(record_id)
        self.attachments.set_owner(record_id)
        return version

    def fill(self, data: EventInput) -> None:
        self._loaded = data
        self.title.setText(data.title)
        self.kind_box.set_value(data.kind)
        self.level_box.set_value(data.level)
        self.format_box.set_value(data.format)
        self.status_box.set_value(data.status)
        self.zone.set_value(data.timezone)
        self.all_day.setChecked(data.all_day)
        self._all_day_toggled(data.all_day)
        self._set_times(data.starts_at, data.ends_at, data.all_day)
        self.precision.set_value(data.date_precision)
        self.place.set_key(data.place_id)
        self.venue.setText(data.venue or "")
        self.countries.set_keys(list(data.countries))
        self.topics.set_keys(list(data.topic_ids))
        self.participants.set_participants(data.participants)
        self.organizations.set_keys(list(data.organization_ids))
        self.agreements.set_keys(list(data.agreement_ids))
        self.recurrence.set_value(data.recurrence)
        self.parent_event.set_key(data.parent_id)
        self.delegation.set_key(data.delegation_id)
        self.source.setPlainText(data.source or "")
        self.notes.setPlainText(data.notes or "")
        self._precision_allowed()

    def load_defaults(self, defaults: dict[str, object]) -> None:
        zone_name = _zone_name(self.context.zone)
        day = defaults.get("day")
        first = day if isinstance(day, date) else self.context.today()
        zone = ZoneInfo(zone_name)
        start = datetime.combine(first, time(10), zone)
        self.fill(
            EventInput(
                title="",
                starts_at=start,
                ends_at=start + timedelta(hours=1),
                timezone=zone_name,
                delegation_id=_int(defaults.get("delegation_id")),
                parent_id=_int(defaults.get("parent_id")),
            )
        )
        self.followups.set_owner(None)
        self.attachments.set_owner(None)

    def collect(self) -> EventInput:
        for name, picker in (
            ("place_id", self.place),
            ("parent_id", self.parent_event),
            ("delegation_id", self.delegation),
        ):
            if picker.has_loose_text():
                raise ValidationError(
                    self.tr("Pick “{text}” from the list, or clear the field.").format(
                        text=picker.text()
                    ),
                    field=name,
                )
        if self.participants.has_loose_text():
            raise ValidationError(
                self.tr("Pick every participant from the list, or remove the line."),
                field="participants",
            )
        start, end = self._times()
        base: Any = getattr(self, "_loaded", None)
        return EventInput(
            title=self.title.text(),
            starts_at=start,
            ends_at=end,
            kind=self.kind_box.value(),
            status=self.status_box.value(),
            level=self.level_box.value(),
            format=self.format_box.value(),
            timezone=self.zone.value(),
            all_day=self.all_day.isChecked(),
            date_precision=(
                self.precision.value() if self.all_day.isChecked() else DatePrecision.EXACT
            ),
            recurrence=self.recurrence.value(),
            title_alt=base.title_alt if base else None,
            place_id=_int(self.place.key()),
            venue=self.venue.text() or None,
            edition=base.edition if base else None,
            parent_id=_int(self.parent_event.key()),
            delegation_id=_int(self.delegation.key()),
            source=self.source.toPlainText() or None,
            notes=self.notes.toPlainText() or None,
            countries=tuple(str(key) for key in self.countries.picked_keys()),
            organization_ids=tuple(int(key) for key in self.organizations.picked_keys()),
            topic_ids=tuple(int(key) for key in self.topics.picked_keys()),
            agreement_ids=tuple(int(key) for key in self.agreements.picked_keys()),
            participants=self.participants.participants(),
        )

    def create_call(self, data: EventInput) -> Changes:
        return events.create_event(self.context.db, data)

    def update_call(self, record_id: int, data: EventInput, version: int) -> Changes:
        return events.update_event(self.context.db, record_id, data, expected_version=version)

    def after_save(self) -> None:
        self.followups.set_owner(self.record_id)
        self.attachments.set_owner(self.record_id)

    def record_title(self) -> str:
        return self.title.text().strip()

    def blocking_reason(self) -> str | None:
        if not self.title.text().strip():
            return self.tr("Give the event a title first.")
        return None

    def retranslate(self) -> None:
        for box in (self.kind_box, self.level_box, self.format_box, self.status_box):
            box.retranslate()
        self.precision.retranslate()
        self.level_label.setText(field_label("level"))
        self.format_label.setText(field_label("format"))
        self.zone_label.setText(field_label("timezone"))
        self.all_day.setText(field_label("all_day"))
        self.recurrence.retranslate()
        self.title.setPlaceholderText(self.tr("What, with whom: e.g. Working meeting of the mayor"))
        self.venue.setPlaceholderText(self.tr("Building, hall"))
        self.source.setPlaceholderText(self.tr("Link to the press release, or its text"))
        self.followups.retranslate()
        self.attachments.retranslate()


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None
