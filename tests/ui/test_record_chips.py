"""Chips of picked records: an event's chip keeps its day when its title is too long for it (the
title is cut, the day and the × stay), the whole line in its tooltip; in English and Russian,
in the agreement editor and in a narrow field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from diplotrack.demo.example_keys import MEETING, MEMORANDUM
from diplotrack.domain import Event
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.agreement_editor import AgreementEditor
from diplotrack.ui.widgets.pickers import RecordChips
from support.demo import id_of

pytestmark = pytest.mark.gui

# 120 characters: the worked example's meeting, named as a protocol office would in full
LONG_TITLE = MEETING + " о побратимских связях и туризме"
DAY = {"en": "10/04/2024", "ru": "10.04.2024"}


def _long_meeting(context: AppContext) -> int:
    meeting = id_of(context.db, "event", MEETING)
    with context.db.session() as session:
        session.execute(update(Event).where(Event.id == meeting).values(title=LONG_TITLE))
        session.commit()
    return meeting


@pytest.fixture(params=["en", "ru"])
def language_context(request: pytest.FixtureRequest) -> AppContext:
    context: AppContext = request.getfixturevalue(
        "context" if request.param == "en" else "context_ru"
    )
    return context


def test_a_long_titled_event_keeps_its_day_in_the_agreement_editor(
    qtbot: QtBot, language_context: AppContext, screenshots: Path
) -> None:
    context = language_context
    assert len(LONG_TITLE) == 120
    meeting = _long_meeting(context)
    editor = AgreementEditor(context, id_of(context.db, "agreement", MEMORANDUM))
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    editor.events.set_keys([meeting])
    editor.resize(980, 900)
    editor.show()
    qtbot.waitExposed(editor)
    [chip] = editor.events._chips
    text = chip.text()
    assert text.startswith(f"{DAY[context.language]} · Рабочая встреча"), text
    assert "…" in text and text.endswith("  ×")
    assert LONG_TITLE not in text  # cut: the title, not the day
    assert LONG_TITLE in chip.toolTip() and DAY[context.language] in chip.toolTip()
    assert chip.geometry().right() <= editor.events.contentsRect().right()
    editor.grab().save(str(screenshots / f"editor-agreement-long-event-{context.language}.png"))


def test_a_narrow_field_cuts_more_of_the_title_and_never_the_day(
    qtbot: QtBot, language_context: AppContext
) -> None:
    context = language_context
    meeting = _long_meeting(context)
    chips = RecordChips(context, "event", creatable=False)
    qtbot.addWidget(chips)
    chips.set_keys([meeting])
    chips.resize(700, 80)
    chips.show()
    qtbot.waitExposed(chips)
    [chip] = chips._chips
    wide = chip.text()
    chips.resize(320, 80)
    qtbot.waitUntil(lambda: chip.text() != wide)
    narrow = chip.text()
    for text in (wide, narrow):
        assert re.match(re.escape(DAY[context.language]) + " · .+…  ×$", text), text
    assert len(narrow) < len(wide)
    qtbot.waitUntil(lambda: chip.geometry().right() <= chips.contentsRect().right())  # laid out
    chips.resize(700, 80)
    qtbot.waitUntil(lambda: chip.text() == wide)  # wider again: the title comes back


def test_a_short_title_is_whole_and_an_ampersand_shows_itself(
    qtbot: QtBot, context: AppContext
) -> None:
    chips = RecordChips(context, "event", creatable=False)
    qtbot.addWidget(chips)
    meeting = id_of(context.db, "event", MEETING)
    with context.db.session() as session:
        session.execute(update(Event).where(Event.id == meeting).values(title="Q&A с прессой"))
        session.commit()
    chips.set_keys([meeting])
    chips.resize(700, 80)
    chips.show()
    qtbot.waitExposed(chips)
    [chip] = chips._chips
    # a button's text takes "&&" for one "&" (a single one marks a shortcut letter)
    assert chip.text() == f"{DAY['en']} · Q&&A с прессой  ×"
