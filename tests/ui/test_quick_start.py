"""A quick start: the window paints its first month from the start-up reader, with nothing
asking for the database before that paint, and opens the database right after it."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database, open_database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.store.queries.calendar_at_start import CalendarAtStart
from diplotrack.store.revision import HEAD
from diplotrack.ui.app import run_window
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.calendar.layout import query_range
from diplotrack.ui.views.calendar.view import CalendarView
from diplotrack.ui.widgets.filter_chips import FilterChip
from support.demo import OFFICE_ZONE

pytestmark = pytest.mark.gui


@pytest.fixture
def office_file(demo_file: Path, tmp_path: Path) -> Path:
    file = tmp_path / "office.sqlite3"
    shutil.copy(demo_file, file)
    return file


def _quick_window(
    qtbot: QtBot, file: Path, opened: list[Database], flt: RecordFilter
) -> tuple[AppContext, MainWindow]:
    def open_it() -> Database:
        opened.append(open_database(f"sqlite:///{file}"))
        return opened[-1]

    settings = Settings()
    settings.last_view = "calendar"
    settings.last_filter = flt
    context = AppContext(
        open_it, language="en", zone=OFFICE_ZONE, calendar_at_start=CalendarAtStart.open(file)
    )
    window = MainWindow(context, settings=settings)
    qtbot.addWidget(window)
    return context, window


@pytest.mark.parametrize(
    ("flt", "chips"),
    [
        (RecordFilter(), []),
        (
            RecordFilter(countries=("KG", "CN"), statuses=("planned", "confirmed")),
            ["Kyrgyzstan", "China"],
        ),
    ],
    ids=("no filter", "countries and statuses"),
)
def test_the_first_month_paints_before_anything_asks_for_the_database(
    qtbot: QtBot, qapp: QApplication, office_file: Path, flt: RecordFilter, chips: list[str]
) -> None:
    install_language("en")
    opened: list[Database] = []
    context, window = _quick_window(qtbot, office_file, opened, flt)
    at_paint: dict[str, object] = {}

    def painted() -> None:
        calendar = window.views["calendar"]
        assert isinstance(calendar, CalendarView)
        chips = [chip.toolTip() for chip in window.filter_bar.findChildren(FilterChip)]
        at_paint.update(is_open=context.is_open, items=list(calendar.shown.items), chips=chips)

    window.first_painted.connect(painted)
    calendar = window.view_widget("calendar")
    assert isinstance(calendar, CalendarView)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    try:
        assert at_paint["is_open"] is False
        assert context.filter == flt
        # the chips (a flag and the code) named their countries (through the start-up reader)
        assert at_paint["chips"] == chips
        # the month painted is what the full reader gives, and it has events in it
        start, end = query_range(calendar.shown.days, OFFICE_ZONE)
        with context.db.session() as session:
            expected = calendar_items(session, start, end, flt)
        assert at_paint["items"] and at_paint["items"] == calendar.shown.items
        shown_ids = {(item.item, item.id) for item in calendar.shown.items}
        assert shown_ids <= {(item.item, item.id) for item in expected}
        # once the database is open, the months around are read ahead as on any start
        assert context.calendar_at_start is None
        qtbot.waitUntil(lambda: len(calendar.loader.kept) >= 3, timeout=10_000)
    finally:
        window.close()
        calendar.loader.wait()
        for db in opened:
            db.close()


def test_run_window_on_a_current_file_opens_the_database_after_painting(
    office_file: Path,
) -> None:
    seen: dict[str, object] = {}

    def when_open() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in windows if w.isVisible()), None)
        if window is None or not window.context.is_open:
            QTimer.singleShot(10, when_open)
            return
        seen.update(title=window.windowTitle(), reader=window.context.calendar_at_start)
        window.close()

    QTimer.singleShot(0, when_open)
    assert run_window(str(office_file)) == 0
    install_language("en")  # run_window installed the system's language
    assert seen == {"title": "DiploTrack — office.sqlite3", "reader": None}


@pytest.mark.parametrize("tables", ["", "CREATE TABLE event (id INTEGER PRIMARY KEY)"])
def test_a_file_that_only_looks_current_is_refused_with_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tables: str
) -> None:
    """The revision says current but the tables are not there: the start-up reader gives up,
    the database is opened to read the month, and its failure is said as on any start."""
    file = tmp_path / "broken.sqlite3"
    with sqlite3.connect(file) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (HEAD,))
        if tables:
            connection.execute(tables)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    assert CalendarAtStart.open(file) is not None  # it looks current
    assert run_window(str(file)) == 1
    install_language("en")
    assert len(said) == 1 and "broken.sqlite3" in said[0]
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert not [window for window in shown if window.isVisible()]


def test_a_filter_the_start_up_reader_does_not_spell_opens_the_database_first(
    qtbot: QtBot, qapp: QApplication, office_file: Path
) -> None:
    """Free text needs the search index: the database is opened before the first paint, and
    the month is the full reader's."""
    install_language("en")
    opened: list[Database] = []
    flt = RecordFilter(text="Баку")
    context, window = _quick_window(qtbot, office_file, opened, flt)
    at_paint: dict[str, object] = {}
    window.first_painted.connect(lambda: at_paint.update(is_open=context.is_open))
    calendar = window.view_widget("calendar")
    assert isinstance(calendar, CalendarView)
    with qtbot.waitSignal(window.first_painted, timeout=10_000):
        window.show()
    try:
        assert at_paint == {"is_open": True}
        start, end = query_range(calendar.shown.days, OFFICE_ZONE)
        with context.db.session() as session:
            expected = calendar_items(session, start, end, flt)
        assert calendar.shown.items
        assert {(i.item, i.id) for i in calendar.shown.items} <= {(i.item, i.id) for i in expected}
    finally:
        window.close()
        calendar.loader.wait()
        for db in opened:
            db.close()
