"""A database with no events: the Today page says how to begin (New event, Import…, Add
demonstration data — buttons that trigger the window's own actions), the registers say where
records come from; once there is an event the page shows its sections again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.services.events import EventInput, create_event
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.operations import perform
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.registers import RegisterView
from diplotrack.ui.views.today import TodayView
from support.demo import OFFICE_ZONE

pytestmark = pytest.mark.gui


@pytest.fixture
def empty(qapp: QApplication, sqlite_database: Database) -> Iterator[AppContext]:
    """The window's state on a fresh, migrated database with no events, in English."""
    install_language("en")
    yield AppContext(sqlite_database, language="en", zone=OFFICE_ZONE)


@pytest.fixture
def empty_ru(qapp: QApplication, sqlite_database: Database) -> Iterator[AppContext]:
    install_language("ru")
    try:
        yield AppContext(sqlite_database, language="ru", zone=OFFICE_ZONE)
    finally:
        install_language("en")


def _page(qtbot: QtBot, context: AppContext) -> TodayView:
    view = TodayView(context)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_page_offers_three_ways_to_begin(qtbot: QtBot, empty: AppContext) -> None:
    view = _page(qtbot, empty)
    assert view.first_steps.isVisible() and not view.list.isVisible()
    new_event, import_file, demo = QAction(view), QAction(view), QAction(view)
    import_file.setShortcut("Ctrl+I")
    demo.setEnabled(False)  # as while the demo is being filled in
    view.offer_first_steps(new_event, import_file, demo)
    steps = view.first_steps
    assert "no events yet" in steps.notice.text()
    assert steps.new_event.text() == "New event…" and "(Ctrl+N)" in steps.new_event.description()
    assert "(Ctrl+I)" in steps.import_file.description()
    assert "Help ▸ Add demonstration data" in steps.demo.description()
    fired: list[str] = []
    new_event.triggered.connect(lambda: fired.append("new event"))
    import_file.triggered.connect(lambda: fired.append("import"))
    demo.triggered.connect(lambda: fired.append("demo"))
    for button in steps.buttons():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert fired == ["new event", "import"]  # the demo's button is disabled with its action
    assert not steps.demo.isEnabled()
    demo.setEnabled(True)
    qtbot.mouseClick(steps.demo, Qt.MouseButton.LeftButton)
    assert fired[-1] == "demo"


def test_the_first_event_brings_the_sections(qtbot: QtBot, empty: AppContext) -> None:
    view = _page(qtbot, empty)
    assert view.first_steps.isVisible()
    start = datetime.combine(empty.today(), datetime.min.time(), UTC).replace(hour=5)
    perform(
        empty,
        lambda: create_event(
            empty.db,
            EventInput(
                title="Meeting with the consul",
                kind="meeting",
                starts_at=start,
                ends_at=start.replace(hour=6),
                timezone="Asia/Krasnoyarsk",
            ),
        ),
    )
    assert not view.first_steps.isVisible() and view.list.isVisible()
    assert any(
        "Meeting with the consul" in view.model.line(row).text
        for row in range(view.model.rowCount())
    )


def test_russian(qtbot: QtBot, empty_ru: AppContext) -> None:
    view = _page(qtbot, empty_ru)
    steps = view.first_steps
    assert steps.notice.text() == "В базе пока нет ни одного мероприятия. С чего начать:"
    assert steps.new_event.text() == "Новое мероприятие…"
    assert steps.import_file.text() == "Импорт…"
    assert steps.demo.text() == "Добавить демонстрационные данные"
    register = RegisterView(empty_ru, "event")
    qtbot.addWidget(register)
    register.resize(900, 500)
    register.show()
    qtbot.waitExposed(register)
    assert register.empty_notice.isVisible()
    assert "Ctrl+N" in register.empty_notice.text() and "Ctrl+I" in register.empty_notice.text()
    assert register.empty_notice.text().startswith("Здесь пока ничего нет.")


def test_the_window_buttons_are_its_menu_actions(qtbot: QtBot, empty: AppContext) -> None:
    window = MainWindow(empty, settings=Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    page = window.show_view("today")
    assert isinstance(page, TodayView) and page.first_steps.isVisible()
    steps = page.first_steps
    assert all(button.isVisible() for button in steps.buttons())
    with qtbot.waitSignal(window.menus.new_event.triggered):
        qtbot.mouseClick(steps.new_event, Qt.MouseButton.LeftButton)
    for editor in QApplication.topLevelWidgets():
        if editor.isVisible() and editor is not window and editor.isWindow():
            editor.close()

    def close_the_import_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_the_import_dialog)
        else:
            dialog.close()

    QTimer.singleShot(0, close_the_import_dialog)
    with qtbot.waitSignal(window.exchange.import_action.triggered):
        qtbot.mouseClick(steps.import_file, Qt.MouseButton.LeftButton)
    window.menus.demo.setEnabled(False)
    assert not steps.demo.isEnabled()
    register = window.show_view("event")
    assert isinstance(register, RegisterView)
    qtbot.waitUntil(lambda: register.empty_notice.isVisible())
    assert "File ▸ New event… (Ctrl+N)" in register.empty_notice.text()
    assert "File ▸ Import… (Ctrl+I)" in register.empty_notice.text()
