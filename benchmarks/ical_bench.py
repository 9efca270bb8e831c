"""Importing and exporting a 10,000-event calendar file, timed.

    .venv/bin/python benchmarks/ical_bench.py [--events 10000] [--runs 3]

The file is made by its own generator (fixed seed): events in several zones (Moscow,
Krasnoyarsk, Bishkek, Berlin, New York, UTC), a tenth all-day and multi-day, a twentieth weekly
series with an EXDATE, attendees from a small cast, categories, locations, CRLF and folded
lines, as icalendar writes them. Each run imports it into a new SQLite file (read, match, bulk
write, search entries and history, commit), then re-imports it into the same file (every event
compared, nothing written), then exports all events. Prints wall and CPU medians.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar
from zoneinfo import ZoneInfo

import icalendar

from diplotrack.domain.filters import RecordFilter
from diplotrack.interchange.ical import export_calendar, import_calendar
from diplotrack.store.database import open_database

ZONES = ("Europe/Moscow", "Asia/Krasnoyarsk", "Asia/Bishkek", "Europe/Berlin", "America/New_York")
TOPICS = ("культура", "образование", "спорт", "экономика", "Tourism")
T = TypeVar("T")
PEOPLE = [
    ("Азамат Кабаев", "kabaev@example.kg"),
    ("Владислав Логинов", "mayor@example.ru"),
    ("Назгуль Батаева", None),
    ("Kubanychbek Imanaliev", "imanaliev@example.kg"),
    ("Anna Schmidt", "schmidt@example.de"),
]


def make_calendar(count: int, seed: int = 2024) -> bytes:
    """A calendar of ``count`` events, the same bytes for the same count and seed."""
    rng = random.Random(seed)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//DiploTrack benchmark//EN")
    calendar.add("version", "2.0")
    first = datetime(2020, 1, 1, tzinfo=UTC)
    for number in range(count):
        event = icalendar.Event()
        event.add("uid", f"bench-{seed}-{number}@example.org")
        event.add("dtstamp", first)
        event.add("summary", f"Встреча № {number} о сотрудничестве в сфере {rng.choice(TOPICS)}")
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(2500))
        if number % 10 == 0:
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=rng.randrange(1, 4)))
        else:
            zone = ZoneInfo(rng.choice(ZONES)) if number % 7 else UTC
            start = datetime.combine(day, datetime.min.time(), zone) + timedelta(
                hours=rng.randrange(8, 18), minutes=rng.choice((0, 30))
            )
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(minutes=rng.choice((30, 60, 90, 120))))
            if number % 20 == 1:
                event.add("rrule", {"FREQ": "WEEKLY", "COUNT": rng.randrange(4, 30)})
                event.add("exdate", start + timedelta(weeks=2))
        event.add("location", rng.choice(("Красноярск, зал заседаний", "Online", "Bishkek")))
        event.add("categories", rng.sample(TOPICS, 2))
        event.add("description", "Повестка: " + " ".join(rng.choice(TOPICS) for _ in range(12)))
        for name, email in rng.sample(PEOPLE, rng.randrange(0, 4)):
            attendee = icalendar.vCalAddress(f"mailto:{email}" if email else "urn:none")
            attendee.params["CN"] = name
            event.add("attendee", attendee, encode=False)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data


def timed(work: Callable[[], T]) -> tuple[float, float, T]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    results: dict[str, list[tuple[float, float]]] = {"import": [], "re-import": [], "export": []}
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "bench.ics"
        source.write_bytes(make_calendar(args.events))
        print(f"{args.events} events, {source.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
        for run in range(args.runs):
            db = open_database(f"sqlite:///{Path(folder) / f'run{run}.sqlite3'}")
            out = Path(folder) / "out.ics"
            try:
                wall, cpu, report = timed(partial(import_calendar, db, source))
                assert report.refused is None and not report.skipped, report
                results["import"].append((wall, cpu))
                wall, cpu, report = timed(partial(import_calendar, db, source))
                assert report.unchanged["events"] == args.events, report
                results["re-import"].append((wall, cpu))
                wall, cpu, written = timed(partial(export_calendar, db, RecordFilter(), out))
                assert written == args.events
                results["export"].append((wall, cpu))
            finally:
                db.close()
    print(f"{'step':<10} {'wall median s':>14} {'cpu median s':>13} runs")
    for step, samples in results.items():
        walls, cpus = zip(*samples, strict=True)
        print(
            f"{step:<10} {statistics.median(walls):>14.2f} {statistics.median(cpus):>13.2f} "
            f"{len(samples)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
