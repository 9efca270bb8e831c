"""The office's user guide (docs/user-guide.md) kept true to the window: every key it names is
bound, each key of its table where the table says, every window shortcut is in it, its menu
paths are the Russian menus' own, and the pictures it links exist."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from diplotrack.services.changes import RecordRef
from diplotrack.ui.briefing_actions import open_briefing
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.briefing_subject import briefing_key
from diplotrack.ui.dialogs.draft_dialog import DraftDialog
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.dialogs.programme_list import ProgrammeList
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.navigation import VIEWS
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.calendar.view import CalendarView

pytestmark = pytest.mark.gui

DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = DOCS / "user-guide.md"
_PORTABLE = QKeySequence.SequenceFormat.PortableText

# keys as the guide writes them → as Qt spells them
_SPELLED = {
    "←": "Left",
    "→": "Right",
    "↑": "Up",
    "↓": "Down",
    "PgDn": "PgDown",
    "Enter": "Return",
    "Delete": "Del",
    "Insert": "Ins",
}
_KEY = (
    r"(?:(?:Ctrl|Alt|Shift)\+)*"
    r"(?:F(?:1[0-2]|[1-9])|[A-Z0-9]|PgUp|PgDn|Enter|Esc|Delete|Insert|[←→↑↓]|,)"
)
_QUOTED_KEY = re.compile(rf"`({_KEY})`")
# a combination written without backquotes, as in «Поиск… (Ctrl+F)»
_LOOSE_COMBINATION = re.compile(r"(?<![\w`+])((?:Ctrl|Alt|Shift)\+[A-Za-z0-9]+)\b")
# `Ctrl+1` … `Ctrl+0`: every digit between, in the side bar's order (1…9, then 0)
_DIGIT_RANGE = re.compile(r"`((?:(?:Ctrl|Alt|Shift)\+)*)(\d)` … `\1(\d)`")
_DIGITS = "1234567890"
_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")
_RUSSIAN_PICTURE = re.compile(r"screenshots/[\w-]+-ru(?:-\d+)?\.png")
_MENU_PATH = re.compile(r"\*\*([^*\n]+?(?: ▸ [^*\n]+?)+)\*\*")

# the table's "Где" column → the part of the window whose bindings the keys must be in
AREAS = (
    "Окно",
    "Календарь",
    "Досье",
    "Редактор",
    "Программа визита",
    "Окно справки",
    "Черновик из пресс-релиза",
)


def portable(written: str) -> str:
    """``Alt+←`` → ``Alt+Left``: a key as the guide writes it, as Qt's portable text."""
    *modifiers, key = re.split(r"\+(?=.)", written)
    return QKeySequence("+".join([*modifiers, _SPELLED.get(key, key)])).toString(_PORTABLE)


def named_keys(text: str) -> set[str]:
    """Every key the text names: in backquotes, in digit ranges, and loose combinations."""
    found = {portable(key) for key in _QUOTED_KEY.findall(text)}
    found |= {portable(key) for key in _LOOSE_COMBINATION.findall(text)}
    for modifiers, first, last in _DIGIT_RANGE.findall(text):
        digits = _DIGITS[_DIGITS.index(first) : _DIGITS.index(last) + 1]
        found |= {portable(f"{modifiers}{digit}") for digit in digits}
    return found


@dataclass(frozen=True)
class TableRow:
    keys: frozenset[str]
    area: str
    line: str


def table_rows(text: str) -> list[TableRow]:
    """The rows of the keys table (its section «## Клавиши»): keys, and where they work."""
    section = text.split("\n## Клавиши\n", 1)[1].split("\n## ", 1)[0]
    rows = []
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 3 and "`" in cells[0]:
            rows.append(TableRow(frozenset(named_keys(cells[0])), cells[2], line))
    return rows


def _bindings(widget: QObject) -> set[str]:
    """The keys bound in ``widget`` and its children: actions, enabled shortcuts, buttons."""
    keys: set[str] = set()
    actions = list(widget.findChildren(QAction))
    if isinstance(widget, QWidget):
        actions += widget.actions()
    for action in actions:
        keys |= {sequence.toString(_PORTABLE) for sequence in action.shortcuts()}
    for shortcut in widget.findChildren(QShortcut):
        if shortcut.isEnabled():
            keys.add(shortcut.key().toString(_PORTABLE))
    for button in widget.findChildren(QAbstractButton):
        keys.add(button.shortcut().toString(_PORTABLE))
    keys.discard("")
    return keys


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        found.append(action)
        sub = action.menu()
        if isinstance(sub, QMenu):
            found += _menu_actions(sub)
    return found


def _window_actions(window: MainWindow) -> list[QAction]:
    """The actions on the window itself and in the menus of its menu bar."""
    found = list(window.actions())
    for title in window.menuBar().actions():
        menu = title.menu()
        if isinstance(menu, QMenu):
            found += _menu_actions(menu)
    return found


def _window_keys(window: MainWindow) -> set[str]:
    """Keys that answer anywhere in the window: its actions', and its window-wide shortcuts."""
    keys = {
        sequence.toString(_PORTABLE)
        for action in _window_actions(window)
        for sequence in action.shortcuts()
    }
    window_wide = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        # a dialog's shortcuts answer in the dialog, though the window is its parent
        in_window = isinstance(owner, QWidget) and owner.window() is window
        if in_window and shortcut.isEnabled() and shortcut.context() in window_wide:
            keys.add(shortcut.key().toString(_PORTABLE))
    return keys


def _open_dialogs() -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QDialog) and widget.isVisible()
    ]


@dataclass
class Bound:
    """Where each key is bound in the Russian window on the demo."""

    window: MainWindow
    areas: dict[str, set[str]]
    calendar_handles: Callable[[str], bool]

    def works_in(self, area: str, key: str) -> bool:
        if area == "Календарь":
            return self.calendar_handles(key)
        return key in self.areas[area]

    def unbound(self, keys: set[str]) -> set[str]:
        return {key for key in keys if not any(self.works_in(area, key) for area in AREAS)}


@pytest.fixture
def bound(qtbot: QtBot, context_ru: AppContext, example_ids: dict[str, int]) -> Iterator[Bound]:
    """The window in Russian with every screen, a dossier, the event and delegation editors
    and the briefing dialog built; their keys, and the calendar's handler."""
    window = MainWindow(context_ru, settings=Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for view in VIEWS:
        window.show_view(view)
    window.show_dossier("country", "KG")
    meeting = RecordRef("event", example_ids["meeting"])
    delegation = RecordRef("delegation", example_ids["delegation"])
    event_editor = open_editor(context_ru, meeting, "event", window)
    delegation_editor = open_editor(context_ru, delegation, "delegation", window)
    key = briefing_key(meeting)
    assert key is not None
    briefing = open_briefing(context_ru, key, window)
    draft = DraftDialog(context_ru, window)
    programme = delegation_editor.findChild(ProgrammeList)
    assert programme is not None
    areas = {
        "Окно": _window_keys(window),
        "Досье": _bindings(window.views["dossier"]),
        "Редактор": _bindings(event_editor),
        "Программа визита": _bindings(programme),
        "Окно справки": _bindings(briefing),
        "Черновик из пресс-релиза": _bindings(draft),
    }

    calendar = window.show_view("calendar", focus=True)
    assert isinstance(calendar, CalendarView)
    calendar.go_to(calendar.context.today())

    def calendar_handles(key: str) -> bool:
        # Esc lets go of a selection: there must be one for it to have something to do
        items = calendar.shown.items
        if items:
            calendar.select_ref(RecordRef(items[0].item, items[0].id))
        # a sequence's first combination (the stubs do not know QKeySequence indexes)
        combination: QKeyCombination = cast(Any, QKeySequence(key))[0]
        event = QKeyEvent(QEvent.Type.KeyPress, combination.key(), combination.keyboardModifiers())
        before = set(_open_dialogs())
        handled = calendar.handle_key(event)
        for dialog in set(_open_dialogs()) - before:  # Enter and Ctrl+N open an editor
            dialog.close()
        return handled

    yield Bound(window, areas, calendar_handles)
    for dialog in (event_editor, delegation_editor, briefing):
        if shiboken6.isValid(dialog):
            dialog.close()


def test_the_guide_reads_keys_as_qt_spells_them() -> None:
    text = "`Ctrl+Shift+Z`, `PgDn`, `Alt+←`, `Enter`, `F9`, `Ctrl+,`, (Ctrl+F), `Alt+1` … `Alt+0`"
    assert named_keys(text) == {
        "Ctrl+Shift+Z",
        "PgDown",
        "Alt+Left",
        "Return",
        "F9",
        "Ctrl+,",
        "Ctrl+F",
        *(f"Alt+{digit}" for digit in _DIGITS),
    }
    assert named_keys("`Ctrl+1` … `Ctrl+4` and `KG`, `diplotrack check`") == {
        "Ctrl+1",
        "Ctrl+2",
        "Ctrl+3",
        "Ctrl+4",
    }


def test_a_key_bound_nowhere_is_found(bound: Bound) -> None:
    assert bound.unbound(named_keys("`Ctrl+Shift+K` или `F7`, но не `Ctrl+N`")) == {
        "Ctrl+Shift+K",
        "F7",
    }
    assert not bound.works_in("Окно", "Ctrl+R")  # the briefing dialog's, not the window's


def test_every_key_the_guide_names_is_bound(bound: Bound) -> None:
    named = named_keys(GUIDE.read_text(encoding="utf-8"))
    assert len(named) > 30
    assert bound.unbound(named) == set()


def test_each_key_of_the_table_works_where_the_table_says(bound: Bound) -> None:
    rows = table_rows(GUIDE.read_text(encoding="utf-8"))
    assert {row.area for row in rows} == set(AREAS)
    wrong = [
        (row.line, key)
        for row in rows
        for key in sorted(row.keys)
        if not bound.works_in(row.area, key)
    ]
    assert wrong == []


def test_every_window_shortcut_is_in_the_guide(bound: Bound) -> None:
    named = named_keys(GUIDE.read_text(encoding="utf-8"))
    missing = {
        (action.text().replace("&", ""), sequence.toString(_PORTABLE))
        for action in _window_actions(bound.window)
        for sequence in action.shortcuts()
        if sequence.toString(_PORTABLE) not in named
    }
    assert missing == set()


def test_menu_paths_in_the_guide_are_the_russian_menus(bound: Bound) -> None:
    """«Файл ▸ Новое мероприятие…» and the like: each step is an item of the menu before it,
    as the Russian window writes it (access keys aside). Paths through a menu of the menu
    bar only; the filter bar's own menus are named in its section."""
    bar = bound.window.menuBar()
    titles = {action.text().replace("&", ""): action.menu() for action in bar.actions()}
    paths = [path.split(" ▸ ") for path in _MENU_PATH.findall(GUIDE.read_text(encoding="utf-8"))]
    checked = 0
    wrong = []
    for first, *rest in paths:
        menu = titles.get(first)
        if not isinstance(menu, QMenu):
            continue
        for step in rest:
            items = {action.text().replace("&", ""): action for action in menu.actions()}
            found = items.get(step)
            if found is None:
                wrong.append(" ▸ ".join([first, *rest]))
                break
            sub = found.menu()
            menu = sub if isinstance(sub, QMenu) else menu
        checked += 1
    assert checked >= 10
    assert wrong == []


def test_every_picture_the_guide_links_exists() -> None:
    links = _PICTURE.findall(GUIDE.read_text(encoding="utf-8"))
    assert len(links) >= 10
    missing = [link for link in links if not (DOCS / link).is_file()]
    assert missing == []
    # the Russian window's pictures, from the folder scripts/screenshots.py renders
    assert [link for link in links if not _RUSSIAN_PICTURE.fullmatch(link)] == []
