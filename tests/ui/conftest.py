"""Fixtures of the window tests: the demo database (filled once per session, copied per test),
an AppContext on it in English or Russian, and QSettings kept in each test's own folder."""

from __future__ import annotations

import os
import sqlite3
import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from diplotrack.demo import fill_demo
from diplotrack.store.database import Database, open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language

#: the day the demo of these tests is made (``fill_demo(today=…)``)
DEMO_DAY = date(2026, 11, 26)

#: the office of the worked example is in Krasnoyarsk
OFFICE_ZONE = ZoneInfo("Asia/Krasnoyarsk")

#: what QSettings are filed under in the tests (never the person's own "DiploTrack")
TEST_ORGANIZATION = "DiploTrackTests"


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file with the demo (``fill_demo``), filled once for the whole session."""
    path = tmp_path_factory.mktemp("ui-demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        with warnings.catch_warnings():  # the demo's own deprecations are not these tests' concern
            warnings.simplefilter("ignore", DeprecationWarning)
            # The history moves with the day it is made; these tests read their expectations
            # (a meeting with Azerbaijan on 3 April 2024, …) from the demo made on this day.
            fill_demo(db, today=DEMO_DAY)
    finally:
        db.close()
    return path


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite database, whatever its write-ahead log still holds."""
    with sqlite3.connect(source) as origin, sqlite3.connect(target) as copy:
        origin.backup(copy)
    origin.close()
    copy.close()


@pytest.fixture
def demo_database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database for one test, closed after it."""
    copy = tmp_path / "demo.sqlite3"
    copy_sqlite(demo_file, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture
def screenshots(tmp_path: Path) -> Path:
    """Where a test saves the screenshots it takes: the test's own folder, or, when
    DIPLOTRACK_SCREENSHOTS names a folder (``scripts/screenshots.py`` sets it to
    docs/screenshots), that folder — so a test run never rewrites the committed pictures."""
    folder = Path(os.environ.get("DIPLOTRACK_SCREENSHOTS") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """QSettings() of every test read and write an INI file in a folder of that test only."""
    folder = tmp_path_factory.mktemp("settings")
    previous = (
        QCoreApplication.organizationName(),
        QCoreApplication.applicationName(),
        QSettings.defaultFormat(),
    )
    QCoreApplication.setOrganizationName(TEST_ORGANIZATION)
    QCoreApplication.setApplicationName("DiploTrack")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    try:
        yield folder
    finally:
        QCoreApplication.setOrganizationName(previous[0])
        QCoreApplication.setApplicationName(previous[1])
        QSettings.setDefaultFormat(previous[2])


@pytest.fixture
def context(qapp: QApplication, demo_database: Database) -> Iterator[AppContext]:
    """The window's shared state on the demo database, in English, on Krasnoyarsk time."""
    install_language("en")
    yield AppContext(demo_database, language="en", zone=OFFICE_ZONE)
    install_language("en")


@pytest.fixture
def context_ru(qapp: QApplication, demo_database: Database) -> Iterator[AppContext]:
    """The same in Russian (translators installed); English again after the test."""
    install_language("ru")
    try:
        yield AppContext(demo_database, language="ru", zone=OFFICE_ZONE)
    finally:
        install_language("en")
