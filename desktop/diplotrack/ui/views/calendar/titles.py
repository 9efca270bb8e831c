"""What the period toolbar says: "April 2024", "8–14 апреля 2024", "10 April 2024, Wednesday"."""

from __future__ import annotations

from datetime import date

from diplotrack.ui.formatting import format_date, format_month, weekday_name

from .layout import Mode


def period_title(mode: Mode, days: list[date], selected_day: date, language: str) -> str:
    """The title of the shown ``days`` in ``language`` (the agenda names the selected month)."""
    if mode in (Mode.MONTH, Mode.AGENDA):
        day = selected_day if mode is Mode.AGENDA else days[len(days) // 2]
        return format_month(day.year, day.month, language)
    if mode is Mode.WEEK:
        first, last = days[0], days[-1]
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{format_date(last, language)}"
        return f"{format_date(first, language)} – {format_date(last, language)}"
    weekday = weekday_name(days[0].isoweekday(), language, short=False)
    return f"{format_date(days[0], language)}, {weekday}"
