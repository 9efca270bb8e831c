"""The briefing note as a frozen tree of plain values, in the note's language, ready to lay out.

Names are already in the script of the note's language where it is known; kinds, statuses and
roles stay as their stored values, and dates as dates, so that the document words and formats
them (and tests can compare them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .subjects import BriefingOptions, BriefingSubject


@dataclass(frozen=True)
class Heading:
    """The top of the note: what kind of note, what for, about whom, when."""

    label: str  # «СПРАВКА» / "BRIEFING NOTE", «БИОГРАФИЧЕСКАЯ СПРАВКА" for a person
    purpose: str  # «к встрече», «к визиту делегации», «о сотрудничестве»; "" for a person
    subject: str  # the event's title, the country's name, … in the note's language
    subject_other: str | None  # the same in the other script, when it differs
    when: str  # the date line under the heading (the event's, or the note's)


@dataclass(frozen=True)
class Fact:
    """A labelled line of a record's particulars: (label in the note's language, value)."""

    label: str
    value: str


@dataclass(frozen=True)
class Counterpart:
    """A person the note is about or with: name, current post, since when, role if any."""

    name: str
    name_other: str | None  # the name in the other script
    post: str | None
    organization: str | None
    since: date | None
    role: str | None = None  # an event role (guest, head_of_delegation, …) or a member's role


@dataclass(frozen=True)
class PostLine:
    """A post a person held: for a biographical note."""

    title: str
    organization: str | None
    started_on: date | None
    ended_on: date | None


@dataclass(frozen=True)
class Contact:
    """An event or delegation in the history of contacts or among the planned ones."""

    item: str  # "event" or "delegation"
    id: int
    title: str
    starts: date | None
    ends: date | None  # the last day (inclusive)
    date_precision: str
    kind: str  # an event kind, or a delegation's direction
    status: str
    place: str | None


@dataclass(frozen=True)
class AgreementLine:
    id: int
    title: str
    kind: str
    status: str
    parties: tuple[str, ...]
    signed_on: date | None
    valid_from: date | None
    valid_until: date | None
    days_to_expiry: int | None  # negative once expired; None without an end date
    renewal: str


@dataclass(frozen=True)
class FollowUpLine:
    id: int
    title: str
    responsible: str | None
    due_on: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class LocalTime:
    """Where the clock of a programme item runs: the place (in the note's script) and its
    offset from UTC on that day."""

    place: str | None
    utc_offset: timedelta


@dataclass(frozen=True)
class ProgrammeItem:
    """One event of a visit's programme, at local time of the place it happens."""

    starts: datetime | None  # naive local time; None for an all-day item
    ends: datetime | None
    title: str
    venue: str | None
    local_time: LocalTime | None = None  # None for an all-day item


@dataclass(frozen=True)
class ProgrammeDay:
    day: date
    items: tuple[ProgrammeItem, ...]


@dataclass(frozen=True)
class Briefing:
    """Everything one note says. Empty sections are left out when it is laid out."""

    subject: BriefingSubject
    options: BriefingOptions
    title: str  # the heading as one line: «Справка к встрече …»
    prepared_on: date
    heading: Heading
    facts: tuple[Fact, ...] = ()  # the particulars of the event, visit, place, organization
    counterparts: tuple[Counterpart, ...] = ()
    delegation_members: tuple[Counterpart, ...] = ()  # the bilingual list of a visit
    host_side: tuple[Counterpart, ...] = ()  # who receives the visit: the programme's hosts
    topics: tuple[str, ...] = ()  # what a visit's talks are about: its programme's topics
    posts: tuple[PostLine, ...] = ()  # a person's career
    programme: tuple[ProgrammeDay, ...] = ()
    goals: str | None = None  # a visit's purpose
    documents_to_sign: tuple[AgreementLine, ...] = ()
    history: tuple[Contact, ...] = ()  # oldest first, the last ``history_limit`` contacts
    history_total: int = 0  # every contact known, beyond the limit
    agreements: tuple[AgreementLine, ...] = ()  # in force
    lapsed_agreements: tuple[AgreementLine, ...] = ()  # expired, still worth renewing
    followups: tuple[FollowUpLine, ...] = ()  # open, due first
    planned: tuple[Contact, ...] = ()  # soonest first
    planned_total: int = 0  # every plan known, beyond the limit
    notes: tuple[str, ...] = ()  # the record's own notes
    sources: tuple[str, ...] = ()  # press releases, links, texts
    attachments: tuple[str, ...] = ()  # file names
