"""Free-text search: the index of the words each record is found by, and matching queries.

Every searchable record has one ``search_entry`` row holding its words (``domain.text``
convention; which words: ``search_words.py``). Services call ``reindex`` in the same
transaction as the change; ``reindex_all`` rebuilds a whole kind with a handful of queries.
``matching_ids`` is a subquery of record ids whose words contain every prefix of a query,
through FTS5 on SQLite and a GIN-indexed ``tsvector`` on PostgreSQL; the query text always
travels as a bound parameter and is reduced to plain letters and digits first, so nothing a
person types can break the SQL or FTS syntax.

``has_words`` is the same test for one record at a time (a correlated EXISTS through the
(kind, record) key), for a page that walks its order's index and stops once full;
``entries_matching`` tells, on SQLite, how many entries of any kind a query matches.

On SQLite ``matching_ids`` reaches the entries from the FTS5 matches by their primary key,
never through the (kind, record) index: SQLite, knowing nothing of how many entries a word
matches, would otherwise walk the whole kind's index (100,000 entries, ~8 ms) to find a few
hundred.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    bindparam,
    delete,
    false,
    insert,
    or_,
    select,
)
from sqlalchemy import text as text_clause
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement
from sqlalchemy.types import NullType

from diplotrack.domain import Country, CountryAlias
from diplotrack.domain.text import normalize, query_prefixes

from .schema import search_entry
from .search_words import SEARCHABLE_KINDS, check_kind, record_words

__all__ = [
    "SEARCHABLE_KINDS",
    "entries_matching",
    "find_country",
    "fts5_query",
    "has_words",
    "matching_ids",
    "record_words",
    "reindex",
    "reindex_all",
    "resolve_countries",
    "tsquery",
]

# Ids per statement when reindexing given records: well under SQLite's bound-parameter limit.
_CHUNK = 500


def _chunks(values: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def reindex(session: Session, kind: str, ids: Iterable[int]) -> None:
    """Recompute the search entries of these records (gone ones lose theirs), in the session's
    transaction; pending changes are flushed first so the words are read as they now stand."""
    check_kind(kind)
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
        check_kind(each)
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


class _words_match(FunctionElement[Any]):
    """True where a ``search_entry`` of the kind holds every prefix: (entry kind, wanted kind,
    entry id, entry words, FTS5 query, tsquery). Both query forms are bound; each engine's
    compiler uses its own."""

    name = "words_match"
    inherit_cache = True
    # no Boolean type: SQLite would get "… = 1" appended, a term its planner cannot use
    type = NullType()


@compiles(_words_match, "sqlite")
def _words_match_sqlite(element: _words_match, compiler: SQLCompiler, **kw: Any) -> str:
    entry_kind, kind, entry_id, _words, fts_query, _ts_query = list(element.clauses)
    # the unary + keeps SQLite from answering the kind through its index (see the docstring)
    return (
        f"(+{compiler.process(entry_kind, **kw)} = {compiler.process(kind, **kw)} AND "
        f"{compiler.process(entry_id, **kw)} IN (SELECT rowid FROM search_fts "
        f"WHERE search_fts MATCH {compiler.process(fts_query, **kw)}))"
    )


@compiles(_words_match, "postgresql")
def _words_match_postgresql(element: _words_match, compiler: SQLCompiler, **kw: Any) -> str:
    entry_kind, kind, _entry_id, entry_words, _fts_query, ts_query = list(element.clauses)
    return (
        f"({compiler.process(entry_kind, **kw)} = {compiler.process(kind, **kw)} AND "
        f"to_tsvector('simple', {compiler.process(entry_words, **kw)}) "
        f"@@ to_tsquery('simple', {compiler.process(ts_query, **kw)}))"
    )


class _entry_has_words(FunctionElement[Any]):
    """True where the ``search_entry`` holds every prefix: (entry id, entry words, FTS5 query,
    tsquery); each engine's compiler uses its own query form."""

    name = "entry_has_words"
    inherit_cache = True
    type = NullType()  # as _words_match: no "= 1" for SQLite's planner to trip on


@compiles(_entry_has_words, "sqlite")
def _entry_has_words_sqlite(element: _entry_has_words, compiler: SQLCompiler, **kw: Any) -> str:
    entry_id, _words, fts_query, _ts_query = list(element.clauses)
    # the matches are read once into a list the planner probes for each entry
    return (
        f"{compiler.process(entry_id, **kw)} IN (SELECT rowid FROM search_fts "
        f"WHERE search_fts MATCH {compiler.process(fts_query, **kw)})"
    )


@compiles(_entry_has_words, "postgresql")
def _entry_has_words_postgresql(element: _entry_has_words, compiler: SQLCompiler, **kw: Any) -> str:
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
    check_kind(kind)
    prefixes = query_prefixes(text)
    statement = select(search_entry.c.record_id)
    if not prefixes:
        return statement.where(false())
    return statement.where(
        _words_match(
            search_entry.c.record_kind,
            bindparam(None, kind, type_=String()),
            search_entry.c.id,
            search_entry.c.words,
            bindparam(None, fts5_query(prefixes), type_=String()),
            bindparam(None, tsquery(prefixes), type_=String()),
        )
    )


def has_words(kind: str, text: str, record_id: Any) -> ColumnElement[bool]:
    """Whether the record of ``kind`` whose id is ``record_id`` (a column of the enclosing
    query) has words starting with every query prefix: ``matching_ids`` for one record."""
    check_kind(kind)
    prefixes = query_prefixes(text)
    if not prefixes:
        return false()
    # selecting the id alone keeps SQLite in the (kind, record) index: "SELECT *" reads the row
    return (
        select(search_entry.c.id)
        .where(
            search_entry.c.record_kind == bindparam(None, kind, type_=String()),
            search_entry.c.record_id == record_id,
            _entry_has_words(
                search_entry.c.id,
                search_entry.c.words,
                bindparam(None, fts5_query(prefixes), type_=String()),
                bindparam(None, tsquery(prefixes), type_=String()),
            ),
        )
        .exists()
    )


def entries_matching(session: Session, text: str) -> int | None:
    """How many search entries, of every kind, hold every query prefix — on SQLite, where FTS5
    counts them in about a millisecond; None on other engines (their planners keep statistics
    of their own)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    prefixes = query_prefixes(text)
    if not prefixes:
        return 0
    statement = text_clause("SELECT count(*) FROM search_fts WHERE search_fts MATCH :query")
    return int(session.scalar(statement, {"query": fts5_query(prefixes)}) or 0)


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
