"""`diplotrack import FILE`: a calendar (.ics) or a register (.xlsx, .csv, .tsv, .txt) taken in,
with a report of what was (or, with --dry-run, would be) imported and what was left out."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from diplotrack.interchange.report import ImportReport
from diplotrack.output import render
from diplotrack.store.database import open_database

from . import UsageError
from .listing import write

CALENDARS = frozenset({".ics", ".ical", ".icalendar", ".ifb"})
TABLES = frozenset({".xlsx", ".csv", ".tsv", ".txt"})


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    suffix = path.suffix.lower()
    if suffix not in CALENDARS | TABLES:
        known = ", ".join(sorted(CALENDARS | TABLES))
        raise UsageError(f"{path.name}: DiploTrack imports files ending in {known}")
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
    if args.format == "json":
        write(json.dumps(report.to_object(), ensure_ascii=False, indent=2) + "\n", "json")
    else:
        write(readable(report), "table")
    return 1 if report.refused is not None else 0


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
