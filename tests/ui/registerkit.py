"""Fixtures for the register and filter-bar tests: the demo in an SQLite file filled once per
session and copied for each test, an AppContext on it (English, Krasnoyarsk time), and
QSettings in a throwaway INI file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from diplotrack.demo import fill_demo
from diplotrack.store.database import Database, open_database
from diplotrack.ui.context import AppContext

KRASNOYARSK_ZONE = ZoneInfo("Asia/Krasnoyarsk")


@pytest.fixture(scope="session", name="register_demo_file")
def register_demo_file_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("register-demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        fill_demo(db)
    finally:
        db.close()
    return path


@pytest.fixture(name="register_db")
def register_db_fixture(register_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(register_demo_file, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(name="register_context")
def register_context_fixture(qapp: object, register_db: Database) -> AppContext:
    return AppContext(register_db, language="en", zone=KRASNOYARSK_ZONE)


@pytest.fixture(name="settings")
def settings_fixture(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


#: import these into a test module to make the fixtures available there
FIXTURES = (
    register_demo_file_fixture,
    register_db_fixture,
    register_context_fixture,
    settings_fixture,
)


def type_text(widget: QWidget, text: str) -> None:
    """Types ``text`` key by key (QTest.keyClicks knows only ASCII; the office types Cyrillic)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, char)
            )
