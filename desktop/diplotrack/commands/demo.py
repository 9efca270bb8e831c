"""`diplotrack demo`: the worked example and a generated office history, in one transaction."""

from __future__ import annotations

import sys
from datetime import date
from typing import TextIO

from diplotrack.demo import DemoSummary, fill_demo
from diplotrack.store.database import open_database

# Below this many generated events the demo is quick enough to need no progress line.
PROGRESS_FROM = 5_000


class ProgressLine:
    """ "generating events: 40,000 of 100,000 (40%)" rewritten in place on stderr, at most once
    per percent, so that a big run shows it is alive without flooding a log."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._shown = -1

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent == self._shown:
            return
        self._shown = percent
        self._stream.write(f"\rgenerating events: {done:,} of {total:,} ({percent}%)")
        if done >= total:
            self._stream.write("\n")
        self._stream.flush()


def describe(summary: DemoSummary) -> str:
    added = []
    if summary.worked_example_added:
        added.append(f"the worked example and the office history ({summary.story_events} events)")
    added.append(f"{summary.generated_events:,} generated events")
    total = f"the database holds {summary.events_total:,} events"
    return f"demo data added: {' and '.join(added)}; {total}"


def run(
    database: str | None, *, events: int | None, seed: int | None, today: date | None = None
) -> int:
    db = open_database(database)
    try:
        progress = ProgressLine(sys.stderr) if (events or 0) >= PROGRESS_FROM else None
        if seed is None:
            summary = fill_demo(db, events=events, progress=progress, today=today)
        else:
            summary = fill_demo(db, events=events, seed=seed, progress=progress, today=today)
    finally:
        db.close()
    print(describe(summary))
    return 0
