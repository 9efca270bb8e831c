"""A calendar file read into a CalendarPlan: which events it would import, which parts it leaves
out and why. Touches no database, so the import dialog can show it as a preview."""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import replace
from datetime import date, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Timezone
from icalendar import Event as VEvent

from diplotrack.interchange import system_errors
from diplotrack.interchange.report import Problem, Where

from . import messages as msg
from .outline import Outline, Part, decode, outline
from .plan import CalendarPlan, Cancellation
from .vevent import Context, Unusable, planned_event, refuse, unreadable_event, utc_text
from .zones import known_zone

# The zone of times a file gives without one, when the file does not name it (X-WR-TIMEZONE):
# the zone DiploTrack gives a new event.
DEFAULT_FLOATING_ZONE = "Asia/Krasnoyarsk"
# iTIP messages that answer or propose rather than describe an event (RFC 5546).
_ANSWERS = frozenset({"REPLY", "COUNTER", "REFRESH", "DECLINECOUNTER"})
OVERRIDE = ";RECURRENCE-ID="
# What an event is made of (and X-DIPLOTRACK-…); the rest (DTSTAMP, alarms, vendors' X-…
# properties) is not handed to icalendar at all.
EVENT_PROPERTIES = frozenset(
    {
        "UID",
        "DTSTART",
        "DTEND",
        "DURATION",
        "RRULE",
        "EXRULE",
        "RDATE",
        "EXDATE",
        "RECURRENCE-ID",
        "SUMMARY",
        "DESCRIPTION",
        "LOCATION",
        "CATEGORIES",
        "STATUS",
        "ORGANIZER",
        "ATTENDEE",
        "SEQUENCE",
    }
)


def _problem(where: Where, template: str, **values: object) -> Problem:
    pairs = tuple((key, str(value)) for key, value in values.items())
    return Problem(where, template.format(**values), template, pairs)


def _unreadable(error: OSError) -> Problem:
    """The file the system would not let be read, its reason in our words."""
    template = {
        system_errors.MISSING: msg.FILE_MISSING,
        system_errors.FORBIDDEN: msg.FILE_FORBIDDEN,
        system_errors.FOLDER: msg.FILE_IS_FOLDER,
    }.get(system_errors.kind_of(error), msg.FILE_SYSTEM_ERROR)
    problem = _problem(
        Where(),
        template,
        **({"code": system_errors.code_of(error)} if template == msg.FILE_SYSTEM_ERROR else {}),
    )
    return replace(problem, message=f"{problem.message} ({error.strerror or error})")


def read_calendar(
    path: Path, *, floating_zone: str | None = None, data: bytes | None = None
) -> CalendarPlan:
    """What importing ``path`` would do, without a database: the events, the parts left out.

    ``floating_zone``: the zone of times given without one (default: the calendar's
    X-WR-TIMEZONE, else Asia/Krasnoyarsk). ``data``: the file's bytes, when already read.
    """
    plan = CalendarPlan(source=str(path))
    try:
        raw = path.read_bytes() if data is None else data
    except OSError as error:
        plan.refused = _unreadable(error)
        return plan
    shape = outline(decode(raw))
    if not shape.calendars:
        plan.refused = _problem(Where(line=1), msg.NOT_A_CALENDAR)
        return plan
    plan.skipped.extend(shape.problems)
    index: dict[str, int] = {}  # key → its place in plan.events
    for calendar in shape.calendars:
        _read(calendar, plan, floating_zone, index)
    _apply_overrides(plan)
    _split_periods(plan)
    if not plan.events and not plan.cancellations and plan.skipped:
        first = plan.skipped[0]
        plan.refused = _problem(
            first.where, msg.NOTHING_IMPORTABLE, count=len(plan.skipped), first=first.message
        )
    return plan


def _context(calendar: Part, floating_zone: str | None, parsed: Calendar | None) -> Context:
    named = calendar.first("X-WR-TIMEZONE")
    given = named.text.partition(":")[2].strip() if named is not None else ""
    zone = floating_zone or (given if known_zone(given) else DEFAULT_FLOATING_ZONE)
    locations: dict[str, str] = {}
    for child in calendar.children:
        tzid, location = child.first("TZID"), child.first("X-LIC-LOCATION")
        if child.name == "VTIMEZONE" and tzid is not None and location is not None:
            locations[tzid.text.partition(":")[2]] = location.text.partition(":")[2].strip()
    zones: dict[str, tzinfo] = {}
    for component in parsed.walk("VTIMEZONE") if parsed is not None else []:
        if not isinstance(component, Timezone):
            continue
        try:
            zones[str(component.get("TZID", "")).strip()] = component.to_tz()
        except Exception:  # a zone that cannot be built is as if it were not given
            continue
    return Context(zone, locations, zones)


def _parse(text: str) -> Calendar:
    with warnings.catch_warnings():
        # icalendar warns when it guesses a vendor-prefixed TZID; the guess is what we want
        warnings.simplefilter("ignore")
        return Calendar.from_ical(text)


def _parsed_events(
    calendar: Part,
) -> tuple[Calendar | None, list[tuple[Part, VEvent | Problem]]]:
    """Each sound VEVENT of ``calendar`` with what icalendar made of it (or why it failed),
    and the calendar icalendar read (None when it could not read it whole)."""
    zones = [c for c in calendar.children if c.name == "VTIMEZONE" and not c.broken]
    events = [c for c in calendar.children if c.name == "VEVENT" and not c.broken]
    head = ["BEGIN:VCALENDAR", *(line.text for line in calendar.own)]
    body = [part.text() for part in zones] + [part.text(EVENT_PROPERTIES) for part in events]
    whole: Calendar | None = None
    try:
        whole = _parse("\r\n".join([*head, *body, "END:VCALENDAR"]))
        found = [c for c in whole.subcomponents if isinstance(c, VEvent)]
        if len(found) == len(events):
            return whole, list(zip(events, found, strict=True))
    except Exception:  # whatever icalendar stumbles on, find the event at fault one by one
        pass
    result: list[tuple[Part, VEvent | Problem]] = []
    zone_text = [part.text() for part in zones]
    for part in events:
        try:
            one = _parse(
                "\r\n".join([*head, *zone_text, part.text(EVENT_PROPERTIES), "END:VCALENDAR"])
            )
            result.append((part, next(c for c in one.subcomponents if isinstance(c, VEvent))))
        except Exception as error:  # a file from anywhere: say what failed, never crash
            result.append((part, unreadable_event(part, error)))
    return whole, result


def _no_uid_key(part: Part) -> str:
    """A stable stand-in for a missing UID: the same event in the same file gets the same key
    on every import, so re-importing the file updates rather than duplicates."""
    content = "\n".join(line.text for line in part.own if line.name != "DTSTAMP")
    return f"import-{hashlib.sha256(content.encode()).hexdigest()[:24]}@diplotrack"


def _recurrence_id(vevent: VEvent, ctx: Context) -> str | None:
    prop = vevent.get("RECURRENCE-ID")
    if prop is None:
        return None
    value = prop.dt
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=ZoneInfo(ctx.floating_zone))
        return utc_text(value)
    if isinstance(value, date):
        return f"{value:%Y%m%d}"
    return None


def _read(
    calendar: Part, plan: CalendarPlan, floating_zone: str | None, index: dict[str, int]
) -> None:
    whole, parsed_events = _parsed_events(calendar)
    ctx = _context(calendar, floating_zone, whole)
    method_line = calendar.first("METHOD")
    method = method_line.text.partition(":")[2].strip().upper() if method_line else ""
    for child in calendar.children:
        if child.broken and child.name in ("VEVENT", "VTIMEZONE"):
            plan.skipped.extend(child.problems)
    for part, parsed in parsed_events:
        if isinstance(parsed, Problem):
            plan.skipped.append(parsed)
            continue
        try:
            _read_event(part, parsed, ctx, method, plan, index)
        except Unusable as unusable:
            plan.skipped.append(unusable.problem)
        except Exception as error:  # a file from anywhere: say what failed, never crash
            plan.skipped.append(unreadable_event(part, error))


def _read_event(
    part: Part,
    vevent: VEvent,
    ctx: Context,
    method: str,
    plan: CalendarPlan,
    index: dict[str, int],
) -> None:
    if method in _ANSWERS:
        raise refuse(part, msg.REPLY_NOT_EVENT, "METHOD", method=method)
    uid_prop = vevent.get("UID")
    uid = " ".join(str(uid_prop).split()) if uid_prop is not None else ""
    key = uid or _no_uid_key(part)
    moved = _recurrence_id(vevent, ctx)
    if moved is not None:
        key = f"{key}{OVERRIDE}{moved}"
    number = index.get(key)
    if method == "CANCEL":
        if number is not None:
            plan.events[number] = replace(plan.events[number], status="cancelled")
        else:
            plan.cancellations.append(Cancellation(key, part.where()))
        return
    event = planned_event(vevent, part, ctx, key)
    if number is None:
        index[key] = len(plan.events)
        plan.events.append(event)
    elif event.sequence >= plan.events[number].sequence:
        # the same event again (an update, as iTIP sends them): the later or newer wins
        plan.events[number] = event


def _apply_overrides(plan: CalendarPlan) -> None:
    """A moved occurrence stays its own event; its series gets an EXDATE for where it was."""
    index = {event.key: number for number, event in enumerate(plan.events)}
    for event in list(plan.events):
        master_key, found, moved = event.key.partition(OVERRIDE)
        number = index.get(master_key) if found else None
        if number is None:
            continue
        master = plan.events[number]
        if len(moved) == 8:
            line = f"EXDATE;VALUE=DATE:{moved}"
        elif master.all_day:
            line = f"EXDATE;VALUE=DATE:{moved[:8]}"
        else:
            line = f"EXDATE:{moved}"
        lines = [*(master.recurrence or "").split("\n"), line]
        text = "\n".join(dict.fromkeys(item for item in lines if item))
        plan.events[number] = replace(master, recurrence=text)


def _split_periods(plan: CalendarPlan) -> None:
    """Each RDATE period of another length than its event becomes an event of its own."""
    for event in list(plan.events):
        for start, end in event.apart:
            key = f"{event.key};RDATE={start:%Y%m%dT%H%M%SZ}"
            plan.events.append(
                replace(event, key=key, starts_at=start, ends_at=end, recurrence=None, apart=())
            )


def outline_of(data: bytes) -> Outline:
    """The structure of a calendar file (for tests and the preview)."""
    return outline(decode(data))
