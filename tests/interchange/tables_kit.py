"""Helpers of the table import/export tests: files written the way other programs write them,
and the database's contents counted, so a test can say "nothing changed"."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    ChangeRecord,
    Event,
    EventParticipant,
    Organization,
    Person,
    Place,
    Position,
    event_country,
)
from diplotrack.store.database import Database
from diplotrack.store.schema import search_entry

SISTER_CITIES = (
    Path(__file__).parents[2].parent / "shared" / "interop" / "sistercities" / "sistercities.tsv"
)

_COUNTED = (
    Place,
    Agreement,
    AgreementParty,
    Event,
    EventParticipant,
    Organization,
    Person,
    Position,
    ChangeRecord,
)


def contents(db: Database) -> dict[str, int]:
    """How many rows each table an import writes to holds."""
    with db.session() as session:
        counts = {
            model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in _COUNTED
        }
        counts["event_country"] = int(
            session.scalar(select(func.count()).select_from(event_country)) or 0
        )
        counts["search_entry"] = int(
            session.scalar(select(func.count()).select_from(search_entry)) or 0
        )
    return counts


def write_csv(path: Path, rows: Sequence[Sequence[str]], *, encoding: str, delimiter: str) -> Path:
    """A CSV written by hand, the way Excel or an old system would: CRLF line ends, cells with
    the delimiter or a quote quoted."""
    lines = []
    for row in rows:
        cells = []
        for cell in row:
            if delimiter in cell or '"' in cell or "\n" in cell:
                cell = '"' + cell.replace('"', '""') + '"'
            cells.append(cell)
        lines.append(delimiter.join(cells))
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, title: str | None = None) -> Path:
    """A workbook written by openpyxl: real date cells, numbers, empty cells; with ``title``, a
    title line merged across the columns above the headings, as offices make them."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Реестр"
    if title is not None:
        sheet.append([title])
        sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(rows[0]))
    for row in rows:
        sheet.append(list(row))
    for cells in sheet.iter_rows():
        for cell in cells:
            if hasattr(cell.value, "hour"):
                cell.number_format = "DD.MM.YYYY HH:MM"
            elif hasattr(cell.value, "day"):
                cell.number_format = "DD.MM.YYYY"
    workbook.save(path)
    return path
