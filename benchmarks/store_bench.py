"""Store benchmark (issue 2): bulk generation of N events, and two screen queries through the
query layer against the same SQL replayed in raw ``sqlite3``.

    .venv/bin/python benchmarks/store_bench.py [--events 100000] [--repeat 7] [--fills 3]

Every fill goes into a fresh SQLite file in a temporary folder (deleted afterwards). The data
comes from ``diplotrack.demo.fill_demo`` with its default seed, made around the demo's fixed
anchor day, so every run measures the same rows. Each timing is repeated and the median is
reported, with the fastest and slowest.

The raw baseline is exact: the statements the query layer sends to SQLite are recorded (SQL
text and bound values, as the driver received them) and replayed through a plain ``sqlite3``
connection to the same file, fetching every row. The ratio is therefore what the query layer
(SQLAlchemy, building light rows, expanding recurrences) adds to the database's own work.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy
from sqlalchemy import event

from diplotrack.demo import fill_demo
from diplotrack.demo.timeline import ANCHOR
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database, open_database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.store.queries.registers import count_events, list_events

HOME = ZoneInfo("Asia/Krasnoyarsk")
MONTH = (datetime(2024, 4, 1, tzinfo=HOME), datetime(2024, 5, 1, tzinfo=HOME))
PAGE = 200

Statement = tuple[str, Any]


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    action()  # warm: statement caches, the file in the page cache
    found = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        found.append(time.perf_counter() - started)
    return found


@contextmanager
def recorded(db: Database) -> Iterator[list[Statement]]:
    """The statements (SQL and driver parameters) the engine sends while the block runs."""
    statements: list[Statement] = []

    def record(_conn: Any, _cursor: Any, sql: str, params: Any, _ctx: Any, many: bool) -> None:
        if not many:
            statements.append((sql, params))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def replay(connection: sqlite3.Connection, statements: list[Statement]) -> int:
    rows = 0
    for sql, params in statements:
        rows += len(connection.execute(sql, params).fetchall())
    return rows


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return {
        "CPUs (nproc)": str(os.cpu_count()),
        "CPU model": cpu,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "SQLAlchemy": sqlalchemy.__version__,
        "load average (1 min) at start": f"{load:.2f}",
    }


def fresh_database(folder: Path, number: int) -> Database:
    return open_database(f"sqlite:///{folder / f'bench-{number}.sqlite3'}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="generated events")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each query")
    parser.add_argument("--fills", type=int, default=3, help="fills of a fresh database")
    args = parser.parse_args(argv)

    details = machine()
    for name, value in details.items():
        print(f"{name:>32}: {value}")
    results: list[tuple[str, list[float], str]] = []
    with tempfile.TemporaryDirectory(prefix="diplotrack-bench-") as folder:
        fills, processor = [], []
        for number in range(args.fills):
            db = fresh_database(Path(folder), number)
            started, used = time.perf_counter(), time.process_time()
            summary = fill_demo(db, events=args.events, today=ANCHOR)
            fills.append(time.perf_counter() - started)
            processor.append(time.process_time() - used)
            if number < args.fills - 1:
                db.close()
                for leftover in Path(folder).glob(f"bench-{number}.sqlite3*"):
                    leftover.unlink()
        results.append(
            (
                f"fill_demo(events={args.events:,}) on a fresh file "
                f"({summary.events_total:,} events in all)",
                fills,
                "target < 5 s",
            )
        )
        results.append(("  the same fills: CPU time of the process (both threads)", processor, ""))

        database_file = db.sqlite_file
        assert database_file is not None
        raw = sqlite3.connect(database_file)
        raw.execute("PRAGMA foreign_keys = ON")

        with db.session() as session:

            def month() -> object:
                return calendar_items(session, *MONTH)

            kyrgyzstan = RecordFilter(countries=("KG",))

            def country_page() -> object:
                return (
                    list_events(session, kyrgyzstan, order_by="starts_at", limit=PAGE),
                    count_events(session, kyrgyzstan),
                )

            for title, action in (
                ("month range: calendar_items(April 2024)", month),
                (f"country KG: list_events page of {PAGE} + count_events", country_page),
            ):
                layer = timings(action, args.repeat)
                with recorded(db) as statements:
                    answer = action()
                rows = replay(raw, statements)
                direct = timings(lambda s=statements: replay(raw, s), args.repeat)
                ratio = statistics.median(layer) / statistics.median(direct)
                size = len(answer) if isinstance(answer, list) else len(answer[0])  # type: ignore[index]
                results.append((f"{title} [{size} items]", layer, f"{ratio:.2f}× raw"))
                results.append(
                    (
                        f"  same {len(statements)} SQL statements in raw sqlite3 [{rows} rows]",
                        direct,
                        "target: layer within 2×",
                    )
                )
        raw.close()
        db.close()

    print()
    print(f"{'measurement':<78} {'median':>9} {'min':>9} {'max':>9}  note")
    for title, values, note in results:
        median, low, high = (
            seconds(v) for v in (statistics.median(values), min(values), max(values))
        )
        print(f"{title:<78} {median:>9} {low:>9} {high:>9}  {note}")
    return 0


def seconds(value: float) -> str:
    """A time as read by a person: milliseconds below a second, seconds above."""
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


if __name__ == "__main__":
    sys.exit(main())
