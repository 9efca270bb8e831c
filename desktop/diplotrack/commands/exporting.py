"""`diplotrack export [REGISTER] --format ics|xlsx|csv|json --out FILE`: a register, filtered
as `list` filters it, written to a file; events (and delegations' programmes) also as .ics."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from diplotrack.store.database import open_database

from . import UsageError
from .listing import record_filter


def run(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if args.format == "ics" and args.register != "events":
        raise UsageError(
            f"--format ics writes events (with delegations' programmes), not {args.register}; "
            "export other registers as xlsx, csv or json"
        )
    if not out.parent.is_dir():
        raise UsageError(f"--out {out}: the folder {out.parent} does not exist")
    db = open_database(args.database)
    try:
        with db.session() as session:
            flt = record_filter(session, args)
        if args.format == "ics":
            from diplotrack.interchange.ical import export_calendar

            written = export_calendar(db, flt, out)
        else:
            from diplotrack.interchange.tables import export_register

            written = export_register(db, args.register, flt, out, args.format)
    finally:
        db.close()
    print(f"{out}: {counted(written, args.register)} written", file=sys.stderr)
    return 0


# a register's records in the words of a sentence: (one, many)
_NAMES = {
    "events": ("event", "events"),
    "delegations": ("delegation", "delegations"),
    "agreements": ("agreement", "agreements"),
    "followups": ("follow-up", "follow-ups"),
    "people": ("person", "people"),
    "organizations": ("organization", "organizations"),
    "places": ("place", "places"),
}


def counted(number: int, register: str) -> str:
    """'1 event', '29 events', '3 people', '2 follow-ups'."""
    one, many = _NAMES.get(register, (register, register))
    return f"{number} {one if number == 1 else many}"
