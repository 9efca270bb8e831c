"""A value from the change history as the window writes it: a choice by its name, a day or a
time in the window's language and the office zone, in the language's quotes."""

from __future__ import annotations

from contextlib import suppress
from datetime import date, datetime, tzinfo
from enum import StrEnum

from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    DelegationDirection,
    EventFormat,
    EventKind,
    EventLevel,
    EventStatus,
    FollowUpStatus,
    OrganizationKind,
    PlaceKind,
    Renewal,
)

from ..formatting import format_short_date, format_time
from ..labels import label

# The history keeps a choice by its stored value ("in_force"), a day (a field "…_on", or an
# agreement's validity) as ISO text and a moment ("…_at") as ISO text in UTC.
_CHOICES: dict[tuple[str, str], type[StrEnum]] = {
    ("event", "kind"): EventKind,
    ("event", "status"): EventStatus,
    ("event", "level"): EventLevel,
    ("event", "format"): EventFormat,
    ("event", "date_precision"): DatePrecision,
    ("delegation", "direction"): DelegationDirection,
    ("delegation", "status"): EventStatus,
    ("agreement", "kind"): AgreementKind,
    ("agreement", "status"): AgreementStatus,
    ("agreement", "renewal"): Renewal,
    ("followup", "status"): FollowUpStatus,
    ("organization", "kind"): OrganizationKind,
    ("place", "kind"): PlaceKind,
}
_DAYS = ("valid_from", "valid_until")


def quoted(value: str, language: str) -> str:
    """``value`` in the quotes of ``language``: «Зал №2» in Russian, “Hall 2” in English."""
    return f"«{value}»" if language == "ru" else f"“{value}”"


def shown_value(kind: str, field: str, value: str | None, language: str, zone: tzinfo) -> str:
    """The stored ``value`` of a record of ``kind``'s ``field``, quoted as the window writes
    it («Действует», «31.12.2025», «10.04.2024 11:00»); a dash for none, not empty quotes."""
    if not value:
        return "—"
    choice = _CHOICES.get((kind, field))
    if choice is not None and value in {member.value for member in choice}:
        value = label(value, choice)
    elif field.endswith("_on") or field in _DAYS:
        with suppress(ValueError):  # not a day after all: shown as kept
            value = format_short_date(date.fromisoformat(value), language)
    elif field.endswith("_at"):
        with suppress(ValueError):
            moment = datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                local = moment.astimezone(zone)
                day = format_short_date(local.date(), language)
                value = f"{day} {format_time(local, zone)}"
    return quoted(value, language)
