"""Tables benchmark (issue 5): the twinning register imported, re-imported and exported.

    .venv/bin/python benchmarks/tables_bench.py [--repeat 5] [--postgres URL]

Each import goes into a fresh SQLite file (in a temporary folder, deleted afterwards) holding
the worked example and the office history (``fill_demo`` on the demo's fixed day), as the
office's own database would. Measured, median of ``--repeat`` runs with the fastest and
slowest: the first import of ``../shared/interop/sistercities/sistercities.tsv`` (13,081 rows →
places and sister-city agreements, with progress reported), a second import of the same file
(creates nothing), and the export of the places register to .xlsx and .csv. The progress
callback counts its calls, so the report also says how often a progress bar would move.
With ``--postgres``, the first import is also measured on that server (a fresh database each
run is the caller's job: the import is run once).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import sqlalchemy

from diplotrack.demo import fill_demo
from diplotrack.domain.filters import RecordFilter
from diplotrack.interchange.tables import export_register, import_register
from diplotrack.store.database import Database, open_database

REGISTER = (
    Path(__file__).resolve().parents[1].parent / "shared/interop/sistercities/sistercities.tsv"
)
DEMO_DAY = date(2026, 11, 26)
LIMIT_S = 10.0


def _fresh(folder: Path, number: int) -> Database:
    db = open_database(f"sqlite:///{folder / f'bench-{number}.sqlite3'}")
    fill_demo(db, today=DEMO_DAY)
    return db


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _summary(name: str, found: list[float]) -> str:
    return (
        f"{name:<34} median {statistics.median(found):6.2f} s"
        f"  (fastest {min(found):.2f}, slowest {max(found):.2f}, n={len(found)})"
    )


class Run:
    """One fresh database: the first import, the second, and two exports, each timed."""

    def __init__(self, folder: Path, number: int) -> None:
        self.folder = folder
        self.db = _fresh(folder, number)
        self.progress_calls = 0

    def progress(self, done: int, total: int) -> bool:
        self.progress_calls += 1
        return True

    def measure(self) -> tuple[list[float], dict[str, int]]:
        db, folder = self.db, self.folder
        started = time.perf_counter()
        report = import_register(db, REGISTER, progress=self.progress)
        first = time.perf_counter() - started
        assert report.refused is None, report.refused
        second = _timed(lambda: import_register(db, REGISTER))
        xlsx = _timed(
            lambda: export_register(db, "places", RecordFilter(), folder / "p.xlsx", "xlsx")
        )
        csv = _timed(lambda: export_register(db, "places", RecordFilter(), folder / "p.csv", "csv"))
        self.db.close()
        return [first, second, xlsx, csv], dict(report.created)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--postgres", metavar="URL", help="also import once into this database")
    args = parser.parse_args()
    print(
        f"Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, "
        f"{platform.machine()}; {REGISTER.name}"
    )
    names = [
        "first import (SQLite)",
        "second import, nothing new",
        "export places → .xlsx",
        "export places → .csv",
    ]
    found: list[list[float]] = [[] for _ in names]
    with tempfile.TemporaryDirectory() as name:
        for number in range(args.repeat):
            run = Run(Path(name), number)
            times, created = run.measure()
            for column, value in zip(found, times, strict=True):
                column.append(value)
    print(f"created: {created}; progress reported {run.progress_calls} times")
    for label, values in zip(names, found, strict=True):
        print(_summary(label, values))
    if args.postgres:
        db = open_database(args.postgres)
        try:
            once = _timed(lambda: import_register(db, REGISTER))
            print(_summary("first import (PostgreSQL)", [once]))
        finally:
            db.close()
    met = statistics.median(found[0]) < LIMIT_S
    print(f"target: under {LIMIT_S:.0f} s — {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
