"""Recurring events: RFC 5545 RRULE/EXRULE/EXDATE/RDATE lines expanded in the event's own zone.

A rule is expanded from the event's start as wall-clock time in its IANA zone, so a weekly
11:00 meeting in Berlin stays at 11:00 across the change to summer time. Every occurrence keeps
the wall-clock length of the first one. The first occurrence is the event itself (RFC 5545:
DTSTART is always part of the set), unless an EXDATE removes it. EXDATE and RDATE values may be
UTC (``…Z``), local to a ``TZID``, floating (taken as the event's zone) or dates (taken at the
event's time of day); naive UNTIL values are likewise taken in the event's zone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import cache, lru_cache
from itertools import islice
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulebase, rruleset, rrulestr

from .errors import BAD_REPEAT_RULE, NOT_A_REPEAT_LINE, UNKNOWN_TIMEZONE, ValidationError

# No office event recurs more often than this within the span looked at; the cap keeps a
# mistaken FREQ=SECONDLY from freezing the calendar.
MAX_OCCURRENCES = 20_000

_RULE_NAMES = ("RRULE", "EXRULE")
_DATE_NAMES = ("RDATE", "EXDATE")


def _zone(timezone: str, all_day: bool) -> ZoneInfo:
    return _UTC_ZONE if all_day else _named_zone(timezone)


_UTC_ZONE = ZoneInfo("UTC")


@cache  # the calendar asks once per event; a failed lookup raises and is not cached
def _named_zone(timezone: str) -> ZoneInfo:
    try:
        return ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError) as error:
        values: dict[str, object] = {"value": timezone}
        raise ValidationError(
            UNKNOWN_TIMEZONE.format(label="Time zone", **values),
            field="timezone",
            template=UNKNOWN_TIMEZONE,
            values=values,
        ) from error


def _refuse(line: str, why: str, template: str = BAD_REPEAT_RULE) -> ValidationError:
    """The refusal of one line of a rule. Its message keeps the library's reason in English
    (the command prints it; the calendar import reads it, ``interchange/ical/details.py``);
    the window says the template, in its language."""
    return ValidationError(
        f"Recurrence line “{line}”: {why}",
        field="recurrence",
        template=template,
        values={"line": line, "reason": why},  # the reason is English: not in the template
    )


def _lines(recurrence: str) -> Iterator[str]:
    # RFC 5545 folds long lines with a leading space or tab on the continuation.
    unfolded = recurrence.replace("\r\n", "\n").replace("\n ", "").replace("\n\t", "")
    for line in unfolded.split("\n"):
        line = line.strip()
        if line:
            yield line if ":" in line else f"RRULE:{line}"


# A date-time in iCalendar's basic form, 20240410T040000. Read by hand: the first strptime of
# a process costs ~11 ms (its module, the locale, its pattern), on the way to the first paint.
_BASIC_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})", re.ASCII)


def _value_time(value: str, zone: ZoneInfo, start_local: datetime) -> datetime:
    """One EXDATE/RDATE/UNTIL value as an aware datetime in ``zone``."""
    value = value.strip()
    if "/" in value:  # a PERIOD: its start is the occurrence
        value = value.split("/", 1)[0]
    if len(value) == 8:
        day = date(int(value[:4]), int(value[4:6]), int(value[6:8]))
        return datetime.combine(day, start_local.timetz().replace(tzinfo=None), zone)
    found = _BASIC_TIME.fullmatch(value.rstrip("Zz"))
    if found is None:
        raise ValueError(f"“{value}” is not a date-time such as 20240410T040000")
    year, month, day_of_month, hour, minute, second = (int(part) for part in found.groups())
    parsed = datetime(year, month, day_of_month, hour, minute, second)
    if value.endswith(("Z", "z")):
        return parsed.replace(tzinfo=UTC).astimezone(zone)
    return parsed.replace(tzinfo=zone)


def _rule_line(line: str, zone: ZoneInfo, start_local: datetime) -> str:
    """The rule with a naive or date UNTIL turned into UTC, as dateutil requires."""
    name, _, body = line.partition(":")
    parts = []
    for part in body.split(";"):
        key, _, value = part.partition("=")
        if key.strip().upper() == "UNTIL" and not value.strip().upper().endswith("Z"):
            local = _value_time(value, zone, start_local)
            if len(value.strip()) == 8:
                local = datetime.combine(local.date(), time(23, 59, 59), zone)
            value = local.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        parts.append(f"{key}={value}" if value else key)
    return f"{name}:{';'.join(parts)}"


def recurrence_set(
    starts_at: datetime,
    timezone: str,
    recurrence: str,
    *,
    all_day: bool = False,
    cache: bool = False,
) -> rruleset:
    """The recurrence set of an event starting at ``starts_at`` (aware), in its own zone;
    ``cache``: the set remembers occurrences once computed (dateutil's, thread-safe)."""
    zone = _zone(timezone, all_day)
    start_local = starts_at.astimezone(zone)
    result = rruleset(cache=cache)
    result.rdate(start_local)
    for line in _lines(recurrence):
        head, _, value = line.partition(":")
        name = head.split(";")[0].strip().upper()
        try:
            if name in _RULE_NAMES:
                # parsed as an RRULE either way: dateutil reads an "EXRULE:" line as a set
                # that only excludes, which yields nothing, so as an exclusion it took nothing
                body = _rule_line(line, zone, start_local).partition(":")[2]
                rule = rrulestr(f"RRULE:{body}", dtstart=start_local)
                if not isinstance(rule, rrulebase):  # pragma: no cover - one line, one rule
                    raise _refuse(line, "not a single rule")
                (result.rrule if name == "RRULE" else result.exrule)(rule)
            elif name in _DATE_NAMES:
                value_zone = zone
                for param in head.split(";")[1:]:
                    key, _, given = param.partition("=")
                    if key.strip().upper() == "TZID":
                        value_zone = ZoneInfo(given.strip().strip('"'))
                add = result.rdate if name == "RDATE" else result.exdate
                for item in value.split(","):
                    add(_value_time(item, value_zone, start_local.astimezone(value_zone)))
            elif name not in ("DTSTART", "DTEND", "DURATION"):
                raise _refuse(line, f"{name} is not a recurrence property", NOT_A_REPEAT_LINE)
        except (ValueError, TypeError, KeyError, ZoneInfoNotFoundError) as error:
            raise _refuse(line, str(error) or type(error).__name__) from error
    return result


@lru_cache(maxsize=256)
def _remembered_set(starts_at: datetime, timezone: str, recurrence: str, all_day: bool) -> rruleset:
    # The calendar expands the same few series period after period: parse each once and let
    # it keep what it has computed. A bad rule raises, and a raise is not remembered.
    return recurrence_set(starts_at, timezone, recurrence, all_day=all_day, cache=True)


def _wall_length(starts_at: datetime, ends_at: datetime, zone: ZoneInfo) -> timedelta:
    return ends_at.astimezone(zone).replace(tzinfo=None) - starts_at.astimezone(zone).replace(
        tzinfo=None
    )


def _end_of(start: datetime, length: timedelta, zone: ZoneInfo) -> datetime:
    return (start.replace(tzinfo=None) + length).replace(tzinfo=zone).astimezone(UTC)


def numbered_occurrences(
    starts_at: datetime,
    ends_at: datetime,
    timezone: str,
    recurrence: str | None,
    window_start: datetime,
    window_end: datetime,
    *,
    all_day: bool = False,
) -> list[tuple[int, datetime, datetime]]:
    """Occurrences overlapping [window_start, window_end) as (number in the series from 0, EXDATEs
    not counted, start, end) in UTC. Without a rule the event itself is the only occurrence."""
    zone = _zone(timezone, all_day)
    if not recurrence or recurrence.isspace():
        # the calendar's common case, thousands of times a period: no wall-clock arithmetic
        start, end = starts_at.astimezone(UTC), ends_at.astimezone(UTC)
        if start < window_end and (end > window_start or window_start <= start):
            return [(0, start, end)]
        return []
    length = _wall_length(starts_at, ends_at, zone)
    series = _remembered_set(starts_at, timezone, recurrence, all_day)
    found = []
    for number, start in enumerate(islice(series, MAX_OCCURRENCES)):
        if start >= window_end:
            break
        found.append((number, start.astimezone(UTC), _end_of(start, length, zone)))
    return [
        (number, start, end)
        for number, start, end in found
        if start < window_end and (end > window_start or window_start <= start)
    ]


def occurrences(
    starts_at: datetime,
    ends_at: datetime,
    timezone: str,
    recurrence: str | None,
    window_start: datetime,
    window_end: datetime,
    *,
    all_day: bool = False,
) -> list[tuple[datetime, datetime]]:
    """(start, end) in UTC of every occurrence overlapping [window_start, window_end)."""
    return [
        (start, end)
        for _, start, end in numbered_occurrences(
            starts_at,
            ends_at,
            timezone,
            recurrence,
            window_start,
            window_end,
            all_day=all_day,
        )
    ]


def recurrence_end(
    starts_at: datetime,
    ends_at: datetime,
    timezone: str,
    recurrence: str | None,
    *,
    all_day: bool = False,
) -> datetime | None:
    """The end (UTC) of the last occurrence — what ``Event.recurrence_ends_at`` holds; None for
    a rule without COUNT or UNTIL. Also checks the rule: a bad one raises ValidationError."""
    if not recurrence or not recurrence.strip():
        return ends_at.astimezone(UTC)
    series = recurrence_set(starts_at, timezone, recurrence, all_day=all_day)
    rules: list[rrulebase] = series._rrule  # dateutil keeps no public accessor for these
    if any(rule._count is None and rule._until is None for rule in rules):
        return None
    zone = _zone(timezone, all_day)
    last: datetime | None = None
    for last in islice(series, MAX_OCCURRENCES):  # noqa: B007 - the loop finds the last one
        pass
    if last is None:  # every occurrence excluded: the event ends when its first one would
        return ends_at.astimezone(UTC)
    return _end_of(last, _wall_length(starts_at, ends_at, zone), zone)
