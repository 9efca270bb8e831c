"""iCalendar (RFC 5545) in and out: calendar files read into events, events written as .ics."""

from __future__ import annotations

from .exporting import export_calendar
from .importing import import_calendar
from .plan import CalendarPerson, CalendarPlan, Cancellation, PlannedEvent
from .reading import read_calendar

__all__ = [
    "CalendarPerson",
    "CalendarPlan",
    "Cancellation",
    "PlannedEvent",
    "export_calendar",
    "import_calendar",
    "read_calendar",
]
