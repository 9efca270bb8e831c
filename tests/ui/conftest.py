"""Fixtures of the window tests: the demo database (made once per session, copied per test;
also as made on the demo's anchor day) and the worked example's ids in it, an AppContext on it
in English or Russian, the detail panel and the main window on it, QSettings kept in each
test's own folder (or in an INI file a test names); the briefing dialog's questions answered
and its open dialogs closed after a test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from briefing_dialog_kit import Answers
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.demo.timeline import ANCHOR
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs import briefing_output
from diplotrack.ui.dialogs.briefing_choices import BriefingMemory
from diplotrack.ui.dialogs.briefing_dialog import BriefingDialog
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.detail_panel import DetailPanel
from support.demo import OFFICE_ZONE, demo_copy, make_demo_file, worked_example_ids

#: what QSettings are filed under in the tests (never the person's own "DiploTrack")
TEST_ORGANIZATION = "DiploTrackTests"


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file with the demo made on ``DEMO_DAY``, made once for the whole session."""
    return make_demo_file(tmp_path_factory)


@pytest.fixture
def demo_database(demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database for one test, closed after it."""
    with demo_copy(demo_file, tmp_path) as db:
        yield db


@pytest.fixture(scope="session")
def anchor_demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file with the demo made on its own anchor day (``demo.timeline.ANCHOR``): the
    history then has a series with later occurrences in April 2024, the meeting's month."""
    return make_demo_file(tmp_path_factory, ANCHOR)


@pytest.fixture
def anchor_demo(anchor_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the anchor day's demo for one test, closed after it."""
    folder = tmp_path / "anchor-demo"
    folder.mkdir()
    with demo_copy(anchor_demo_file, folder) as db:
        yield db


@pytest.fixture
def example_ids(demo_database: Database) -> dict[str, int]:
    """The worked example's records in the test's demo database, by what they are in the story
    ("meeting", "memorandum", "delegation", "kabaev", "loginov", "imanaliev", "jalal",
    "school")."""
    return worked_example_ids(demo_database)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """QSettings in an INI file of the test's own, for a widget that is handed its settings."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


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


@pytest.fixture
def panel(qtbot: QtBot, context: AppContext) -> DetailPanel:
    """The detail panel alone on the English demo, shown at the side bar's size."""
    widget = DetailPanel(context)
    qtbot.addWidget(widget)
    widget.resize(360, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The main window on the English demo, shown and active: its shortcuts answer only in the
    active window."""
    shown = MainWindow(context, settings=Settings())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    handle = shown.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shown)
    return shown


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Answers:
    """The briefing dialog's questions (which printer, print?, which file) answered by the test."""
    given = Answers(tmp_path)
    monkeypatch.setattr(briefing_output.HOOKS, "printer", given.printer)
    monkeypatch.setattr(briefing_output.HOOKS, "confirm_print", given.confirm_print)
    monkeypatch.setattr(briefing_output.HOOKS, "pdf_path", given.pdf_path)
    return given


@pytest.fixture
def memory(context: AppContext) -> Iterator[BriefingMemory]:
    """The window's open briefings; every dialog still open is closed after the test."""
    found = BriefingMemory.of(context)
    yield found
    for dialog in list(found.dialogs.values()):
        if isinstance(dialog, BriefingDialog) and shiboken6.isValid(dialog):
            dialog.close()
