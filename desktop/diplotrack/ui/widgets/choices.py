"""What a picker offers: existing countries, places, people, organizations, topics, agreements,
events and delegations matching what was typed, as light ``Choice`` values (no Qt, no ORM).

Records are found through the search index (``store.search.matching_ids``: any word form,
Cyrillic or Latin) and read as register rows; countries by the names people write (aliases,
"Кирг" → Киргизия) or their code; topics by their Russian or English name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    Country,
    CountryAlias,
    Delegation,
    Event,
    Organization,
    Person,
    Place,
    Topic,
)
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.text import normalize, query_prefixes
from diplotrack.store.queries.kinds import (
    AGREEMENTS,
    DELEGATIONS,
    EVENTS,
    ORGANIZATIONS,
    PEOPLE,
    PLACES,
)
from diplotrack.store.queries.register import Register, list_rows
from diplotrack.store.search import matching_ids

# Kinds a picker can offer, and those it can create on the spot when nothing matches.
KINDS = ("country", "place", "person", "organization", "topic", "agreement", "event", "delegation")
CREATABLE = frozenset({"place", "person", "organization"})
LIMIT = 20

_ALL = RecordFilter(include_archived=True)


@dataclass(frozen=True)
class Choice:
    """One record a picker offers or holds: its kind and key (an id, or a country's ISO code),
    its name, a hint that tells namesakes apart, the country for its flag, and a day."""

    kind: str
    key: int | str
    name: str
    detail: str = ""
    country: str | None = None
    day: date | None = None

    @property
    def id(self) -> int:
        assert isinstance(self.key, int), f"a {self.kind} choice has no numeric id"
        return self.key


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _countries(session: Session, rows: Sequence[Any], language: str) -> list[Choice]:
    return [
        Choice("country", code, name_ru if language == "ru" else name_en, code, code)
        for code, name_ru, name_en in rows
    ]


def find_countries(session: Session, text: str, language: str, limit: int) -> list[Choice]:
    whole = normalize(text)
    if not whole:
        return []
    patterns = {_like_prefix(whole)}
    prefixes = query_prefixes(text)
    if len(prefixes) == 1:  # "Киргизии" → "киргиз%": any form of a one-word name
        patterns.add(_like_prefix(prefixes[0]))
    named = select(CountryAlias.country_code).where(
        or_(*(CountryAlias.normalized.like(p, escape="\\") for p in patterns))
    )
    statement = (
        select(Country.code, Country.name_ru, Country.name_en)
        .where(or_(Country.code.in_(named), Country.code == whole.upper()))
        .order_by(
            Country.code != whole.upper(), Country.name_ru if language == "ru" else Country.name_en
        )
        .limit(limit)
    )
    return _countries(session, session.execute(statement).all(), language)


def _topic(topic: Topic, language: str) -> Choice:
    return Choice("topic", topic.id, topic.name(language))


def find_topics(session: Session, text: str, language: str, limit: int) -> list[Choice]:
    whole = normalize(text)
    prefixes = query_prefixes(text)
    found = []
    for topic in session.scalars(select(Topic).order_by(Topic.name_ru)):
        names = normalize(f"{topic.name_ru} {topic.name_en or ''}")
        if whole in names or (prefixes and all(p in names for p in prefixes)):
            found.append(_topic(topic, language))
    return found[:limit]


def _choice_of_row(kind: str, row: Any) -> Choice:
    if kind == "person":
        post = ", ".join(part for part in (row.position, row.organization) if part)
        return Choice(kind, row.id, row.name, post or (row.name_alt or ""), row.country)
    if kind == "place":
        return Choice(kind, row.id, row.name, row.name_alt or "", row.country)
    if kind == "organization":
        return Choice(kind, row.id, row.name, row.short_name or "", row.country)
    if kind == "agreement":
        return Choice(
            kind, row.id, row.title, "", row.countries[0] if row.countries else None, row.signed_on
        )
    if kind == "event":
        return Choice(kind, row.id, row.title, row.place or "", None, row.starts_at.date())
    return Choice(kind, row.id, row.title, row.place or "", row.country, row.arrives_on)


_REGISTERS: dict[str, tuple[Register[Any], Any, str, bool]] = {
    "person": (PEOPLE, Person.id, "name", False),
    "place": (PLACES, Place.id, "name", False),
    "organization": (ORGANIZATIONS, Organization.id, "name", False),
    "agreement": (AGREEMENTS, Agreement.id, "title", False),
    "event": (EVENTS, Event.id, "starts_at", True),  # the latest first
    "delegation": (DELEGATIONS, Delegation.id, "arrives_on", True),
}


def find_choices(
    session: Session, kind: str, text: str, *, language: str, limit: int = LIMIT
) -> list[Choice]:
    """Up to ``limit`` records of ``kind`` that what was typed names (archived ones never)."""
    if kind == "country":
        return find_countries(session, text, language, limit)
    if kind == "topic":
        return find_topics(session, text, language, limit)
    register, id_column, order_by, descending = _REGISTERS[kind]
    if not query_prefixes(text):
        return []
    rows = list_rows(
        session,
        register,
        RecordFilter(),
        order_by=order_by,
        descending=descending,
        limit=limit,
        extra=[id_column.in_(matching_ids(kind, text))],
    )
    return [_choice_of_row(kind, row) for row in rows]


def choices_for(
    session: Session, kind: str, keys: Sequence[int | str], *, language: str
) -> list[Choice]:
    """The choices for records a picker already holds, in the order of ``keys``."""
    if not keys:
        return []
    found: dict[int | str, Choice]
    if kind == "country":
        codes = [str(key) for key in keys]
        rows = session.execute(
            select(Country.code, Country.name_ru, Country.name_en).where(Country.code.in_(codes))
        ).all()
        found = {choice.key: choice for choice in _countries(session, rows, language)}
    elif kind == "topic":
        topics = session.scalars(select(Topic).where(Topic.id.in_(keys)))
        found = {topic.id: _topic(topic, language) for topic in topics}
    else:
        register, id_column, order_by, _ = _REGISTERS[kind]
        rows = list_rows(session, register, _ALL, order_by=order_by, extra=[id_column.in_(keys)])
        found = {row.id: _choice_of_row(kind, row) for row in rows}
    return [found[key] for key in keys if key in found]


def choice_for(
    session: Session, kind: str, key: int | str | None, *, language: str
) -> Choice | None:
    if key is None:
        return None
    found = choices_for(session, kind, [key], language=language)
    return found[0] if found else None
