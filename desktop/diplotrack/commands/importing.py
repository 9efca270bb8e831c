"""`diplotrack import FILE`: a calendar (.ics) or a register (.xlsx, .csv, .tsv, .txt) taken in,
with a report of what was (or, with --dry-run, would be) imported and what was left out. A press
release (running text, in a .txt, .md or any text file) is refused with `diplotrack draft`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from diplotrack.domain import KnownError
from diplotrack.interchange.report import ImportReport, Problem, Where
from diplotrack.output import render
from diplotrack.store.database import open_database

from . import UsageError
from .listing import write

CALENDARS = frozenset({".ics", ".ical", ".icalendar", ".ifb"})
TABLES = frozenset({".xlsx", ".csv", ".tsv", ".txt"})
# Larger than this, a file of another kind is not looked into for a press release.
_LARGEST_PROSE = 5 * 1024 * 1024


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix not in CALENDARS | TABLES:
        prose = _prose_refusal(path)
        if prose is None:
            known = ", ".join(sorted(CALENDARS | TABLES))
            raise UsageError(f"{path.name}: DiploTrack imports files ending in {known}")
        return _tell(prose, args.format)
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    db = open_database(args.database)
    try:
        if suffix in CALENDARS:
            from diplotrack.interchange.ical import import_calendar

            report = import_calendar(db, path, dry_run=args.dry_run)
        else:
            from diplotrack.interchange.tables import import_register

            report = import_register(db, path, dry_run=args.dry_run)
    finally:
        db.close()
    return _tell(report, args.format)


def _tell(report: ImportReport, output_format: str) -> int:
    if output_format == "json":
        write(json.dumps(report.to_object(), ensure_ascii=False, indent=2) + "\n", "json")
    else:
        write(readable(report), "table")
    return 1 if report.refused is not None else 0


def _prose_refusal(path: Path) -> ImportReport | None:
    """The refusal of a file of another kind (.md, .text, …) that is running text — a press
    release — pointing to `diplotrack draft`; None for anything else (or no such file)."""
    from diplotrack.interchange.tables.messages import PROSE
    from diplotrack.interchange.tables.prose import refuse_prose
    from diplotrack.interchange.tables.reading import decode

    try:
        if not path.is_file() or path.stat().st_size > _LARGEST_PROSE:
            return None
        refuse_prose(decode(path.read_bytes(), path.name)[1], path)
    except OSError:
        return None
    except KnownError as error:
        if error.template != PROSE:
            return None  # not text at all: the file's kind is what is wrong
        values = tuple((key, str(value)) for key, value in error.values.items())
        problem = Problem(Where(), error.message, error.template, values)
        return ImportReport(source=path.name, file_format="text", refused=problem)
    return None


def readable(report: ImportReport) -> str:
    """The report as a person reads it: the outcome, counts by kind, then each part left out."""
    if report.refused is not None:
        head = f"{report.source}: refused, nothing imported — {report.refused}\n"
    elif report.dry_run:
        head = f"{report.source}: dry run, nothing changed; the import would do this:\n"
    else:
        head = f"{report.source}: imported\n"
    kinds = sorted(set(report.created) | set(report.updated) | set(report.unchanged))
    rows = [
        {
            "records": kind,
            "created": report.created[kind],
            "updated": report.updated[kind],
            "unchanged": report.unchanged[kind],
        }
        for kind in kinds
    ]
    text = head
    if rows and report.refused is None:
        text += render(rows, "table", ("records", "created", "updated", "unchanged"))
    if report.skipped:
        text += f"\nLeft out ({len(report.skipped)}):\n"
        text += "".join(f"  {problem}\n" for problem in report.skipped)
    return text
