"""Expanding recurring events: local wall-clock across DST, EXDATE, RDATE, COUNT, UNTIL, ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from diplotrack.domain.errors import ValidationError
from diplotrack.domain.recurrence import (
    numbered_occurrences,
    occurrences,
    recurrence_end,
)

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(month: int, day: int, hour: int = 11) -> datetime:
    return datetime(2024, month, day, hour, tzinfo=BERLIN).astimezone(UTC)


START = berlin(3, 18)  # a Monday, a week before summer time begins (31 March)
END = START + timedelta(hours=1)
WINDOW = (datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 5, 1, tzinfo=UTC))


def local_starts(found: list[tuple[datetime, datetime]]) -> list[str]:
    return [start.astimezone(BERLIN).strftime("%m-%d %H:%M") for start, _ in found]


def test_weekly_meeting_stays_at_eleven_local_across_dst() -> None:
    found = occurrences(START, END, "Europe/Berlin", "RRULE:FREQ=WEEKLY;COUNT=4", *WINDOW)
    assert local_starts(found) == ["03-18 11:00", "03-25 11:00", "04-01 11:00", "04-08 11:00"]
    assert [start.hour for start, _ in found] == [10, 10, 9, 9]  # UTC moves, local does not
    assert all(end - start == timedelta(hours=1) for start, end in found)
    assert all(start.tzinfo == UTC for start, _ in found)


def test_exdate_removes_and_rdate_adds() -> None:
    rule = (
        "RRULE:FREQ=WEEKLY;COUNT=4\n"
        "EXDATE:20240325T100000Z\n"
        "EXDATE;TZID=Europe/Berlin:20240408T110000\n"
        "RDATE;TZID=Europe/Berlin:20240327T150000,20240329T160000\n"
        "RDATE;VALUE=DATE:20240412"
    )
    found = occurrences(START, END, "Europe/Berlin", rule, *WINDOW)
    assert local_starts(found) == [
        "03-18 11:00",
        "03-27 15:00",
        "03-29 16:00",
        "04-01 11:00",
        "04-12 11:00",
    ]


def test_floating_exdate_is_in_the_events_zone() -> None:
    rule = "RRULE:FREQ=WEEKLY;COUNT=3\nEXDATE:20240325T110000"
    found = occurrences(START, END, "Europe/Berlin", rule, *WINDOW)
    assert local_starts(found) == ["03-18 11:00", "04-01 11:00"]


@pytest.mark.parametrize(
    "rule",
    [
        "RRULE:FREQ=WEEKLY;UNTIL=20240408T090000Z",
        "RRULE:FREQ=WEEKLY;UNTIL=20240408T110000",
        "RRULE:FREQ=WEEKLY;UNTIL=20240408",
        "FREQ=WEEKLY;UNTIL=20240408T090000Z",
    ],
)
def test_until_in_any_form(rule: str) -> None:
    found = occurrences(START, END, "Europe/Berlin", rule, *WINDOW)
    assert local_starts(found)[-1] == "04-08 11:00"
    assert len(found) == 4
    assert recurrence_end(START, END, "Europe/Berlin", rule) == berlin(4, 8, 12)


def test_window_keeps_only_overlapping_occurrences_with_their_numbers() -> None:
    window = (
        berlin(
            3,
            25,
            11,
        )
        + timedelta(minutes=30),
        berlin(4, 8, 11),
    )
    found = numbered_occurrences(START, END, "Europe/Berlin", "RRULE:FREQ=WEEKLY", *window)
    # the 25 March one is still running at the window's start; 8 April starts at its end
    assert [(n, s.astimezone(BERLIN).day) for n, s, _ in found] == [(1, 25), (2, 1)]


def test_endless_rule_has_no_end_and_expands_in_far_windows() -> None:
    assert recurrence_end(START, END, "Europe/Berlin", "RRULE:FREQ=WEEKLY") is None
    far = (datetime(2030, 1, 1, tzinfo=UTC), datetime(2030, 1, 15, tzinfo=UTC))
    found = occurrences(START, END, "Europe/Berlin", "RRULE:FREQ=WEEKLY;BYDAY=MO", *far)
    assert local_starts(found) == ["01-07 11:00", "01-14 11:00"]


def test_count_and_recurrence_end() -> None:
    rule = "RRULE:FREQ=YEARLY;COUNT=3"
    assert recurrence_end(START, END, "Europe/Berlin", rule) == datetime(
        2026, 3, 18, 11, tzinfo=BERLIN
    ).astimezone(UTC) + timedelta(hours=1)
    wide = (datetime(2020, 1, 1, tzinfo=UTC), datetime(2040, 1, 1, tzinfo=UTC))
    assert len(occurrences(START, END, "Europe/Berlin", rule, *wide)) == 3
    with_rdate = rule + "\nRDATE:20300101T120000Z"
    assert recurrence_end(START, END, "Europe/Berlin", with_rdate) == datetime(
        2030, 1, 1, 13, tzinfo=UTC
    )


def test_no_rule_is_the_event_itself() -> None:
    assert occurrences(START, END, "Europe/Berlin", None, *WINDOW) == [(START, END)]
    assert occurrences(START, END, "Europe/Berlin", "", *WINDOW[:1], START) == []
    assert recurrence_end(START, END, "Europe/Berlin", None) == END


def test_all_day_yearly_event_keeps_its_dates() -> None:
    start = datetime(2024, 4, 5, tzinfo=UTC)
    end = datetime(2024, 4, 8, tzinfo=UTC)  # 5–7 April
    wide = (datetime(2024, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, tzinfo=UTC))
    found = occurrences(start, end, "Asia/Krasnoyarsk", "RRULE:FREQ=YEARLY", *wide, all_day=True)
    assert found == [
        (datetime(year, 4, 5, tzinfo=UTC), datetime(year, 4, 8, tzinfo=UTC))
        for year in (2024, 2025, 2026)
    ]


def test_excluding_every_occurrence_leaves_none() -> None:
    rule = "RRULE:FREQ=DAILY;COUNT=1\nEXDATE:20240318T100000Z"
    assert occurrences(START, END, "Europe/Berlin", rule, *WINDOW) == []
    assert recurrence_end(START, END, "Europe/Berlin", rule) == END


@pytest.mark.parametrize(
    "rule",
    [
        "RRULE:FREQ=SOMETIMES",
        "RRULE:FREQ=WEEKLY;COUNT=x",
        "EXDATE:not-a-date",
        "EXDATE:20240325T1100",
        "EXDATE:20240325 110000",
        "EXDATE:20241325T110000",
        "RRULE:FREQ=WEEKLY;UNTIL=2024-04-08T11:00:00",
        "RDATE;TZID=Mars/Olympus:20240101T100000",
        "SUMMARY:hello",
    ],
)
def test_bad_rules_are_validation_errors(rule: str) -> None:
    with pytest.raises(ValidationError) as raised:
        occurrences(START, END, "Europe/Berlin", rule, *WINDOW)
    assert raised.value.field == "recurrence"


def test_unknown_zone_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as raised:
        occurrences(START, END, "Mars/Olympus", "RRULE:FREQ=DAILY", *WINDOW)
    assert raised.value.field == "timezone"


def test_runaway_rule_is_capped() -> None:
    window = (START, START + timedelta(days=30))
    found = occurrences(START, END, "Europe/Berlin", "RRULE:FREQ=SECONDLY", *window)
    assert 0 < len(found) <= 20_000
