"""The services' refusals as a Russian window says them: the sentence, the kind of record and
the names of the fields, all in Russian (they were English when raised without a template)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from diplotrack.demo.example_keys import MEETING
from diplotrack.domain import KnownError, NotFoundError, StaleRecordError, ValidationError
from diplotrack.services.events import archive_event, restore_event, update_event
from diplotrack.services.snapshots import event_input
from diplotrack.ui.context import AppContext
from diplotrack.ui.operations import translated_message
from support.demo import id_of

pytestmark = pytest.mark.gui

# Latin words allowed in a Russian message: none of these refusals quotes a name or a code
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _refused(call: object) -> KnownError:
    with pytest.raises(KnownError) as raised:
        call()  # type: ignore[operator]
    return raised.value


def _russian(error: KnownError) -> str:
    text = translated_message(error)
    assert not _LATIN_WORD.search(text), text
    return text


def test_a_record_gone_or_archived_is_said_in_russian(context_ru: AppContext) -> None:
    db = context_ru.db
    meeting = id_of(db, "event", MEETING)
    data, version = event_input(db, meeting)

    gone = _refused(lambda: event_input(db, 987_654))
    assert isinstance(gone, NotFoundError)
    assert _russian(gone) == (
        "Записи «мероприятие» с номером 987654 нет. Возможно, её кто-то перенёс в архив."
    )

    archive_event(db, meeting, expected_version=version)
    _data, archived_version = event_input(db, meeting)
    twice = _refused(lambda: archive_event(db, meeting, expected_version=archived_version))
    assert isinstance(twice, ValidationError)
    assert _russian(twice) == "Эта запись (мероприятие) уже в архиве."
    changed = _refused(lambda: update_event(db, meeting, data, expected_version=archived_version))
    assert "(мероприятие) в архиве" in _russian(changed)
    restore_event(db, meeting, expected_version=archived_version)


def test_a_stale_save_names_the_changed_fields_in_russian(context_ru: AppContext) -> None:
    db = context_ru.db
    meeting = id_of(db, "event", MEETING)
    data, version = event_input(db, meeting)
    update_event(db, meeting, replace(data, title="Другое название"), expected_version=version)
    stale = _refused(lambda: update_event(db, meeting, data, expected_version=version))
    assert isinstance(stale, StaleRecordError)
    assert stale.changes  # what the editor's notice lists is still there
    said = translated_message(stale)
    assert "(мероприятие)" in said and "Изменено: Название." in said
    assert "Title" not in said and "event" not in said


def test_an_all_day_event_without_a_day_is_said_in_russian(context_ru: AppContext) -> None:
    db = context_ru.db
    meeting = id_of(db, "event", MEETING)
    data, version = event_input(db, meeting)
    midnight = datetime(2024, 4, 10, tzinfo=UTC)
    empty_day = replace(data, all_day=True, starts_at=midnight, ends_at=midnight)
    error = _refused(lambda: update_event(db, meeting, empty_day, expected_version=version))
    assert error.field == "ends_at"
    assert _russian(error).startswith("Мероприятие на весь день")


def test_a_bad_repeat_rule_and_zone_are_said_in_russian(context_ru: AppContext) -> None:
    db = context_ru.db
    meeting = id_of(db, "event", MEETING)
    data, version = event_input(db, meeting)

    rule = _refused(
        lambda: update_event(
            db, meeting, replace(data, recurrence="FREQ=SOMETIMES"), expected_version=version
        )
    )
    assert rule.field == "recurrence"
    assert "FREQ=SOMETIMES" in rule.message  # the command's English keeps the library's reason
    assert translated_message(rule) == (
        "Повтор: строку «RRULE:FREQ=SOMETIMES» не удаётся прочесть. Запишите правило, "
        "как в RFC 5545, например RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10"
    )
    line = _refused(
        lambda: update_event(
            db, meeting, replace(data, recurrence="SUMMARY:hello"), expected_version=version
        )
    )
    assert translated_message(line) == (
        "Повтор: «SUMMARY:hello» — не строка правила повторения (RRULE, EXRULE, RDATE или EXDATE)"
    )
    zone = _refused(
        lambda: update_event(
            db, meeting, replace(data, timezone="Mars/Olympus"), expected_version=version
        )
    )
    assert zone.field == "timezone"
    assert "Mars/Olympus" in translated_message(zone)
    assert translated_message(zone).startswith("Часовой пояс: ")
