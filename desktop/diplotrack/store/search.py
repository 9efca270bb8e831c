"""Free-text search: the words each record is found by, their index, and matching queries.

Every searchable record has one ``search_entry`` row holding its words (``domain.text``
convention). Services call ``reindex`` in the same transaction as the change; ``reindex_all``
rebuilds a whole kind with a handful of queries. ``matching_ids`` is a subquery of record ids
whose words contain every prefix of a query, through FTS5 on SQLite and a GIN-indexed
``tsvector`` on PostgreSQL; the query text always travels as a bound parameter and is reduced
to plain letters and digits first, so nothing a person types can break the SQL or FTS syntax.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    Select,
    SQLColumnExpression,
    String,
    bindparam,
    delete,
    false,
    insert,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import Boolean

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Country,
    CountryAlias,
    Delegation,
    DelegationMember,
    Event,
    EventParticipant,
    FollowUp,
    KnownError,
    Organization,
    Person,
    Place,
    Position,
    Topic,
    event_country,
    event_organization,
    event_topic,
)
from diplotrack.domain.text import index_text, normalize, query_prefixes

from .schema import search_entry

SEARCHABLE_KINDS = (
    "event",
    "delegation",
    "agreement",
    "person",
    "organization",
    "place",
    "followup",
)

# Ids per statement when reindexing given records: well under SQLite's bound-parameter limit.
_CHUNK = 500

# A source of words: a statement whose first column is the record id and whose other columns are
# text parts, in the order they join the record's words; and the id column to restrict it by.
_Source = tuple[Select[*tuple[Any, ...]], SQLColumnExpression[int]]


def _event_sources() -> list[_Source]:
    return [
        (
            select(
                Event.id,
                Event.title,
                Event.title_alt,
                Event.venue,
                Event.notes,
                Event.source,
                Place.name,
                Place.name_alt,
            ).outerjoin(Place, Event.place_id == Place.id),
            Event.id,
        ),
        (
            select(
                EventParticipant.event_id,
                Person.name,
                Person.name_alt,
                EventParticipant.description,
            )
            .outerjoin(Person, EventParticipant.person_id == Person.id)
            .order_by(EventParticipant.event_id, EventParticipant.position, EventParticipant.id),
            EventParticipant.event_id,
        ),
        (
            select(
                event_organization.c.event_id,
                Organization.name,
                Organization.short_name,
                Organization.name_alt,
            )
            .join(Organization, event_organization.c.organization_id == Organization.id)
            .order_by(event_organization.c.event_id, Organization.id),
            event_organization.c.event_id,
        ),
        (
            select(event_topic.c.event_id, Topic.name_ru, Topic.name_en)
            .join(Topic, event_topic.c.topic_id == Topic.id)
            .order_by(event_topic.c.event_id, Topic.id),
            event_topic.c.event_id,
        ),
        (
            select(event_country.c.event_id, Country.name_ru, Country.name_en)
            .join(Country, event_country.c.country_code == Country.code)
            .order_by(event_country.c.event_id, Country.code),
            event_country.c.event_id,
        ),
    ]


def _delegation_sources() -> list[_Source]:
    head = aliased(Person)
    return [
        (
            select(
                Delegation.id,
                Delegation.title,
                Delegation.purpose,
                Delegation.notes,
                Place.name,
                Place.name_alt,
                Country.name_ru,
                Country.name_en,
                Organization.name,
                Organization.short_name,
                Organization.name_alt,
                head.name,
                head.name_alt,
            )
            .outerjoin(Place, Delegation.place_id == Place.id)
            .outerjoin(Country, Delegation.country_code == Country.code)
            .outerjoin(Organization, Delegation.organization_id == Organization.id)
            .outerjoin(head, Delegation.head_id == head.id),
            Delegation.id,
        ),
        (
            select(DelegationMember.delegation_id, Person.name, Person.name_alt)
            .join(Person, DelegationMember.person_id == Person.id)
            .order_by(
                DelegationMember.delegation_id, DelegationMember.position, DelegationMember.id
            ),
            DelegationMember.delegation_id,
        ),
    ]


def _agreement_sources() -> list[_Source]:
    return [
        (
            select(
                Agreement.id,
                Agreement.title,
                Agreement.title_alt,
                Agreement.summary,
                Agreement.notes,
            ),
            Agreement.id,
        ),
        (
            select(
                AgreementParty.agreement_id,
                Place.name,
                Place.name_alt,
                Organization.name,
                Organization.short_name,
                Organization.name_alt,
                Country.name_ru,
                Country.name_en,
            )
            .outerjoin(Place, AgreementParty.place_id == Place.id)
            .outerjoin(Organization, AgreementParty.organization_id == Organization.id)
            .outerjoin(Country, AgreementParty.country_code == Country.code)
            .order_by(AgreementParty.agreement_id, AgreementParty.position, AgreementParty.id),
            AgreementParty.agreement_id,
        ),
        (
            select(AgreementSignatory.agreement_id, Person.name, Person.name_alt)
            .join(Person, AgreementSignatory.person_id == Person.id)
            .order_by(
                AgreementSignatory.agreement_id, AgreementSignatory.position, AgreementSignatory.id
            ),
            AgreementSignatory.agreement_id,
        ),
    ]


def _person_sources() -> list[_Source]:
    return [
        (
            select(Person.id, Person.name, Person.name_alt, Person.notes, Person.contact_notes),
            Person.id,
        ),
        (
            select(Position.person_id, Position.title, Position.title_alt, Organization.name)
            .outerjoin(Organization, Position.organization_id == Organization.id)
            .order_by(Position.person_id, Position.id),
            Position.person_id,
        ),
    ]


def _organization_sources() -> list[_Source]:
    parent = aliased(Organization)
    return [
        (
            select(
                Organization.id,
                Organization.name,
                Organization.name_alt,
                Organization.short_name,
                Organization.notes,
                parent.name,
                Place.name,
            )
            .outerjoin(parent, Organization.parent_id == parent.id)
            .outerjoin(Place, Organization.place_id == Place.id),
            Organization.id,
        )
    ]


def _place_sources() -> list[_Source]:
    return [
        (
            select(
                Place.id, Place.name, Place.name_alt, Place.notes, Country.name_ru, Country.name_en
            ).outerjoin(Country, Place.country_code == Country.code),
            Place.id,
        )
    ]


def _followup_sources() -> list[_Source]:
    return [
        (
            select(
                FollowUp.id, FollowUp.title, FollowUp.notes, FollowUp.responsible_text, Person.name
            ).outerjoin(Person, FollowUp.responsible_person_id == Person.id),
            FollowUp.id,
        )
    ]


_SOURCES = {
    "event": _event_sources,
    "delegation": _delegation_sources,
    "agreement": _agreement_sources,
    "person": _person_sources,
    "organization": _organization_sources,
    "place": _place_sources,
    "followup": _followup_sources,
}


def _check_kind(kind: str) -> None:
    if kind not in _SOURCES:
        raise KnownError(
            f"“{kind}” is not a searchable kind of record; known: {', '.join(SEARCHABLE_KINDS)}",
            field="kind",
        )


def record_words(session: Session, kind: str, ids: Sequence[int] | None = None) -> dict[int, str]:
    """The searchable words of the records of ``kind`` with these ids (all when None).

    Ids of records that do not exist are left out. One query per source, not per record.
    """
    _check_kind(kind)
    parts: dict[int, list[str | None]] = {}
    main, *details = _SOURCES[kind]()
    statement, key = main
    if ids is not None:
        statement = statement.where(key.in_(ids))
    for row in session.execute(statement):
        parts[row[0]] = list(row[1:])
    for statement, key in details:
        if ids is not None:
            statement = statement.where(key.in_(ids))
        for row in session.execute(statement):
            found = parts.get(row[0])
            if found is not None:
                found.extend(row[1:])
    return {record_id: index_text(*texts) for record_id, texts in parts.items()}


def _chunks(values: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def reindex(session: Session, kind: str, ids: Iterable[int]) -> None:
    """Recompute the search entries of these records (gone ones lose theirs), in the session's
    transaction; pending changes are flushed first so the words are read as they now stand."""
    _check_kind(kind)
    wanted = sorted(set(ids))
    if not wanted:
        return
    session.flush()
    for chunk in _chunks(wanted, _CHUNK):
        found = record_words(session, kind, chunk)
        session.execute(
            delete(search_entry).where(
                search_entry.c.record_kind == kind, search_entry.c.record_id.in_(chunk)
            )
        )
        _write(session, kind, found)


def reindex_all(session: Session, kind: str | None = None) -> int:
    """Rebuild the search entries of one kind (every kind when None); the number written."""
    kinds = SEARCHABLE_KINDS if kind is None else (kind,)
    for each in kinds:
        _check_kind(each)
    session.flush()
    written = 0
    for each in kinds:
        session.execute(delete(search_entry).where(search_entry.c.record_kind == each))
        found = record_words(session, each)
        _write(session, each, found)
        written += len(found)
    return written


def _write(session: Session, kind: str, found: dict[int, str]) -> None:
    rows = [{"record_kind": kind, "record_id": key, "words": words} for key, words in found.items()]
    for start in range(0, len(rows), 5000):
        session.execute(insert(search_entry), rows[start : start + 5000])


class _words_match(FunctionElement[bool]):
    """True where ``search_entry`` holds every prefix: (entry id, entry words, FTS5 query,
    tsquery). Both query forms are bound; each engine's compiler uses its own."""

    name = "words_match"
    inherit_cache = True
    type = Boolean()


@compiles(_words_match, "sqlite")
def _words_match_sqlite(element: _words_match, compiler: SQLCompiler, **kw: Any) -> str:
    entry_id, _words, fts_query, _ts_query = list(element.clauses)
    return (
        f"{compiler.process(entry_id, **kw)} IN (SELECT rowid FROM search_fts "
        f"WHERE search_fts MATCH {compiler.process(fts_query, **kw)})"
    )


@compiles(_words_match, "postgresql")
def _words_match_postgresql(element: _words_match, compiler: SQLCompiler, **kw: Any) -> str:
    _entry_id, entry_words, _fts_query, ts_query = list(element.clauses)
    return (
        f"to_tsvector('simple', {compiler.process(entry_words, **kw)}) "
        f"@@ to_tsquery('simple', {compiler.process(ts_query, **kw)})"
    )


def fts5_query(prefixes: Sequence[str]) -> str:
    """``"кабаев"* AND "абад"*``: every prefix quoted (inner quotes doubled) as a phrase prefix."""
    return " AND ".join('"' + prefix.replace('"', '""') + '"*' for prefix in prefixes)


def tsquery(prefixes: Sequence[str]) -> str:
    """``'кабаев':* & 'абад':*``: every prefix as a quoted lexeme (quotes, backslashes escaped)."""
    quoted = ("'" + p.replace("\\", "\\\\").replace("'", "''") + "'" for p in prefixes)
    return " & ".join(f"{lexeme}:*" for lexeme in quoted)


def matching_ids(kind: str, text: str) -> Select[int]:
    """Ids of the records of ``kind`` whose words contain a word starting with every query
    prefix ("Кабаева" → ``кабаев*``). Text without any word matches nothing."""
    _check_kind(kind)
    prefixes = query_prefixes(text)
    statement = select(search_entry.c.record_id).where(search_entry.c.record_kind == kind)
    if not prefixes:
        return statement.where(false())
    return statement.where(
        _words_match(
            search_entry.c.id,
            search_entry.c.words,
            bindparam(None, fts5_query(prefixes), type_=String()),
            bindparam(None, tsquery(prefixes), type_=String()),
        )
    )


def resolve_countries(session: Session, text: str) -> list[str]:
    """ISO codes the text names: "KG", "Киргизия", "Кыргызстан", "Kyrgyz Republic" → ["KG"].

    The whole text is tried first, then each part between commas or semicolons. Two Latin
    letters are also taken as a code, in any case.
    """
    whole = normalize(text)
    if not whole:
        return []
    found = _lookup(session, [whole])
    if found or not any(mark in whole for mark in ",;"):
        return found
    pieces = [p for p in (normalize(part) for part in whole.replace(";", ",").split(",")) if p]
    return _lookup(session, pieces)


def _lookup(session: Session, pieces: list[str]) -> list[str]:
    codes = [p.upper() for p in pieces if len(p) == 2 and p.isascii() and p.isalpha()]
    statement = (
        select(Country.code)
        .outerjoin(CountryAlias, CountryAlias.country_code == Country.code)
        .where(or_(CountryAlias.normalized.in_(pieces), Country.code.in_(codes)))
        .distinct()
        .order_by(Country.code)
    )
    return list(session.scalars(statement))


def find_country(session: Session, text: str) -> str | None:
    """The one country the text names, or None when it names none or several."""
    found = resolve_countries(session, text)
    return found[0] if len(found) == 1 else None
