"""The window's menus: every command of File and Edit has a shortcut shown beside it, no two
commands share one; every command has an access letter, unique within its menu in English and
Russian; F9 shows and hides the detail panel; Undo and Redo outlive the undo stack; Help adds
the demonstration data to an empty database, and says why not to one with records."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QMenu
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


def _access_letter(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a written ampersand), lower case."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def _letters_of(texts: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """Texts without an access letter, and letters shared by more than one text."""
    owners: dict[str, list[str]] = {}
    missing = []
    for text in texts:
        letter = _access_letter(text)
        if letter is None:
            missing.append(text)
        else:
            owners.setdefault(letter, []).append(text)
    return missing, {letter: names for letter, names in owners.items() if len(names) > 1}


def _menus(window: MainWindow) -> list[QMenu]:
    menus = window.menus
    return [menus.file_menu, menus.edit_menu, menus.view_menu, menus.help_menu]


@pytest.mark.parametrize("language", ["en", "ru"])
def test_access_letters_are_unique_within_each_menu(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str
) -> None:
    context: AppContext = request.getfixturevalue("context" if language == "en" else "context_ru")
    window = _window(qtbot, context)
    problems: dict[str, object] = {}
    for menu in _menus(window):
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        missing, shared = _letters_of(texts)
        if missing or shared:
            problems[menu.title()] = (missing, shared)
    missing, shared = _letters_of([menu.title() for menu in _menus(window)])
    if missing or shared:
        problems["menu bar"] = (missing, shared)
    assert problems == {}
    view_texts = [a.text() for a in window.menus.view_menu.actions() if not a.isSeparator()]
    if language == "ru":
        assert view_texts[0] == "&Сегодня" and view_texts[-1] == "&Панель подробностей"
        assert "&Населённые пункты" in view_texts
    else:
        assert view_texts[0] == "&Today" and view_texts[-1] == "&Detail panel"


def test_the_access_letter_check_finds_a_clash() -> None:
    assert _letters_of(["&Events", "&Export…", "De&&legations"]) == (
        ["De&&legations"],
        {"e": ["&Events", "&Export…"]},
    )


def test_f9_hides_and_shows_the_detail_panel(qtbot: QtBot, window: MainWindow) -> None:
    toggle = window.detail_dock.toggleViewAction()
    assert toggle in window.menus.view_menu.actions()
    assert toggle.shortcut().toString() == "F9"
    assert window.detail_dock.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.detail_dock.isVisible())
    assert not toggle.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(window.detail_dock.isVisible)
    assert toggle.isChecked()


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
