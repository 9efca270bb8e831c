"""The window's menus: every command of File and Edit has a shortcut shown beside it, no two
commands share one; Undo and Redo outlive the undo stack; Help adds the demonstration data to
an empty database, and says why not to one with records."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtGui import QAction, QUndoCommand
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.domain import Event
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings

pytestmark = pytest.mark.gui


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _commands(window: MainWindow) -> list[QAction]:
    menus = (window.menus.file_menu, window.menus.edit_menu)
    return [action for menu in menus for action in menu.actions() if not action.isSeparator()]


def test_every_file_and_edit_command_shows_a_shortcut(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    missing = [a.text() for a in _commands(window) if a.shortcut().isEmpty()]
    assert missing == []
    assert window.menus.settings.shortcut().toString() == "Ctrl+,"


def test_no_two_window_commands_share_a_shortcut(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    owners: dict[str, list[str]] = {}
    for action in window.actions():
        for key in action.shortcuts():
            owners.setdefault(key.toString(), []).append(action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert shared == {}
    assert "Ctrl+," in owners


def test_undo_texts_outlive_the_undo_stack(qtbot: QtBot, context: AppContext) -> None:
    """At exit the context's undo stack may go before the menus: clearing itself, it still
    signals, and the menus must not ask a deleted stack for its texts."""
    window = _window(qtbot, context)
    context.undo_stack.push(QUndoCommand("Rename"))
    assert window.menus.undo.text().replace("&", "") == "Undo Rename"
    shiboken6.delete(context.undo_stack)
    assert window.menus.undo.text().replace("&", "") == "Undo Rename"  # left as it was


def test_help_adds_the_demo_to_an_empty_database(
    qtbot: QtBot, sqlite_database: Database, context: AppContext
) -> None:
    """Not the first start's default file (which fills itself): a new empty one."""
    empty = AppContext(sqlite_database, language="en", zone=context.zone)
    window = _window(qtbot, empty)
    assert window.menus.demo in window.menus.help_menu.actions()
    window.menus.demo.trigger()
    assert not window.menus.demo.isEnabled()  # once at a time
    qtbot.waitUntil(lambda: not window.filling_demo, timeout=120_000)
    message = window.statusBar().currentMessage()
    assert message.startswith("Demonstration data added"), message
    assert window.menus.demo.isEnabled()
    with sqlite_database.session() as session:
        assert (session.scalar(select(func.count()).select_from(Event)) or 0) > 0


def test_help_says_why_a_database_with_records_gets_no_demo(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    with context.db.session() as session:
        before = session.scalar(select(func.count()).select_from(Event)) or 0
    window.menus.demo.trigger()
    assert not window.filling_demo
    message = window.statusBar().currentMessage()
    assert message.startswith("The demonstration data go only into an empty database"), message
    assert f"(events: {before})" in message
    with context.db.session() as session:
        assert session.scalar(select(func.count()).select_from(Event)) == before


def test_the_demo_command_in_russian(qtbot: QtBot, context_ru: AppContext) -> None:
    window = _window(qtbot, context_ru)
    assert window.menus.demo.text() == "Добавить &демонстрационные данные"
    window.menus.demo.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Демонстрационные данные добавляются только в пустую базу")
