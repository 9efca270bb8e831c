"""Fixtures for the detail panel and dossier tests: the demo in an SQLite file filled once per
session and copied for each test, an AppContext on it (English, Krasnoyarsk time), the worked
example's ids, and a way to click a link inside rich text as a person would."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot
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
from diplotrack.domain import Agreement, Delegation, Event, FollowUp, Person, Place
from diplotrack.store.database import Database, open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language

KRASNOYARSK_ZONE = ZoneInfo("Asia/Krasnoyarsk")


@pytest.fixture(scope="session", name="dossier_demo_file")
def dossier_demo_file_fixture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dossier-demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    try:
        fill_demo(db)
    finally:
        db.close()
    return path


@pytest.fixture(name="demo_db")
def demo_db_fixture(dossier_demo_file: Path, tmp_path: Path) -> Iterator[Database]:
    copy = tmp_path / "demo.sqlite3"
    shutil.copyfile(dossier_demo_file, copy)
    db = open_database(f"sqlite:///{copy}")
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(name="demo_context")
def demo_context_fixture(qapp: object, demo_db: Database) -> Iterator[AppContext]:
    context = AppContext(demo_db, language="en", zone=KRASNOYARSK_ZONE)
    yield context
    install_language("en")  # a test that switched to Russian leaves English behind


@pytest.fixture(name="ids")
def ids_fixture(demo_db: Database) -> dict[str, int]:
    """The worked example's records by what they are in the story."""
    with demo_db.session() as session:
        found = {
            "meeting": session.scalar(select(Event.id).where(Event.title == MEETING)),
            "memorandum": session.scalar(select(Agreement.id).where(Agreement.title == MEMORANDUM)),
            "delegation": session.scalar(
                select(Delegation.id).where(Delegation.title == DELEGATION)
            ),
            "kabaev": session.scalar(select(Person.id).where(Person.name == KABAEV)),
            "loginov": session.scalar(select(Person.id).where(Person.name == LOGINOV)),
            "imanaliev": session.scalar(select(Person.id).where(Person.name == IMANALIEV)),
            "jalal": session.scalar(select(Place.id).where(Place.name == JALAL_ABAD)),
            "school": session.scalar(select(FollowUp.id).where(FollowUp.title == FOLLOWUP_SCHOOL)),
        }
    assert all(found.values()), found
    return {name: int(value) for name, value in found.items() if value is not None}


def click_link(qtbot: QtBot, browser: QTextBrowser, text: str) -> None:
    """Click the middle of the first occurrence of ``text`` in the browser, as a mouse would."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not on the page"
    middle = browser.textCursor()
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    rect = browser.cursorRect()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


#: import these into a test module to make the fixtures available there
FIXTURES = (dossier_demo_file_fixture, demo_db_fixture, demo_context_fixture, ids_fixture)
