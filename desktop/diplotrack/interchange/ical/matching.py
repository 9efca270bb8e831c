"""Known records a calendar's words point to: places by LOCATION, topics by CATEGORIES, people
by an attendee's e-mail or name in any word form, organizations by a group attendee's name."""

from __future__ import annotations

from icalendar import vRecur
from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Organization, Person, Place, Topic
from diplotrack.domain.text import normalize, stem, words

NameKey = tuple[str, ...]


def name_key(text: str) -> NameKey:
    """A name compared as its words' stems in any order: «Азамата Кабаева», «Кабаев Азамат»
    and «Азамат Кабаев» are the same person."""
    return tuple(sorted(stem(word) for word in words(text)))


class Directory:
    """The office's places, topics, people and organizations, read once per import."""

    def __init__(self, session: Session) -> None:
        self.places: dict[str, int] = {}
        self.place_keys: dict[NameKey, int] = {}
        self.place_countries: dict[int, str] = {}
        for place_id, name, name_alt, country in session.execute(
            select(Place.id, Place.name, Place.name_alt, Place.country_code)
            .where(Place.archived_at.is_(None))
            .order_by(Place.id)
        ):
            self.place_countries[place_id] = country
            for text in (name, name_alt):
                if text:
                    self.places.setdefault(normalize(text), place_id)
                    self.place_keys.setdefault(name_key(text), place_id)
        self.topics: dict[str, int] = {}
        for topic_id, name_ru, name_en in session.execute(
            select(Topic.id, Topic.name_ru, Topic.name_en).order_by(Topic.id)
        ):
            for text in (name_ru, name_en):
                if text:
                    self.topics.setdefault(normalize(text), topic_id)
                    self.topics.setdefault(" ".join(name_key(text)), topic_id)
        self.emails: dict[str, int] = {}
        self.people: dict[NameKey, int] = {}
        for person_id, name, name_alt, email in session.execute(
            select(Person.id, Person.name, Person.name_alt, Person.email)
            .where(Person.archived_at.is_(None))
            .order_by(Person.id)
        ):
            self.add_person(person_id, name, email, name_alt)
        self.organizations: dict[NameKey, int] = {}
        for org_id, name, short_name, name_alt in session.execute(
            select(
                Organization.id, Organization.name, Organization.short_name, Organization.name_alt
            )
            .where(Organization.archived_at.is_(None))
            .order_by(Organization.id)
        ):
            for text in (name, short_name, name_alt):
                if text:
                    self.organizations.setdefault(name_key(text), org_id)

    def add_person(
        self, person_id: int, name: str, email: str | None, name_alt: str | None = None
    ) -> None:
        if email:
            self.emails.setdefault(email.casefold(), person_id)
        for text in (name, name_alt):
            if text and words(text):
                self.people.setdefault(name_key(text), person_id)

    def person(self, name: str | None, email: str | None) -> int | None:
        if email and email.casefold() in self.emails:
            return self.emails[email.casefold()]
        if name and words(name):
            return self.people.get(name_key(name))
        return None

    def organization(self, name: str | None) -> int | None:
        return self.organizations.get(name_key(name)) if name and words(name) else None

    def place(self, text: str) -> int | None:
        if not words(text):
            return None
        return self.places.get(normalize(text)) or self.place_keys.get(name_key(text))

    def topic(self, text: str) -> int | None:
        if not words(text):
            return None
        return self.topics.get(normalize(text)) or self.topics.get(" ".join(name_key(text)))

    def location(self, text: str | None) -> tuple[int | None, str | None]:
        """A LOCATION as (place, venue): the whole text or one of its comma-separated parts
        naming a known place gives the place; what is left stays the venue."""
        if not text:
            return None, None
        whole = self.place(text)
        if whole is not None:
            return whole, None
        parts = [part.strip() for part in text.replace(";", ",").split(",")]
        for number, part in enumerate(parts):
            found = self.place(part)
            if found is not None:
                rest = ", ".join(p for i, p in enumerate(parts) if i != number and p)
                return found, rest or None
        return None, text


def _rule_line(line: str) -> tuple[str, object]:
    head, _, body = line.partition(":") if ":" in line else ("RRULE", ":", line)
    name = head.split(";")[0].strip().upper()
    if name in ("RRULE", "EXRULE"):
        try:
            return name, tuple(sorted((k, str(v)) for k, v in vRecur.from_ical(body).items()))
        except ValueError:
            return name, body
    return head.upper(), frozenset(value.strip() for value in body.split(","))


def same_rule(stored: str | None, given: str | None) -> bool:
    """Whether two recurrence texts say the same: rule parts in any order, dates in any order
    (an editor, a calendar program and our export each order them their own way)."""

    def lines(text: str | None) -> list[tuple[str, object]]:
        unfolded = (text or "").replace("\r\n", "\n").replace("\n ", "")
        return [_rule_line(line.strip()) for line in unfolded.split("\n") if line.strip()]

    first, second = lines(stored), lines(given)
    return len(first) == len(second) and set(first) == set(second)
