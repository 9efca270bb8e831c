"""Editors on a tall window: fields of fixed height stay by their labels and together at the
top; the person editor names a person's name as such, and long posts show their beginning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.person_editor import PersonEditor

pytestmark = pytest.mark.gui


def test_the_person_editor_keeps_its_rows_together_in_russian(
    qtbot: QtBot, context_ru: AppContext, example_ids: dict[str, int]
) -> None:
    editor = PersonEditor(context_ru, example_ids["kabaev"])
    qtbot.addWidget(editor)
    editor.resize(1000, 800)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.slots["name"].label.text() == "Ф. И. О."
    assert editor.slots["email"].label.text() == "Эл. почта"

    def top(widget: object) -> int:
        return int(widget.mapTo(editor, QPoint(0, 0)).y())  # type: ignore[attr-defined]

    email, contacts = editor.email, editor.contact_notes
    gap = top(contacts) - (top(email) + email.height())
    assert 0 <= gap < 20, gap  # was ~110 px: the box floated in the middle of its row
    label = editor.slots["contact_notes"].label
    assert abs(top(label) - top(contacts)) < 10
    notes = editor.notes
    assert top(notes) + notes.height() < editor.height() // 2  # the spare height is below
    _, title, *_ = editor.positions.lines[0]
    assert title.text().startswith("руководитель канцелярии")
    assert title.cursorPosition() == 0
