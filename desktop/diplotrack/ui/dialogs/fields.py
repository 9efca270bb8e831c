"""Field widgets the editors share: labels by service field name, a date that may be empty,
a choice of an enum, a time zone box."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QDateEdit, QWidget

from diplotrack.services.messages import FIELD_LABELS

from ..formatting import day_field_format
from ..i18n import installed_language
from ..labels import QT_TRANSLATE_NOOP, label

# Field names as the services name them, labelled the way the forms show them.
_LABELS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("editors", "Title"),
    "title_alt": QT_TRANSLATE_NOOP("editors", "Title in the other language"),
    "name": QT_TRANSLATE_NOOP("editors", "Name"),
    "name_alt": QT_TRANSLATE_NOOP("editors", "Name in the other script"),
    "short_name": QT_TRANSLATE_NOOP("editors", "Short name"),
    "kind": QT_TRANSLATE_NOOP("editors", "Kind"),
    "status": QT_TRANSLATE_NOOP("editors", "Status"),
    "level": QT_TRANSLATE_NOOP("editors", "Level"),
    "format": QT_TRANSLATE_NOOP("editors", "Format"),
    "direction": QT_TRANSLATE_NOOP("editors", "Direction"),
    "renewal": QT_TRANSLATE_NOOP("editors", "Renewal"),
    "starts_at": QT_TRANSLATE_NOOP("editors", "Start"),
    "ends_at": QT_TRANSLATE_NOOP("editors", "End"),
    "timezone": QT_TRANSLATE_NOOP("editors", "Time zone"),
    "all_day": QT_TRANSLATE_NOOP("editors", "All day"),
    "date_precision": QT_TRANSLATE_NOOP("editors", "Date known to"),
    "recurrence": QT_TRANSLATE_NOOP("editors", "Repeats"),
    "place_id": QT_TRANSLATE_NOOP("editors", "Place"),
    "venue": QT_TRANSLATE_NOOP("editors", "Venue"),
    "signed_at_id": QT_TRANSLATE_NOOP("editors", "Signed at"),
    "organization_id": QT_TRANSLATE_NOOP("editors", "Organization"),
    "organization_ids": QT_TRANSLATE_NOOP("editors", "Organizations"),
    "head_id": QT_TRANSLATE_NOOP("editors", "Head of delegation"),
    "responsible_person_id": QT_TRANSLATE_NOOP("editors", "Responsible person"),
    "responsible_organization_id": QT_TRANSLATE_NOOP("editors", "Responsible organization"),
    "responsible_text": QT_TRANSLATE_NOOP("editors", "Responsible (in words)"),
    "parent_id": QT_TRANSLATE_NOOP("editors", "Part of"),
    "delegation_id": QT_TRANSLATE_NOOP("editors", "Delegation"),
    "event_id": QT_TRANSLATE_NOOP("editors", "Event"),
    "event_ids": QT_TRANSLATE_NOOP("editors", "Events"),
    "programme_event_ids": QT_TRANSLATE_NOOP("editors", "Programme"),
    "agreement_id": QT_TRANSLATE_NOOP("editors", "Agreement"),
    "agreement_ids": QT_TRANSLATE_NOOP("editors", "Agreements"),
    "topic_ids": QT_TRANSLATE_NOOP("editors", "Topics"),
    "country": QT_TRANSLATE_NOOP("editors", "Country"),
    "countries": QT_TRANSLATE_NOOP("editors", "Countries"),
    "participants": QT_TRANSLATE_NOOP("editors", "Participants"),
    "members": QT_TRANSLATE_NOOP("editors", "Members"),
    "parties": QT_TRANSLATE_NOOP("editors", "Parties"),
    "signatories": QT_TRANSLATE_NOOP("editors", "Signatories"),
    "party_places": QT_TRANSLATE_NOOP("editors", "Parties: places"),
    "party_organizations": QT_TRANSLATE_NOOP("editors", "Parties: organizations"),
    "party_countries": QT_TRANSLATE_NOOP("editors", "Parties: countries"),
    "edition": QT_TRANSLATE_NOOP("editors", "Edition"),
    "arrives_on": QT_TRANSLATE_NOOP("editors", "Arrives on"),
    "departs_on": QT_TRANSLATE_NOOP("editors", "Departs on"),
    "signed_on": QT_TRANSLATE_NOOP("editors", "Signed on"),
    "valid_from": QT_TRANSLATE_NOOP("editors", "Valid from"),
    "valid_until": QT_TRANSLATE_NOOP("editors", "Valid until"),
    "started_on": QT_TRANSLATE_NOOP("editors", "From"),
    "ended_on": QT_TRANSLATE_NOOP("editors", "To"),
    "due_on": QT_TRANSLATE_NOOP("editors", "Due on"),
    "done_on": QT_TRANSLATE_NOOP("editors", "Done on"),
    "latitude": QT_TRANSLATE_NOOP("editors", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("editors", "Longitude"),
    "population": QT_TRANSLATE_NOOP("editors", "Population"),
    "source": QT_TRANSLATE_NOOP("editors", "Source"),
    "notes": QT_TRANSLATE_NOOP("editors", "Notes"),
    "purpose": QT_TRANSLATE_NOOP("editors", "Purpose"),
    "summary": QT_TRANSLATE_NOOP("editors", "Summary"),
    "email": QT_TRANSLATE_NOOP("editors", "E-mail"),
    "contact_notes": QT_TRANSLATE_NOOP("editors", "Contacts"),
    "positions": QT_TRANSLATE_NOOP("editors", "Positions"),
    "followups": QT_TRANSLATE_NOOP("editors", "Follow-ups"),
    "attachments": QT_TRANSLATE_NOOP("editors", "Attachments"),
    "history": QT_TRANSLATE_NOOP("editors", "History"),
    "people": QT_TRANSLATE_NOOP("editors", "People"),
}


def field_label(field: str) -> str:
    """The label of a service field in the interface language."""
    source = _LABELS.get(field)
    if source is not None:
        return QCoreApplication.translate("editors", source)
    other = FIELD_LABELS.get(field)
    if other is not None:
        return QCoreApplication.translate("messages", other)
    return field.replace("_", " ").capitalize()


_EMPTY_DAY = QDate(1900, 1, 1)


class DateField(QDateEdit):
    """A day that may be left empty (shown blank); ``value()`` is a date or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_field_format(installed_language()))
        self.setMinimumDate(_EMPTY_DAY)
        self.setSpecialValueText(" ")
        self.setDate(_EMPTY_DAY)

    def value(self) -> date | None:
        day = self.date()
        if day == _EMPTY_DAY:
            return None
        return date(day.year(), day.month(), day.day())

    def set_value(self, day: date | None) -> None:
        self.setDate(_EMPTY_DAY if day is None else QDate(day.year, day.month, day.day))


class EnumBox(QComboBox):
    """A choice of one member of an enum, named in the interface language."""

    def __init__(self, enum_type: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum_type = enum_type
        # the names change length with the language: the box follows them, not the first ones
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for member in enum_type:
            self.addItem(label(member), member.value)

    def value(self) -> str:
        return str(self.currentData())

    def set_value(self, value: str) -> None:
        index = self.findData(str(value))
        self.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        for number, member in enumerate(self.enum_type):
            self.setItemText(number, label(member))
        self.updateGeometry()


class TimeZoneBox(QComboBox):
    """An IANA time zone, typed with completion or picked from the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.addItems(sorted(available_timezones()))
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def value(self) -> str:
        return self.currentText().strip()

    def set_value(self, zone: str) -> None:
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(zone)
