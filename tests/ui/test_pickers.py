"""Pickers on the demo database: typing Cyrillic or Latin in any word form finds the record,
Enter picks it, an unknown name is created on the spot, chips add and remove. Pickers over big
tables search in the background while the person types: the tests wait for the suggestions to
show, and check that Enter never takes a suggestion of an earlier text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.demo.example_keys import BISHKEK, CONFERENCE, JALAL_ABAD, KABAEV, KRASNOYARSK
from diplotrack.domain import Place
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.quick_create import QuickCreateDialog
from diplotrack.ui.widgets.choice_list import ChoiceListModel
from diplotrack.ui.widgets.choices import Choice
from diplotrack.ui.widgets.pickers import RecordChips, RecordPicker
from support.demo import id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _picker(qtbot: QtBot, context: AppContext, kind: str) -> RecordPicker:
    picker = RecordPicker(context, kind)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.setFocus()
    return picker


def _shown(picker: RecordPicker) -> list[str]:
    """The names in the suggestion list (the create row left out)."""
    choices = [
        picker.suggestions.index(row, 0).data(ChoiceListModel.ChoiceRole)
        for row in range(picker.suggestions.rowCount())
    ]
    return [choice.name for choice in choices if isinstance(choice, Choice)]


def _wait_for_suggestions(qtbot: QtBot, picker: RecordPicker) -> None:
    """Until the list under the picker shows what was found for the text typed."""
    popup = picker.completer_.popup()
    assert popup is not None
    qtbot.waitUntil(lambda: picker.suggestions_current() and popup.isVisible())


def _type_and_enter(qtbot: QtBot, picker: RecordPicker, text: str) -> None:
    type_text(picker, text)
    qtbot.keyClick(picker, Qt.Key.Key_Return)


@pytest.mark.parametrize("typed", ["Кирг", "киргизии", "Kyrgyz", "kg", "Кыргызстан"])
def test_country_by_alias_prefix_or_code(qtbot: QtBot, context: AppContext, typed: str) -> None:
    picker = _picker(qtbot, context, "country")
    _type_and_enter(qtbot, picker, typed)
    assert picker.key() == "KG"
    assert picker.text() == "Kyrgyzstan"


@pytest.mark.parametrize("typed", ["Кабаева", "кабаев", "Kabaev", "Азамат"])
def test_person_in_any_word_form_or_script(qtbot: QtBot, context: AppContext, typed: str) -> None:
    picker = _picker(qtbot, context, "person")
    _type_and_enter(qtbot, picker, typed)
    assert picker.key() == id_of(context.db, "person", KABAEV)
    assert picker.text() == KABAEV


def test_place_in_another_case_and_the_suggestion_list(
    qtbot: QtBot, context: AppContext, qtmodeltester: ModelTester
) -> None:
    picker = _picker(qtbot, context, "place")
    type_text(picker, "Джалал-Абаде")
    _wait_for_suggestions(qtbot, picker)
    rows = picker.suggestions.rowCount()
    assert rows >= 1
    first = picker.suggestions.index(0, 0)
    choice = first.data(ChoiceListModel.ChoiceRole)
    assert isinstance(choice, Choice) and choice.name == JALAL_ABAD
    assert first.data(Qt.ItemDataRole.DecorationRole) is not None  # the flag of KG
    qtmodeltester.check(picker.suggestions)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.key() == id_of(context.db, "place", JALAL_ABAD)
    assert not picker.has_loose_text()


def test_arrow_down_then_enter_takes_the_highlighted_suggestion(
    qtbot: QtBot, context: AppContext
) -> None:
    picker = _picker(qtbot, context, "place")
    type_text(picker, "Красноярск")
    _wait_for_suggestions(qtbot, picker)
    names = [
        picker.suggestions.index(row, 0).data(ChoiceListModel.ChoiceRole)
        for row in range(picker.suggestions.rowCount())
    ]
    assert names and names[0].name == KRASNOYARSK
    assert picker.take_suggestion(0)
    assert picker.key() == id_of(context.db, "place", KRASNOYARSK)


def test_unknown_place_is_created_on_the_spot_with_its_country(
    qtbot: QtBot, context: AppContext
) -> None:
    picker = _picker(qtbot, context, "place")
    _type_and_enter(qtbot, picker, "Нарын")
    dialog = picker.create_dialog
    assert isinstance(dialog, QuickCreateDialog)
    assert dialog.name.text() == "Нарын"
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    # without a country the place is refused, and the dialog says so
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert dialog.error.isVisibleTo(dialog) and dialog.error.text()
    dialog.country.setFocus()
    _type_and_enter(qtbot, dialog.country, "Киргизия")
    assert dialog.country.key() == "KG"
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    with context.db.session() as session:
        created = session.scalars(select(Place).where(Place.name == "Нарын")).one()
        assert created.country_code == "KG"
        assert picker.key() == created.id
    assert picker.text() == "Нарын"
    # creating is undoable: undo archives the new place
    context.undo_stack.undo()
    with context.db.session() as session:
        assert session.get_one(Place, created.id).archived_at is not None


def test_chips_add_by_typing_and_remove_by_delete(qtbot: QtBot, context: AppContext) -> None:
    chips = RecordChips(context, "country")
    qtbot.addWidget(chips)
    chips.show()
    qtbot.waitExposed(chips)
    chips.set_keys(["RU"])
    _type_and_enter(qtbot, chips.picker, "Кирг")
    assert chips.picked_keys() == ("RU", "KG")
    assert chips.picker.text() == ""
    _type_and_enter(qtbot, chips.picker, "Россия")  # already there: not twice
    assert chips.picked_keys() == ("RU", "KG")
    qtbot.keyClick(chips._chips[0], Qt.Key.Key_Delete)
    assert chips.picked_keys() == ("KG",)


def test_topics_by_russian_or_english_name(qtbot: QtBot, context: AppContext) -> None:
    chips = RecordChips(context, "topic")
    qtbot.addWidget(chips)
    _type_and_enter(qtbot, chips.picker, "культ")
    _type_and_enter(qtbot, chips.picker, "educat")
    names = [choice.name for choice in chips.values()]
    assert len(names) == 2
    assert names[0].casefold().startswith("cult")  # shown in the interface language


def test_typing_searches_in_the_background_and_shows_what_it_finds(
    qtbot: QtBot, context: AppContext
) -> None:
    picker = _picker(qtbot, context, "event")
    type_text(picker, "конференция")
    # the keys returned at once: the search is under way, nothing shown for the text yet
    assert picker.searcher.is_busy
    assert not picker.suggestions_current()
    _wait_for_suggestions(qtbot, picker)
    assert CONFERENCE in _shown(picker)
    assert not picker.searcher.is_busy


def test_enter_before_the_suggestions_arrive_takes_the_text_typed(
    qtbot: QtBot, context: AppContext
) -> None:
    """An older list (Jalal-Abad's) is on screen when "Бишкек" is pasted over the text: Enter
    searches "Бишкек" at once rather than take the first of the older list."""
    picker = _picker(qtbot, context, "place")
    type_text(picker, "Джалал")
    _wait_for_suggestions(qtbot, picker)
    assert _shown(picker)[0] == JALAL_ABAD
    clipboard = QApplication.clipboard()
    clipboard.setText("Бишкек")
    picker.selectAll()
    qtbot.keyClick(picker, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert picker.text() == "Бишкек"
    assert picker.searcher.is_busy
    assert _shown(picker)[0] == JALAL_ABAD  # still the older list, open, its first highlighted
    popup = picker.completer_.popup()
    assert popup is not None and popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Return)  # while the list is open, keys go to it
    assert picker.key() == id_of(context.db, "place", BISHKEK)
    assert picker.text() == BISHKEK
    # the background search for "Бишкек", dropped by Enter, never comes back to reopen the list
    picker.searcher.wait()
    picker.searcher.deliver()
    assert picker.value() is not None and picker.text() == BISHKEK


def test_one_letter_waits_for_a_second_or_for_the_down_key(
    qtbot: QtBot, context: AppContext
) -> None:
    picker = _picker(qtbot, context, "place")
    type_text(picker, "Б")
    assert not picker.searcher.is_busy
    assert picker.suggestions.rowCount() == 0
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # asks for the suggestions of one letter
    assert picker.suggestions_current()
    assert BISHKEK in _shown(picker)
    type_text(picker, "и")
    assert picker.searcher.is_busy  # two letters: searched while typing
    _wait_for_suggestions(qtbot, picker)
    assert _shown(picker)[0] == BISHKEK


def test_take_suggestion_searches_the_text_typed_first(qtbot: QtBot, context: AppContext) -> None:
    picker = _picker(qtbot, context, "person")
    type_text(picker, "Kabaev")
    assert not picker.suggestions_current()
    assert picker.take_suggestion(0)
    assert picker.key() == id_of(context.db, "person", KABAEV)


NAMESAKES = "Консультации по линии побратимских связей: Баку"  # five in the demo


@pytest.mark.parametrize(
    ("language", "day_form"), [("en", r"\d\d/\d\d/\d{4}"), ("ru", r"\d\d\.\d\d\.\d{4}")]
)
def test_events_of_the_same_title_are_told_apart_by_their_day_first(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str, day_form: str, screenshots: Path
) -> None:
    """The day leads the line, so a list too narrow for the title cuts the title, not the day."""
    context: AppContext = request.getfixturevalue("context" if language == "en" else "context_ru")
    picker = _picker(qtbot, context, "event")
    picker.setFixedWidth(300)  # the list under it is as wide: the title cannot fit
    type_text(picker, NAMESAKES)
    _wait_for_suggestions(qtbot, picker)
    lines = {
        picker.suggestions.index(row, 0).data(Qt.ItemDataRole.DisplayRole): row
        for row in range(picker.suggestions.rowCount())
        if picker.suggestions.index(row, 0).data(ChoiceListModel.ChoiceRole) is not None
        and NAMESAKES in picker.suggestions.index(row, 0).data(Qt.ItemDataRole.DisplayRole)
    }
    assert len(lines) >= 2  # as many different lines as namesakes
    popup = picker.completer_.popup()
    assert popup is not None
    width = popup.viewport().width()
    for line, row in lines.items():
        assert re.match(day_form + " · " + re.escape(NAMESAKES), line), line
        shown = popup.fontMetrics().elidedText(line, popup.textElideMode(), width)
        assert shown != line and re.match(day_form, shown), shown  # cut, but the day stays
        assert picker.suggestions.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) == line
    popup.grab().save(str(screenshots / f"event-picker-namesakes-{language}.png"))
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.text() == NAMESAKES
    assert picker.toolTip() in lines  # the picked one's day too
