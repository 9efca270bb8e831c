"""The person editor saves the person and their posts as one change: a refused post leaves
nothing half-saved, and one Ctrl+Z takes back the name and the posts together."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import KABAEV
from diplotrack.services.changes import RecordRef
from diplotrack.services.snapshots import person_input, person_positions
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.dialogs.person_editor import PersonEditor
from support.demo import id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _editor(qtbot: QtBot, context: AppContext, person: int) -> PersonEditor:
    editor = open_editor(context, RecordRef("person", person), "person")
    assert isinstance(editor, PersonEditor)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _add_post(qtbot: QtBot, editor: PersonEditor, title: str, started: date, ended: date) -> None:
    qtbot.mouseClick(editor.positions.add_button, Qt.MouseButton.LeftButton)
    _, title_line, _, started_field, ended_field = editor.positions.lines[-1]
    type_text(title_line, title)
    started_field.set_value(started)
    ended_field.set_value(ended)


def test_a_refused_post_leaves_the_person_unchanged_and_the_form_as_typed(
    qtbot: QtBot, context: AppContext
) -> None:
    db = context.db
    person = id_of(db, "person", KABAEV)
    before = (person_input(db, person), person_positions(db, person))
    editor = _editor(qtbot, context, person)
    editor.name.selectAll()
    type_text(editor.name, "Азамат Кабаев (канцелярия)")
    _add_post(qtbot, editor, "Консул", date(2025, 7, 1), date(2025, 1, 1))

    assert not editor.save()

    assert editor.error_of("positions").isVisibleTo(editor)
    assert (person_input(db, person), person_positions(db, person)) == before
    assert editor.name.text() == "Азамат Кабаев (канцелярия)"
    assert editor.positions.lines[-1][1].text() == "Консул"
    assert context.undo_stack.count() == 0


def test_name_and_posts_are_one_undo_step(qtbot: QtBot, context: AppContext) -> None:
    db = context.db
    person = id_of(db, "person", KABAEV)
    before = (person_input(db, person), person_positions(db, person))
    editor = _editor(qtbot, context, person)
    editor.name.selectAll()
    type_text(editor.name, "Азамат Кабаев (консул)")
    editor.positions.lines[-1][4].set_value(date(2025, 6, 30))
    _add_post(qtbot, editor, "Консул", date(2025, 7, 1), date(2026, 7, 1))

    assert editor.save(), editor.general_error.text()

    (data, version), posts = person_input(db, person), person_positions(db, person)
    assert data.name == "Азамат Кабаев (консул)"
    assert version == before[0][1] + 1  # one save, one new version
    assert [p.data.title for p in posts][-1] == "Консул"
    assert posts[-2].data.ended_on == date(2025, 6, 30)
    assert context.undo_stack.count() == 1

    context.undo_stack.undo()
    assert person_input(db, person)[0] == before[0][0]
    assert [p.data for p in person_positions(db, person)] == [p.data for p in before[1]]

    context.undo_stack.redo()
    assert person_input(db, person)[0].name == "Азамат Кабаев (консул)"
    assert [p.data.title for p in person_positions(db, person)][-1] == "Консул"
