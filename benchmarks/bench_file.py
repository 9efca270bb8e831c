"""The 100,000-event SQLite file the window benchmarks read: made once, refused when older than
the schema the models declare.

Revision 0001 gained the calendar's partial indexes (``ix_event_long``, ``ix_event_recurring``)
in place, so a file made before them is never migrated to have them and reads a month about ten
times slower; measuring on it measures that. The default file below is such a file on the
project's shared machine: name another (it is made if missing) or delete it.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from diplotrack.demo import fill_demo
from diplotrack.demo.timeline import ANCHOR
from diplotrack.domain import Base
from diplotrack.store.database import Database, open_database

EVENTS = 100_000
DEFAULT_FILE = "/tmp/diplotrack-bench-100k.sqlite3"


def bench_path(argv: list[str]) -> Path:
    """The file named on the command line, else the default."""
    return Path(argv[1] if len(argv) > 1 else DEFAULT_FILE)


def missing_indexes(path: Path) -> list[str]:
    """The indexes the models declare that the file lacks."""
    declared = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    return sorted(str(name) for name in declared - present)


def open_bench_database(path: Path) -> Database:
    """The benchmark file, made with ``fill_demo(events=100_000)`` on the demo's anchor day
    (the same rows as ``diplotrack demo --events 100000 --today 2025-06-02``) when missing;
    exits when it was made by an older schema."""
    if path.exists():
        missing = missing_indexes(path)
        if missing:
            sys.exit(
                f"{path} was made by an older DiploTrack (no {', '.join(missing)}): delete it, "
                "or name another file, to have one made with the current schema"
            )
        return open_database(f"sqlite:///{path}")
    print(f"making {path} with {EVENTS:,} events…", file=sys.stderr, flush=True)
    db = open_database(f"sqlite:///{path}")
    fill_demo(db, events=EVENTS, today=ANCHOR)  # the same rows whatever the day
    return db


def memory() -> str:
    """The process's resident memory now and at its peak (Linux), for the issue's 250 MB."""
    fields: dict[str, int] = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0])  # kB
    return (
        f"memory: resident {fields['VmRSS'] / 1024:.0f} MiB, peak {fields['VmHWM'] / 1024:.0f} MiB"
    )


def load_average() -> str:
    with open("/proc/loadavg", encoding="ascii") as averages:
        return " ".join(averages.read().split()[:3])
