"""A delegation's day-by-day programme: the detail page's table by day, and the editor's list —
add a new event on a day (Insert), take one out (Delete, saved with the delegation, undoable),
open one (Enter) — driven from the keyboard on the demo database."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import DELEGATION, PROGRAMME
from diplotrack.domain import Event
from diplotrack.services.changes import RecordRef
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.delegation_editor import DelegationEditor
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.dialogs.event_editor import EventEditor
from diplotrack.ui.views.detail_pages import load_page, render_page
from diplotrack.ui.views.record_text import RecordBrowser, plain_text
from support.demo import id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui

KRASNOYARSK = ZoneInfo("Asia/Krasnoyarsk")
VISIT = [date(2024, 4, 20), date(2024, 4, 21), date(2024, 4, 22), date(2024, 4, 23)]


def _page_text(qtbot: QtBot, db: Database, language: str) -> str:
    ref = RecordRef("delegation", id_of(db, "delegation", DELEGATION))
    with db.session() as session:
        page = load_page(session, ref)
    assert page is not None
    browser = RecordBrowser()
    qtbot.addWidget(browser)
    browser.setHtml(render_page(page, language, KRASNOYARSK, date(2026, 11, 26)))
    return plain_text(browser)


def _editor(qtbot: QtBot, context: AppContext) -> DelegationEditor:
    ref = RecordRef("delegation", id_of(context.db, "delegation", DELEGATION))
    editor = open_editor(context, ref, "delegation")
    assert isinstance(editor, DelegationEditor)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _days(editor: DelegationEditor) -> dict[date, list[str]]:
    tree = editor.programme.tree
    shown: dict[date, list[str]] = {}
    for n in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(n)
        assert heading is not None
        children = [heading.child(c) for c in range(heading.childCount())]
        shown[heading.data(0, Qt.ItemDataRole.UserRole + 1)] = [
            child.text(1) for child in children if isinstance(child, QTreeWidgetItem)
        ]
    return shown


def _delegation_of(db: Database, title: str) -> int | None:
    with db.session() as session:
        event = session.query(Event).filter(Event.title == title).one()
        return event.delegation_id


def test_the_detail_page_shows_the_programme_by_day_in_both_languages(
    qtbot: QtBot, demo_database: Database
) -> None:
    english = _page_text(qtbot, demo_database, "en")
    assert "Monday, 22 April" in english and "Tuesday, 23 April" in english
    first = english.index("Monday, 22 April")
    assert english.index("10:00–12:00", first) < english.index(PROGRAMME[0], first)
    assert english.index("14:00–17:00", first) < english.index(PROGRAMME[1], first)
    assert english.index(PROGRAMME[1]) < english.index("Tuesday, 23 April")
    assert "Центр организации дорожного движения, Krasnoyarsk" in english
    assert "Kubanychbek Imanaliev" in english
    russian = _page_text(qtbot, demo_database, "ru")
    assert "22 апреля, понедельник" in russian and "23 апреля, вторник" in russian
    assert "Кубанычбек Иманалиев" in russian


def test_the_editor_lists_every_day_of_the_visit_with_its_events(
    qtbot: QtBot, context: AppContext
) -> None:
    editor = _editor(qtbot, context)
    assert _days(editor) == {
        VISIT[0]: [],
        VISIT[1]: [],
        VISIT[2]: [PROGRAMME[0], PROGRAMME[1]],
        VISIT[3]: [PROGRAMME[2]],
    }
    assert editor.programme.tree.topLevelItem(0).text(0) == "Saturday, 20 April"  # type: ignore[union-attr]
    assert editor.save(), editor.general_error.text()  # unchanged: nothing to save


def test_insert_on_a_day_adds_a_new_event_to_the_programme(
    qtbot: QtBot, context: AppContext
) -> None:
    editor = _editor(qtbot, context)
    tree = editor.programme.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # from Saturday to Sunday, 21 April
    assert editor.programme.selected_day() == VISIT[1]
    qtbot.keyClick(tree, Qt.Key.Key_Insert)

    added = editor.programme.last_editor
    assert isinstance(added, EventEditor)
    added.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(added, before_close_func=lambda widget: widget.discard_changes())
    type_text(added.title, "Экскурсия по набережной Енисея")
    assert added.save(), added.general_error.text()

    delegation = id_of(context.db, "delegation", DELEGATION)
    assert _delegation_of(context.db, "Экскурсия по набережной Енисея") == delegation
    assert _days(editor)[VISIT[1]] == ["Экскурсия по набережной Енисея"]
    assert not editor.is_dirty  # the new event already belongs to the visit


def test_delete_takes_an_event_out_when_saved_and_undo_puts_it_back(
    qtbot: QtBot, context: AppContext
) -> None:
    db = context.db
    delegation = id_of(db, "delegation", DELEGATION)
    editor = _editor(qtbot, context)
    tree = editor.programme.tree
    tree.setFocus()
    for _ in range(4):  # from Saturday: Sunday, Monday, its meeting, then its visit
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem() is not None and tree.currentItem().text(1) == PROGRAMME[1]  # type: ignore[union-attr]
    qtbot.keyClick(tree, Qt.Key.Key_Delete)

    assert _days(editor)[VISIT[2]] == [PROGRAMME[0]]
    assert editor.is_dirty
    assert _delegation_of(db, PROGRAMME[1]) == delegation  # nothing happens before Save
    assert editor.save(), editor.general_error.text()
    assert _delegation_of(db, PROGRAMME[1]) is None  # out of the programme, still an event
    context.undo_stack.undo()
    assert _delegation_of(db, PROGRAMME[1]) == delegation


def test_enter_opens_the_selected_event(qtbot: QtBot, context: AppContext) -> None:
    editor = _editor(qtbot, context)
    tree = editor.programme.tree
    tree.setFocus()
    for _ in range(3):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    with qtbot.waitSignal(context.open_requested) as opened:
        qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened.args == [RecordRef("event", id_of(context.db, "event", PROGRAMME[0]))]
