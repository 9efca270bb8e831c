"""The event editor's linked lists and repeat chooser: a follow-up added from the event, a file
attached, a yearly rule written by the simple chooser."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.demo.example_keys import CONFERENCE, MEETING
from diplotrack.domain import Attachment, FollowUp
from diplotrack.services.changes import RecordRef
from diplotrack.services.snapshots import event_input
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.event_editor import EventEditor
from diplotrack.ui.dialogs.followup_editor import FollowUpEditor
from support.demo import id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _event_editor(qtbot: QtBot, context: AppContext, title: str) -> EventEditor:
    editor = EventEditor(context, id_of(context.db, "event", title))
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_follow_up_added_from_the_event(qtbot: QtBot, context: AppContext) -> None:
    editor = _event_editor(qtbot, context, MEETING)
    before = editor.followups.items.count()
    qtbot.mouseClick(editor.followups.add_button, Qt.MouseButton.LeftButton)
    followup = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, FollowUpEditor) and w.isVisible()
    )
    followup.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(followup, before_close_func=lambda widget: widget.discard_changes())
    assert followup.source_event.key() == editor.record_id
    type_text(followup.title, "Направить приглашение на конференцию")
    assert followup.save(), followup.general_error.text()
    with context.db.session() as session:
        found = session.scalars(
            select(FollowUp).where(FollowUp.title == "Направить приглашение на конференцию")
        ).one()
        assert found.event_id == editor.record_id
    assert editor.followups.items.count() == before + 1  # the list follows the change


def test_file_attached_to_the_event(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    editor = _event_editor(qtbot, context, MEETING)
    photo = tmp_path / "фото_встречи.jpg"
    photo.write_bytes(b"\xff\xd8\xff" + b"0" * 4000)
    assert editor.attachments.attach(photo)
    assert "фото_встречи.jpg" in editor.attachments.items.item(0).text()
    with context.db.session() as session:
        kept = session.scalars(
            select(Attachment).where(Attachment.event_id == editor.record_id)
        ).one()
        assert kept.size == 4003 and kept.media_type == "image/jpeg"


def test_yearly_rule_from_the_simple_chooser(qtbot: QtBot, context: AppContext) -> None:
    editor = _event_editor(qtbot, context, CONFERENCE)
    editor.recurrence.frequency.setCurrentIndex(4)  # yearly
    editor.recurrence.count.setValue(3)
    assert editor.recurrence.rule.text() == "RRULE:FREQ=YEARLY;COUNT=3"
    assert editor.is_dirty
    assert editor.save(), editor.general_error.text()
    data, _ = event_input(context.db, id_of(context.db, "event", CONFERENCE))
    assert data.recurrence == "RRULE:FREQ=YEARLY;COUNT=3"
    reopened = EventEditor(context, RecordRef("event", editor.record_id or 0).id)
    qtbot.addWidget(reopened)
    assert reopened.recurrence.frequency.currentIndex() == 4
    assert reopened.recurrence.count.value() == 3


def test_bad_rule_is_shown_under_the_repeat_field(qtbot: QtBot, context: AppContext) -> None:
    editor = _event_editor(qtbot, context, MEETING)
    editor.recurrence.rule.setFocus()
    type_text(editor.recurrence.rule, "FREQ=SOMETIMES")
    assert not editor.save()
    assert editor.error_of("recurrence").isVisibleTo(editor)
    assert editor.recurrence.rule.text() == "FREQ=SOMETIMES"
