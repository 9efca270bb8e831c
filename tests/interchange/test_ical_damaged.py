"""Damaged calendar files — cut short, bytes flipped, lines dropped — end in a clear refusal or
a correct import: never a traceback, never a half-written database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ical_kit import ICS_DIR, counts

from diplotrack.interchange.ical import import_calendar, read_calendar
from diplotrack.store.database import Database, open_database

SOUND = [
    next(ICS_DIR.glob(f"*{name}*")).read_bytes()
    for name in ("recurring_events_moved", "x_location", "event_issue2172", "korganizer")
]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = draw(st.sampled_from(SOUND))
    how = draw(st.sampled_from(["truncate", "flip", "drop", "all"]))
    if how in ("truncate", "all"):
        data = data[: draw(st.integers(0, len(data)))]
    if how in ("flip", "all") and data:
        changed = bytearray(data)
        for _ in range(draw(st.integers(1, 8))):
            changed[draw(st.integers(0, len(changed) - 1))] = draw(st.integers(0, 255))
        data = bytes(changed)
    if how in ("drop", "all"):
        lines = data.split(b"\n")
        dropped = set(draw(st.lists(st.integers(0, max(len(lines) - 1, 0)), max_size=6)))
        data = b"\n".join(line for number, line in enumerate(lines) if number not in dropped)
    return data


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    # one database for all examples: each import is checked against the counts before it
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('damaged') / 'db.sqlite3'}")
    yield db
    db.close()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=damaged(), dry_run=st.booleans())
def test_damaged_file_is_refused_or_imported_whole(
    shared_database: Database, tmp_path_factory: pytest.TempPathFactory, data: bytes, dry_run: bool
) -> None:
    path = tmp_path_factory.mktemp("ics") / "damaged.ics"
    path.write_bytes(data)
    plan = read_calendar(path)
    before = counts(shared_database)
    report = import_calendar(shared_database, path, dry_run=dry_run)
    after = counts(shared_database)
    for problem in report.skipped:
        assert problem.where.line is not None and problem.message
    if report.refused is not None:
        assert report.refused.message
        assert after == before
        return
    assert len(report.skipped) == len(plan.skipped)
    handled = report.created["events"] + report.updated["events"] + report.unchanged["events"]
    assert handled == len(plan.events) + len(plan.cancellations) - sum(
        "cancels the event" in p.message for p in report.skipped
    )
    if dry_run:
        assert after == before
    else:
        assert after["event"] == before["event"] + report.created["events"]
        assert after["search_entry"] >= before["search_entry"] + report.created["events"]


def test_random_bytes_are_refused(tmp_path: Path, sqlite_database: Database) -> None:
    path = tmp_path / "noise.ics"
    path.write_bytes(bytes(range(256)) * 4)
    before = counts(sqlite_database)
    report = import_calendar(sqlite_database, path)
    assert report.refused is not None and report.refused.where.line == 1
    assert counts(sqlite_database) == before
