"""When the demo office history happens: composed around a fixed day, moved to the day it is made.

The history is written as if it were ``ANCHOR`` (statuses, expiries, overdue follow-ups,
delegations arriving soon) and then moved by the whole number of weeks nearest to the day the
demo is made, so that weekdays stay weekdays and the Today page has something to show on any
day. Whatever is "past or future" is decided against the real ``today``, never against the
moved anchor (which can be up to three days off). The worked example is not moved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

from . import vocabulary as v

ANCHOR = date(v.ANCHOR_YEAR, v.ANCHOR_MONTH, v.ANCHOR_DAY)


@dataclass(frozen=True)
class Timeline:
    """The day the demo is made (``today``) and how far the history moves to meet it."""

    today: date
    shift: timedelta

    @classmethod
    def around(cls, today: date) -> Timeline:
        # (days / 7) is never exactly half a week, so rounding has no ties to break
        return cls(today, timedelta(weeks=round((today - ANCHOR).days / 7)))

    def day(self, year: int, month: int, day: int) -> date:
        """A day of the history as composed around ``ANCHOR``, moved."""
        return date(year, month, day) + self.shift

    def moved(self, moment: datetime) -> datetime:
        return moment + self.shift

    def series(self, first: date, hour: int | None, lines: str) -> tuple[date, str]:
        """A recurring series composed to start on ``first``, moved: its first day snapped to
        the first occurrence of the rule on or after the moved day (a "second Tuesday" stays a
        second Tuesday), and each EXDATE moved to the occurrence nearest to it."""
        moved = first + self.shift
        if not self.shift:
            return moved, lines
        rule_line = next(line for line in lines.splitlines() if line.startswith("RRULE:"))
        start = datetime.combine(moved, datetime.min.time()).replace(hour=hour or 0)
        rule = rrulestr(rule_line, dtstart=start)
        assert isinstance(rule, rrule)
        snapped = rule.after(start, inc=True)
        if snapped is None:
            return moved, lines
        rule = rule.replace(dtstart=snapped)
        kept = []
        for line in lines.splitlines():
            if line.startswith("EXDATE:"):
                days = [_exdate(value) + self.shift for value in line[7:].split(",")]
                nearest = [_nearest(rule, moment) for moment in days]
                form = "%Y%m%d" if hour is None else "%Y%m%dT%H%M%S"
                line = "EXDATE:" + ",".join(
                    moment.strftime(form) for moment in nearest if moment is not None
                )
            kept.append(line)
        return snapped.date(), "\n".join(kept)


def _exdate(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%S" if "T" in value else "%Y%m%d")


def _nearest(rule: rrule, moment: datetime) -> datetime | None:
    around = [found for found in (rule.before(moment, inc=True), rule.after(moment)) if found]
    return min(around, key=lambda found: abs(found - moment), default=None)


@lru_cache(maxsize=64)
def zone_named(name: str) -> ZoneInfo:
    return ZoneInfo(name)
