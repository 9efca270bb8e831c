"""The note's fixed texts, labels and dates in the note's own language, whatever the window's.

The window installs its translators for the interface language; a note has a language of its
own, so the Russian texts come from a QTranslator of ours, loaded once from ``briefing_ru.qm``
and asked directly, never through the application's installed translators.
"""

from __future__ import annotations

import logging
import threading
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QTranslator

from .model import LocalTime

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "i18n"
CONTEXT = "Briefing"

_log = logging.getLogger(__name__)
_lock = threading.Lock()
_translators: dict[str, QTranslator | None] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate in ``context``; typed, unlike Qt's own."""
    return text


def _translator(language: str) -> QTranslator | None:
    with _lock:
        if language not in _translators:
            translator = QTranslator()
            path = TRANSLATIONS / f"briefing_{language}.qm"
            if translator.load(str(path)):
                _translators[language] = translator
            else:
                _log.warning("briefing translations %s not found: run scripts/setup", path)
                _translators[language] = None
        return _translators[language]


_MONTHS_RU = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_MONTHS_RU_STANDALONE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SEASONS = {
    "ru": ("зима", "весна", "лето", "осень"),
    "en": ("winter", "spring", "summer", "autumn"),
}


class Wording:
    """Texts and dates of one note's language: ``wording("History of contacts")``."""

    def __init__(self, language: str) -> None:
        self.language = "ru" if language == "ru" else "en"
        self._translator = _translator("ru") if self.language == "ru" else None

    def __call__(self, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(CONTEXT, text) or text

    def plural(self, text: str, count: int) -> str:
        """``text`` with ``%n`` for ``count``, in the plural form the count takes in Russian
        ("+%n more planned": «и ещё 21 запланированное», «и ещё 22 запланированных»)."""
        found = self._translator.translate(CONTEXT, text, "", count) if self._translator else ""
        return (found or text).replace("%n", str(count))

    # -- dates -------------------------------------------------------------------------

    def full_date(self, day: date) -> str:
        """'10 апреля 2024 г.' / '10 April 2024'."""
        if self.language == "ru":
            return f"{day.day} {_MONTHS_RU[day.month - 1]} {day.year} г."
        return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"

    def long_span(self, first: date, last: date | None) -> str:
        """'20–23 апреля 2024 г.' / '20–23 April 2024', or two full dates across months."""
        if last is None or last <= first:
            return self.full_date(first)
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{self.full_date(last)}"
        return f"{self.full_date(first)} – {self.full_date(last)}"

    def short_date(self, day: date) -> str:
        """'10.04.2024' / '10 Apr 2024': for tables."""
        if self.language == "ru":
            return f"{day:%d.%m.%Y}"
        return f"{day.day} {_MONTHS_EN[day.month - 1][:3]} {day.year}"

    def month(self, day: date) -> str:
        """'апрель 2025 г.' / 'April 2025'."""
        if self.language == "ru":
            return f"{_MONTHS_RU_STANDALONE[day.month - 1]} {day.year} г."
        return f"{_MONTHS_EN[day.month - 1]} {day.year}"

    def year(self, day: date) -> str:
        return f"{day.year} г." if self.language == "ru" else str(day.year)

    def season(self, day: date) -> str:
        name = _SEASONS[self.language][(day.month % 12) // 3]
        return f"{name} {self.year(day)}"

    def span(self, first: date | None, last: date | None, precision: str = "exact") -> str:
        """A date or a span of days for a table, or the month, season or year a planned
        event is known by: '10.04.2024', '20–23.04.2024', '2025 г.'."""
        if first is None:
            return "—"
        if precision == "year":
            return self.year(first)
        if precision == "season":
            return self.season(first)
        if precision == "month":
            return self.month(first)
        if last is None or last <= first:
            return self.short_date(first)
        if self.language == "ru":
            if (first.year, first.month) == (last.year, last.month):
                return f"{first:%d}–{last:%d.%m.%Y}"
            if first.year == last.year:
                return f"{first:%d.%m}–{last:%d.%m.%Y}"
            return f"{first:%d.%m.%Y}–{last:%d.%m.%Y}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{self.short_date(last)}"
        return f"{self.short_date(first)} – {self.short_date(last)}"

    def since(self, day: date) -> str:
        """'с ноября 2023 г.' / 'since November 2023': when someone took up a post."""
        if self.language == "ru":
            return f"с {_MONTHS_RU[day.month - 1]} {day.year} г."
        return f"since {_MONTHS_EN[day.month - 1]} {day.year}"

    def local_time(self, where: LocalTime, *, with_place: bool = True) -> str:
        """'время местное, Красноярск (UTC+7)' / 'local time, Krasnoyarsk (UTC+7)'."""
        offset = utc_offset(where.utc_offset)
        if with_place and where.place:
            found = self(QT_TRANSLATE_NOOP("Briefing", "local time, {place} ({offset})"))
            return found.format(place=where.place, offset=offset)
        return self(QT_TRANSLATE_NOOP("Briefing", "local time, {offset}")).format(offset=offset)

    def days(self, count: int) -> str:
        """'45 дней' / '45 days', with the Russian plural forms."""
        if self.language != "ru":
            return f"{count} day" if count == 1 else f"{count} days"
        tens, units = count % 100, count % 10
        if 11 <= tens <= 14:
            word = "дней"
        elif units == 1:
            word = "день"
        elif 2 <= units <= 4:
            word = "дня"
        else:
            word = "дней"
        return f"{count} {word}"


def utc_offset(offset: timedelta) -> str:
    """'UTC+7', 'UTC+5:30', 'UTC−3', 'UTC'."""
    minutes = round(offset.total_seconds() / 60)
    if not minutes:
        return "UTC"
    sign = "+" if minutes > 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}:{rest:02d}" if rest else f"UTC{sign}{hours}"


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= letter <= "\u04ff" for letter in text)


def in_script(name: str, other: str | None, language: str) -> tuple[str, str | None]:
    """The name in the script of ``language`` where it is known, and the other one: a record
    keeps its name as written and, where known, in the other script (``name_alt``)."""
    if not other or other == name:
        return name, None
    wants_cyrillic = language == "ru"
    if has_cyrillic(name) == wants_cyrillic or has_cyrillic(other) != wants_cyrillic:
        return name, other
    return other, name
