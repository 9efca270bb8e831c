"""Generated events for scale: N plausible contacts among the places, people and organizations
already in the database, written in bulk with their links and search entries."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import TypeVar
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    AgreementParty,
    Country,
    Event,
    Organization,
    Person,
    Place,
    Topic,
)
from diplotrack.domain.enums import DatePrecision, EventStatus

from . import vocabulary as v
from .bulk import (
    BATCH,
    EventRows,
    EventWords,
    PreparedInsert,
    advance_sequences,
    next_id,
    participant,
    prepare_events,
    table_of,
)
from .example_keys import CITY_ADMINISTRATION, KRASNOYARSK, KRASNOYARSK_TZ

T = TypeVar("T")
ANCHOR = datetime(v.ANCHOR_YEAR, v.ANCHOR_MONTH, v.ANCHOR_DAY, tzinfo=UTC)
FIRST_DAY = date(v.FIRST_YEAR, 1, 1)
DAYS = (date(v.LAST_YEAR, 12, 31) - FIRST_DAY).days + 1
TIMEZONES = {p.code: p.timezone for p in v.PARTNERS}
_KIND_POOL = [kind for kind, weight in v.KIND_WEIGHTS.items() for _ in range(weight)]
_ALL_DAY_KINDS = frozenset({"visit", "conference", "cultural"})


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def recurrence_end(
    recurrence: str, starts_at: datetime, ends_at: datetime, timezone: str, all_day: bool
) -> datetime | None:
    """The end of the last occurrence of a rule (None when it never ends), expanded in the
    event's own time zone so that a rule crossing a DST change keeps its local hour."""
    if "COUNT=" not in recurrence and "UNTIL=" not in recurrence:
        return None
    zone = UTC if all_day else _zone(timezone)
    local_start = starts_at.astimezone(zone).replace(tzinfo=None)
    occurrences = list(rrulestr(recurrence, dtstart=local_start, forceset=True))
    last: datetime = occurrences[-1].replace(tzinfo=zone).astimezone(UTC)
    return last + (ends_at - starts_at)


@dataclass
class Cast:
    """Who and what the generated events are about, read from the database."""

    home_place: int | None = None
    home_organization: int | None = None
    home_people: list[int] = field(default_factory=list)
    partner_countries: list[str] = field(default_factory=list)
    country_names: dict[str, tuple[str, str]] = field(default_factory=dict)
    places: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    people: dict[str, list[int]] = field(default_factory=dict)
    organizations: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)
    agreements: dict[str, list[int]] = field(default_factory=dict)
    topics: list[tuple[int, str]] = field(default_factory=list)


def load_cast(session: Session) -> Cast:
    cast = Cast()
    cast.home_place = session.scalar(
        select(func.min(Place.id)).where(Place.name == KRASNOYARSK, Place.country_code == "RU")
    )
    cast.home_organization = session.scalar(
        select(func.min(Organization.id)).where(Organization.name == CITY_ADMINISTRATION)
    )
    places: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for pid, name, alt, code in session.execute(
        select(Place.id, Place.name, Place.name_alt, Place.country_code)
        .where(Place.archived_at.is_(None), Place.country_code != "RU")
        .order_by(Place.id)
    ):
        places[code].append((pid, name, alt or name))
    cast.places = dict(places)
    people: dict[str, list[int]] = defaultdict(list)
    for pid, person_country in session.execute(
        select(Person.id, Person.country_code)
        .where(Person.archived_at.is_(None), Person.country_code.is_not(None))
        .order_by(Person.id)
    ):
        people[person_country or ""].append(pid)
    cast.home_people = people.pop("RU", [])
    cast.people = dict(people)
    organizations: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for oid, organization_country, name, alt in session.execute(
        select(Organization.id, Organization.country_code, Organization.name, Organization.name_alt)
        .where(Organization.archived_at.is_(None), Organization.country_code.is_not(None))
        .order_by(Organization.id)
    ):
        organizations[organization_country or ""].append((oid, name, alt or name))
    cast.organizations = dict(organizations)
    agreements: dict[str, set[int]] = defaultdict(set)
    for agreement_id, code in session.execute(
        select(
            AgreementParty.agreement_id,
            func.coalesce(
                Place.country_code, Organization.country_code, AgreementParty.country_code
            ),
        )
        .outerjoin(Place, AgreementParty.place_id == Place.id)
        .outerjoin(Organization, AgreementParty.organization_id == Organization.id)
    ):
        if code and code != "RU":
            agreements[code].add(agreement_id)
    cast.agreements = {code: sorted(ids) for code, ids in agreements.items()}
    cast.topics = [
        (topic_id, name)
        for topic_id, name in session.execute(select(Topic.id, Topic.name_ru).order_by(Topic.id))
    ]
    cast.partner_countries = sorted(cast.places)
    cast.country_names = {
        code: (name_ru, name_en)
        for code, name_ru, name_en in session.execute(
            select(Country.code, Country.name_ru, Country.name_en).where(
                Country.code.in_(cast.partner_countries)
            )
        )
    }
    return cast


class EventGenerator:
    """Makes event rows one by one from a seeded random stream; nothing depends on the clock."""

    def __init__(self, cast: Cast, rng: random.Random) -> None:
        self.cast = cast
        self.rng = rng
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
            if starts > ANCHOR + timedelta(days=180) and rng.random() < 0.3:
                # far ahead, a planned event is often known only by its month, season or year
                precision = self.pick(
                    (DatePrecision.MONTH, DatePrecision.SEASON, DatePrecision.YEAR)
                )
                months = {DatePrecision.MONTH: 1, DatePrecision.SEASON: 3, DatePrecision.YEAR: 12}
                first_month = 1 if precision == DatePrecision.YEAR else day.month
                starts = datetime(day.year, first_month, 1, tzinfo=UTC)
                month = first_month - 1 + months[precision]
                ends = datetime(day.year + month // 12, month % 12 + 1, 1, tzinfo=UTC)
                return starts, ends, True, precision
            return starts, starts + timedelta(days=self.between(1, 4)), True, precision
        local = datetime(day.year, day.month, day.day, self.between(9, 17), self.pick((0, 30)))
        starts = local.replace(tzinfo=_zone(timezone)).astimezone(UTC)
        return starts, starts + timedelta(minutes=self.pick((60, 90, 120, 180))), False, "exact"

    def _status(self, starts: datetime) -> str:
        roll = self.rng.random()
        if starts < ANCHOR:
            if roll < 0.86:
                return EventStatus.HELD
            return EventStatus.CANCELLED if roll < 0.93 else EventStatus.POSTPONED
        if roll < 0.68:
            return EventStatus.PLANNED
        return EventStatus.CONFIRMED if roll < 0.95 else EventStatus.POSTPONED

    def event(self, event_id: int, day: date, rows: EventRows) -> None:
        rng, cast = self.rng, self.cast
        kind = self.pick(_KIND_POOL)
        country = self.pick(cast.partner_countries) if cast.partner_countries else None
        city = self.pick(cast.places[country]) if country else None
        abroad = city is not None and (
            (kind == "visit" and rng.random() < 0.5) or rng.random() < 0.2
        )
        place_id = city[0] if abroad and city else cast.home_place
        timezone = TIMEZONES.get(country or "", "UTC") if abroad else KRASNOYARSK_TZ
        starts, ends, all_day, precision = self._when(kind, timezone, day)
        status = self._status(starts)
        foreign_orgs = cast.organizations.get(country or "", [])
        organization = self.pick(foreign_orgs) if foreign_orgs and rng.random() < 0.7 else None
        template = self.below(len(v.TITLES[kind]))
        title, title_alt = self._title(kind, template, country, city, organization)
        topics = self.topics()
        notes_parts = []
        if rng.random() < 0.4:
            joined = ", ".join(name for _id, name in topics)
            notes_parts.append(self.pick(v.TOPIC_PHRASES).format(topics=joined))
            if rng.random() < 0.3:
                notes_parts.append(self.pick(v.EXTRA_NOTES))
        if status in (EventStatus.CANCELLED, EventStatus.POSTPONED):
            notes_parts.append(self.pick(v.CANCEL_NOTES))
        recurrence = None
        if rng.random() < 0.001:  # an office keeps a few dozen series, not thousands
            recurrence = (
                "RRULE:FREQ=MONTHLY;COUNT=6"
                if kind == "call"
                else f"RRULE:FREQ=YEARLY;COUNT={self.between(2, 5)}"
            )
        created = min(starts, ANCHOR) - timedelta(days=self.between(3, 60), minutes=self.below(600))
        rows.add(
            {
                "id": event_id,
                "kind": kind,
                "title": title,
                "title_alt": title_alt,
                "status": status,
                "level": "official" if rng.random() < 0.6 else "working",
                "format": "online"
                if kind == "call"
                else ("hybrid" if rng.random() < 0.08 else "in_person"),
                "starts_at": starts,
                "ends_at": ends,
                "timezone": timezone,
                "all_day": all_day,
                "date_precision": precision,
                "recurrence": recurrence,
                "recurrence_ends_at": (
                    recurrence_end(recurrence, starts, ends, timezone, all_day)
                    if recurrence
                    else None
                ),
                "place_id": place_id,
                "venue": None if abroad or kind == "call" else self.pick(v.HOME_VENUES),
                "edition": None,
                "parent_id": None,
                "delegation_id": None,
                "source": (
                    f"пресс-служба администрации г. Красноярска, {starts:%d.%m.%Y}"
                    if status == EventStatus.HELD and rng.random() < 0.3
                    else None
                ),
                "notes": " ".join(notes_parts) or None,
                "ical_uid": None,
                "version": 1,
                "created_at": created,
                "updated_at": created,
                "archived_at": None,
            },
            participants=self._participants(country),
            countries=["RU", country] if country else ["RU"],
            organizations=[organization[0]] if organization else [],
            topics=[topic_id for topic_id, _name in topics],
            agreements=(
                [self.pick(cast.agreements[country])]
                if country in cast.agreements and rng.random() < 0.15
                else []
            ),
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

    def _participants(self, country: str | None) -> list[dict[str, object]]:
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


def generate_events(
    session: Session,
    count: int,
    *,
    seed: int,
    progress: Callable[[int, int], None] | None = None,
    batch: int = BATCH,
) -> int:
    """Add ``count`` generated events (in the session's transaction); the id of the first.

    The random stream depends on the seed and the first id, so a second batch differs from the
    first but the same database filled the same way always gets the same rows.
    """
    first = next_id(session, table_of(Event))
    generator = EventGenerator(load_cast(session), random.Random(f"diplotrack-demo:{seed}:{first}"))
    words = EventWords(session)
    dialect = session.get_bind().dialect
    # Days drawn first and sorted: ids follow time as in a real register, and the time indexes
    # grow at their end instead of splitting pages all over (a third faster on SQLite).
    days = sorted(generator.below(DAYS) for _ in range(count))

    def prepare(done: int) -> list[PreparedInsert]:
        rows = EventRows()
        for index in range(done, min(done + batch, count)):
            generator.event(first + index, FIRST_DAY + timedelta(days=days[index]), rows)
        return prepare_events(dialect, rows, words)

    if progress:
        progress(0, count)
    # One thread makes the next batch (pure Python) while this one writes the last: the
    # database driver lets go of the interpreter while SQLite works. Batches are made in
    # order by that one thread, so the rows do not depend on timing.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="demo-events") as pool:
        upcoming = pool.submit(prepare, 0) if count else None
        for done in range(0, count, batch):
            assert upcoming is not None
            prepared_batch = upcoming.result()
            following = done + batch
            upcoming = pool.submit(prepare, following) if following < count else None
            for prepared in prepared_batch:
                prepared.run(session)
            if progress:
                progress(min(following, count), count)
    advance_sequences(session, [table_of(Event)])
    return first
