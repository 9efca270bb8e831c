"""One VEVENT, as icalendar parsed it, turned into a PlannedEvent — or into the reason it cannot
be: the property at fault, its line, and what is wrong, in the words of ``messages``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

from icalendar import Event as VEvent

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import EventStatus, ParticipantRole
from diplotrack.domain.recurrence import recurrence_end
from diplotrack.interchange.report import Problem

from . import messages as msg
from .details import Explained, rule_problem, value_problem
from .outline import Part
from .participant_lines import POST, Line, without_lines
from .plan import CalendarPerson, PlannedEvent
from .zones import known_zone, zone_name

# Properties an event is built from: one of these broken leaves the event out; a broken
# property of any other kind (X-…, PRIORITY, SEQUENCE, …) is of no consequence here.
ESSENTIAL = frozenset(
    {"DTSTART", "DTEND", "DURATION", "RRULE", "EXRULE", "RDATE", "EXDATE", "RECURRENCE-ID", "UID"}
)
TITLE_LIMIT = 1000

_STATUSES = {
    "TENTATIVE": EventStatus.PLANNED,
    "CONFIRMED": EventStatus.CONFIRMED,
    "CANCELLED": EventStatus.CANCELLED,
}
_OUR_ROLES = frozenset(role.value for role in ParticipantRole)


class Unusable(Exception):
    """The event cannot be imported; ``problem`` says where and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


@dataclass(frozen=True)
class Context:
    """What the calendar around an event tells about it."""

    floating_zone: str  # the zone of times given without one (X-WR-TIMEZONE, or the office's)
    locations: dict[str, str]  # TZID → X-LIC-LOCATION of the file's VTIMEZONEs
    # the file's VTIMEZONEs by TZID without surrounding spaces: icalendar does not find
    # "Mitteleuropäische Zeit " (Mozilla writes the trailing space) for a TZID param
    zones: dict[str, tzinfo]


def refuse(part: Part, template: str, prop: str | None = None, **values: object) -> Unusable:
    line = part.line_of(prop) if prop else part.begun
    pairs = tuple((key, str(value)) for key, value in values.items())
    return Unusable(Problem(part.where(line), template.format(**values), template, pairs))


def _explained(part: Part, line: int | None, explained: Explained) -> Unusable:
    """A refusal in our words, the library's text after the English message."""
    pairs = tuple((key, str(value)) for key, value in explained.values.items())
    where = part.where(line if line is not None else part.begun)
    return Unusable(Problem(where, explained.message, explained.template, pairs))


def unreadable_event(part: Part, error: object) -> Problem:
    """An event icalendar failed on as a whole: what it said, in our words."""
    return _explained(part, None, value_problem(part.name, error)).problem


def _broken_property(vevent: VEvent, part: Part) -> None:
    for name, detail in vevent.errors:
        if name is None:  # a line icalendar could not split into name, parameters and value
            line = next((ln for ln in part.own if ln.text and ln.text in str(detail)), None)
            explained = value_problem(line.name if line else "?", detail)
            raise _explained(part, line.number if line else None, explained)
        if name.upper() in ESSENTIAL:
            prop = name.upper()
            raise _explained(part, part.line_of(prop), value_problem(prop, detail))


def _text(vevent: VEvent, name: str) -> str | None:
    value = vevent.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _value(prop: Any) -> Any:
    """A DTSTART/DTEND value; a date stays a date even where a TZID comes with it (icalendar
    makes "DTSTART;TZID=Japan;VALUE=DATE:20060503" midnight in that zone)."""
    value = prop.dt
    if isinstance(value, datetime) and str(prop.params.get("VALUE", "")).upper() == "DATE":
        return value.date()
    return value


def _aware(value: datetime, tzid: str | None, part: Part, prop: str, ctx: Context) -> datetime:
    if value.tzinfo is not None:
        return value
    if tzid and tzid.strip() in ctx.zones:
        return value.replace(tzinfo=ctx.zones[tzid.strip()])
    if tzid:  # a TZID icalendar could neither find defined nor knew
        raise refuse(part, msg.UNKNOWN_ZONE, prop, tzid=tzid)
    return value.replace(tzinfo=ZoneInfo(ctx.floating_zone))


def _times(
    vevent: VEvent, part: Part, ctx: Context
) -> tuple[datetime, datetime, str, bool, tzinfo]:
    """Start and end in UTC, the IANA zone, whether all-day, and the zone to read values in."""
    start_prop = vevent.get("DTSTART")
    if start_prop is None:
        raise refuse(part, msg.NO_START)
    start = _value(start_prop)
    tzid = start_prop.params.get("TZID")
    end_prop = vevent.get("DTEND")
    duration_prop = vevent.get("DURATION")
    end: Any = _value(end_prop) if end_prop is not None else None
    if not isinstance(start, datetime):  # a date: all day
        if end is None and duration_prop is not None:
            length = duration_prop.dt
            if not isinstance(length, timedelta) or length.seconds or length.microseconds:
                raise refuse(
                    part, msg.DAYS_ONLY, "DURATION", value=duration_prop.to_ical().decode()
                )
            end = start + length
        if end is None:
            end = start + timedelta(days=1)
        if isinstance(end, datetime):
            raise refuse(part, msg.DAY_THEN_TIME, "DTEND", name="DTEND")
        if end < start:
            raise refuse(part, msg.ENDS_BEFORE_START, "DTEND", start=start, end=end)
        zone = _own_zone(vevent) or (_iana(tzid) if tzid else None) or ctx.floating_zone
        first = datetime.combine(start, time(0), UTC)
        # an all-day event lasts at least its day (DTEND equal to DTSTART: that one day)
        after = datetime.combine(max(end, start + timedelta(days=1)), time(0), UTC)
        return first, after, zone, True, UTC
    start_floats = start.tzinfo is None and not tzid
    start = _aware(start, tzid, part, "DTSTART", ctx)
    if end is None and duration_prop is not None:
        end = start + duration_prop.dt
    if end is None:
        end = start
    if not isinstance(end, datetime):
        raise refuse(part, msg.TIME_THEN_DAY, "DTEND", name="DTEND")
    end_floats = end.tzinfo is None and not (end_prop is not None and end_prop.params.get("TZID"))
    if end_prop is not None and start_floats != end_floats:
        # RFC 5545 3.8.2.2: a DTSTART in local ("floating") time wants a DTEND in local time
        template = msg.FLOATING_THEN_ZONED if start_floats else msg.ZONED_THEN_FLOATING
        raise refuse(part, template, "DTEND", name="DTEND")
    end = _aware(
        end, end_prop.params.get("TZID") if end_prop is not None else None, part, "DTEND", ctx
    )
    if end < start:
        raise refuse(
            part, msg.ENDS_BEFORE_START, "DTEND", start=start.isoformat(), end=end.isoformat()
        )
    name = zone_name(start, tzid, ctx.locations.get(tzid or ""))
    own = _own_zone(vevent)
    if own is not None and start.astimezone(ZoneInfo(own)).utcoffset() == start.utcoffset():
        name = own  # our own export: "Etc/GMT" written as UTC comes back as "Etc/GMT"
    if name is None:
        offset = start.utcoffset()
        raise refuse(part, msg.ZONE_WITHOUT_MATCH, "DTSTART", tzid=tzid, offset=offset)
    return start.astimezone(UTC), end.astimezone(UTC), name, False, start.tzinfo or UTC


def _own_zone(vevent: VEvent) -> str | None:
    """The zone DiploTrack's own export names (X-DIPLOTRACK-TIMEZONE), when it is known."""
    named = _text(vevent, "X-DIPLOTRACK-TIMEZONE")
    return named if named and known_zone(named) else None


def _iana(tzid: str) -> str | None:
    from .zones import hinted_names

    names = hinted_names(tzid)
    return names[0] if names else None


def utc_text(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _date_values(
    lists: Any, name: str, part: Part, zone: tzinfo, all_day: bool, apart: set[datetime]
) -> Iterable[str]:
    """EXDATE/RDATE values as stored: UTC times, or dates (VALUE=DATE) for all-day events."""
    for listed in lists if isinstance(lists, list) else [lists]:
        for item in listed.dts:
            value = item.dt
            if isinstance(value, tuple):  # a PERIOD: the occurrence starts at its start
                value = value[0]
                if name == "RDATE" and value in apart:
                    continue  # a period of another length is an event of its own
            if isinstance(value, datetime):
                if value.tzinfo is None:
                    value = value.replace(tzinfo=zone)
                if all_day:
                    yield f"{name};VALUE=DATE:{value.date():%Y%m%d}"
                else:
                    yield f"{name}:{utc_text(value)}"
            elif isinstance(value, date):
                yield f"{name};VALUE=DATE:{value:%Y%m%d}"
            else:
                raise _explained(part, part.line_of(name), value_problem(name, value))


def _recurrence(
    vevent: VEvent,
    part: Part,
    start: datetime,
    end: datetime,
    zone_name_: str,
    zone: tzinfo,
    all_day: bool,
) -> str | None:
    if vevent.get("RECURRENCE-ID") is not None:
        return None  # a moved occurrence is that one occurrence (its RDATEs belong to the series)
    apart = {period_start for period_start, _ in periods_apart(vevent, end - start)}
    # EXRULE (RFC 2445, kept by RFC 5545 readers) takes occurrences out as EXDATE does
    rules = [
        (line.name, line.text.partition(":")[2].strip())
        for line in part.own
        if line.name in ("RRULE", "EXRULE")
    ]
    lines = [f"{name}:{rule}" for name, rule in rules if rule]  # "RRULE:" alone: no rule
    if not any(line.startswith("RRULE:") for line in lines):
        lines = []  # an EXRULE takes out of a series; without a rule there is none to take from
    for name in ("RDATE", "EXDATE"):
        found = vevent.get(name)
        if found is not None:
            lines.extend(_date_values(found, name, part, zone, all_day, apart))
    if not lines:
        return None
    text = "\n".join(dict.fromkeys(lines))
    try:
        recurrence_end(start, end, zone_name_, text, all_day=all_day)
    except ValidationError as error:
        prop = "RRULE" if part.first("RRULE") else "RDATE"
        raise _explained(part, part.line_of(prop), rule_problem(error.message)) from error
    return text


def periods_apart(vevent: VEvent, length: timedelta) -> list[tuple[datetime, datetime]]:
    """RDATE periods lasting otherwise than the event: ``Event.recurrence`` gives every
    occurrence the first one's length, so each of these is kept as an event of its own."""
    if vevent.get("RECURRENCE-ID") is not None:
        return []
    found = vevent.get("RDATE") or []
    periods: list[tuple[datetime, datetime]] = []
    for listed in found if isinstance(found, list) else [found]:
        for item in listed.dts:
            value = item.dt
            if isinstance(value, tuple) and isinstance(value[0], datetime):
                first, last = value
                last = first + last if isinstance(last, timedelta) else last
                if first.tzinfo is not None and last - first != length:
                    periods.append((first, last))
    return periods


def _person(address: Any, role: str) -> CalendarPerson:
    params = getattr(address, "params", {})
    email = str(address).strip()
    if email.casefold().startswith("mailto:"):
        email = email[len("mailto:") :].strip()
    name = " ".join(str(params.get("CN", "")).split()) or None
    cutype = str(params.get("CUTYPE", "INDIVIDUAL")).upper()
    kind = {"GROUP": "group", "ROOM": "resource", "RESOURCE": "resource"}.get(cutype, "person")
    ours = str(params.get("X-DIPLOTRACK-ROLE", "")).lower()
    if ours in _OUR_ROLES:
        role = ours
    elif str(params.get("ROLE", "")).upper() == "CHAIR":
        role = ParticipantRole.HOST
    post = " ".join(str(params.get(POST, "")).split()) or None
    return CalendarPerson(name, email if "@" in email else None, role, kind, post)


def _people(vevent: VEvent) -> tuple[CalendarPerson, ...]:
    """The attendees in their order; the organizer is their host — merged into the attendee
    that is the same person, else first."""
    found: list[CalendarPerson] = []
    attendees = vevent.get("ATTENDEE") or []
    for address in attendees if isinstance(attendees, list) else [attendees]:
        found.append(_person(address, ParticipantRole.PARTICIPANT))
    organizer_address = vevent.get("ORGANIZER")
    if organizer_address is None:
        return tuple(found)
    organizer = _person(organizer_address, ParticipantRole.HOST)
    for index, known in enumerate(found):
        same_mail = (
            organizer.email and known.email and known.email.casefold() == organizer.email.casefold()
        )
        if same_mail or (organizer.name and known.name == organizer.name):
            explicit = "X-DIPLOTRACK-ROLE" in getattr(attendees_of(vevent)[index], "params", {})
            role = known.role if explicit else ParticipantRole.HOST
            found[index] = replace(known, name=known.name or organizer.name, role=role)
            return tuple(found)
    return (organizer, *found)


def attendees_of(vevent: VEvent) -> list[Any]:
    attendees = vevent.get("ATTENDEE") or []
    return attendees if isinstance(attendees, list) else [attendees]


def _notes(vevent: VEvent) -> str | None:
    """DESCRIPTION without the participants' lines our export writes after the notes."""
    lines: list[Line] = []
    for address in attendees_of(vevent):
        params = getattr(address, "params", {})
        lines.append((str(params.get("CN", "")), str(params[POST]) if POST in params else None))
    return without_lines(_text(vevent, "DESCRIPTION"), lines)


def _categories(vevent: VEvent) -> tuple[str, ...]:
    found = vevent.get("CATEGORIES") or []
    names: list[str] = []
    for item in found if isinstance(found, list) else [found]:
        names.extend(" ".join(str(cat).split()) for cat in getattr(item, "cats", []))
    return tuple(dict.fromkeys(name for name in names if name))


def planned_event(vevent: VEvent, part: Part, ctx: Context, key: str) -> PlannedEvent:
    """The event ``vevent`` describes (``key``: what ical_uid will hold); raises Unusable."""
    _broken_property(vevent, part)
    start, end, zone_name_, all_day, zone = _times(vevent, part, ctx)
    title = " ".join((_text(vevent, "SUMMARY") or "").split()) or msg.UNTITLED
    if len(title) > TITLE_LIMIT:
        raise refuse(part, msg.TOO_LONG, "SUMMARY", name="SUMMARY", limit=TITLE_LIMIT)
    status = _STATUSES.get((_text(vevent, "STATUS") or "").upper(), EventStatus.CONFIRMED)
    ours = _text(vevent, "X-DIPLOTRACK-STATUS")
    if ours in {s.value for s in EventStatus}:
        status = EventStatus(ours)
    countries = _text(vevent, "X-DIPLOTRACK-COUNTRIES")
    sequence = vevent.get("SEQUENCE")
    return PlannedEvent(
        key=key,
        where=part.where(),
        title=title,
        starts_at=start,
        ends_at=end,
        timezone=zone_name_,
        all_day=all_day,
        recurrence=_recurrence(vevent, part, start, end, zone_name_, zone, all_day),
        apart=()
        if all_day
        else tuple(
            (first.astimezone(UTC), last.astimezone(UTC))
            for first, last in periods_apart(vevent, end - start)
        ),
        status=status.value,
        notes=_notes(vevent),
        location=_text(vevent, "LOCATION"),
        categories=_categories(vevent),
        people=_people(vevent),
        sequence=sequence if isinstance(sequence, int) else 0,
        kind=_text(vevent, "X-DIPLOTRACK-KIND"),
        level=_text(vevent, "X-DIPLOTRACK-LEVEL"),
        event_format=_text(vevent, "X-DIPLOTRACK-FORMAT"),
        countries=None if countries is None else tuple(c for c in countries.split(",") if c),
        place=_text(vevent, "X-DIPLOTRACK-PLACE"),
        venue=_text(vevent, "X-DIPLOTRACK-VENUE"),
    )
