"""Exporting a register, as currently filtered, to .xlsx, .csv or .json.

Rows are read a page at a time through the registers' own queries (filtered and sorted in SQL)
and written as they come, so a 100,000-row register never sits in memory whole. The file is
written beside its destination and moved into place at the end: a failed export leaves no
half-written file.

CSV is UTF-8 with a byte order mark, so Excel opens Cyrillic right. Its delimiter follows the
headings' language: ``;`` for Russian — Russian Excel uses the comma as the decimal sign and
so splits on semicolons when the file is opened with a double click — and ``,`` for English.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy.orm import Session

from diplotrack.domain import KnownError
from diplotrack.domain.filters import RecordFilter
from diplotrack.services.messages import tr_noop
from diplotrack.store.database import Database
from diplotrack.store.queries import registers as queries

from ..cells import could_run, csv_text
from .columns import COLUMNS, Column, Value

EXPORT_FORMATS = ("xlsx", "csv", "json")
PAGE = 2000
# Rows looked at to size the spreadsheet's columns (widths must be set before rows are written).
WIDTH_SAMPLE = 200

UNKNOWN_REGISTER = tr_noop("“{register}” is not a register; one of: {registers}.")
UNKNOWN_FORMAT = tr_noop("“{file_format}” is not an export format; one of: {formats}.")
CANNOT_WRITE = tr_noop("“{path}” cannot be written: {detail}.")

_LISTS: dict[str, Callable[..., Sequence[Any]]] = {
    "events": queries.list_events,
    "delegations": queries.list_delegations,
    "agreements": queries.list_agreements,
    "people": queries.list_people,
    "organizations": queries.list_organizations,
    "places": queries.list_places,
    "followups": queries.list_followups,
}


def export_register(
    db: Database,
    register: str,
    flt: RecordFilter,
    path: Path,
    file_format: str,
    *,
    language: str = "ru",
) -> int:
    """Write the records of ``register`` that ``flt`` shows, in the registers' default order,
    to ``path`` as ``file_format`` ("xlsx", "csv" or "json") with headings in ``language``
    ("ru" or "en"); the number of rows written."""
    if register not in COLUMNS:
        raise _error(UNKNOWN_REGISTER, "register", register=register, registers=", ".join(COLUMNS))
    if file_format not in EXPORT_FORMATS:
        raise _error(
            UNKNOWN_FORMAT, "format", file_format=file_format, formats=", ".join(EXPORT_FORMATS)
        )
    columns = COLUMNS[register]
    with db.session() as session, _replacing(path) as stream:
        rows = _rows(session, register, flt, language, columns)
        if file_format == "xlsx":
            return _write_xlsx(stream, rows, columns, language)
        if file_format == "csv":
            return _write_csv(stream, rows, columns, language)
        return _write_json(stream, rows, columns)


def _error(template: str, field: str, **values: object) -> KnownError:
    return KnownError(template.format(**values), field=field, template=template, values=values)


def _rows(
    session: Session,
    register: str,
    flt: RecordFilter,
    language: str,
    columns: Sequence[Column],
) -> Iterator[list[Value]]:
    read = _LISTS[register]
    offset = 0
    while True:
        page = read(session, flt, offset=offset, limit=PAGE)
        for row in page:
            yield [column.value(row, language) for column in columns]
        if len(page) < PAGE:
            return
        offset += PAGE


@contextmanager
def _replacing(path: Path) -> Iterator[IO[bytes]]:
    """A binary stream to a temporary file beside ``path``, moved onto it when all went well."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or ".")
    except OSError as error:
        raise _error(CANNOT_WRITE, "path", path=path, detail=error.strerror or error) from error
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.chmod(temporary, 0o644)  # mkstemp makes it private; an export is an ordinary file
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _error(CANNOT_WRITE, "path", path=path, detail=error.strerror or error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# -- xlsx -------------------------------------------------------------------------------------


def _write_xlsx(
    stream: IO[bytes], rows: Iterator[list[Value]], columns: Sequence[Column], language: str
) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    day_format, time_format = (
        ("DD.MM.YYYY", "DD.MM.YYYY HH:MM")
        if language == "ru"
        else ("YYYY-MM-DD", "YYYY-MM-DD HH:MM")
    )
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Реестр" if language == "ru" else "Register")
    sheet.freeze_panes = "A2"
    sample: list[list[Value]] = []
    for row in rows:
        sample.append(row)
        if len(sample) >= WIDTH_SAMPLE:
            break
    for index, column in enumerate(columns, start=1):
        longest = max(
            [len(column.heading(language)) + 2, *(len(_shown(row[index - 1])) for row in sample)]
        )
        sheet.column_dimensions[get_column_letter(index)].width = min(
            max(column.width, longest), 60
        )

    def cell(value: Value) -> Any:
        written = WriteOnlyCell(sheet, value=value)
        if isinstance(value, datetime):
            written.number_format = time_format
        elif isinstance(value, date):
            written.number_format = day_format
        elif isinstance(value, str) and could_run(value):
            written.data_type = "s"  # openpyxl took it for a formula
            written.quotePrefix = True
        return written

    bold = Font(bold=True)
    headings = []
    for column in columns:
        heading = WriteOnlyCell(sheet, value=column.heading(language))
        heading.font = bold
        headings.append(heading)
    sheet.append(headings)
    count = 0
    for row in _chain(sample, rows):
        sheet.append([cell(value) for value in row])
        count += 1
    workbook.save(stream)
    return count


def _shown(value: Value) -> str:
    if isinstance(value, datetime):
        return "00.00.0000 00:00"
    if isinstance(value, date):
        return "00.00.0000"
    return "" if value is None else str(value)


def _chain(first: list[list[Value]], rest: Iterator[list[Value]]) -> Iterator[list[Value]]:
    yield from first
    yield from rest


# -- csv and json -----------------------------------------------------------------------------


def _text(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


def _write_csv(
    stream: IO[bytes], rows: Iterator[list[Value]], columns: Sequence[Column], language: str
) -> int:
    import io

    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=";" if language == "ru" else ",")
    writer.writerow([csv_text(column.heading(language)) for column in columns])
    count = 0
    for row in rows:
        writer.writerow([_text(value) for value in row])
        count += 1
    text.flush()
    text.detach()
    return count


def _write_json(stream: IO[bytes], rows: Iterator[list[Value]], columns: Sequence[Column]) -> int:
    """A JSON array of objects keyed by the columns' English keys; dates in ISO 8601."""
    count = 0
    stream.write(b"[")
    for row in rows:
        record = {
            column.key: value.isoformat() if isinstance(value, date) else value
            for column, value in zip(columns, row, strict=True)
        }
        stream.write((",\n" if count else "\n").encode())
        stream.write(json.dumps(record, ensure_ascii=False).encode("utf-8"))
        count += 1
    stream.write(b"\n]\n")
    return count
