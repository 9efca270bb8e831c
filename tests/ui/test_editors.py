"""The event editor on the demo database, driven from the keyboard: a new event with its links,
errors under their fields, stale saves refused with what changed, undo and redo of a save."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.demo.example_keys import KABAEV, MEETING
from diplotrack.domain import Event
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import update_event
from diplotrack.services.history import record_history
from diplotrack.services.snapshots import event_input
from diplotrack.store.database import open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.dialogs.event_editor import EventEditor
from diplotrack.ui.dialogs.followup_editor import FollowUpEditor
from diplotrack.ui.formatting import format_date, format_time
from support.demo import id_of
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _editor(qtbot: QtBot, context: AppContext, ref: RecordRef | None, **kw: object) -> EventEditor:
    editor = open_editor(context, ref, "event", **kw)  # type: ignore[arg-type]
    assert isinstance(editor, EventEditor)
    # kept after closing, for the test to look at; closing at the end of a test must not stop
    # at "Discard changes?"
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.discard_changes())
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    return editor


def _ctrl_s(qtbot: QtBot, editor: EventEditor) -> None:
    qtbot.keyClick(
        editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )


def _count(context: AppContext) -> int:
    with context.db.session() as session:
        return int(session.scalar(select(func.count()).select_from(Event)) or 0)


def test_new_event_from_the_keyboard(qtbot: QtBot, context: AppContext) -> None:
    editor = _editor(qtbot, context, None, defaults={"day": date(2024, 5, 15)})
    assert editor.starts.dateTime().toString("dd.MM.yyyy HH:mm") == "15.05.2024 10:00"
    assert editor.ends.dateTime().toString("HH:mm") == "11:00"
    assert not editor.save_button.isEnabled()
    assert "title" in editor.save_button.toolTip()
    assert "Ctrl+S" in editor.save_button.toolTip()  # named while Save waits, too
    editor.title.setFocus()
    type_text(editor.title, "Встреча с консулом")
    assert editor.save_button.isEnabled()
    assert editor.save_button.toolTip() == "Save the changes (Ctrl+S)"
    editor.countries.picker.setFocus()
    type_text(editor.countries.picker, "Кирг")
    qtbot.keyClick(editor.countries.picker, Qt.Key.Key_Return)
    qtbot.mouseClick(editor.participants.add_person_button, Qt.MouseButton.LeftButton)
    line = editor.participants.lines[-1]
    assert line.who.hasFocus()
    type_text(line.who, "Кабаева")
    qtbot.keyClick(line.who, Qt.Key.Key_Return)
    before = _count(context)
    _ctrl_s(qtbot, editor)
    assert editor.record_id is not None
    assert _count(context) == before + 1
    data, _ = event_input(context.db, editor.record_id)
    assert data.title == "Встреча с консулом"
    assert data.countries == ("KG",)
    assert data.timezone == "Asia/Krasnoyarsk"
    assert [p.person_id for p in data.participants] == [id_of(context.db, "person", KABAEV)]
    # undo archives the new event
    context.undo_stack.undo()
    with context.db.session() as session:
        assert session.get_one(Event, editor.record_id).archived_at is not None


def test_end_before_start_is_shown_under_the_end_and_nothing_is_saved(
    qtbot: QtBot, context: AppContext
) -> None:
    editor = _editor(qtbot, context, None, defaults={"day": date(2024, 5, 15)})
    type_text(editor.title, "Приём")
    editor.ends.setDateTime(editor.starts.dateTime().addSecs(-3600))
    before = _count(context)
    _ctrl_s(qtbot, editor)
    assert _count(context) == before
    assert editor.isVisible()
    error = editor.error_of("ends_at")
    assert error.isVisibleTo(editor)
    assert "End" in error.text() and "before" in error.text()
    assert editor.title.text() == "Приём"
    assert editor.record_id is None


def test_end_before_start_reads_in_russian_with_the_times_as_typed(
    qtbot: QtBot, context_ru: AppContext
) -> None:
    """The message names both fields in Russian and shows the times the person typed (in
    the event's zone), not stored UTC values."""
    editor = _editor(qtbot, context_ru, None, defaults={"day": date(2024, 5, 15)})
    type_text(editor.title, "Приём")
    editor.ends.setDateTime(editor.starts.dateTime().addSecs(-3600))
    _ctrl_s(qtbot, editor)
    text = editor.error_of("ends_at").text()
    assert text.startswith("Конец (") and "раньше, чем Начало (" in text
    assert editor.starts.dateTime().toString("yyyy-MM-dd HH:mm") in text
    assert editor.ends.dateTime().toString("yyyy-MM-dd HH:mm") in text
    assert "Start" not in text and "+00:00" not in text


def test_a_long_participant_description_shows_its_beginning(
    qtbot: QtBot, context: AppContext
) -> None:
    meeting = id_of(context.db, "event", MEETING)
    editor = _editor(qtbot, context, RecordRef("event", meeting))
    described = [
        line.description
        for line in editor.participants.lines
        if line.description.text().startswith("руководители департаментов")
    ]
    assert len(described) == 1
    assert described[0].cursorPosition() == 0
    assert described[0].toolTip() == described[0].text()


def test_stale_save_is_refused_with_the_changed_field(qtbot: QtBot, context: AppContext) -> None:
    meeting = id_of(context.db, "event", MEETING)
    editor = _editor(qtbot, context, RecordRef("event", meeting))
    other = open_database(str(context.db.engine.url))
    try:
        data, version = event_input(other, meeting)
        update_event(other, meeting, replace(data, venue="Зал №2"), expected_version=version)
    finally:
        other.close()
    editor.title.setFocus()
    editor.title.selectAll()
    type_text(editor.title, "Встреча мэра")
    assert not editor.save()
    assert editor.stale.isVisibleTo(editor)
    assert "Venue" in editor.stale.message.text() and "Зал №2" in editor.stale.message.text()
    assert editor.title.text() == "Встреча мэра"  # what was typed stays
    data, _ = event_input(context.db, meeting)
    assert data.title == MEETING and data.venue == "Зал №2"
    qtbot.mouseClick(editor.stale.reload_button, Qt.MouseButton.LeftButton)
    assert editor.title.text() == MEETING
    assert editor.venue.text() == "Зал №2"


def test_stale_save_is_told_in_russian_and_keep_editing_keeps_the_text(
    qtbot: QtBot, context_ru: AppContext, screenshots: Path
) -> None:
    meeting = id_of(context_ru.db, "event", MEETING)
    editor = _editor(qtbot, context_ru, RecordRef("event", meeting))
    assert not editor.stale.isVisibleTo(editor)
    other = open_database(str(context_ru.db.engine.url))
    try:
        data, version = event_input(other, meeting)
        update_event(other, meeting, replace(data, venue="Зал №2"), expected_version=version)
    finally:
        other.close()
    editor.title.setFocus()
    editor.title.selectAll()
    type_text(editor.title, "Встреча мэра")
    assert not editor.save()
    assert editor.stale.isVisibleTo(editor)
    text = editor.stale.message.text()
    last = record_history(context_ru.db, "event", meeting)[-1]
    day = format_date(last.changed_at.astimezone(context_ru.zone).date(), "ru")
    time = format_time(last.changed_at, context_ru.zone)
    assert text.splitlines()[0] == (
        f"Запись сохранена пользователем {last.changed_by} {day} в {time},"
        " уже после того, как вы её открыли."
    )
    assert "Площадка" in text and "Зал №2" in text
    assert text.endswith(
        "Ваши изменения не сохранены. Загрузите запись заново, чтобы увидеть чужие изменения,"
        " или продолжите правку."
    )
    assert editor.stale.reload_button.text() == "Загрузить заново (мои изменения пропадут)"
    assert editor.stale.keep_button.text() == "Продолжить правку"
    assert editor.stale.reload_button.hasFocus()
    editor.resize(980, 900)
    editor.grab().save(str(screenshots / "editor-event-stale-ru.png"))
    qtbot.mouseClick(editor.stale.keep_button, Qt.MouseButton.LeftButton)
    assert not editor.stale.isVisibleTo(editor)
    assert editor.title.text() == "Встреча мэра"


def _saved_by_two_others(qtbot: QtBot, context: AppContext) -> tuple[EventEditor, str, str]:
    """The meeting's editor whose save was refused after Петрова and then Сидоров saved it;
    the day and time of Сидоров's save as the window writes them."""
    meeting = id_of(context.db, "event", MEETING)
    editor = _editor(qtbot, context, RecordRef("event", meeting))
    for user, venue in (("Петрова", "Зал №2"), ("Сидоров", "Зал №3")):
        other = open_database(str(context.db.engine.url), user=user)
        try:
            data, version = event_input(other, meeting)
            update_event(other, meeting, replace(data, venue=venue), expected_version=version)
        finally:
            other.close()
    editor.title.setFocus()
    editor.title.selectAll()
    type_text(editor.title, "Встреча мэра")
    assert not editor.save()
    assert editor.stale.isVisibleTo(editor)
    last = record_history(context.db, "event", meeting)[-1]
    assert last.changed_by == "Сидоров"
    day = format_date(last.changed_at.astimezone(context.zone).date(), context.language)
    return editor, day, format_time(last.changed_at, context.zone)


def test_saves_by_two_others_name_both_in_english(qtbot: QtBot, context: AppContext) -> None:
    editor, day, time = _saved_by_two_others(qtbot, context)
    assert editor.stale.message.text().splitlines()[0] == (
        f"Петрова, Сидоров saved this record after you opened it, last on {day} at {time}."
    )


def test_saves_by_two_others_name_both_in_russian(
    qtbot: QtBot, context_ru: AppContext, screenshots: Path
) -> None:
    editor, day, time = _saved_by_two_others(qtbot, context_ru)
    assert editor.stale.message.text().splitlines()[0] == (
        "После того как вы открыли запись, её сохраняли пользователи Петрова, Сидоров,"
        f" последний раз — {day} в {time}."
    )
    editor.resize(980, 900)
    editor.stale.grab().save(str(screenshots / "stale-notice-two-users-ru.png"))


def test_undo_restores_and_redo_reapplies_a_save(qtbot: QtBot, context: AppContext) -> None:
    meeting = id_of(context.db, "event", MEETING)
    old, _ = event_input(context.db, meeting)
    editor = _editor(qtbot, context, RecordRef("event", meeting))
    editor.title.selectAll()
    type_text(editor.title, "Рабочая встреча")
    editor.countries.remove(editor.countries.values()[0])
    assert editor.save()
    new, _ = event_input(context.db, meeting)
    assert new.title == "Рабочая встреча" and len(new.countries) == 1
    context.undo_stack.undo()
    assert event_input(context.db, meeting)[0] == old
    context.undo_stack.redo()
    assert event_input(context.db, meeting)[0] == new


def test_open_twice_gives_the_same_window_and_unchanged_save_keeps_the_version(
    qtbot: QtBot, context: AppContext
) -> None:
    meeting = id_of(context.db, "event", MEETING)
    ref = RecordRef("event", meeting)
    editor = _editor(qtbot, context, ref)
    assert open_editor(context, ref, "event") is editor
    assert not editor.save_button.isEnabled()  # nothing changed yet
    _, version = event_input(context.db, meeting)
    assert editor.save()
    assert event_input(context.db, meeting)[1] == version
    assert context.undo_stack.count() == 0


@pytest.mark.parametrize(
    ("fixture", "start", "follow_up_due"),
    [
        ("context", "10/04/2024 11:00", "19/04/2024"),
        ("context_ru", "10.04.2024 11:00", "19.04.2024"),
    ],
)
def test_dates_are_written_as_the_windows_language_writes_them(
    qtbot: QtBot, request: pytest.FixtureRequest, fixture: str, start: str, follow_up_due: str
) -> None:
    """A day in an editor's fields reads as the same day on chips and in the filter bar."""
    context: AppContext = request.getfixturevalue(fixture)
    editor = _editor(qtbot, context, RecordRef("event", id_of(context.db, "event", MEETING)))
    assert editor.starts.text() == start
    editor.all_day.setChecked(True)
    assert editor.starts.text() == start.split()[0]
    editor.all_day.setChecked(False)
    follow_up = open_editor(context, None, "followup")
    assert isinstance(follow_up, FollowUpEditor)
    qtbot.addWidget(follow_up, before_close_func=lambda widget: widget.discard_changes())
    follow_up.due_on.set_value(date(2024, 4, 19))
    assert follow_up.due_on.text() == follow_up_due
