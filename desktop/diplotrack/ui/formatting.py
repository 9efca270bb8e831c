"""Dates, times and names the way the interface language writes them ("10 апреля 2024")."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt, QTime

_LOCALES = {
    "ru": QLocale(QLocale.Language.Russian, QLocale.Country.Russia),
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def locale_for(language: str) -> QLocale:
    return _LOCALES.get(language, _LOCALES["en"])


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def format_date(day: date, language: str) -> str:
    """'10 апреля 2024' / '10 April 2024'."""
    return locale_for(language).toString(qdate(day), "d MMMM yyyy")


def format_short_date(day: date, language: str) -> str:
    """'10.04.2024' / '10/04/2024'."""
    return locale_for(language).toString(qdate(day), QLocale.FormatType.ShortFormat)


def day_field_format(language: str) -> str:
    """How a date field shows a day: as ``format_short_date`` writes it, with the year whole
    (10.04.2024 in Russian, 10/04/2024 in English)."""
    return locale_for(language).dateFormat(QLocale.FormatType.ShortFormat)


def format_time(moment: datetime, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    return QTime(local.hour, local.minute).toString("HH:mm")


def format_month(year: int, month: int, language: str) -> str:
    """'Апрель 2024' / 'April 2024' (the standalone month name, capitalised)."""
    name = locale_for(language).standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {year}"


# Seasons are locale data that QLocale lacks: kept by language beside the month names QLocale
# gives, so a period reads the same in the language asked for whatever translator is loaded.
# A season is named by the month it starts in (December opens the winter), as stored.
_SEASONS = {
    "ru": ("зима", "весна", "лето", "осень"),
    "en": ("winter", "spring", "summer", "autumn"),
}
#: the precisions that name a period rather than a day
APPROXIMATE = ("month", "season", "year")


def season_name(month: int, language: str) -> str:
    """The season ``month`` falls in: 'весна' / 'spring'."""
    return _SEASONS.get(language, _SEASONS["en"])[month % 12 // 3]


def format_period(start: date, precision: str, language: str) -> str:
    """The period a planned event is known by, from its first day: '2025', 'весна 2025',
    'апрель 2025' / '2025', 'spring 2025', 'April 2025'; a day for any other precision."""
    if precision == "year":
        return str(start.year)
    if precision == "season":
        return f"{season_name(start.month, language)} {start.year}"
    if precision == "month":
        name = locale_for(language).standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
        return f"{name} {start.year}"
    return format_date(start, language)


def weekday_name(weekday: int, language: str, *, short: bool = True) -> str:
    """The name of ISO weekday 1 (Monday) … 7 (Sunday): 'пн' / 'Mon'."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return locale_for(language).dayName(weekday, kind)


def first_weekday(language: str) -> int:
    """ISO number of the first day of the week: Monday in Russian (and in British English)."""
    return int(locale_for(language).firstDayOfWeek().value)


def format_span(
    starts_at: datetime, ends_at: datetime, *, all_day: bool, zone: tzinfo, language: str
) -> str:
    """'10 апреля 2024, 11:00–12:00', '5–7 April 2024' style spans for details and lists."""
    if all_day:
        first = starts_at.date()
        last = ends_at.date().fromordinal(ends_at.date().toordinal() - 1)
        if last <= first:
            return format_date(first, language)
        return f"{format_date(first, language)} – {format_date(last, language)}"
    start, end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    if start.date() == end.date():
        day = format_date(start.date(), language)
        return f"{day}, {format_time(start, zone)}–{format_time(end, zone)}"
    return (
        f"{format_date(start.date(), language)} {format_time(start, zone)} – "
        f"{format_date(end.date(), language)} {format_time(end, zone)}"
    )


def layout_direction(language: str) -> Qt.LayoutDirection:
    return locale_for(language).textDirection()
