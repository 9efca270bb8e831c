"""What the import dialog asks the engines to do, each step a function run off the GUI thread:
read a table and guess its mapping, check its rows (with a dry run's counts), dry-run a
calendar, import. The engines load with the first import, not with the window."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from diplotrack.interchange.report import ImportReport, Problem, Progress
from diplotrack.interchange.tables.mapping import TableMapping
from diplotrack.interchange.tables.reading import Table
from diplotrack.store.database import Database

from .import_mapping import cell_text, field_label
from .import_models import PreviewRow

#: the rows shown in the preview: the first ones, then only those with a problem, up to a limit
FIRST_ROWS = 50
MOST_ROWS = 500

CALENDAR_SUFFIXES = frozenset({".ics", ".ical", ".ifb", ".icalendar"})


def is_calendar(path: Path) -> bool:
    return path.suffix.lower() in CALENDAR_SUFFIXES


@dataclass(frozen=True)
class OpenedTable:
    """A table as read, and the mapping guessed for it."""

    table: Table
    mapping: TableMapping


@dataclass(frozen=True)
class TableCheck:
    """The preview of a table under one mapping: the rows to show and the dry run's report."""

    mapping: TableMapping
    rows: tuple[PreviewRow, ...]
    rows_with_problems: int
    report: ImportReport


def open_table(path: Path, _progress: Progress) -> OpenedTable:
    from diplotrack.interchange.tables import guess_mapping, read_table

    table = read_table(path)
    return OpenedTable(table, guess_mapping(table))


def check_table(
    db: Database,
    path: Path,
    table: Table,
    mapping: TableMapping,
    progress: Progress,
    *,
    today: date,
) -> TableCheck:
    """A dry run of the import under ``mapping`` (a copy: the person may go on editing the
    original): what it would create and update, and every row's problems, which the preview
    shows beside the row's cells. One pass over the rows, with progress and cancel."""
    from diplotrack.interchange.tables import import_register

    mapping = TableMapping(mapping.register, list(mapping.fields))
    report = import_register(
        db, path, mapping=mapping, dry_run=True, progress=progress, today=today
    )
    problems: dict[int, list[Problem]] = {}
    for problem in report.skipped:
        if problem.where.row is not None:
            problems.setdefault(problem.where.row, []).append(problem)
    mapped = [c for c, name in enumerate(mapping.fields) if name is not None]
    shown: list[PreviewRow] = []
    for index, row in enumerate(table.rows):
        found = tuple(problems.get(row.number, ()))
        if (index < FIRST_ROWS or found) and len(shown) < MOST_ROWS:
            values = tuple(cell_text(row.cells[c]) if c < len(row.cells) else "" for c in mapped)
            shown.append(PreviewRow(row.number, values, found))
    return TableCheck(mapping, tuple(shown), len(problems), report)


def preview_headings(table: Table, mapping: TableMapping) -> tuple[list[str], list[str]]:
    """The preview's column titles (the fields, translated) and the file's own headings of
    the same columns (what the problems name)."""
    mapped = [(c, name) for c, name in enumerate(mapping.fields) if name is not None]
    return (
        [field_label(mapping.spec, name) for _c, name in mapped],
        [table.headers[c] for c, _name in mapped],
    )


def dry_run_calendar(db: Database, path: Path, progress: Progress) -> ImportReport:
    from diplotrack.interchange.ical import import_calendar

    return import_calendar(db, path, dry_run=True, accept_partial=True, progress=progress)


def import_file(
    db: Database,
    path: Path,
    mapping: TableMapping | None,
    progress: Progress,
    *,
    today: date,
    accept_partial: bool = True,
) -> ImportReport:
    """The import itself, in one transaction: a calendar, or a table under ``mapping``."""
    if is_calendar(path):
        from diplotrack.interchange.ical import import_calendar

        return import_calendar(db, path, accept_partial=accept_partial, progress=progress)
    from diplotrack.interchange.tables import import_register

    return import_register(db, path, mapping=mapping, progress=progress, today=today)
