"""The main window on a real SQLite copy of the demo: side bar, shortcuts, the one filter,
selection and opening, languages, the first start and run_window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.demo.example_keys import KABAEV, MEETING
from diplotrack.domain import Event, Person
from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import RecordRef
from diplotrack.store.database import Database, default_database_file, open_database
from diplotrack.ui.app import is_first_run, run_window
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.editor_base import RecordEditor
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.navigation import VIEWS
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.calendar.view import CalendarView
from diplotrack.ui.views.dossier import DossierView
from diplotrack.ui.views.registers import CountryRegisterView, RegisterView
from diplotrack.ui.views.today import TodayView

pytestmark = pytest.mark.gui

MEETING_DAY = date(2024, 4, 10)


def _id(db: Database, model: type[Event] | type[Person], column: object, value: str) -> int:
    with db.session() as session:
        found = session.scalar(select(model.id).where(column == value))  # type: ignore[arg-type]
    assert found is not None
    return int(found)


def _click_side_bar(qtbot: QtBot, window: MainWindow, view: str) -> None:
    views = window.side_bar.views
    rect = views.visualItemRect(views.item(VIEWS.index(view)))
    qtbot.mouseClick(views.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_every_side_bar_entry_shows_its_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert window.windowTitle() == "DiploTrack — demo.sqlite3"
    assert window.location.text() == "database: demo.sqlite3"
    assert window.current_view == "today"  # the first start opens on Today
    expected = {
        "today": TodayView,
        "calendar": CalendarView,
        "country": CountryRegisterView,
        **{kind: RegisterView for kind in VIEWS[2:9]},
    }
    for view in reversed(VIEWS):
        _click_side_bar(qtbot, window, view)
        screen = window.stack.currentWidget()
        assert window.current_view == view
        assert isinstance(screen, expected[view]), view
        if isinstance(screen, RegisterView):
            assert screen.kind == view
        assert window.menus.views[view].isChecked()
        assert window.filter_bar.isVisible() == (view != "today")
    assert not any("placeholder" in w.objectName().lower() for w in window.views.values())


def test_ctrl_and_alt_digits_switch_screens(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == "event"
    assert window.stack.currentWidget().hasFocus() or window.stack.currentWidget().isAncestorOf(
        QApplication.focusWidget()
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == "country"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view == "calendar"
    calendar = window.stack.currentWidget()
    assert isinstance(calendar, CalendarView)
    # inside the calendar Ctrl+2 is its week view; Alt+digits still switch screens
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_view == "today"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert window.current_view == "followup"


def test_the_filter_bar_filters_calendar_registers_and_the_count(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    calendar = window.show_view("calendar")
    assert isinstance(calendar, CalendarView)
    calendar.go_to(MEETING_DAY)

    def shown() -> list[tuple[str, ...]]:
        return [item.countries for item in calendar.shown.items]

    # the month shows contacts with other countries than Kyrgyzstan before the filter …
    qtbot.waitUntil(lambda: any("KG" not in codes for codes in shown()))
    qtbot.waitUntil(lambda: window.count.total is not None)
    everything = window.count.total
    bar = window.filter_bar
    bar.country_edit.setFocus()
    qtbot.keyClicks(bar.country_edit, "Kyrgyzstan")
    qtbot.keyClick(bar.country_edit, Qt.Key.Key_Return)
    assert context.filter.countries == ("KG",)
    # … and only Kyrgyzstan's after it, the worked example's meeting among them
    qtbot.waitUntil(lambda: bool(shown()) and all("KG" in codes for codes in shown()))
    assert any(item.title == MEETING for item in calendar.items_on(MEETING_DAY))
    qtbot.waitUntil(lambda: window.count.total is not None and window.count.total < everything)
    with context.db.session() as session:
        total = session.scalar(
            select(func.count()).select_from(Event).where(Event.archived_at.is_(None))
        )
    assert total is not None and everything is not None and everything <= total
    assert "Events matching the filter" in window.count.label.text()

    events = window.show_view("event")
    assert isinstance(events, RegisterView)
    codes = [
        events.model.data(events.model.index(row, 5), events.model.CountriesRole)
        for row in range(events.model.rowCount())
    ]
    assert codes and all("KG" in found for found in codes)
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)  # one click clears
    assert context.filter.countries == ()


def test_selection_in_a_register_shows_in_the_detail_panel(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    events = window.stack.currentWidget()
    assert isinstance(events, RegisterView)
    rect = events.table.visualRect(events.model.index(1, 1))
    qtbot.mouseClick(events.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    ref = events.model.ref_at(1)
    assert ref is not None and context.selection == ref
    assert window.detail_panel.shown == ref
    title = events.model.index(1, 1).data()
    assert title and title in window.detail_panel.text()


def test_enter_on_an_event_opens_its_editor(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    window.filter_bar.text_edit.setFocus()
    qtbot.keyClicks(window.filter_bar.text_edit, "Kabaev")
    qtbot.keyClick(window.filter_bar.text_edit, Qt.Key.Key_Return)
    events = window.show_view("event", focus=True)
    assert isinstance(events, RegisterView)
    meeting = _id(context.db, Event, Event.title, MEETING)
    row = events.model.row_of(RecordRef("event", meeting))
    assert row >= 0
    events.table.setCurrentIndex(events.model.index(row, 1))
    qtbot.keyClick(events.table, Qt.Key.Key_Return)
    editors = [w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor)]
    assert editors, "Enter opened no editor"
    editor = editors[-1]
    qtbot.addWidget(editor)
    assert editor.isVisible()
    assert MEETING in [
        field.text() for field in editor.findChildren(type(window.filter_bar.text_edit))
    ]
    editor.reject()


def test_a_person_opens_a_dossier(qtbot: QtBot, context: AppContext, window: MainWindow) -> None:
    kabaev = _id(context.db, Person, Person.name, KABAEV)
    people = window.show_view("person", focus=True)
    assert isinstance(people, RegisterView)
    context.set_filter(RecordFilter(text="Кабаев"))
    row = people.model.row_of(RecordRef("person", kabaev))
    assert row >= 0
    rect = people.table.visualRect(people.model.index(row, 0))
    qtbot.mouseClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(people.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dossier = window.stack.currentWidget()
    assert isinstance(dossier, DossierView)
    assert window.current_view == "dossier"
    assert dossier.current is not None and dossier.current.subject == "person"
    assert dossier.current.key == kabaev
    assert window.side_bar.current_view() is None  # a dossier is no side-bar screen
    # a country reference opens the country's dossier by its code
    context.open(RecordRef("country", 417))
    assert dossier.current is not None and dossier.current.key == "KG"


def test_switching_to_russian_retitles_everything_live(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    window.show_view("calendar")
    assert window.side_bar.views.item(2).text() == "Events"
    try:
        russian = next(a for a in window._language_menu.actions() if a.data() == "ru")
        russian.trigger()
        assert context.language == "ru"
        assert window.side_bar.views.item(2).text() == "Мероприятия"
        assert window.side_bar.views.item(0).text() == "Сегодня"
        assert window.menus.file_menu.title() == "&Файл"
        assert window.menus.views["place"].text() == "&Населённые пункты"
        assert "Мероприятия по фильтру" in window.count.label.text() or window.count.total is None
        assert window.detail_dock.windowTitle() == "Подробно"
        assert Settings().chosen_language == "ru"
        english = next(a for a in window._language_menu.actions() if a.data() == "en")
        english.trigger()
        assert window.side_bar.views.item(2).text() == "Events"
        assert window.menus.file_menu.title() == "&File"
    finally:
        install_language("en")


def test_first_start_fills_the_demo_in_the_background(qtbot: QtBot, qapp: QApplication) -> None:
    default_file = default_database_file()
    assert not default_file.exists(), "the test session's data folder should start empty"
    assert is_first_run(None)
    assert not is_first_run(str(default_file.with_name("other.sqlite3")))

    db = open_database(None)
    try:
        assert not is_first_run(None)  # the file exists now
        context = AppContext(db, language="en")
        window = MainWindow(context, settings=Settings())
        qtbot.addWidget(window)
        today = window.show_view("today")
        assert isinstance(today, TodayView)
        window.show_view("event")
        window.fill_demo_in_background()
        assert "demonstration data" in window.statusBar().currentMessage()
        qtbot.waitUntil(lambda: not window.filling_demo, timeout=300_000)
        message = window.statusBar().currentMessage()
        assert message.startswith("Demonstration data added"), message
        events = window.views["event"]
        assert isinstance(events, RegisterView)
        qtbot.waitUntil(lambda: events.model.total > 0)
    finally:
        db.close()
        for path in Path(default_file).parent.glob(default_file.name + "*"):
            path.unlink()


def test_run_window_opens_the_database_given_and_closes_cleanly(tmp_path: Path) -> None:
    database = tmp_path / "office.sqlite3"
    shown: list[str] = []

    def close_the_window() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                shown.append(widget.windowTitle())
                widget.close()

    QTimer.singleShot(0, close_the_window)
    assert run_window(str(database)) == 0
    install_language("en")  # run_window installed the system's language
    assert shown == ["DiploTrack — office.sqlite3"]
    assert database.exists()  # created and migrated, but no demo: it is not the default file
    db = open_database(str(database))
    try:
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Event)) == 0
    finally:
        db.close()


def test_saved_filters_in_the_side_bar(
    qtbot: QtBot, context: AppContext, window: MainWindow
) -> None:
    assert not window.side_bar.filters.isVisible()
    context.set_filter(RecordFilter(countries=("CN",)))
    window.filter_bar.save_current("China")
    context.set_filter(RecordFilter())  # news of the filter: the side bar looks again
    qtbot.waitUntil(lambda: window.side_bar.saved_filter_names() == ["China"])
    assert window.side_bar.filters.isVisible()
    filters = window.side_bar.filters
    rect = filters.visualItemRect(filters.item(0))
    qtbot.mouseClick(filters.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert context.filter == RecordFilter(countries=("CN",))
