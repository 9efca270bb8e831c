"""The minimal main window on a real SQLite file: the events around a day, where the data lives,
the demo data on the first start."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diplotrack.demo import fill_demo
from diplotrack.demo.example_keys import MEETING
from diplotrack.store.database import Database, default_database_file, open_database
from diplotrack.ui.app import is_first_run, run_window
from diplotrack.ui.main_window import EventListModel, MainWindow

pytestmark = pytest.mark.gui

# The day after the worked example's meeting, as if the office opened DiploTrack then.
DAY_AFTER_THE_MEETING = date(2024, 4, 11)


def _titles(model: EventListModel) -> list[str]:
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def test_window_shows_the_demo_meeting_and_where_the_data_lives(
    qtbot: QtBot, qtmodeltester: ModelTester, sqlite_database: Database
) -> None:
    fill_demo(sqlite_database)
    window = MainWindow(sqlite_database, today=DAY_AFTER_THE_MEETING)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.windowTitle() == "DiploTrack"
    assert window.location.text() == sqlite_database.display_name == "diplotrack.sqlite3"
    assert MEETING in _titles(window.events)
    row = _titles(window.events).index(MEETING)
    assert window.events.index(row, 3).data() == "KG, RU"
    assert window.events.index(row, 4).data() == "Красноярск"
    starts = [
        window.events.index(n, 0).data(EventListModel.StartsAtRole)
        for n in range(window.events.rowCount())
    ]
    assert starts == sorted(starts)
    qtmodeltester.check(window.events)


def test_headers_are_named(qtbot: QtBot, sqlite_database: Database) -> None:
    window = MainWindow(sqlite_database, today=DAY_AFTER_THE_MEETING)
    qtbot.addWidget(window)
    model = window.events
    headers = [model.headerData(n, Qt.Orientation.Horizontal) for n in range(model.columnCount())]
    assert headers == ["Date", "Title", "Kind", "Countries", "Place", "Status"]
    assert model.rowCount() == 0  # an empty database shows an empty list, nothing invented


def test_first_start_fills_the_demo_in_the_background(qtbot: QtBot) -> None:
    default_file = default_database_file()
    assert not default_file.exists(), "the test session's data folder should start empty"
    assert is_first_run(None)
    assert not is_first_run(str(default_file.with_name("other.sqlite3")))

    db = open_database(None)
    try:
        assert not is_first_run(None)  # the file exists now
        window = MainWindow(db, today=DAY_AFTER_THE_MEETING)
        qtbot.addWidget(window)
        assert window.events.rowCount() == 0
        window.fill_demo_in_background()
        assert "demonstration data" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: not window.filling_demo, timeout=300_000)
        message = window.statusBar().currentMessage()
        assert message.startswith("Demonstration data added"), message
        assert MEETING in _titles(window.events)
    finally:
        db.close()
        for path in Path(default_file).parent.glob(default_file.name + "*"):
            path.unlink()


def test_the_list_opens_at_today_with_the_recent_events_above(
    qtbot: QtBot, sqlite_database: Database
) -> None:
    fill_demo(sqlite_database)
    window = MainWindow(sqlite_database, today=DAY_AFTER_THE_MEETING)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    first = window.first_upcoming_row()
    assert 0 < first < window.events.rowCount()
    assert window.events.row_at(first).starts_at.date() >= DAY_AFTER_THE_MEETING
    assert window.events.row_at(first - 1).starts_at.date() <= DAY_AFTER_THE_MEETING
    assert window.table.rowAt(0) == first  # scrolled so today's first event is at the top


def test_run_window_opens_the_database_given_and_closes_cleanly(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = tmp_path / "office.sqlite3"
    shown: list[str] = []

    def close_the_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                shown.append(widget.location.text())
                widget.close()

    QTimer.singleShot(0, close_the_window)
    assert run_window(str(database)) == 0
    assert shown == ["office.sqlite3"]
    assert database.exists()  # created and migrated, but no demo: it is not the default file
    db = open_database(str(database))
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        assert window.events.rowCount() == 0
    finally:
        db.close()
