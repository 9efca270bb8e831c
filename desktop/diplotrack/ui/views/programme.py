"""A visit's programme by day — «11 апреля, четверг» / "Thursday, 11 April", then time, what,
where and who — as the delegation's detail page and its editor show it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, tzinfo

from PySide6.QtCore import QCoreApplication

from diplotrack.store.queries.programmes import ProgrammeEntry
from diplotrack.store.queries.rows import EventRow
from diplotrack.ui.formatting import format_time, locale_for, qdate

from .record_text import display_name

_APPROXIMATE = ("month", "season", "year")
_WHO_SHOWN = 4  # names on a line before "and N more"


def programme_day(row: EventRow, zone: tzinfo) -> date:
    """The day an event of the programme falls on: in the office's zone when timed, the day
    it names when all-day, the first day of its month or season when only that is known."""
    if row.all_day or row.date_precision in _APPROXIMATE:
        return row.starts_at.astimezone(UTC).date()
    return row.starts_at.astimezone(zone).date()


def by_day(
    entries: Iterable[ProgrammeEntry], zone: tzinfo, days: Iterable[date] = ()
) -> list[tuple[date, list[ProgrammeEntry]]]:
    """The entries grouped by day in time order; ``days`` (the visit's) are listed even when
    nothing is planned on them yet."""
    grouped: dict[date, list[ProgrammeEntry]] = {day: [] for day in days}
    for entry in entries:
        grouped.setdefault(programme_day(entry.event, zone), []).append(entry)
    for items in grouped.values():
        # all-day items open the day, then by time
        items.sort(key=lambda e: (not e.event.all_day, e.event.starts_at, e.event.id))
    return sorted(grouped.items())


def day_heading(day: date, language: str) -> str:
    """«11 апреля, четверг» in Russian, "Thursday, 11 April" in English."""
    locale = locale_for(language)
    weekday = locale.dayName(day.isoweekday())
    if language == "ru":
        return f"{locale.toString(qdate(day), 'd MMMM')}, {weekday}"
    return f"{weekday}, {locale.toString(qdate(day), 'd MMMM')}"


def time_text(row: EventRow, zone: tzinfo) -> str:
    """'11:00–12:00' in the office's zone; "all day"; nothing when the time is not known."""
    if row.date_precision in _APPROXIMATE:
        return ""
    if row.all_day:
        return QCoreApplication.translate("Programme", "all day")
    start, end = format_time(row.starts_at, zone), format_time(row.ends_at, zone)
    return start if start == end else f"{start}–{end}"


def where_text(entry: ProgrammeEntry, place: str | None = None) -> str:
    """The venue and the place (``place``: its name in the interface language's script, when
    known): 'City Administration, Krasnoyarsk'."""
    parts = [part for part in (entry.venue, place or entry.event.place) if part]
    return ", ".join(parts)


def who_text(row: EventRow, language: str) -> str:
    """The people and groups taking part, in the interface language's script."""
    names = [display_name(p.name, p.name_alt, language) for p in row.participants]
    if len(names) <= _WHO_SHOWN:
        return ", ".join(names)
    more = QCoreApplication.translate("Programme", "and {n} more")
    return f"{', '.join(names[:_WHO_SHOWN])} {more.format(n=len(names) - _WHO_SHOWN)}"
