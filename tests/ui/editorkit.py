"""Helpers for the editor and picker tests: a demo database per test (filled once, copied), an
AppContext on it, and the worked example's records by name."""

from __future__ import annotations

import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from diplotrack.demo import fill_demo
from diplotrack.domain import Agreement, Delegation, Event, FollowUp, Organization, Person, Place
from diplotrack.store.database import Database, open_database
from diplotrack.ui.context import AppContext

KRASNOYARSK_ZONE = ZoneInfo("Asia/Krasnoyarsk")

_NAMES = {
    "event": (Event, Event.title),
    "delegation": (Delegation, Delegation.title),
    "agreement": (Agreement, Agreement.title),
    "followup": (FollowUp, FollowUp.title),
    "person": (Person, Person.name),
    "organization": (Organization, Organization.name),
    "place": (Place, Place.name),
}


@pytest.fixture(scope="session", name="editor_demo_file")
def editor_demo_file_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file with the demo, filled once per session."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with warnings.catch_warnings():  # the demo's own deprecations are not these tests' business
            warnings.simplefilter("ignore", DeprecationWarning)
            fill_demo(db)
    finally:
        db.close()
    return path


@pytest.fixture(name="demo_db")
def demo_db_fixture(editor_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database for one test."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(editor_demo_file, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(name="app_context")
def app_context_fixture(demo_db: Database) -> AppContext:
    return AppContext(demo_db, language="en", zone=KRASNOYARSK_ZONE)


def id_of(db: Database, kind: str, name: str) -> int:
    model, column = _NAMES[kind]
    with db.session() as session:
        found = session.scalar(select(model.id).where(column == name))
    assert found is not None, f"no {kind} named {name!r}"
    return int(found)


def type_text(widget: QWidget, text: str) -> None:
    """Types ``text`` into ``widget`` key by key, as a person would (QTest.keyClicks knows only
    ASCII, and the office types Cyrillic)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)
