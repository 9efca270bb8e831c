"""Generated events for scale: N plausible contacts among the places, people and organizations
already in the database, written in bulk with their links and search entries."""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TypeVar

from sqlalchemy.orm import Session

from diplotrack.domain import (
    Event,
)
from diplotrack.domain.enums import DatePrecision, EventStatus
from diplotrack.domain.recurrence import recurrence_end

from . import vocabulary as v
from .bulk import (
    BATCH,
    EventRows,
    EventWords,
    PreparedInsert,
    Row,
    advance_sequences,
    next_id,
    participant,
    prepare_events,
    table_of,
)
from .cast import Cast, load_cast
from .example_keys import KRASNOYARSK, KRASNOYARSK_TZ
from .timeline import Timeline, zone_named

T = TypeVar("T")
FIRST_DAY = date(v.FIRST_YEAR, 1, 1)  # as composed around timeline.ANCHOR, before moving
DAYS = (date(v.LAST_YEAR, 12, 31) - FIRST_DAY).days + 1
TIMEZONES = {p.code: p.timezone for p in v.PARTNERS}
_KIND_POOL = [kind for kind, weight in v.KIND_WEIGHTS.items() for _ in range(weight)]
SHAPES = 5_000
_ALL_DAY_KINDS = frozenset({"visit", "conference", "cultural"})


@dataclass(frozen=True)
class Shape:
    """What a generated event is about, apart from when: kind, title, place, people,
    organizations, topics, and the search words all of that gives (in ``store.search``'s
    order: title, title_alt, venue, notes | source | place, participants, organizations,
    topics, countries)."""

    kind: str
    title: str
    title_alt: str
    level: str
    format: str
    timezone: str
    place_id: int | None
    venue: str | None
    notes: str | None
    recurrence: str | None
    participants: list[Row]
    countries: list[str]
    organizations: list[int]
    topics: list[int]
    agreements: list[int]
    words_head: str
    words_tail: str


class EventGenerator:
    """Makes event rows from a seeded random stream around a given day (``today``: what is
    before it is held, cancelled or postponed, what is after it planned); nothing depends on
    the clock."""

    def __init__(self, cast: Cast, rng: random.Random, words: EventWords, today: date) -> None:
        self.cast = cast
        self.rng = rng
        self.words = words
        self.today = datetime(today.year, today.month, today.day, tzinfo=UTC)
        self.far_ahead = self.today + timedelta(days=180)
        self._titles: dict[tuple[object, ...], tuple[str, str]] = {}

    # random.Random's choice and randint cost a microsecond each in Python; a hundred thousand
    # events draw some fifteen each, so they are drawn from random() directly.
    def below(self, n: int) -> int:
        return int(self.rng.random() * n)

    def between(self, low: int, high: int) -> int:
        return low + int(self.rng.random() * (high - low + 1))

    def pick(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def topics(self) -> list[tuple[int, str]]:
        """One or two different topics, in the order of their ids."""
        topics = self.cast.topics
        if not topics:
            return []
        first = self.pick(topics)
        second = self.pick(topics)
        if second == first or self.rng.random() < 0.5:
            return [first]
        return sorted((first, second))

    def _when(self, kind: str, timezone: str, day: date) -> tuple[datetime, datetime, bool, str]:
        rng = self.rng
        if kind in _ALL_DAY_KINDS and rng.random() < 0.8:
            starts = datetime(day.year, day.month, day.day, tzinfo=UTC)
            precision = DatePrecision.DAY
            # drawn whatever the day, so that the random stream does not depend on it
            vague = rng.random() < 0.3
            vaguely = self.pick((DatePrecision.MONTH, DatePrecision.SEASON, DatePrecision.YEAR))
            if starts > self.far_ahead and vague:
                # far ahead, a planned event is often known only by its month, season or year
                precision = vaguely
                months = {DatePrecision.MONTH: 1, DatePrecision.SEASON: 3, DatePrecision.YEAR: 12}
                first_month = 1 if precision == DatePrecision.YEAR else day.month
                starts = datetime(day.year, first_month, 1, tzinfo=UTC)
                month = first_month - 1 + months[precision]
                ends = datetime(day.year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
                return starts, ends, True, precision
            return starts, starts + timedelta(days=self.between(1, 4)), True, precision
        local = datetime(day.year, day.month, day.day, self.between(9, 17), self.pick((0, 30)))
        starts = local.replace(tzinfo=zone_named(timezone)).astimezone(UTC)
        return starts, starts + timedelta(minutes=self.pick((60, 90, 120, 180))), False, "exact"

    def _status(self, starts: datetime) -> str:
        roll = self.rng.random()
        if starts < self.today:
            if roll < 0.86:
                return EventStatus.HELD
            return EventStatus.CANCELLED if roll < 0.93 else EventStatus.POSTPONED
        if roll < 0.68:
            return EventStatus.PLANNED
        return EventStatus.CONFIRMED if roll < 0.95 else EventStatus.POSTPONED

    def shape(self) -> Shape:
        """What an event is about (kind, title, where, who, what), apart from when."""
        rng, cast, words = self.rng, self.cast, self.words
        kind = self.pick(_KIND_POOL)
        country = self.pick(cast.partner_countries) if cast.partner_countries else None
        city = self.pick(cast.places[country]) if country else None
        abroad = city is not None and (
            (kind == "visit" and rng.random() < 0.5) or rng.random() < 0.2
        )
        foreign_orgs = cast.organizations.get(country or "", [])
        organization = self.pick(foreign_orgs) if foreign_orgs and rng.random() < 0.7 else None
        template = self.below(len(v.TITLES[kind]))
        title, title_alt = self._title(kind, template, country, city, organization)
        topics = self.topics()
        notes = None
        if rng.random() < 0.4:
            notes = self.pick(v.TOPIC_PHRASES).format(topics=", ".join(n for _id, n in topics))
            if rng.random() < 0.3:
                notes += " " + self.pick(v.EXTRA_NOTES)
        recurrence = None
        if rng.random() < 0.001:  # an office keeps a few dozen series, not thousands
            recurrence = (
                "RRULE:FREQ=MONTHLY;COUNT=6"
                if kind == "call"
                else f"RRULE:FREQ=YEARLY;COUNT={self.between(2, 5)}"
            )
        place_id = city[0] if abroad and city else cast.home_place
        venue = None if abroad or kind == "call" else self.pick(v.HOME_VENUES)
        participants = self._participants(country)
        countries = sorted({"RU", country} if country else {"RU"})
        organizations = [organization[0]] if organization else []
        topic_ids = [topic_id for topic_id, _name in topics]
        head = [words.text(title), words.text(title_alt), words.text(venue), words.text(notes)]
        tail = [words.places.get(place_id, "") if place_id else ""]
        for person in participants:
            tail.append(words.people[person["person_id"]] if person["person_id"] else "")
            tail.append(words.text(person["description"]))
        tail += [words.organizations[o] for o in organizations]
        tail += [words.topics[t] for t in topic_ids]
        tail += [words.countries[c] for c in countries]
        return Shape(
            kind=kind,
            title=title,
            title_alt=title_alt,
            level="official" if rng.random() < 0.6 else "working",
            format="online"
            if kind == "call"
            else ("hybrid" if rng.random() < 0.08 else "in_person"),
            timezone=TIMEZONES.get(country or "", "UTC") if abroad else KRASNOYARSK_TZ,
            place_id=place_id,
            venue=venue,
            notes=notes,
            recurrence=recurrence,
            participants=participants,
            countries=countries,
            organizations=organizations,
            topics=topic_ids,
            agreements=(
                [self.pick(cast.agreements[country])]
                if country in cast.agreements and rng.random() < 0.15
                else []
            ),
            words_head=" ".join(part for part in head if part),
            words_tail=" ".join(part for part in tail if part),
        )

    def event(self, event_id: int, day: date, shape: Shape, rows: EventRows) -> None:
        """One event of that shape on that day, with its own time, status and notes."""
        rng, words = self.rng, self.words
        starts, ends, all_day, precision = self._when(shape.kind, shape.timezone, day)
        status = self._status(starts)
        notes = shape.notes
        cancelled = ""
        # drawn whatever the status, so that the random stream does not depend on the day
        note = self.pick(v.CANCEL_NOTES)
        cited = rng.random() < 0.3
        if status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
            notes = f"{notes} {note}" if notes else note
            cancelled = words.text(note)
        source = None
        if status == EventStatus.HELD and cited:
            source = f"пресс-служба администрации г. Красноярска, {starts:%d.%m.%Y}"
        created = min(starts, self.today) - timedelta(
            days=self.between(3, 60), minutes=self.below(600)
        )
        parts = (shape.words_head, cancelled, words.text(source), shape.words_tail)
        rows.add_shaped(
            {
                "id": event_id,
                "kind": shape.kind,
                "title": shape.title,
                "title_alt": shape.title_alt,
                "status": status,
                "level": shape.level,
                "format": shape.format,
                "starts_at": starts,
                "ends_at": ends,
                "timezone": shape.timezone,
                "all_day": all_day,
                "date_precision": precision,
                "recurrence": shape.recurrence,
                "recurrence_ends_at": (
                    recurrence_end(starts, ends, shape.timezone, shape.recurrence, all_day=all_day)
                    if shape.recurrence
                    else None
                ),
                "place_id": shape.place_id,
                "venue": shape.venue,
                "edition": None,
                "parent_id": None,
                "delegation_id": None,
                "source": source,
                "notes": notes,
                "ical_uid": None,
                "version": 1,
                "created_at": created,
                "updated_at": created,
                "archived_at": None,
            },
            words=" ".join(part for part in parts if part),
            participants=shape.participants,
            countries=shape.countries,
            organizations=shape.organizations,
            topics=shape.topics,
            agreements=shape.agreements,
        )

    def _title(
        self,
        kind: str,
        template: int,
        country: str | None,
        city: tuple[int, str, str] | None,
        organization: tuple[int, str, str] | None,
    ) -> tuple[str, str]:
        """The title in both languages; the same few hundred recur, so they are made once."""
        key = (kind, template, country, city, organization)
        found = self._titles.get(key)
        if found is None:
            names = self.cast.country_names.get(country or "", ("", ""))
            values = {
                "city": (city[1], city[2]) if city else (KRASNOYARSK, "Krasnoyarsk"),
                "country": names,
                "organization": (organization[1], organization[2]) if organization else names,
            }
            ru, en = v.TITLES[kind][template]
            found = (
                ru.format(**{k: pair[0] for k, pair in values.items()}),
                en.format(**{k: pair[1] for k, pair in values.items()}),
            )
            self._titles[key] = found
        return found

    def _participants(self, country: str | None) -> list[Row]:
        rng, cast = self.rng, self.cast
        found = []
        if cast.home_people:
            found.append(participant(role="host", person_id=self.pick(cast.home_people)))
        guests = cast.people.get(country or "", [])
        if guests:
            found.append(participant(role="guest", person_id=self.pick(guests)))
        if len(cast.home_people) > 1 and rng.random() < 0.3:
            found.append(participant(role="participant", person_id=self.pick(cast.home_people)))
        if cast.home_organization and rng.random() < 0.1:
            found.append(
                participant(
                    role="participant",
                    organization_id=cast.home_organization,
                    description=self.pick(v.GROUP_DESCRIPTIONS),
                )
            )
        return found


@contextmanager
def _quick_handoffs() -> Iterator[None]:
    """While it lasts, a thread waiting for the interpreter gets it within 0.5 ms, not 5 ms.

    Every time SQLite finishes a statement, the writing thread must take the interpreter back
    from the thread making the next batch; with Python's default 5 ms switch interval, some 250
    statements per 100,000 events cost about half a second of waiting (measured: 5.05 s → 4.45 s).
    The interval is the whole process's, so the old one is put back at the end.
    """
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, 0.0005))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


def generate_events(
    session: Session,
    count: int,
    *,
    seed: int,
    today: date,
    progress: Callable[[int, int], None] | None = None,
    batch: int = BATCH,
) -> int:
    """Add ``count`` generated events (in the session's transaction); the id of the first.

    The events spread over the years around ``today``, moved as the office history is (see
    ``timeline``). The random stream depends on the seed and the first id, so a second batch
    differs from the first but the same database filled the same way on the same day always
    gets the same rows.
    """
    first = next_id(session, table_of(Event))
    rng = random.Random(f"diplotrack-demo:{seed}:{first}")
    generator = EventGenerator(load_cast(session), rng, EventWords(session), today)
    first_day = FIRST_DAY + Timeline.around(today).shift
    dialect = session.get_bind().dialect
    # Days drawn first and sorted: ids follow time as in a real register, and the time indexes
    # grow at their end instead of splitting pages all over (a third faster on SQLite).
    days = sorted(generator.below(DAYS) for _ in range(count))
    # Up to SHAPES different shapes (who meets whom about what, where); past that, shapes recur
    # on other days with their own times, statuses and notes, as contacts do in a real office.
    shapes = [generator.shape() for _ in range(min(count, SHAPES))]

    # A small first batch, so that SQLite starts writing while the next is being made.
    bounds = [0, *range(min(batch // 8 or 1, count), count, batch), count] if count else [0]

    def prepare(number: int) -> list[PreparedInsert]:
        rows = EventRows()
        for index in range(bounds[number], bounds[number + 1]):
            shape = shapes[index] if count <= SHAPES else shapes[generator.below(SHAPES)]
            generator.event(first + index, first_day + timedelta(days=days[index]), shape, rows)
        return prepare_events(dialect, rows, generator.words)

    if progress:
        progress(0, count)
    # One thread makes the next batch (pure Python) while this one writes the last: the
    # database driver lets go of the interpreter while SQLite works. Batches are made in
    # order by that one thread, so the rows do not depend on timing.
    batches = len(bounds) - 1
    with (
        _quick_handoffs(),
        ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-events") as pool,
    ):
        upcoming = pool.submit(prepare, 0) if batches else None
        for number in range(batches):
            assert upcoming is not None
            prepared_batch = upcoming.result()
            following = number + 1
            upcoming = pool.submit(prepare, following) if following < batches else None
            for prepared in prepared_batch:
                prepared.run(session)
            if progress:
                progress(bounds[following], count)
    advance_sequences(session, [table_of(Event)])
    return first
