"""The status bar's count says what the screen shows: in a register, the filter narrowed by
the register's own search box; on the calendar, the filter's events; in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.registers import RegisterView
from support.gestures import type_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_count_follows_the_registers_search(qtbot: QtBot, window: MainWindow) -> None:
    register = window.show_view("event")
    assert isinstance(register, RegisterView)
    count = window.count
    qtbot.waitUntil(lambda: count.total is not None)
    everything = count.total
    assert count.label.text() == f"Events matching the filter: {everything:,}".replace(",", " ")
    register.quick.setFocus()
    type_text(register.quick, "zzzqqq")
    qtbot.keyClick(register.quick, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count.total == 0)
    assert count.label.text() == "Events matching the filter and “zzzqqq”: 0"
    assert register.model.rowCount() == 0  # the list shows what the count says
    register.quick.clear()
    qtbot.keyClick(register.quick, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: count.total == everything)
    # the calendar has no search of its own: the filter's count, read by the status bar
    window.show_view("calendar")
    assert "“" not in count.label.text()
    qtbot.waitUntil(lambda: count.total is not None)
    assert count.label.text().startswith("Events matching the filter: ")


def test_russian(qtbot: QtBot, window: MainWindow, context: AppContext) -> None:
    register = window.show_view("event")
    assert isinstance(register, RegisterView)
    install_language("ru")
    context.set_language("ru")
    try:
        type_text(register.quick, "киргиз")
        qtbot.keyClick(register.quick, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.count.total is not None and "«" in window.count.label.text())
        # the number is the register's own count of its search, never the one before it
        assert window.count.label.text().startswith("Мероприятия по фильтру и поиску «киргиз»: ")
        assert window.count.total == register.model.total > 0
    finally:
        install_language("en")
        context.set_language("en")
