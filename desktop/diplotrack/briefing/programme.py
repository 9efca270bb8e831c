"""When events happen, at the local time of their place: an event's date line and a visit's
programme by day, with the zone the times are given in."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplotrack.store.queries.briefings import event_particulars
from diplotrack.store.queries.rows import EventRow

from .model import LocalTime, ProgrammeDay, ProgrammeItem
from .naming import Names
from .wording import Wording


def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_span(row: EventRow) -> tuple[datetime, datetime]:
    zone = zone_of(row.timezone)
    return row.starts_at.astimezone(zone), row.ends_at.astimezone(zone)


def is_timed(row: EventRow) -> bool:
    """Whether the event has hours: not all-day, and its day known exactly."""
    return not row.all_day and row.date_precision == "exact"


def local_time(names: Names, row: EventRow) -> LocalTime:
    """The place and UTC offset of a timed event's start (call ``names.learn`` for its place)."""
    start, _ = local_span(row)
    return LocalTime(
        names.record("place", row.place_id, row.place), start.utcoffset() or timedelta()
    )


def event_when(wording: Wording, row: EventRow) -> str:
    """When an event happens, as exactly as it is known, at the local time of its place."""
    first = row.starts_at.date()
    if row.date_precision in ("year", "season", "month"):
        return wording.span(first, None, row.date_precision)
    if row.all_day:
        return wording.long_span(first, row.ends_at.date() - timedelta(days=1))
    start, end = local_span(row)
    if start.date() == end.date():
        return f"{wording.full_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
    first_day, last_day = wording.full_date(start.date()), wording.full_date(end.date())
    return f"{first_day} {start:%H:%M} – {last_day} {end:%H:%M}"


def programme(names: Names, rows: tuple[EventRow, ...]) -> tuple[ProgrammeDay, ...]:
    """The events of a visit by day, each at the local time of its place, titles in the
    note's script where known."""
    particulars = event_particulars(names.session, [row.id for row in rows])
    names.learn([("place", row.place_id) for row in rows])
    days: dict[date, list[ProgrammeItem]] = defaultdict(list)
    for row in rows:
        venue, title_alt, _source = particulars.get(row.id, (None, None, None))
        title = names.pick(row.title, title_alt)
        if not is_timed(row):
            days[row.starts_at.date()].append(ProgrammeItem(None, None, title, venue))
            continue
        start, end = local_span(row)
        days[start.date()].append(
            ProgrammeItem(
                start.replace(tzinfo=None),
                end.replace(tzinfo=None),
                title,
                venue,
                local_time(names, row),
            )
        )
    return tuple(
        ProgrammeDay(day, tuple(sorted(items, key=lambda i: (i.starts or datetime.min, i.title))))
        for day, items in sorted(days.items())
    )
