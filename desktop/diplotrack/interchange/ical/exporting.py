"""Events written as an .ics file that Thunderbird, Outlook and phone calendars read.

Each event keeps its UID across exports (the calendar's own when it came from one, else
``uids.own_uid``), so importing a later export updates rather than duplicates; SEQUENCE follows
our version counter. Times carry their zone (a VTIMEZONE for each zone used, from icalendar's
tables), all-day events are VALUE=DATE, recurrence lines are written as stored. What only
DiploTrack knows (kind, status, level, format, countries, place, venue, zone, roles) travels in
X-DIPLOTRACK-… properties and parameters, so that our own export imports back unchanged. A
participant's post at the event goes in X-DIPLOTRACK-POST and, for the calendar programs that
show no such parameter, as a line after the notes in DESCRIPTION (``participant_lines``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, vCalAddress, vRecur
from icalendar import Event as VEvent
from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload

from diplotrack.domain import Delegation, Event, EventParticipant, Person
from diplotrack.domain.enums import EventStatus, ParticipantRole
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.store.queries.filtering import conditions

from .participant_lines import POST, Line, participant_post, with_lines
from .reading import OVERRIDE
from .uids import own_uid

PRODID = "-//DiploTrack//DiploTrack//RU"
_STATUS = {
    EventStatus.PLANNED: "TENTATIVE",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.HELD: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}


def exported_events(session: Session, flt: RecordFilter) -> list[Event]:
    """The events ``flt`` lets through, and the programmes of the delegations it lets through."""
    delegations = select(Delegation.id).where(
        *conditions(session, "delegation", replace(flt, kinds=(), statuses=()))
    )
    programme: ColumnElement[bool] = Event.delegation_id.in_(delegations)
    if flt.kinds or flt.statuses:
        programme = programme & Event.id.in_(
            select(Event.id).where(
                *conditions(session, "event", RecordFilter(kinds=flt.kinds, statuses=flt.statuses))
            )
        )
    statement = (
        select(Event)
        .where(
            or_(Event.id.in_(select(Event.id).where(*conditions(session, "event", flt))), programme)
        )
        .options(
            selectinload(Event.participants)
            .selectinload(EventParticipant.person)
            .selectinload(Person.positions),
            selectinload(Event.participants).selectinload(EventParticipant.organization),
            selectinload(Event.topics),
            selectinload(Event.countries),
            selectinload(Event.place),
        )
        .order_by(Event.starts_at, Event.id)
    )
    return list(session.scalars(statement))


def export_calendar(db: Database, flt: RecordFilter, path: Path) -> int:
    """Write the events ``flt`` selects (with delegations' programmes) to ``path``; how many."""
    with db.session() as session:
        events = exported_events(session, flt)
        calendar = calendar_of(events)
    path.write_bytes(calendar.to_ical())
    return len(events)


def calendar_of(events: list[Event]) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    keys = {_uid(event) for event in events}
    moved: dict[str, set[str]] = {}  # a series' UID → its moved occurrences written as such
    for event in events:
        master, found, when = (event.ical_uid or "").partition(OVERRIDE)
        if found and master in keys:
            moved.setdefault(master, set()).add(when)
    stamp = datetime.now(UTC).replace(microsecond=0)
    for event in events:
        calendar.add_component(_vevent(event, keys, moved.get(_uid(event), set()), stamp))
    first = min((e.starts_at for e in events), default=stamp) - timedelta(days=366)
    last = max((e.recurrence_ends_at or e.ends_at for e in events), default=stamp)
    calendar.add_missing_timezones(first.date(), last.date() + timedelta(days=366 * 2))
    return calendar


def _uid(event: Event) -> str:
    return event.ical_uid or own_uid(event.id, event.created_at)


def _vevent(event: Event, keys: set[str], moved: set[str], stamp: datetime) -> VEvent:
    vevent = VEvent()
    uid = _uid(event)
    master, found, when = uid.partition(OVERRIDE)
    zone = ZoneInfo(event.timezone)
    if found and master in keys:
        vevent.add("uid", master)
        vevent.add("recurrence-id", _instant(when, zone))
    else:
        vevent.add("uid", uid)
    vevent.add("dtstamp", stamp)
    vevent.add("sequence", max(event.version - 1, 0))
    if event.all_day:
        vevent.add("dtstart", event.starts_at.date())
        vevent.add("dtend", event.ends_at.date())
    else:
        vevent.add("dtstart", event.starts_at.astimezone(zone))
        vevent.add("dtend", event.ends_at.astimezone(zone))
    vevent.add("summary", event.title)
    description = with_lines(event.notes, _people(vevent, event, zone))
    if description:
        vevent.add("description", description)
    location = ", ".join(v for v in (event.venue, event.place.name if event.place else None) if v)
    if location:
        vevent.add("location", location)
    if event.topics:
        vevent.add("categories", [topic.name_ru for topic in event.topics])
    vevent.add("status", _STATUS[event.status])
    _recurrence(vevent, event, zone, moved)
    vevent.add("x-diplotrack-kind", event.kind.value)
    vevent.add("x-diplotrack-status", event.status.value)
    vevent.add("x-diplotrack-level", event.level.value)
    vevent.add("x-diplotrack-format", event.format.value)
    vevent.add("x-diplotrack-timezone", event.timezone)
    vevent.add("x-diplotrack-countries", ",".join(c.code for c in event.countries))
    if event.place is not None:
        vevent.add("x-diplotrack-place", event.place.name)
    if event.venue:
        vevent.add("x-diplotrack-venue", event.venue)
    return vevent


def _instant(value: str, zone: ZoneInfo) -> date | datetime:
    """A stored EXDATE/RDATE/RECURRENCE-ID value: a date, or a time shown in the event's zone."""
    value = value.strip().split("/", 1)[0]
    if len(value) == 8:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    parsed = datetime.strptime(value.rstrip("Zz"), "%Y%m%dT%H%M%S")
    if value.endswith(("Z", "z")):
        return parsed.replace(tzinfo=UTC).astimezone(zone)
    return parsed.replace(tzinfo=zone)


def _recurrence(vevent: VEvent, event: Event, zone: ZoneInfo, moved: set[str]) -> None:
    text = (event.recurrence or "").replace("\r\n", "\n").replace("\n ", "")
    for line in filter(None, (raw.strip() for raw in text.split("\n"))):
        head, _, body = line.partition(":") if ":" in line else ("RRULE", ":", line)
        name, *params = head.split(";")
        name = name.strip().upper()
        if name in ("RRULE", "EXRULE"):
            vevent.add(name, vRecur.from_ical(body))
            continue
        value_zone = zone
        for param in params:
            key, _, given = param.partition("=")
            if key.strip().upper() == "TZID":
                value_zone = ZoneInfo(given.strip().strip('"'))
        values = [
            _instant(item, value_zone)
            for item in body.split(",")
            if item.strip() and not (name == "EXDATE" and item.strip() in moved)
        ]
        if values:
            vevent.add(name, values)


def _address(email: str | None, fallback: str) -> vCalAddress:
    return vCalAddress(f"mailto:{email}" if email else fallback)


def _people(vevent: VEvent, event: Event, zone: ZoneInfo) -> list[Line]:
    """ORGANIZER and ATTENDEEs; each attendee's name and post, for DESCRIPTION's lines."""
    day = event.starts_at.date() if event.all_day else event.starts_at.astimezone(zone).date()
    lines: list[Line] = []
    organizer_written = False
    for participant in event.participants:
        role = participant.role
        params: dict[str, str] = {"X-DIPLOTRACK-ROLE": role.value}
        if participant.person is not None:
            person = participant.person
            address = _address(person.email, f"urn:x-diplotrack:person-{person.id}")
            params |= {"CN": person.name, "CUTYPE": "INDIVIDUAL"}
        elif participant.organization is not None:
            organization = participant.organization
            address = vCalAddress(f"urn:x-diplotrack:organization-{organization.id}")
            params |= {"CN": organization.name, "CUTYPE": "GROUP"}
        else:
            continue
        params["ROLE"] = "CHAIR" if role == ParticipantRole.HOST else "REQ-PARTICIPANT"
        post = participant_post(participant, day)
        if post:
            params[POST] = post
        lines.append((params["CN"], post))
        if role == ParticipantRole.HOST and not organizer_written and participant.person:
            organizer = vCalAddress(str(address))
            organizer.params["CN"] = params["CN"]
            vevent.add("organizer", organizer)
            organizer_written = True
        for key, value in params.items():
            address.params[key] = value
        vevent.add("attendee", address, encode=False)
    return lines
