"""What a calendar file would import: its events as plain values, and the parts left out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from diplotrack.interchange.report import Problem, Where


@dataclass(frozen=True)
class CalendarPerson:
    """An ORGANIZER or ATTENDEE: the name (CN) and e-mail it gives, its role in our words,
    whether it is a person, a group (an organization) or a room or resource, and the post at
    the event our export gives (a group's: who of it took part)."""

    name: str | None
    email: str | None
    role: str  # a ParticipantRole value
    kind: str = "person"  # "person" | "group" | "resource"
    post: str | None = None


@dataclass(frozen=True)
class PlannedEvent:
    """One event as the file gives it, ready to be matched and stored.

    ``key`` is what ``Event.ical_uid`` keeps: the UID, and for a moved occurrence of a series
    the UID with ``;RECURRENCE-ID=`` and the original start. Times are aware UTC; an all-day
    event's are midnights of its first day and the day after its last. ``recurrence`` holds
    RFC 5545 lines as ``Event.recurrence`` does (times of EXDATE/RDATE in UTC).
    """

    key: str
    where: Where
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    all_day: bool = False
    recurrence: str | None = None
    status: str = "confirmed"
    notes: str | None = None
    location: str | None = None
    categories: tuple[str, ...] = ()
    people: tuple[CalendarPerson, ...] = ()
    sequence: int = 0
    # RDATE periods lasting otherwise than the event (start, end in UTC): events of their own
    apart: tuple[tuple[datetime, datetime], ...] = ()
    # what only DiploTrack's own export carries (X-DIPLOTRACK-…), kept exactly on re-import
    kind: str | None = None
    level: str | None = None
    event_format: str | None = None
    countries: tuple[str, ...] | None = None
    place: str | None = None
    venue: str | None = None


@dataclass(frozen=True)
class Cancellation:
    """A METHOD:CANCEL message for an event the file does not otherwise describe."""

    key: str
    where: Where


@dataclass
class CalendarPlan:
    """A calendar file read without touching the database (the import dialog's preview).

    ``refused`` set: the file as a whole cannot be imported (not a calendar, nothing sound in
    it). ``skipped`` lists the parts left out, each with where and why.
    """

    source: str
    events: list[PlannedEvent] = field(default_factory=list)
    cancellations: list[Cancellation] = field(default_factory=list)
    skipped: list[Problem] = field(default_factory=list)
    refused: Problem | None = None
