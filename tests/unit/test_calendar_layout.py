"""Placement of calendar items: days, week rows in lanes, "+N more", a day's columns, moves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.ui.views.calendar.layout import (
    Mode,
    approximate_in,
    host_country,
    item_days,
    lay_out_day,
    lay_out_row,
    period_days,
    period_items,
    shifted,
    split_approximate,
    step,
)

ZONE = ZoneInfo("Asia/Krasnoyarsk")
WEEK = [date(2024, 4, 8) + timedelta(days=n) for n in range(7)]
_ids = iter(range(1, 10_000))


def timed(day: date, hour: int, minutes: int = 60, countries: tuple[str, ...] = ()) -> CalendarItem:
    start = datetime(day.year, day.month, day.day, hour, tzinfo=ZONE)
    return CalendarItem(
        "event",
        next(_ids),
        f"at {hour}",
        start,
        start + timedelta(minutes=minutes),
        False,
        "meeting",
        "held",
        "Asia/Krasnoyarsk",
        countries,
        None,
        0,
        False,
    )


def all_day(first: date, last: date, item: str = "event") -> CalendarItem:
    start = datetime.combine(first, datetime.min.time(), UTC)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), UTC)
    return CalendarItem(
        item,
        next(_ids),
        f"{first}–{last}",
        start,
        end,
        True,
        "visit",
        "planned",
        "UTC",
        ("KG",),
        None,
        0,
        False,
    )


def test_all_day_items_keep_their_utc_days_and_timed_ones_the_office_days() -> None:
    assert item_days(all_day(date(2024, 4, 5), date(2024, 4, 7)), ZONE) == (
        date(2024, 4, 5),
        date(2024, 4, 7),
    )
    late = timed(date(2024, 4, 10), 23, minutes=120)  # 23:00–01:00 crosses midnight
    assert item_days(late, ZONE) == (date(2024, 4, 10), date(2024, 4, 11))
    until_midnight = timed(date(2024, 4, 10), 22, minutes=120)
    assert item_days(until_midnight, ZONE) == (date(2024, 4, 10), date(2024, 4, 10))


def test_periods_start_on_the_first_weekday() -> None:
    month = period_days(Mode.MONTH, date(2024, 4, 10), 1)
    assert month[0] == date(2024, 4, 1) and month[-1] == date(2024, 5, 5)
    sunday_first = period_days(Mode.MONTH, date(2024, 4, 10), 7)
    assert sunday_first[0] == date(2024, 3, 31)
    assert period_days(Mode.WEEK, date(2024, 4, 10), 1) == WEEK
    assert len(period_days(Mode.AGENDA, date(2024, 2, 10), 1)) == 29
    assert step(Mode.MONTH, date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert step(Mode.WEEK, date(2024, 4, 10), -1) == date(2024, 4, 3)


def test_spans_take_the_lowest_free_lane_and_overlaps_stack() -> None:
    long = all_day(date(2024, 4, 9), date(2024, 4, 11))
    crossing = all_day(date(2024, 4, 5), date(2024, 4, 9))
    single = timed(date(2024, 4, 10), 11)
    later = timed(date(2024, 4, 12), 9)
    row = lay_out_row([single, long, crossing, later], WEEK, ZONE)
    bars = {bar.item.id: bar for bar in row.bars}
    assert (bars[crossing.id].first, bars[crossing.id].last) == (0, 1)
    assert bars[crossing.id].continues_before and not bars[crossing.id].continues_after
    assert bars[crossing.id].lane == 0
    assert (bars[long.id].first, bars[long.id].last, bars[long.id].lane) == (1, 3, 1)
    assert bars[single.id].lane == 0  # day 10: lane 0 is free there (the crossing ends on 9th)
    assert bars[later.id].lane == 0
    assert row.hidden == (0,) * 7
    assert row.lanes == 2


def test_a_busy_day_hides_the_rest_behind_more() -> None:
    day = date(2024, 4, 10)
    items = [timed(day, hour) for hour in range(8, 14)]  # six items on one day
    row = lay_out_row(items, WEEK, ZONE, max_lanes=4)
    assert len(row.bars) == 3
    assert row.hidden[2] == 3
    assert row.more_lane == 3
    assert sum(row.hidden) == 3
    exact = lay_out_row(items[:4], WEEK, ZONE, max_lanes=4)
    assert len(exact.bars) == 4 and sum(exact.hidden) == 0


def test_a_span_hidden_on_a_busy_day_counts_on_each_of_its_days() -> None:
    busy = date(2024, 4, 10)
    items = [timed(busy, hour) for hour in range(8, 11)]
    span = all_day(date(2024, 4, 10), date(2024, 4, 11))  # longest first: lane 0, kept
    tail = all_day(date(2024, 4, 9), date(2024, 4, 10))
    row = lay_out_row([*items, span, tail], WEEK, ZONE, max_lanes=3)
    visible = {bar.item.id for bar in row.bars}
    assert tail.id in visible or span.id in visible
    for col in range(7):
        total = sum(
            1
            for item in [*items, span, tail]
            if item_days(item, ZONE)[0] <= WEEK[col] <= item_days(item, ZONE)[1]
        )
        shown = sum(1 for bar in row.bars if bar.first <= col <= bar.last)
        assert shown + row.hidden[col] == total


def test_overlapping_timed_items_share_the_width() -> None:
    day = date(2024, 4, 10)
    a, b, c = timed(day, 10, 90), timed(day, 11, 60), timed(day, 14, 30)
    blocks = {block.item.id: block for block in lay_out_day([a, b, c], day, ZONE)}
    assert (blocks[a.id].column, blocks[a.id].columns) == (0, 2)
    assert (blocks[b.id].column, blocks[b.id].columns) == (1, 2)
    assert (blocks[c.id].column, blocks[c.id].columns) == (0, 1)
    assert blocks[a.id].top == 600 and blocks[a.id].bottom == 690
    assert lay_out_day([all_day(day, day)], day, ZONE) == []


def test_moves_keep_the_time_of_day_in_the_events_own_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    start = datetime(2024, 3, 30, 11, tzinfo=berlin).astimezone(UTC)  # before the DST change
    new_start, new_end = shifted(
        start, start + timedelta(hours=1), all_day=False, timezone="Europe/Berlin", days=1
    )
    assert new_start.astimezone(berlin).hour == 11
    assert new_start - start == timedelta(hours=23)  # one hour less across the change
    assert new_end - new_start == timedelta(hours=1)
    first, end = (
        all_day(date(2024, 4, 5), date(2024, 4, 7)).start,
        all_day(date(2024, 4, 5), date(2024, 4, 7)).end,
    )
    moved = shifted(first, end, all_day=True, timezone="UTC", days=3)
    assert moved == (first + timedelta(days=3), end + timedelta(days=3))


def test_the_host_country_is_the_one_on_most_events() -> None:
    day = date(2024, 4, 10)
    items = [timed(day, 9, countries=("RU", "KG")), timed(day, 10, countries=("RU", "CN"))]
    assert host_country(items) is None  # too few to tell
    items.append(timed(day, 11, countries=("RU",)))
    assert host_country(items) == "RU"


def planned(first: date, last: date, precision: str) -> CalendarItem:
    """A planned event known only by its month, season or year, stored over the period."""
    return all_day(first, last)._replace(title=f"{precision} {first}", date_precision=precision)


def test_items_built_without_a_precision_are_exact() -> None:
    item = timed(date(2024, 4, 10), 11)
    assert item.date_precision == "exact" and not item.approximate
    assert planned(date(2025, 1, 1), date(2025, 12, 31), "year").approximate
    assert (
        not all_day(date(2025, 4, 1), date(2025, 4, 30))._replace(date_precision="day").approximate
    )


def test_a_month_shows_approximate_items_apart_by_the_period_they_overlap() -> None:
    year = planned(date(2025, 1, 1), date(2025, 12, 31), "year")
    spring = planned(date(2025, 3, 1), date(2025, 5, 31), "season")
    april = planned(date(2025, 4, 1), date(2025, 4, 30), "month")
    may = planned(date(2025, 5, 1), date(2025, 5, 31), "month")
    meeting = timed(date(2025, 4, 16), 11)
    items = [year, spring, april, may, meeting]
    days = period_days(Mode.MONTH, date(2025, 4, 16), 1)  # 31 March – 4 May: May's first days
    on_days, apart = period_items(items, Mode.MONTH, days, ZONE)
    assert on_days == [meeting]
    # the month's own first, then the season, then the year; May only touches the shown days
    assert apart == [april, spring, year]
    week = period_days(Mode.WEEK, date(2025, 4, 30), 1)  # 28 April – 4 May
    assert period_items(items, Mode.WEEK, week, ZONE) == ([], [april, may, spring, year])
    assert approximate_in(items, date(2025, 6, 1), date(2025, 6, 30), ZONE) == [year]
    assert split_approximate(items) == ([meeting], [year, spring, april, may])
