"""Values from the change history as the window writes them — in the stale-save notice and an
agreement's history: choices by name, days and times in the window's language and zone."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import MEETING
from diplotrack.domain.enums import EventStatus
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import update_event
from diplotrack.services.snapshots import event_input
from diplotrack.store.database import open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.dialogs.event_editor import EventEditor
from diplotrack.ui.dialogs.history_values import shown_value
from support.demo import OFFICE_ZONE, id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("fixture", "expected"),
    [
        (
            "context_ru",
            ["«Проведено»", "«10.04.2024 11:00»", "«19.04.2024»", "«Зал №2»", "—"],
        ),
        (
            "context",
            ["“Held”", "“10/04/2024 11:00”", "“19/04/2024”", "“Зал №2”", "—"],
        ),
    ],
)
def test_stored_values_are_written_as_the_window_writes_them(
    request: pytest.FixtureRequest, fixture: str, expected: list[str]
) -> None:
    context: AppContext = request.getfixturevalue(fixture)
    language = context.language
    assert [
        shown_value("event", "status", "held", language, OFFICE_ZONE),
        shown_value("event", "starts_at", "2024-04-10T04:00:00+00:00", language, OFFICE_ZONE),
        shown_value("followup", "due_on", "2024-04-19", language, OFFICE_ZONE),
        shown_value("event", "venue", "Зал №2", language, OFFICE_ZONE),
        shown_value("event", "venue", None, language, OFFICE_ZONE),
    ] == expected
    # a value that is not what its field keeps is shown as kept
    assert shown_value("event", "status", "someday", language, OFFICE_ZONE).strip("«»“”") == (
        "someday"
    )


def test_the_stale_notice_names_a_changed_status_and_time(
    qtbot: QtBot, context_ru: AppContext
) -> None:
    meeting = id_of(context_ru.db, "event", MEETING)
    editor = open_editor(context_ru, RecordRef("event", meeting), "event")
    assert isinstance(editor, EventEditor)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    other = open_database(str(context_ru.db.engine.url))
    try:
        data, version = event_input(other, meeting)
        later = replace(
            data,
            status=EventStatus.POSTPONED,
            starts_at=datetime(2024, 4, 11, 4, tzinfo=UTC),
            ends_at=datetime(2024, 4, 11, 5, tzinfo=UTC),
        )
        update_event(other, meeting, later, expected_version=version)
    finally:
        other.close()
    editor.title.setFocus()
    editor.title.selectAll()
    type_text(editor.title, "Встреча мэра")
    assert not editor.save()
    lines = editor.stale.message.text().splitlines()
    assert "• Статус: «Проведено» → «Перенесено»" in lines
    assert "• Начало: «10.04.2024 11:00» → «11.04.2024 11:00»" in lines
