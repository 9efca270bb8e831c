"""Filters kept between runs: named saved filters and the last one, as JSON in QSettings."""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import date
from typing import Any

from PySide6.QtCore import QSettings

from diplotrack.domain.filters import RecordFilter

SAVED_KEY = "filters/saved"
LAST_KEY = "filters/last"

_DATES = ("date_from", "date_to")
_TUPLES = {f.name for f in fields(RecordFilter)} - {*_DATES, "text", "include_archived"}


def filter_to_json(flt: RecordFilter) -> dict[str, Any]:
    """The filter as plain JSON values; empty fields are left out."""
    found: dict[str, Any] = {}
    for field in fields(RecordFilter):
        value = getattr(flt, field.name)
        if value in ((), None, "", False):
            continue
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        found[field.name] = value
    return found


def filter_from_json(data: Any) -> RecordFilter:
    """A filter from ``filter_to_json``'s output; unknown keys and broken values are skipped,
    so a settings file from another version never stops the window from opening."""
    if not isinstance(data, dict):
        return RecordFilter()
    values: dict[str, Any] = {}
    for name, value in data.items():
        try:
            if name in _DATES:
                values[name] = date.fromisoformat(value)
            elif name in _TUPLES and isinstance(value, list):
                kind = int if name.endswith("_ids") else str
                values[name] = tuple(kind(item) for item in value)
            elif (name, type(value)) in (("text", str), ("include_archived", bool)):
                values[name] = value
        except (TypeError, ValueError):
            continue
    return RecordFilter(**values)


class SavedFilters:
    """The person's saved filters by name, and the last filter, in their QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings if settings is not None else QSettings()

    def _all(self) -> dict[str, Any]:
        raw = self._settings.value(SAVED_KEY, "")
        try:
            data = json.loads(raw) if isinstance(raw, str) and raw else {}
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def _write(self, data: dict[str, Any]) -> None:
        self._settings.setValue(SAVED_KEY, json.dumps(data, ensure_ascii=False, sort_keys=True))
        self._settings.sync()

    def names(self) -> list[str]:
        return sorted(self._all(), key=str.casefold)

    def get(self, name: str) -> RecordFilter | None:
        data = self._all()
        return filter_from_json(data[name]) if name in data else None

    def save(self, name: str, flt: RecordFilter) -> None:
        name = name.strip()
        if not name:
            raise ValueError("a saved filter needs a name")
        data = self._all()
        data[name] = filter_to_json(flt)
        self._write(data)

    def remove(self, name: str) -> None:
        data = self._all()
        if data.pop(name, None) is not None:
            self._write(data)

    def last(self) -> RecordFilter:
        raw = self._settings.value(LAST_KEY, "")
        try:
            return (
                filter_from_json(json.loads(raw))
                if isinstance(raw, str) and raw
                else RecordFilter()
            )
        except ValueError:
            return RecordFilter()

    def remember_last(self, flt: RecordFilter) -> None:
        self._settings.setValue(LAST_KEY, json.dumps(filter_to_json(flt), ensure_ascii=False))
