"""The preview of an import: every row read through the mapping, with its problems.

A problem names the row as the file numbers it, the column by its heading, and what is wrong; a
row with problems is left out of the import (or makes the import refuse the whole file, as the
person chooses). Checking only reads the database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from diplotrack.store.database import Database

from ..report import ImportCancelled, Problem, Progress, Where, no_progress
from . import messages as msg
from .fields import Field, Kind
from .lookups import NEAR_DEGREES, Lookups, distance, key
from .mapping import TableMapping
from .reading import Cell, Table, TableRow
from .values import (
    VOCABULARIES,
    CellError,
    read_choice,
    read_date,
    read_number,
    read_text,
    split_countries,
    split_list,
)

# Wikidata's items without a label in the language asked for come out as their id.
_ITEM_ID = re.compile(r"Q\d+$")
_RANGES = {
    "latitude": (-90.0, 90.0),
    "longitude": (-180.0, 180.0),
    "partner_latitude": (-90.0, 90.0),
    "partner_longitude": (-180.0, 180.0),
    "population": (0.0, 1e10),
    "partner_population": (0.0, 1e10),
}


@dataclass(frozen=True)
class RowCheck:
    """One row of the table as the import would take it.

    ``number`` is the row as the file numbers it (``line``: where it starts in a text file);
    ``cells`` are the cells as read, one per column; ``values`` the mapped fields' values
    (text, ``date``/``datetime``, float, an ISO country code, a tuple of codes or names, a
    vocabulary value) — only of the fields whose cells are filled and good; ``problems`` each
    carry ``Where(row=number, line=line, column=<heading>)``. A row with problems is not
    imported.
    """

    number: int
    cells: tuple[Cell, ...]
    values: Mapping[str, Any]
    problems: tuple[Problem, ...] = ()
    line: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class _Row:
    where_row: TableRow
    values: dict[str, Any] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def check_rows(db: Database, table: Table, mapping: TableMapping) -> list[RowCheck]:
    """Every row of ``table`` read through ``mapping``, with its problems (pure reads)."""
    with db.session() as session:
        return check_table(session, table, mapping, Lookups(session))


def check_mapping(table: Table, mapping: TableMapping) -> None:
    """Refuse a mapping that cannot import anything: wrong width, no required field."""
    spec = mapping.spec
    if len(mapping.fields) != table.width:
        raise msg.refusal(
            msg.MAPPING_WIDTH, field="mapping", given=len(mapping.fields), width=table.width
        )
    if not any(mapping.fields):
        raise msg.refusal(msg.NO_COLUMNS_KNOWN, name=table.source, headers=", ".join(table.headers))
    for name in mapping.missing:
        raise msg.refusal(
            msg.MISSING_FIELD, field="mapping", name=spec.field(name).label, register=spec.label
        )


def check_table(
    session: Session,
    table: Table,
    mapping: TableMapping,
    lookups: Lookups,
    progress: Progress = no_progress,
    *,
    total: int | None = None,
) -> list[RowCheck]:
    check_mapping(table, mapping)
    spec = mapping.spec
    columns = [
        (index, spec.field(name)) for index, name in enumerate(mapping.fields) if name is not None
    ]
    checks: list[RowCheck] = []
    every = max(1, len(table.rows) // 100)
    for count, table_row in enumerate(table.rows):
        if count % every == 0 and not progress(count, total or len(table.rows)):
            raise ImportCancelled()
        row = _Row(table_row)
        for index, target in columns:
            _read_cell(
                row, table.headers[index], target, table_row.cells[index], spec.name, lookups
            )
        for name in spec.required:
            if name not in row.values and not _has_problem(row, mapping, table, name):
                column = mapping.column_of(name)
                heading = table.headers[column] if column is not None else None
                _add(row, heading, msg.REQUIRED)
        if table_row.extra:
            _add(
                row,
                None,
                msg.EXTRA_CELLS,
                count=table.width + len(table_row.extra),
                width=table.width,
            )
        _ROW_RULES.get(spec.name, _no_rule)(row, mapping, table, lookups)
        checks.append(
            RowCheck(
                number=table_row.number,
                cells=table_row.cells,
                values=MappingProxyType(row.values),
                problems=tuple(row.problems),
                line=table_row.line,
            )
        )
    return checks


def _add(row: _Row, heading: str | None, template: str, **values: object) -> None:
    where = Where(line=row.where_row.line, row=row.where_row.number, column=heading)
    row.problems.append(msg.problem(where, template, **values))


def _has_problem(row: _Row, mapping: TableMapping, table: Table, name: str) -> bool:
    column = mapping.column_of(name)
    heading = table.headers[column] if column is not None else None
    return any(problem.where.column == heading for problem in row.problems)


def _read_cell(
    row: _Row, heading: str, target: Field, cell: Cell, register: str, lookups: Lookups
) -> None:
    if cell is None or (isinstance(cell, str) and not cell.strip()):
        return
    try:
        row.values[target.name] = _value(cell, target, register, lookups)
    except CellError as error:
        _add(row, heading, error.template, **error.values)


def _value(cell: Cell, target: Field, register: str, lookups: Lookups) -> Any:
    if target.kind == Kind.DATE:
        return read_date(cell)
    if target.kind == Kind.NUMBER:
        number = read_number(cell)
        low, high = _RANGES.get(target.name, (float("-inf"), float("inf")))
        if not low <= number <= high:
            raise CellError(msg.OUT_OF_RANGE, value=read_text(cell), low=low, high=high)
        return number
    text = " ".join(read_text(cell).split()) if target.kind != Kind.TEXT else read_text(cell)
    if len(text) > target.limit:
        raise CellError(msg.TOO_LONG, length=len(text), limit=target.limit)
    if target.kind == Kind.COUNTRY:
        return _one_country(text, lookups)
    if target.kind == Kind.COUNTRIES:
        codes = lookups.countries(text)  # "Kyrgyz Republic" whole, before splitting
        if len(codes) == 1:
            return codes
        return tuple(dict.fromkeys(_one_country(part, lookups) for part in split_countries(text)))
    if target.kind == Kind.LIST:
        return tuple(split_list(text))
    if target.kind == Kind.CHOICE:
        return read_choice(text, VOCABULARIES[(register, target.name)])
    if target.name in ("city", "partner_city") and _ITEM_ID.match(text):
        raise CellError(msg.NO_NAME, value=text)
    return text


def _one_country(text: str, lookups: Lookups) -> str:
    codes = lookups.countries(text)
    if not codes:
        raise CellError(msg.UNKNOWN_COUNTRY, value=text)
    if len(codes) > 1:
        raise CellError(msg.AMBIGUOUS_COUNTRY, value=text, codes=", ".join(codes))
    return codes[0]


# -- rules about a whole row --------------------------------------------------------------------


def _heading(mapping: TableMapping, table: Table, name: str) -> str | None:
    column = mapping.column_of(name)
    return table.headers[column] if column is not None else None


def _no_rule(row: _Row, mapping: TableMapping, table: Table, lookups: Lookups) -> None:
    return None


def _event_rule(row: _Row, mapping: TableMapping, table: Table, lookups: Lookups) -> None:
    start, end = row.values.get("start"), row.values.get("end")
    if start is not None and end is not None and _day_start(end) < _day_start(start):
        _add(row, _heading(mapping, table, "end"), msg.END_BEFORE_START, end=end, start=start)
    _place_rule(row, mapping, table, lookups, row.values.get("countries", ()))


def _organization_rule(row: _Row, mapping: TableMapping, table: Table, lookups: Lookups) -> None:
    country = row.values.get("country")
    _place_rule(row, mapping, table, lookups, (country,) if country else ())


def _place_rule(
    row: _Row, mapping: TableMapping, table: Table, lookups: Lookups, countries: tuple[str, ...]
) -> None:
    """A place not yet known is added in the one country the row names; with none or several,
    where it lies is a guess the import does not make."""
    place = row.values.get("place")
    if not place or lookups.place(place) is not None:
        return
    added = lookups.places_added.setdefault(key(place), set())
    if added & set(countries):
        return  # an earlier row adds it
    heading = _heading(mapping, table, "place")
    if len(countries) == 1:
        added.add(countries[0])
    elif not countries:
        _add(row, heading, msg.NO_PLACE_COUNTRY, value=place)
    elif len(countries) > 1:
        _add(row, heading, msg.PLACE_COUNTRY_UNSURE, value=place, codes=", ".join(countries))


def _agreement_rule(row: _Row, mapping: TableMapping, table: Table, lookups: Lookups) -> None:
    for party in row.values.get("parties", ()):
        if party_of(party, lookups) is None:
            _add(row, _heading(mapping, table, "parties"), msg.UNKNOWN_PARTY, value=party)


def party_of(name: str, lookups: Lookups) -> tuple[str, int | str] | None:
    """An agreement's party by name: ("place", id), ("organization", id) or ("country", code)."""
    place = lookups.place(name)
    if place is not None:
        return ("place", place)
    organization = lookups.organization(name)
    if organization is not None:
        return ("organization", organization)
    codes = lookups.countries(name)
    if len(codes) == 1:
        return ("country", codes[0])
    return None


def _sister_rule(row: _Row, mapping: TableMapping, table: Table, lookups: Lookups) -> None:
    values = row.values
    city, partner = values.get("city"), values.get("partner_city")
    if city and partner and values.get("country") == values.get("partner_country"):
        here = (values.get("latitude"), values.get("longitude"))
        there = (values.get("partner_latitude"), values.get("partner_longitude"))
        namesakes = (
            here[0] is not None
            and here[1] is not None
            and None not in there
            and distance((here[0], here[1]), there) > NEAR_DEGREES
        )
        if city.casefold() == partner.casefold() and not namesakes:
            _add(row, _heading(mapping, table, "partner_city"), msg.SAME_CITY, value=partner)


def _day_start(value: date | datetime) -> datetime:
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)


_ROW_RULES = {
    "events": _event_rule,
    "organizations": _organization_rule,
    "agreements": _agreement_rule,
    "sister_cities": _sister_rule,
}
