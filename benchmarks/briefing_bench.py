"""Briefing benchmark (issue 4): a country's briefing note over 1,000 of its events, gathered
from the store and written to PDF.

    .venv/bin/python benchmarks/briefing_bench.py [--events 1000] [--repeat 7]

The database is a fresh SQLite file in a temporary folder (deleted afterwards), filled by
``diplotrack.demo.fill_demo`` with its default seed around the demo's fixed anchor day and
``--events`` generated events; then every event is made to involve Kyrgyzstan, so that the
country's note is drawn from all of them (history, agreements, follow-ups, plans). Each timing
is repeated and the median is reported, with the fastest and slowest.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication
from sqlalchemy import func, insert, select

from diplotrack.briefing import (
    Briefing,
    BriefingOptions,
    BriefingSubject,
    SubjectKind,
    gather_briefing,
    write_pdf,
)
from diplotrack.demo import fill_demo
from diplotrack.demo.timeline import ANCHOR
from diplotrack.domain import Event, event_country
from diplotrack.store.database import Database, open_database

COUNTRY = "KG"
DEMO_DAY = date(2026, 11, 26)


def timings(action: Callable[[], object], repeat: int) -> list[float]:
    action()  # warm: statement caches, fonts, the file in the page cache
    found = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        found.append(time.perf_counter() - started)
    return found


def involve_everywhere(db: Database) -> int:
    """Every event involves the country; how many events it has now."""
    with db.session() as session, session.begin():
        having = select(event_country.c.event_id).where(event_country.c.country_code == COUNTRY)
        session.execute(
            insert(event_country).from_select(
                ["event_id", "country_code"],
                select(Event.id, func.upper(COUNTRY)).where(Event.id.not_in(having)),
            )
        )
        return int(
            session.scalar(
                select(func.count())
                .select_from(event_country)
                .where(event_country.c.country_code == COUNTRY)
            )
            or 0
        )


def report(title: str, found: list[float], pages: str = "") -> None:
    median, low, high = (
        f"{value * 1000:.0f} ms" for value in (statistics.median(found), min(found), max(found))
    )
    print(f"{title:<52} {median:>9} {low:>9} {high:>9}  {pages}")


def measure(db: Database, folder: Path, country: str, limit: int, repeat: int, today: date) -> None:
    """Time gathering the country's note, writing it to PDF alone (what the window does on
    its GUI thread once the note is gathered), and both."""
    options = BriefingOptions(language="ru", history_limit=limit)
    subject = BriefingSubject(SubjectKind.COUNTRY, country)
    out = folder / f"note-{country}-{limit}.pdf"
    pages: list[int] = []

    def gather() -> Briefing:
        with db.session() as session:
            return gather_briefing(session, subject, options, today=today)

    gathered = gather()

    def write() -> None:
        pages.append(write_pdf(gathered, out))

    def to_pdf() -> None:
        pages.append(write_pdf(gather(), out))

    report(f"{country}: gather, history of the last {limit}", timings(gather, repeat))
    report(f"{country}: write the PDF, history of the last {limit}", timings(write, repeat))
    found = timings(to_pdf, repeat)
    report(f"{country}: gather + PDF, history of the last {limit}", found, str(pages[-1]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    print(f"{'python':>24}: {platform.python_version()}")
    print(f"{'machine':>24}: {platform.machine()}, {os.cpu_count()} CPUs")
    print(f"{'measurement':<52} {'median':>9} {'min':>9} {'max':>9}  pages")
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as folder:
        # the demo as people see it: Russia, the office's own country, has the longest note
        db = open_database(f"sqlite:///{folder}/demo.sqlite3")
        try:
            fill_demo(db, today=DEMO_DAY)
            measure(db, Path(folder), "RU", 10, args.repeat, DEMO_DAY)
        finally:
            db.close()
        db = open_database(f"sqlite:///{folder}/bench.sqlite3")
        try:
            fill_demo(db, events=args.events, today=ANCHOR)
            count = involve_everywhere(db)
            print(f"({count} events of {COUNTRY} below)")
            for limit in (10, 100):
                measure(db, Path(folder), COUNTRY, limit, args.repeat, ANCHOR)
        finally:
            db.close()
    del application
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
