"""Fixtures of the briefing tests: the demo in an SQLite file, filled once per session on the
day ``DEMO_DAY`` and copied for each test, and the ids of the worked example in it."""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from briefingkit import DEMO_DAY, Story, story_of

from diplotrack.demo import fill_demo
from diplotrack.store.database import Database, open_database


@pytest.fixture(scope="session")
def briefing_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("briefing-demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            fill_demo(db, today=DEMO_DAY)
    finally:
        db.close()
    return path


@pytest.fixture
def demo_db(briefing_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo for one test."""
    copy = tmp_path / "demo.sqlite3"
    with sqlite3.connect(briefing_demo_file) as origin, sqlite3.connect(copy) as target:
        origin.backup(target)
    origin.close()
    target.close()
    db = open_database(f"sqlite:///{copy}")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def story(demo_db: Database) -> Story:
    return story_of(demo_db)
