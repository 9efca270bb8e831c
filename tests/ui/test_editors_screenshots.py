"""Screenshots of the event editor on the 10 April 2024 meeting, in English and in Russian."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import MEETING
from diplotrack.services.changes import RecordRef
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.event_editor import EventEditor
from diplotrack.ui.i18n import install_language
from support.demo import id_of

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["en", "ru"])
def test_event_editor_screenshot(
    qtbot: QtBot, context: AppContext, language: str, tmp_path: Path, screenshots: Path
) -> None:
    install_language(language)
    try:
        context.set_language(language)
        meeting = id_of(context.db, "event", MEETING)
        editor = EventEditor(context, RecordRef("event", meeting).id)
        qtbot.addWidget(editor)
        editor.resize(980, 900)
        editor.show()
        qtbot.waitExposed(editor)
        expected = "Сохранить" if language == "ru" else "Save"
        assert editor.save_button.text() == expected
        assert editor.slots["place_id"].label.text() == (
            "Населённый пункт" if language == "ru" else "Place"
        )
        image = editor.grab()
        assert image.save(str(tmp_path / "editor.png"))
        image.save(str(screenshots / f"editor-event-{language}.png"))
    finally:
        install_language("en")


def test_editor_follows_a_language_switch(qtbot: QtBot, context: AppContext) -> None:
    meeting = id_of(context.db, "event", MEETING)
    editor = EventEditor(context, meeting)
    qtbot.addWidget(editor)
    assert editor.slots["countries"].label.text() == "Countries"
    install_language("ru")
    try:
        context.set_language("ru")
        assert editor.slots["countries"].label.text() == "Страны"
        assert editor.cancel_button.text() == "Отмена"
        assert editor.kind_box.currentText() == "Встреча"
        assert editor.windowTitle().startswith("Мероприятие — ")
    finally:
        install_language("en")
