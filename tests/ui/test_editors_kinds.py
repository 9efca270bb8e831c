"""Every editor on its worked-example record: opens, saves unchanged without a new version;
a person's positions over time; an agreement's history; the follow-up and place editors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import (
    CHAMPIONSHIP,
    CHANCERY,
    CONFERENCE,
    DELEGATION,
    FOLLOWUP_PROGRAMME,
    JALAL_ABAD,
    KABAEV,
    MEETING,
    MEMORANDUM,
)
from diplotrack.services.changes import RecordRef
from diplotrack.services.snapshots import person_positions, place_input, record_version
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.agreement_editor import AgreementEditor
from diplotrack.ui.dialogs.editor_base import RecordEditor
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.dialogs.person_editor import PersonEditor
from support.demo import id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _open(qtbot: QtBot, context: AppContext, kind: str, name: str) -> RecordEditor:
    editor = open_editor(context, RecordRef(kind, id_of(context.db, kind, name)), kind)
    assert isinstance(editor, RecordEditor)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("event", MEETING),
        ("event", CHAMPIONSHIP),
        ("event", CONFERENCE),
        ("delegation", DELEGATION),
        ("agreement", MEMORANDUM),
        ("person", KABAEV),
        ("organization", CHANCERY),
        ("place", JALAL_ABAD),
        ("followup", FOLLOWUP_PROGRAMME),
    ],
)
def test_every_editor_saves_its_record_unchanged(
    qtbot: QtBot, context: AppContext, kind: str, name: str
) -> None:
    editor = _open(qtbot, context, kind, name)
    record_id = id_of(context.db, kind, name)
    version = record_version(context.db, kind, record_id)
    assert editor.version == version
    assert not editor.is_dirty
    assert not editor.save_button.isEnabled()
    assert editor.save(), editor.general_error.text()
    assert record_version(context.db, kind, record_id) == version
    assert context.undo_stack.count() == 0


def test_place_rename_is_saved_and_undone(qtbot: QtBot, context: AppContext) -> None:
    editor = _open(qtbot, context, "place", JALAL_ABAD)
    place = id_of(context.db, "place", JALAL_ABAD)
    editor.slots["name_alt"].widget.setFocus()
    field = editor.slots["name_alt"].widget
    assert hasattr(field, "selectAll")
    field.selectAll()
    type_text(field, "Jalal-Abad city")
    assert editor.save_button.isEnabled()
    assert editor.save()
    assert place_input(context.db, place)[0].name_alt == "Jalal-Abad city"
    context.undo_stack.undo()
    assert place_input(context.db, place)[0].name_alt == "Jalal-Abad"


def test_person_positions_over_time(qtbot: QtBot, context: AppContext) -> None:
    editor = _open(qtbot, context, "person", KABAEV)
    assert isinstance(editor, PersonEditor)
    person = id_of(context.db, "person", KABAEV)
    before = person_positions(context.db, person)
    assert len(editor.positions.lines) == len(before) >= 1
    # the current post ends, and a new one starts the next day
    current = editor.positions.lines[-1]
    current[4].set_value(date(2025, 6, 30))
    qtbot.mouseClick(editor.positions.add_button, Qt.MouseButton.LeftButton)
    _, title, _, started, _ = editor.positions.lines[-1]
    assert title.hasFocus()
    type_text(title, "Советник посольства")
    started.set_value(date(2025, 7, 1))
    assert editor.save(), editor.general_error.text()
    after = person_positions(context.db, person)
    assert len(after) == len(before) + 1
    assert after[-2].data.ended_on == date(2025, 6, 30)
    assert after[-1].data.title == "Советник посольства"
    assert after[-1].data.started_on == date(2025, 7, 1)


def test_position_ending_before_it_starts_is_refused(qtbot: QtBot, context: AppContext) -> None:
    editor = _open(qtbot, context, "person", KABAEV)
    assert isinstance(editor, PersonEditor)
    line = editor.positions.lines[-1]
    line[3].set_value(date(2023, 11, 1))
    line[4].set_value(date(2020, 1, 1))
    assert not editor.save()
    assert editor.error_of("positions").isVisibleTo(editor)


def test_agreement_shows_its_history(qtbot: QtBot, context: AppContext) -> None:
    editor = _open(qtbot, context, "agreement", MEMORANDUM)
    assert isinstance(editor, AgreementEditor)
    assert editor.history.isReadOnly()
    assert "Created" in editor.history.toPlainText()
    assert [c.name for c in editor.party_places.values()] == ["Красноярск", JALAL_ABAD]
    editor.status.set_value("expired")
    assert editor.save()
    editor = _open(qtbot, context, "agreement", MEMORANDUM)
    assert isinstance(editor, AgreementEditor)
    assert editor.history.toPlainText().splitlines()[0].endswith("Status: “In force” → “Expired”")


def _history_after_expiry(qtbot: QtBot, context: AppContext) -> AgreementEditor:
    """The memorandum's history after it was made to expire on 31 December 2025, newest first."""
    editor = _open(qtbot, context, "agreement", MEMORANDUM)
    assert isinstance(editor, AgreementEditor)
    assert editor.valid_until.value() is None
    editor.status.set_value("expired")
    editor.valid_until.set_value(date(2025, 12, 31))
    assert editor.save()
    editor = _open(qtbot, context, "agreement", MEMORANDUM)
    assert isinstance(editor, AgreementEditor)
    return editor


def test_agreement_history_names_and_quotes_in_english(
    qtbot: QtBot, context: AppContext, screenshots: Path
) -> None:
    editor = _history_after_expiry(qtbot, context)
    lines = editor.history.toPlainText().splitlines()
    changes = sorted(line.split(" · ")[-1] for line in lines[:2])
    assert changes == ["Status: “In force” → “Expired”", "Valid until: — → “31/12/2025”"]
    assert not any("«" in line or "»" in line for line in lines)
    editor.history.grab().save(str(screenshots / "agreement-history-en.png"))


def test_agreement_history_names_and_quotes_in_russian(
    qtbot: QtBot, context_ru: AppContext, screenshots: Path
) -> None:
    editor = _history_after_expiry(qtbot, context_ru)
    lines = editor.history.toPlainText().splitlines()
    changes = sorted(line.split(" · ")[-1] for line in lines[:2])
    assert changes == ["Действует до: — → «31.12.2025»", "Статус: «Действует» → «Истекло»"]
    assert not any("“" in line or "”" in line for line in lines)
    editor.history.grab().save(str(screenshots / "agreement-history-ru.png"))
