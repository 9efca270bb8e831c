"""A calendar's plan matched against the database and stored in the import's transaction —
new events in bulk, changed ones through the ORM, unchanged ones left alone.

New events are written with bulk inserts (``demo.bulk``: ids assigned here, a thousand rows a
statement on SQLite, COPY on PostgreSQL) with their search entries and an ``insert`` line of
change history each, as the ORM would write; an event already imported (same UID, or one of our
own exported UIDs) is compared field by field and updated through the ORM only if it differs,
so its history shows what the new file changed. A refusal, a cancel or a dry run rolls the
transaction back: the database is as it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from diplotrack.demo.bulk import (
    EventRows,
    EventWords,
    advance_sequences,
    event_row,
    next_id,
    table_of,
    write_events,
)
from diplotrack.demo.bulk import participant as participant_row
from diplotrack.domain import (
    ChangeRecord,
    Country,
    Event,
    EventParticipant,
    KnownError,
    Person,
    Position,
    Topic,
)
from diplotrack.domain.enums import (
    ChangeAction,
    EventFormat,
    EventKind,
    EventLevel,
    EventStatus,
    ParticipantRole,
)
from diplotrack.domain.recurrence import recurrence_end
from diplotrack.domain.utc import utcnow
from diplotrack.interchange.report import (
    ImportCancelled,
    ImportReport,
    Problem,
    Progress,
)
from diplotrack.services import checks
from diplotrack.services.events import replace_collection
from diplotrack.store.search import reindex

from . import messages as msg
from .matching import Directory, same_rule
from .participant_lines import SEPARATOR
from .plan import CalendarPlan, PlannedEvent
from .uids import own_event_id, own_uid

_CHUNK = 500
_PROGRESS_EVERY = 250
_KINDS = frozenset(kind.value for kind in EventKind)
_LEVELS = frozenset(level.value for level in EventLevel)
_FORMATS = frozenset(value.value for value in EventFormat)
_ENUMS: dict[str, type[StrEnum]] = {
    "kind": EventKind,
    "level": EventLevel,
    "format": EventFormat,
    "status": EventStatus,
}


# person, organization, role, description (None: the file says none; what is stored stays)
Participant = tuple[int | None, int | None, str, str | None]


@dataclass
class _Wanted:
    """An event as the file wants it stored: columns, and the links the file speaks of."""

    columns: dict[str, Any]
    participants: list[Participant]  # empty: the file names nobody, keep who is known
    topic_ids: list[int]
    countries: list[str] | None  # None: the file says nothing of countries


class Storing:
    """One import's work inside its transaction: match, compare, create, update."""

    def __init__(self, session: Session, report: ImportReport, progress: Progress) -> None:
        self.session = session
        self.report = report
        self.progress = progress
        self.directory = Directory(session)
        self.country_codes = set(session.scalars(select(Country.code)))
        self.next_id = next_id(session, table_of(Event))
        self.now = utcnow()

    # -- the whole plan -------------------------------------------------------------------

    def store(self, plan: CalendarPlan, touch: Any) -> None:
        total = len(plan.events) + 1
        existing = self._existing([e.key for e in plan.events + plan.cancellations])
        self._create_people(plan)
        wanted: list[tuple[PlannedEvent, _Wanted]] = []
        for number, planned in enumerate(plan.events):
            if number % _PROGRESS_EVERY == 0 and not self.progress(number, total):
                raise ImportCancelled()
            try:
                wanted.append((planned, self._wanted(planned, planned.key not in existing)))
            except KnownError as error:
                self.report.skipped.append(
                    Problem(
                        planned.where,
                        error.message,
                        error.template,
                        tuple((k, str(v)) for k, v in error.values.items()),
                    )
                )
        new = EventRows()
        for planned, want in wanted:
            event = existing.get(planned.key)
            if event is None:
                self._add(new, planned, want)
            elif self._update(event, want):
                touch(event)
                self.report.updated["events"] += 1
            else:
                self.report.unchanged["events"] += 1
        for cancellation in plan.cancellations:
            event = existing.get(cancellation.key)
            if event is None:
                self.report.skipped.append(
                    Problem(
                        cancellation.where,
                        msg.CANCEL_UNKNOWN.format(uid=cancellation.key),
                        msg.CANCEL_UNKNOWN,
                        (("uid", cancellation.key),),
                    )
                )
            elif event.status != EventStatus.CANCELLED:
                event.status = EventStatus.CANCELLED
                touch(event)
                self.report.updated["events"] += 1
            else:
                self.report.unchanged["events"] += 1
        self._write(new)
        if not self.progress(total - 1, total):
            raise ImportCancelled()
        self.progress(total, total)

    def _existing(self, keys: list[str]) -> dict[str, Event]:
        """The events already stored under these keys: imported before (``ical_uid``), or our
        own exported events coming back (``event-<id>-<created>@diplotrack``)."""
        found: dict[str, Event] = {}
        wanted = list(dict.fromkeys(keys))
        load = (
            selectinload(Event.participants),
            selectinload(Event.topics),
            selectinload(Event.countries),
        )
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for event in self.session.scalars(
                select(Event).where(Event.ical_uid.in_(chunk)).options(*load)
            ):
                assert event.ical_uid is not None
                found[event.ical_uid] = event
        own = {key: own_event_id(key) for key in wanted if key not in found}
        ids = [event_id for event_id in own.values() if event_id is not None]
        for start in range(0, len(ids), _CHUNK):
            chunk_ids = ids[start : start + _CHUNK]
            for event in self.session.scalars(
                select(Event).where(Event.id.in_(chunk_ids)).options(*load)
            ):
                key = own_uid(event.id, event.created_at)
                if own.get(key) == event.id and event.ical_uid is None:
                    found[key] = event
        return found

    # -- one event ------------------------------------------------------------------------

    def _wanted(self, planned: PlannedEvent, new: bool) -> _Wanted:
        directory = self.directory
        extra: list[str] = []
        if planned.place is not None or planned.venue is not None:
            place_id = directory.place(planned.place) if planned.place else None
            venue = planned.venue
            if planned.place and place_id is None:
                venue = ", ".join(v for v in (planned.venue, planned.place) if v)
        else:
            place_id, venue = directory.location(planned.location)
        topic_ids: list[int] = []
        for name in planned.categories:
            topic = directory.topic(name)
            if topic is None:
                extra.append(name)
            elif topic not in topic_ids:
                topic_ids.append(topic)
        notes = planned.notes
        if extra:
            notes = "\n\n".join(v for v in (notes, "CATEGORIES: " + ", ".join(extra)) if v)
        participants, leftover = self._participants(planned)
        if leftover:
            notes = "\n\n".join(v for v in (notes, "ATTENDEE: " + ", ".join(leftover)) if v)
        start, end = planned.starts_at, planned.ends_at
        columns: dict[str, Any] = {
            "title": checks.required_text(planned.title, "title"),
            "starts_at": start,
            "ends_at": end,
            "timezone": checks.time_zone(planned.timezone).key,
            "all_day": planned.all_day,
            "recurrence": planned.recurrence,
            # as the event service keeps it: the end of the last occurrence of a series only
            "recurrence_ends_at": recurrence_end(
                start, end, planned.timezone, planned.recurrence, all_day=planned.all_day
            )
            if planned.recurrence
            else None,
            "status": planned.status,
            "notes": checks.optional_text(notes, "notes"),
            "place_id": place_id,
            "venue": checks.optional_text(venue, "venue", limit=1000),
        }
        for column, value, allowed, default in (
            ("kind", planned.kind, _KINDS, EventKind.MEETING.value),
            ("level", planned.level, _LEVELS, EventLevel.OFFICIAL.value),
            ("format", planned.event_format, _FORMATS, EventFormat.IN_PERSON.value),
        ):
            if value in allowed:
                columns[column] = value
            elif new:
                columns[column] = default
        countries = None
        if planned.countries is not None:
            countries = sorted({c.upper() for c in planned.countries} & self.country_codes)
        elif new and place_id is not None:
            countries = [directory.place_countries[place_id]]
        return _Wanted(columns, participants, topic_ids, countries)

    def _participants(self, planned: PlannedEvent) -> tuple[list[Participant], list[str]]:
        """Participants of known records, and what could not be one: resources, unknown groups,
        nameless unknown addresses — kept in the notes."""
        found: list[Participant] = []
        leftover: list[str] = []
        seen: set[tuple[str, int]] = set()
        for person in planned.people:
            if person.kind == "group":
                org = self.directory.organization(person.name)
                if org is None:
                    who = person.name or person.email or "?"
                    leftover.append(SEPARATOR.join(v for v in (who, person.post) if v))
                elif ("organization", org) not in seen:
                    seen.add(("organization", org))
                    found.append((None, org, person.role, person.post))
                continue
            known = self.directory.person(person.name, person.email)
            if person.kind == "resource" or known is None:
                leftover.append(person.name or person.email or "?")
            elif ("person", known) not in seen:
                seen.add(("person", known))
                found.append((known, None, person.role, None))
        return found, leftover

    def _create_people(self, plan: CalendarPlan) -> None:
        """The people attendees name whom the office does not know yet, made through the ORM
        (they get their history and search words) before any event refers to them — with the
        post our export gives them, its dates unknown."""
        made: list[Person] = []
        for planned in plan.events:
            for person in planned.people:
                if person.kind != "person" or not person.name:
                    continue
                if self.directory.person(person.name, person.email) is not None:
                    continue
                new = Person(
                    name=checks.required_text(person.name, "name", limit=300),
                    email=checks.optional_text(person.email, "email", limit=300),
                )
                if person.post:
                    title = checks.required_text(person.post, "title", limit=500)
                    new.positions.append(Position(title=title))
                self.session.add(new)
                self.session.flush()
                self.directory.add_person(new.id, new.name, new.email)
                made.append(new)
        if made:
            reindex(self.session, "person", [person.id for person in made])
            self.report.created["people"] += len(made)

    # -- writing --------------------------------------------------------------------------

    def _add(self, rows: EventRows, planned: PlannedEvent, want: _Wanted) -> None:
        event_id = self.next_id
        self.next_id += 1
        rows.add(
            event_row(
                id=event_id,
                created_at=self.now,
                updated_at=self.now,
                ical_uid=planned.key,
                date_precision="exact",
                **{
                    key: str(value) if key in _ENUMS else value
                    for key, value in want.columns.items()
                },
            ),
            participants=[
                participant_row(
                    role=role, person_id=person, organization_id=org, description=description
                )
                for person, org, role, description in want.participants
            ],
            countries=want.countries or (),
            topics=want.topic_ids,
        )
        self.report.created["events"] += 1

    def _update(self, event: Event, want: _Wanted) -> bool:
        """Make ``event`` what the file says; whether anything differed."""
        changed = False
        for key, value in want.columns.items():
            if key in _ENUMS:
                value = _ENUMS[key](value)
            if key == "recurrence" and same_rule(event.recurrence, value):
                continue
            if getattr(event, key) != value:
                setattr(event, key, value)
                changed = True
        session = self.session
        if want.topic_ids and sorted(t.id for t in event.topics) != sorted(want.topic_ids):
            replace_collection(event.topics, [session.get_one(Topic, t) for t in want.topic_ids])
            changed = True
        if want.countries is not None and [c.code for c in event.countries] != want.countries:
            replace_collection(
                event.countries, [session.get_one(Country, c) for c in want.countries]
            )
            changed = True
        stored = {
            (p.person_id, p.organization_id, str(p.role)): p.description for p in event.participants
        }
        wanted = [
            (p, o, r, stored.get((p, o, str(r))) if d is None else d)
            for p, o, r, d in want.participants
        ]
        have = sorted(
            (p.person_id or 0, p.organization_id or 0, str(p.role), p.description or "")
            for p in event.participants
        )
        given = sorted((p or 0, o or 0, str(r), d or "") for p, o, r, d in wanted)
        if want.participants and have != given:
            event.participants[:] = [
                EventParticipant(
                    person_id=p,
                    organization_id=o,
                    role=ParticipantRole(r),
                    description=d,
                    position=n,
                )
                for n, (p, o, r, d) in enumerate(wanted)
            ]
            changed = True
        return changed

    def _write(self, rows: EventRows) -> None:
        """The new events, their links and search words in bulk, and a line of history each."""
        if not rows.events:
            return
        session = self.session
        session.flush()  # people made for attendees are rows before events refer to them
        write_events(session, rows, EventWords(session))
        advance_sequences(session, [table_of(Event)])
        user = str(session.info.get("user", "unknown"))
        history = [
            {
                "changed_at": self.now,
                "changed_by": user,
                "record_kind": "event",
                "record_id": str(row["id"]),
                "record_version": 1,
                "action": ChangeAction.INSERT,
                "field": None,
                "old_value": None,
                "new_value": None,
            }
            for row in rows.events
        ]
        for start in range(0, len(history), 5000):
            session.execute(insert(ChangeRecord), history[start : start + 5000])
