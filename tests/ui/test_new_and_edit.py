"""Every kind of record can be made from the File menu, edited (F2 opens the selected record's
editor; a person's, an organization's or a place's dossier has Edit…) and moved to the archive
(Ctrl+Delete, asked first, undoable)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import CHANCERY, JALAL_ABAD, KABAEV
from diplotrack.domain import Person
from diplotrack.services.changes import RecordRef
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.editor_base import RecordEditor
from diplotrack.ui.dialogs.editors import EDITORS
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.views.dossier import DossierView
from support.demo import id_of

pytestmark = pytest.mark.gui


def _editors() -> list[RecordEditor]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, RecordEditor) and w.isVisible()
    ]


def _close(editors: list[RecordEditor]) -> None:
    for editor in editors:
        editor.discard_changes()
        editor.close()


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        ("delegation", "Ctrl+Shift+D"),
        ("agreement", "Ctrl+Shift+A"),
        ("followup", "Ctrl+Shift+F"),
        ("person", "Ctrl+Shift+U"),
        ("organization", "Ctrl+Shift+O"),
        ("place", "Ctrl+Shift+L"),
    ],
)
def test_a_new_record_of_every_kind_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, kind: str, key: str
) -> None:
    action = window.menus.new_records[kind]
    assert action in window.menus.file_menu.actions()
    assert action.shortcut().toString() == key
    action.trigger()
    opened = _editors()
    try:
        assert len(opened) == 1
        editor = opened[0]
        assert type(editor).__name__ == EDITORS[kind][1]
        assert editor.record_id is None  # a new record
    finally:
        _close(opened)


def test_f2_edits_the_selected_record(
    qtbot: QtBot, window: MainWindow, context: AppContext
) -> None:
    context.select(None)
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert not _editors()
    assert "to edit it" in window.statusBar().currentMessage()

    kabaev = id_of(context.db, "person", KABAEV)
    context.select(RecordRef("person", kabaev))
    qtbot.keyClick(window, Qt.Key.Key_F2)
    opened = _editors()
    try:
        assert [type(e).__name__ for e in opened] == ["PersonEditor"]
        assert opened[0].record_id == kabaev
    finally:
        _close(opened)


@pytest.mark.parametrize(
    ("subject", "name", "editor"),
    [
        ("person", KABAEV, "PersonEditor"),
        ("organization", CHANCERY, "OrganizationEditor"),
        ("place", JALAL_ABAD, "PlaceEditor"),
    ],
)
def test_a_dossier_offers_its_subjects_editor(
    qtbot: QtBot, window: MainWindow, context: AppContext, subject: str, name: str, editor: str
) -> None:
    record_id = id_of(context.db, subject, name)
    window.show_dossier(subject, record_id)
    dossier = window.views["dossier"]
    assert isinstance(dossier, DossierView)
    qtbot.waitUntil(lambda: dossier.edit_button.isVisible(), timeout=5000)
    qtbot.mouseClick(dossier.edit_button, Qt.MouseButton.LeftButton)
    opened = _editors()
    try:
        assert [type(e).__name__ for e in opened] == [editor]
        assert opened[0].record_id == record_id
    finally:
        _close(opened)
    window.show_dossier("country", "KG")
    qtbot.waitUntil(lambda: not dossier.is_loading, timeout=5000)
    assert not dossier.edit_button.isVisible()  # a country has no editor


def test_the_selected_record_goes_to_the_archive_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: object, **_kw: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    context.select(None)
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert not asked and "archive" in window.statusBar().currentMessage()
    context.select(RecordRef("country", 417))  # Kyrgyzstan comes with DiploTrack
    window.menus.archive.trigger()
    assert not asked

    kabaev = id_of(context.db, "person", KABAEV)
    context.select(RecordRef("person", kabaev))
    qtbot.keyClick(window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 1 and "person" in asked[0]
    assert _archived(context, kabaev)
    assert context.selection is None
    assert context.undo_stack.undoText() == "Move person to the archive"
    context.undo_stack.undo()
    assert not _archived(context, kabaev)
    context.undo_stack.redo()
    assert _archived(context, kabaev)


def test_nothing_is_archived_when_the_person_says_no(
    qtbot: QtBot, window: MainWindow, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Cancel
    )
    kabaev = id_of(context.db, "person", KABAEV)
    context.select(RecordRef("person", kabaev))
    window.menus.archive.trigger()
    assert not _archived(context, kabaev)
    assert context.undo_stack.count() == 0


def _archived(context: AppContext, person_id: int) -> bool:
    with context.db.session() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.archived_at is not None
