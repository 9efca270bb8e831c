"""The demo database the window and briefing tests read: made once per test run and day, a
fresh copy for each test, and the worked example's records found in it by name."""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from diplotrack.demo import fill_demo
from diplotrack.demo.example_keys import (
    DELEGATION,
    FOLLOWUP_SCHOOL,
    IMANALIEV,
    JALAL_ABAD,
    KABAEV,
    LOGINOV,
    MEETING,
    MEMORANDUM,
)
from diplotrack.domain import Agreement, Delegation, Event, FollowUp, Organization, Person, Place
from diplotrack.store.database import Database, open_database

#: the day the tests' demo is made (``fill_demo(today=…)``): its history moves with the day it
#: is made, and the tests read their expectations (a meeting with Azerbaijan on 3 April 2024, …)
#: from the demo made on this one
DEMO_DAY = date(2026, 11, 26)

#: the office of the worked example is in Krasnoyarsk
OFFICE_ZONE = ZoneInfo("Asia/Krasnoyarsk")

_made: dict[date, Path] = {}

_NAMES = {
    "event": (Event, Event.title),
    "delegation": (Delegation, Delegation.title),
    "agreement": (Agreement, Agreement.title),
    "followup": (FollowUp, FollowUp.title),
    "person": (Person, Person.name),
    "organization": (Organization, Organization.name),
    "place": (Place, Place.name),
}


def make_demo_file(tmp_path_factory: pytest.TempPathFactory, today: date = DEMO_DAY) -> Path:
    """An SQLite file with the demo made on ``today``, made once per test run and day whichever
    test folder asks first. Tests never write to it: they work on ``demo_copy``."""
    made = _made.get(today)
    if made is not None:
        return made
    path = tmp_path_factory.mktemp(f"demo-{today.isoformat()}") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with warnings.catch_warnings():  # the demo's own deprecations are not these tests' concern
            warnings.simplefilter("ignore", DeprecationWarning)
            fill_demo(db, today=today)
    finally:
        db.close()
    _made[today] = path
    return path


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite database, whatever its write-ahead log still holds."""
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)
    origin.close()
    copy.close()


@contextmanager
def demo_copy(source: Path, folder: Path) -> Iterator[Database]:
    """A fresh copy of the demo file ``source`` in ``folder``, open, and closed afterwards."""
    copy = folder / "demo.sqlite3"
    copy_sqlite(source, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        yield db
    finally:
        db.close()


def id_of(db: Database, kind: str, name: str) -> int:
    """The id of the record of ``kind`` ("event", "person", …) with this title or name."""
    model, column = _NAMES[kind]
    with db.session() as session:
        found = session.scalar(select(model.id).where(column == name))
    assert found is not None, f"no {kind} named {name!r}"
    return int(found)


def worked_example_ids(db: Database) -> dict[str, int]:
    """The worked example's records by what they are in the story."""
    return {
        "meeting": id_of(db, "event", MEETING),
        "memorandum": id_of(db, "agreement", MEMORANDUM),
        "delegation": id_of(db, "delegation", DELEGATION),
        "kabaev": id_of(db, "person", KABAEV),
        "loginov": id_of(db, "person", LOGINOV),
        "imanaliev": id_of(db, "person", IMANALIEV),
        "jalal": id_of(db, "place", JALAL_ABAD),
        "school": id_of(db, "followup", FOLLOWUP_SCHOOL),
    }
