"""The one mechanism every register uses: filter, sort, page and count in SQL, then rows.

A ``Register`` names, per kind of record, the columns a row is built from (each also a sort
key, by the row field's name), the joins they need, extra sort keys that are not selected, and
how a page of results becomes rows — fetching related values (countries, participants, …) for
the whole page at once, a bounded number of queries whatever the page size.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, tzinfo
from enum import Enum
from typing import Any, Generic, TypeVar

from sqlalchemy import RowMapping, Select, func, select
from sqlalchemy.orm import Session

from diplotrack.domain import KnownError
from diplotrack.domain.filters import RecordFilter

from .common_words import walking_conditions
from .filtering import HOOKS, conditions

RowT = TypeVar("RowT")
T = TypeVar("T")

# Ids per IN (…) when fetching a page's related values: under every engine's parameter limit.
CHUNK = 500


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def grouped(
    session: Session,
    ids: Sequence[int],
    statement: Callable[[Sequence[int]], Select[*tuple[Any, ...]]],
) -> dict[int, list[Any]]:
    """Rows of ``statement(ids)`` (its first column the record id) grouped by record id, in
    the statement's order; fetched in chunks so any number of ids works."""
    found: dict[int, list[Any]] = defaultdict(list)
    for chunk in chunks(ids):
        for row in session.execute(statement(chunk)):
            found[row[0]].append(row)
    return found


def plain(value: Any) -> Any:
    """Enum members as their stored string value, everything else as is."""
    return value.value if isinstance(value, Enum) else value


@dataclass(frozen=True)
class Register(Generic[RowT]):
    kind: str
    columns: Callable[[], dict[str, Any]]
    select_from: Callable[[Select[*tuple[Any, ...]]], Select[*tuple[Any, ...]]]
    finish: Callable[[Session, Sequence[RowMapping]], list[RowT]]
    extra_sort_keys: Callable[[], dict[str, Any]] = field(default=dict)
    # columns an index yields in order, never missing: a page sorted by one may walk it
    walkable_sort_keys: frozenset[str] = frozenset()

    def sort_key(self, name: str) -> Any:
        keys = {**self.columns(), **self.extra_sort_keys()}
        if name not in keys:
            raise KnownError(
                f"Cannot sort {self.kind} rows by “{name}”; possible: {', '.join(sorted(keys))}",
                field="order_by",
            )
        return keys[name]


def list_rows(
    session: Session,
    register: Register[RowT],
    flt: RecordFilter,
    *,
    order_by: str,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    zone: tzinfo = UTC,
    extra: Sequence[Any] = (),
) -> list[RowT]:
    """One page of rows matching ``flt``, sorted by the row field ``order_by`` (then by id, so
    pages never overlap). Missing values sort last either way, on both engines. ``extra``
    conditions narrow the filter further (a dossier's "overdue", a detail's one id). A page
    of a common word sorted by a walkable key walks its index (``common_words.py``)."""
    if offset < 0 or (limit is not None and limit < 0):
        raise KnownError("Offset and limit cannot be negative", field="offset")
    key = register.sort_key(order_by)
    page = _Page(register, order_by, key, descending, offset, limit)
    if limit and order_by in register.walkable_sort_keys:
        walking = walking_conditions(
            session,
            register.kind,
            flt,
            key,
            descending=descending,
            wanted=offset + limit,
            zone=zone,
        )
        if walking is not None:
            found = page.read(session, (*walking, *extra))
            if len(found) == limit:
                return register.finish(session, found)
    found = page.read(session, (*conditions(session, register.kind, flt, zone=zone), *extra))
    return register.finish(session, found)


@dataclass(frozen=True)
class _Page(Generic[RowT]):
    """Which rows of a register a page holds, but for the conditions they meet."""

    register: Register[RowT]
    order_by: str
    key: Any
    descending: bool
    offset: int
    limit: int | None

    def read(self, session: Session, found: Sequence[Any]) -> Sequence[RowMapping]:
        register, key, descending = self.register, self.key, self.descending
        model = HOOKS[register.kind].model
        selected = select(*(column.label(name) for name, column in register.columns().items()))
        if self.order_by in register.columns():
            statement = register.select_from(selected).where(*found)
            statement = _ordered(statement, key, model.id, descending)
            statement = statement.offset(self.offset).limit(self.limit)
        else:
            # A key that is no column of the row is computed per record (an event's first
            # country): the page's ids are picked by the key alone, and only that page's rows
            # are read, so sorting every match carries two values rather than the whole row.
            labelled = key.label("sort_key")  # ordered by its name: computed once a record
            ids = register.select_from(select(model.id.label("id"), labelled)).where(*found)
            chosen = (
                _ordered(ids, labelled, model.id, descending)
                .offset(self.offset)
                .limit(self.limit)
                .subquery("page")
            )
            statement = register.select_from(selected).join(chosen, chosen.c.id == model.id)
            statement = _ordered(statement, chosen.c.sort_key, chosen.c.id, descending)
        return session.execute(statement).mappings().all()


def _ordered(
    statement: Select[*tuple[Any, ...]], key: Any, tie: Any, descending: bool
) -> Select[*tuple[Any, ...]]:
    """Sorted by ``key`` with missing values last either way, then by ``tie`` the same way."""
    if descending:
        return statement.order_by(key.desc().nulls_last(), tie.desc())
    return statement.order_by(key.asc().nulls_last(), tie.asc())


def count_rows(
    session: Session, register: Register[RowT], flt: RecordFilter, *, zone: tzinfo = UTC
) -> int:
    model = HOOKS[register.kind].model
    statement = (
        select(func.count())
        .select_from(model)
        .where(*conditions(session, register.kind, flt, zone=zone))
    )
    return int(session.scalar(statement) or 0)


def row_ids(session: Session, kind: str, flt: RecordFilter, *, zone: tzinfo = UTC) -> Select[int]:
    """The ids of the records of ``kind`` matching ``flt``, as a subquery for other queries."""
    model = HOOKS[kind].model
    return select(model.id).where(*conditions(session, kind, flt, zone=zone))
