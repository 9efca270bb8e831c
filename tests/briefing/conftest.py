"""Fixtures of the briefing tests: the demo made on ``DEMO_DAY`` (the same file the window
tests read, made once per session), a fresh copy for each test, and the ids of the worked
example in it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from briefingkit import DEMO_DAY, Story, story_of

from diplotrack.store.database import Database
from support.demo import demo_copy, make_demo_file


@pytest.fixture(scope="session")
def briefing_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_demo_file(tmp_path_factory, DEMO_DAY)


@pytest.fixture
def demo_db(briefing_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo for one test."""
    with demo_copy(briefing_demo_file, tmp_path) as db:
        yield db


@pytest.fixture
def story(demo_db: Database) -> Story:
    return story_of(demo_db)
