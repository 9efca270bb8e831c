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
    print(
        f"{out}: {written} {args.register if written != 1 else 'record'} written", file=sys.stderr
    )
    return 0
