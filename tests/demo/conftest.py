"""Fixtures of the demo tests: a filled demo database, and a second fresh one on the same engine."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from diplotrack.demo import DemoSummary, fill_demo
from diplotrack.demo.timeline import ANCHOR
from diplotrack.store.database import Database, open_database

_numbers = itertools.count(1)


@pytest.fixture
def demo(database: Database) -> tuple[Database, DemoSummary]:
    """The ``database`` fixture filled with the default demo, made on the day its history was
    composed around (so that its dates are those the tests name)."""
    return database, fill_demo(database, today=ANCHOR)


@pytest.fixture
def second_database(
    engine_name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Database]:
    """Another fresh, migrated database on the same engine as ``database``."""
    if engine_name == "sqlite":
        db = open_database(f"sqlite:///{tmp_path}/second.sqlite3")
        try:
            yield db
        finally:
            db.close()
        return
    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("postgres_template")
    name = f"diplotrack_demo_second_{os.getpid()}_{next(_numbers)}"
    db = open_database(server.create_database(name, template=template))
    try:
        yield db
    finally:
        db.close()
        server.drop_database(name)
