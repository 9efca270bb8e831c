"""Where calendar items go: the days of a period, lanes of week rows, columns of a day's grid.

Pure Python (no Qt), so placement is unit-tested apart from painting. Days are the office's
days: a timed item belongs to the days it covers in the office zone; an all-day item (and a
delegation's stay) to the calendar days it names, which are stored as 00:00 UTC bounds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from functools import lru_cache
from zoneinfo import ZoneInfo

from diplotrack.store.queries.calendar_item import CalendarItem

_TICK = timedelta(microseconds=1)
MINUTES_PER_DAY = 24 * 60


class Mode(StrEnum):
    """The four ways the calendar shows a period."""

    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    AGENDA = "agenda"


@lru_cache(maxsize=8192)
def item_days(item: CalendarItem, zone: tzinfo) -> tuple[date, date]:
    """The first and last day (inclusive) the item covers in the office zone.

    Kept per item: a month view asks for every item once per week row and again to paint.
    """
    if item.all_day:
        first = item.start.astimezone(UTC).date()
        last = (item.end.astimezone(UTC) - _TICK).date()
    else:
        start, end = item.start.astimezone(zone), item.end.astimezone(zone)
        first = start.date()
        last = (end - _TICK).date() if end > start else first
    return first, max(first, last)


def spans_days(item: CalendarItem, zone: tzinfo) -> bool:
    """Drawn as a bar across days (top of the time grid) rather than as a timed block."""
    first, last = item_days(item, zone)
    return item.all_day or first != last


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the week holding ``day``; ``first_weekday`` is ISO (1 = Monday)."""
    return day - timedelta(days=(day.isoweekday() - first_weekday) % 7)


def period_days(mode: Mode, anchor: date, first_weekday: int) -> list[date]:
    """The days a view shows for ``anchor``: whole weeks around its month, its week, the day,
    or (agenda) the days of its month."""
    if mode is Mode.DAY:
        return [anchor]
    if mode is Mode.WEEK:
        start = week_start(anchor, first_weekday)
        return [start + timedelta(days=n) for n in range(7)]
    first = anchor.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    if mode is Mode.AGENDA:
        return [first + timedelta(days=n) for n in range((after - first).days)]
    start = week_start(first, first_weekday)
    weeks = -(-((after - start).days) // 7)
    return [start + timedelta(days=n) for n in range(weeks * 7)]


def step(mode: Mode, anchor: date, count: int) -> date:
    """``anchor`` moved by ``count`` periods (months keep the day where the month allows)."""
    if mode is Mode.DAY:
        return anchor + timedelta(days=count)
    if mode is Mode.WEEK:
        return anchor + timedelta(days=7 * count)
    months = anchor.year * 12 + anchor.month - 1 + count
    year, month = divmod(months, 12)
    first = date(year, month + 1, 1)
    last = ((first + timedelta(days=32)).replace(day=1) - timedelta(days=1)).day
    return first.replace(day=min(anchor.day, last))


def query_range(days: Sequence[date], zone: tzinfo) -> tuple[datetime, datetime]:
    """The instants to ask the database for: the office days, widened by a day each way so
    that all-day items (stored in UTC days) on the edge days are never missed."""
    start = datetime.combine(days[0] - timedelta(days=1), time(0), zone)
    end = datetime.combine(days[-1] + timedelta(days=2), time(0), zone)
    return start, end


def split_approximate(
    items: Iterable[CalendarItem],
) -> tuple[list[CalendarItem], list[CalendarItem]]:
    """The items with days to lay out, and those known only by a month, season or year (kept
    off the day grid: their date is not fixed, they do not last that long)."""
    exact: list[CalendarItem] = []
    approximate: list[CalendarItem] = []
    for item in items:
        (approximate if item.approximate else exact).append(item)
    return exact, approximate


def approximate_in(
    items: Iterable[CalendarItem], first: date, last: date, zone: tzinfo
) -> list[CalendarItem]:
    """The approximate ``items`` whose period overlaps ``first``..``last``, the most exactly
    known first (a month before a season before a year), then by start and title."""
    found = []
    for item in items:
        start, end = item_days(item, zone)
        if item.approximate and end >= first and start <= last:
            found.append(((end - start).days, start, item.title, item.id, item))
    found.sort(key=lambda entry: entry[:4])
    return [entry[4] for entry in found]


def period_items(
    items: Iterable[CalendarItem], mode: Mode, days: Sequence[date], zone: tzinfo
) -> tuple[list[CalendarItem], list[CalendarItem]]:
    """What a view of ``days`` shows: the items on those days, and the approximate items whose
    period overlaps the month (month view, list) or the days (week, day)."""
    exact, approximate = split_approximate(items)
    on_days = []
    for item in exact:
        first, last = item_days(item, zone)
        if last >= days[0] and first <= days[-1]:
            on_days.append(item)
    if mode in (Mode.MONTH, Mode.AGENDA):
        middle = days[len(days) // 2]  # always in the month shown
        days = [day for day in days if (day.year, day.month) == (middle.year, middle.month)]
    return on_days, approximate_in(approximate, days[0], days[-1], zone)


def host_country(items: Iterable[CalendarItem]) -> str | None:
    """The country on most of the period's events (the office's own), left off busy chips.

    It must be on more than half of at least three events; otherwise no country is left off.
    """
    events = [item for item in items if item.item == "event"]
    if len(events) < 3:
        return None
    counts = Counter(code for item in events for code in set(item.countries))
    if not counts:
        return None
    code, count = counts.most_common(1)[0]
    return code if count * 2 > len(events) else None


@dataclass(frozen=True)
class Bar:
    """An item placed in a week row: columns ``first``..``last`` (inclusive) in ``lane``."""

    item: CalendarItem
    first: int
    last: int
    lane: int
    continues_before: bool  # the item began before this row: draw an open left edge
    continues_after: bool


@dataclass(frozen=True)
class WeekRow:
    """The bars of one row of days and how many items each day could not show."""

    days: tuple[date, ...]
    bars: tuple[Bar, ...]
    hidden: tuple[int, ...]  # per column: the count behind "+N more"
    lanes: int  # lanes in use by visible bars
    more_lane: int  # where "+N more" is drawn on the days that hide items


def _order(item: CalendarItem, first: date, last: date) -> tuple[object, ...]:
    # Longest first so spans stay on top, delegations first among equals (they frame the
    # days of a visit), then all-day before timed, then by time and title for stability.
    return (
        first,
        -(last - first).days,
        item.item != "delegation",
        not item.all_day,
        item.start,
        item.title,
        item.id,
        item.occurrence,
    )


def lay_out_row(
    items: Iterable[CalendarItem],
    days: Sequence[date],
    zone: tzinfo,
    max_lanes: int | None = None,
) -> WeekRow:
    """Places every item that touches ``days`` in the lowest lane free across its days.

    With ``max_lanes``, a day holding more items than lanes shows ``max_lanes - 1`` of them and
    "+N more" in the last lane; a bar hidden on one of its days is hidden on all of them.
    """
    columns = len(days)
    row_first, row_last = days[0], days[-1]
    spans: list[tuple[CalendarItem, date, date]] = []
    for item in items:
        first, last = item_days(item, zone)
        if last >= row_first and first <= row_last:
            spans.append((item, first, last))
    spans.sort(key=lambda span: _order(*span))

    occupied: list[list[bool]] = []
    placed: list[Bar] = []
    for item, first, last in spans:
        start_col = max(0, (first - row_first).days)
        end_col = min(columns - 1, (last - row_first).days)
        lane = 0
        while lane < len(occupied) and any(occupied[lane][start_col : end_col + 1]):
            lane += 1
            if max_lanes is not None and lane >= max_lanes:
                break  # hidden behind "+N more" whatever lane it would get
        if max_lanes is not None and lane >= max_lanes:
            placed.append(Bar(item, start_col, end_col, lane, first < row_first, last > row_last))
            continue
        if lane == len(occupied):
            occupied.append([False] * columns)
        for col in range(start_col, end_col + 1):
            occupied[lane][col] = True
        placed.append(Bar(item, start_col, end_col, lane, first < row_first, last > row_last))

    counts = [sum(1 for bar in placed if bar.first <= col <= bar.last) for col in range(columns)]
    if max_lanes is None or all(count <= max_lanes for count in counts):
        lanes = max((bar.lane + 1 for bar in placed), default=0)
        return WeekRow(tuple(days), tuple(placed), (0,) * columns, lanes, lanes)

    keep = max(0, max_lanes - 1)
    limits = [max_lanes if count <= max_lanes else keep for count in counts]
    visible = [bar for bar in placed if bar.lane < min(limits[bar.first : bar.last + 1], default=0)]
    hidden = tuple(
        counts[col] - sum(1 for bar in visible if bar.first <= col <= bar.last)
        for col in range(columns)
    )
    lanes = max((bar.lane + 1 for bar in visible), default=0)
    # Lane ``keep`` is free on every day that hides something: either the day overflows (its
    # bars stop before ``keep``) or the bar hidden there held that very lane.
    return WeekRow(tuple(days), tuple(visible), hidden, lanes, keep)


@dataclass(frozen=True)
class Block:
    """A timed item in a day's grid: minutes from the day's start, and its side-by-side column."""

    item: CalendarItem
    top: float
    bottom: float
    column: int
    columns: int


def lay_out_day(
    items: Iterable[CalendarItem], day: date, zone: tzinfo, minimum_minutes: float = 20.0
) -> list[Block]:
    """Timed items of one day as blocks; overlapping ones share the width in columns.

    Items drawn as spans (all-day, several days) are left to the bar area. A block is at least
    ``minimum_minutes`` tall, so that a five-minute call still has room for its title.
    """
    day_start = datetime.combine(day, time(0), zone)
    timed: list[tuple[float, float, CalendarItem]] = []
    for item in items:
        if spans_days(item, zone):
            continue
        first, _ = item_days(item, zone)
        if first != day:
            continue
        top = (item.start - day_start).total_seconds() / 60
        bottom = (item.end - day_start).total_seconds() / 60
        top = min(max(top, 0.0), MINUTES_PER_DAY - minimum_minutes)
        bottom = min(max(bottom, top + minimum_minutes), float(MINUTES_PER_DAY))
        timed.append((top, bottom, item))
    timed.sort(key=lambda entry: (entry[0], -entry[1], entry[2].title, entry[2].id))

    # Items that overlap, directly or through a chain, form a cluster sharing one width.
    clusters: list[list[tuple[float, float, CalendarItem, int]]] = []
    column_ends: list[float] = []
    cluster_end = -1.0
    for top, bottom, item in timed:
        if top >= cluster_end:
            clusters.append([])
            column_ends = []
        column = next((n for n, end in enumerate(column_ends) if end <= top), len(column_ends))
        if column == len(column_ends):
            column_ends.append(bottom)
        else:
            column_ends[column] = bottom
        clusters[-1].append((top, bottom, item, column))
        cluster_end = max(cluster_end, bottom) if len(clusters[-1]) > 1 else bottom
    blocks: list[Block] = []
    for cluster in clusters:
        width = max(entry[3] + 1 for entry in cluster)
        blocks.extend(Block(item, top, bottom, col, width) for top, bottom, item, col in cluster)
    return blocks


def shifted(
    starts_at: datetime, ends_at: datetime, *, all_day: bool, timezone: str, days: int
) -> tuple[datetime, datetime]:
    """An event's bounds moved by whole ``days``: same time of day in its own zone (so a move
    across a daylight-saving change keeps 11:00 at 11:00), and all-day spans keep their days."""
    if all_day:
        step_by = timedelta(days=days)
        return starts_at + step_by, ends_at + step_by
    zone = ZoneInfo(timezone)
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    moved = [
        datetime.combine(local.date() + timedelta(days=days), local.timetz().replace(tzinfo=None))
        .replace(tzinfo=zone)
        .astimezone(UTC)
        for local in (start, end)
    ]
    return moved[0], moved[1]
