"""Finding the existing record a draft item is: by the stems of its name in any word form, the
countries' aliases, and what the records are linked to. Pure reads."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    Country,
    CountryAlias,
    Delegation,
    Event,
    EventParticipant,
    FollowUp,
    Organization,
    Person,
    Place,
    Topic,
)
from diplotrack.domain.base import Record
from diplotrack.domain.text import stem, words
from diplotrack.store.search import matching_ids

R = TypeVar("R", bound=Record)

# Endings of Russian names in their other cases, tried longest first: «Кабаева», «Кабаевым» and
# «Кабаевой» are all «Кабаев»; «Азамата» is «Азамат».
_NAME_ENDINGS = ("ыми", "ого", "ому", "ой", "ым", "ом", "ую", "ая", "ем", "а", "у", "е", "ы", "ю")


_STOPWORDS = frozenset({"the", "and", "for", "with", "from", "при", "для"})


def name_key(word: str) -> str:
    """A name word reduced so its case forms meet: «Кабаева» → «кабаев», «Назгуль» stays."""
    word = words(word)[0] if words(word) else word.casefold()
    for ending in _NAME_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def person_key(name: str) -> tuple[str, ...]:
    """First name and surname (the first and last words) reduced by ``name_key``."""
    parts = name.replace("-", " ").split()
    if not parts:
        return ()
    return (name_key(parts[0]), name_key(parts[-1])) if len(parts) > 1 else (name_key(parts[0]),)


@lru_cache(maxsize=16384)
def stems(text: str) -> tuple[str, ...]:
    """The stems of the words of ``text`` that carry meaning (not «в», «и», "of", "the")."""
    return tuple(
        stem(w) for w in words(text) if (len(w) > 2 and w not in _STOPWORDS) or w.isdigit()
    )


def similar(a: Iterable[str], b: Iterable[str]) -> float:
    """How much of the shorter name the longer one holds, by stems (a stem may be a prefix of
    the other's: «кабаев» and «каба»)."""
    first, second = list(a), list(b)
    if not first or not second:
        return 0.0
    shorter, longer = sorted((first, second), key=len)
    held = sum(1 for s in shorter if any(o.startswith(s) or s.startswith(o) for o in longer))
    return held / len(longer)


class Catalog:
    """What the database already knows, asked by the analysis; reads only."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._countries: dict[tuple[str, ...], str] | None = None
        self._adjectives: dict[str, str] | None = None

    def _country_index(self) -> dict[tuple[str, ...], str]:
        if self._countries is None:
            index: dict[tuple[str, ...], str] = {}
            adjectives: dict[str, set[str]] = {}
            rows = list(self.session.execute(select(CountryAlias.alias, CountryAlias.country_code)))
            rows += list(self.session.execute(select(Country.name_ru, Country.code)))
            rows += list(self.session.execute(select(Country.name_en, Country.code)))
            for alias, code in rows:
                key = stems(alias)
                if key:
                    index.setdefault(key, code)
                parts = words(alias)
                if len(parts) == 2 and parts[0].endswith(("ская", "кая", "ская", "ий")):
                    adjectives.setdefault(stem(parts[0]), set()).add(code)
            self._countries = index
            self._adjectives = {a: next(iter(c)) for a, c in adjectives.items() if len(c) == 1}
        return self._countries

    def country(self, text: str) -> str | None:
        """The ISO code of the country ``text`` names in any word form («Киргизской
        Республики», «России»), or None."""
        key = stems(text)
        return self._country_index().get(key) if key else None

    def country_adjective(self, word: str) -> str | None:
        """The country an adjective names: «киргизской» → KG, «российско» → RU."""
        self._country_index()
        assert self._adjectives is not None
        found = stem(word)
        for adjective, code in self._adjectives.items():
            if found.startswith(adjective) or (adjective.startswith(found) and len(found) >= 5):
                return code
        return None

    def country_name(self, code: str, language: str) -> str:
        country = self.session.get(Country, code)
        return code if country is None else country.name(language)

    def topics(self) -> list[tuple[int, str, str | None]]:
        return [
            (row.id, row.name_ru, row.name_en)
            for row in self.session.scalars(select(Topic).order_by(Topic.id))
        ]

    def place(self, name: str) -> Place | None:
        key = stems(name)
        best: tuple[float, Place] | None = None
        for place in self._candidates(Place, "place", name):
            score = max(similar(key, stems(place.name)), similar(key, stems(place.name_alt or "")))
            if score >= 0.99 and (best is None or score > best[0]):
                best = (score, place)
        return best[1] if best else None

    def organization(self, name: str) -> Organization | None:
        key = stems(name)
        best: tuple[float, Organization] | None = None
        for found in self._candidates(Organization, "organization", " ".join(words(name)[:2])):
            for known in (found.name, found.name_alt, found.short_name):
                other = stems(known or "")
                if not other or not key or other[0][:4] != key[0][:4]:
                    continue  # the head word must agree: a chancery is not its embassy
                score = similar(key, other)
                if score >= 0.7 and (best is None or score > best[0]):
                    best = (score, found)
        return best[1] if best else None

    def person(self, name: str) -> Person | None:
        key = person_key(name)
        for found in self._candidates(Person, "person", name):
            for known in (found.name, found.name_alt):
                if known and person_key(known) == key:
                    return found
        return None

    def agreement(self, title: str, place_ids: list[int], sister_city: bool) -> Agreement | None:
        if place_ids:
            statement = (
                select(Agreement)
                .join(AgreementParty)
                .where(AgreementParty.place_id.in_(place_ids), Agreement.archived_at.is_(None))
                .order_by(Agreement.id)
            )
            for agreement in self.session.scalars(statement).unique():
                parties = {p.place_id for p in agreement.parties}
                wanted = set(place_ids)
                kind_fits = not sister_city or agreement.kind.value == "sister_city"
                if kind_fits and (wanted <= parties or len(wanted & parties) >= 2):
                    return agreement
        found = self._candidates(Agreement, "agreement", title)
        return found[0] if len(found) == 1 else None

    def event(
        self, kind: str, day: date | None, person_ids: list[int], timezone: str
    ) -> Event | None:
        """The event a press release reports: of its kind, within a few days before the day
        (press releases come out the same day or soon after), sharing its people — two of
        them when the text names two or more, so that the mayor alone (host of most of the
        office's meetings) does not make another meeting of his that week the one reported."""
        people = set(person_ids)
        if day is None or not people:
            return None
        start = datetime.combine(day - timedelta(days=4), time(0), UTC)
        end = datetime.combine(day + timedelta(days=2), time(0), UTC)
        shared = func.count(func.distinct(EventParticipant.person_id))
        statement = (
            select(Event.id, Event.starts_at, shared)
            .join(EventParticipant)
            .where(
                Event.kind == kind,
                Event.starts_at >= start,
                Event.starts_at < end,
                Event.archived_at.is_(None),
                EventParticipant.person_id.in_(people),
            )
            .group_by(Event.id, Event.starts_at)
            .having(shared >= min(2, len(people)))
        )
        moment = datetime.combine(day, time(12), UTC)
        best = max(
            self.session.execute(statement),
            key=lambda row: (row[2], -abs((row[1] - moment).total_seconds())),
            default=None,
        )
        return None if best is None else self.session.get(Event, best[0])

    def named_event(self, title: str, kind: str, edition: int | None) -> Event | None:
        key = stems(title)
        best: tuple[float, Event] | None = None
        for event in self._candidates(Event, "event", " ".join(words(title)[-4:])):
            if event.kind.value != kind or (edition and event.edition not in (None, edition)):
                continue
            score = max(
                similar(key, stems(event.title)), similar(key, stems(event.title_alt or ""))
            )
            if score >= 0.6 and (best is None or score > best[0]):
                best = (score, event)
        return best[1] if best else None

    def delegation(
        self, place_id: int | None, organization_id: int | None, direction: str, after: date | None
    ) -> Delegation | None:
        if place_id is None and organization_id is None:
            return None
        statement = select(Delegation).where(
            Delegation.direction == direction, Delegation.archived_at.is_(None)
        )
        if organization_id is not None:
            statement = statement.where(Delegation.organization_id == organization_id)
        else:
            statement = statement.where(Delegation.place_id == place_id)
        if after is not None:
            statement = statement.where(
                (Delegation.arrives_on.is_(None)) | (Delegation.arrives_on >= after)
            )
        return self.session.scalars(statement.order_by(Delegation.arrives_on)).first()

    def followup(self, delegation_id: int) -> FollowUp | None:
        statement = (
            select(FollowUp)
            .where(FollowUp.delegation_id == delegation_id, FollowUp.archived_at.is_(None))
            .order_by(FollowUp.id)
        )
        return self.session.scalars(statement).first()

    def agreement_followup(self, agreement_id: int, work: tuple[str, ...]) -> FollowUp | None:
        """The agreement's follow-up about this work: its title holds every stem of the work
        («строительство … школ» is «Уточнить сроки строительства русской школы …»)."""
        statement = (
            select(FollowUp)
            .where(FollowUp.agreement_id == agreement_id, FollowUp.archived_at.is_(None))
            .order_by(FollowUp.id)
        )
        wanted = [w for w in work if len(w) > 3]
        for followup in self.session.scalars(statement):
            title = stems(followup.title)
            # a work's adjectives may differ («новых русских школ», «русской школы»): nouns
            # are what must meet, so the stems are compared only where both texts have them
            shared = sum(
                1 for w in wanted if any(t.startswith(w) or w.startswith(t) for t in title)
            )
            if wanted and shared >= max(2, len(wanted) - 1):
                return followup
        return None

    def _candidates(self, model: type[R], kind: str, text: str) -> list[R]:
        # English stems can end in a letter the word does not ("city" → "citi"): such a stem
        # is no prefix of the word, so the search would miss it; those words are left out
        usable = " ".join(w for w in words(text) if w.startswith(stem(w)))
        ids = matching_ids(kind, usable)
        statement = (
            select(model)
            .where(model.id.in_(ids), model.archived_at.is_(None))
            .order_by(model.id)
            .limit(50)
        )
        return list(self.session.scalars(statement))
