"""When the text says something happened: explicit dates («10 апреля 2024», "April 10"), days
relative to the publication («вчера», «в прошлый четверг», "last Thursday"), and times."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

_MONTHS_RU = {
    "январ": 1,
    "феврал": 2,
    "март": 3,
    "апрел": 4,
    "ма": 5,
    "июн": 6,
    "июл": 7,
    "август": 8,
    "сентябр": 9,
    "октябр": 10,
    "ноябр": 11,
    "декабр": 12,
}
_MONTH_RU = r"(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_DAY_RU = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:\s*[–—-]\s*(\d{{1,2}}))?\s+{_MONTH_RU}(?:\s+(\d{{4}}))?",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
_MONTHS_EN = (
    r"(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
)
_DAY_EN = re.compile(
    rf"\b(?:{_MONTHS_EN}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS_EN}(?:,?\s+(\d{{4}}))?)\b"
)
_WEEKDAYS_RU = {
    "понедельник": 0,
    "вторник": 1,
    "сред": 2,
    "четверг": 3,
    "пятниц": 4,
    "суббот": 5,
    "воскресень": 6,
}
_WEEKDAY_RU = re.compile(
    r"\bв(?:о)?\s+(прошл(?:ый|ую|ое)\s+)?"
    r"(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b",
    re.IGNORECASE,
)
_WEEKDAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_EN = re.compile(
    r"\b(last|on|this\s+past)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
_RELATIVE_RU = {"позавчера": -2, "вчера": -1, "сегодня": 0}
_RELATIVE_EN = {"the day before yesterday": -2, "yesterday": -1, "today": 0}
_TIME_RU = re.compile(r"\bв\s+(\d{1,2})[:.](\d{2})\b")
_TIME_EN = re.compile(r"\bat\s+(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?", re.IGNORECASE)


@dataclass(frozen=True)
class FoundDate:
    """A day the text names (and its last day, for "5–7 апреля"), the words it came from."""

    day: date
    last_day: date | None
    evidence: str
    start: int


def _nearest_year(month: int, day: int, published: date | None) -> date | None:
    """The date with the year that puts it nearest the publication (this year if unknown)."""
    anchor = published or date.today()
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - anchor).days))


def _ru_month(word: str) -> int:
    word = word.casefold()
    for stem, number in _MONTHS_RU.items():
        if word.startswith(stem) and (stem != "ма" or word in ("мая", "май")):
            return number
    raise ValueError(word)


def _en_month(word: str) -> int:
    return datetime.strptime(word.rstrip(".")[:3].title(), "%b").month


def _make(year: int | None, month: int, day: int, published: date | None) -> date | None:
    if year is None:
        return _nearest_year(month, day, published)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def explicit_dates(text: str, published: date | None) -> list[FoundDate]:
    """Every day the text names outright, in the order written."""
    found: list[FoundDate] = []
    for match in _DAY_RU.finditer(text):
        first, last, month_word, year = match.groups()
        month = _ru_month(month_word)
        year_number = int(year) if year else None
        day = _make(year_number, month, int(first), published)
        if day is None:
            continue
        last_day = _make(day.year, month, int(last), published) if last else None
        found.append(FoundDate(day, last_day, match.group(0), match.start()))
    for match in _NUMERIC.finditer(text):
        day = _make(int(match.group(3)), int(match.group(2)), int(match.group(1)), published)
        if day is not None:
            found.append(FoundDate(day, None, match.group(0), match.start()))
    for match in _DAY_EN.finditer(text):
        month_a, day_a, year_a, day_b, month_b, year_b = match.groups()
        month = _en_month(month_a or month_b)
        year = year_a or year_b
        day = _make(int(year) if year else None, month, int(day_a or day_b), published)
        if day is not None:
            found.append(FoundDate(day, None, match.group(0), match.start()))
    return sorted(found, key=lambda item: item.start)


def relative_dates(text: str, published: date) -> list[FoundDate]:
    """Days named relative to the publication: «вчера», «в прошлый четверг», "last Thursday".

    "last Thursday" is the Thursday before the day of publication (a week back when published
    on a Thursday); «в четверг»/"on Thursday" is the latest Thursday on or before it."""
    found: list[FoundDate] = []
    lowered = text.casefold()
    for words, shift in (*_RELATIVE_RU.items(), *_RELATIVE_EN.items()):
        for match in re.finditer(rf"\b{re.escape(words)}\b", lowered):
            found.append(FoundDate(published + timedelta(days=shift), None, words, match.start()))
    for match in _WEEKDAY_RU.finditer(text):
        name = match.group(2).casefold()
        weekday = next(n for stem, n in _WEEKDAYS_RU.items() if name.startswith(stem))
        found.append(_weekday(published, weekday, bool(match.group(1)), match))
    for match in _WEEKDAY_EN.finditer(text):
        weekday = _WEEKDAYS_EN.index(match.group(2).casefold())
        found.append(_weekday(published, weekday, match.group(1).casefold() != "on", match))
    return sorted(found, key=lambda item: item.start)


def _weekday(
    published: date, weekday: int, strictly_before: bool, match: re.Match[str]
) -> FoundDate:
    back = (published.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return FoundDate(published - timedelta(days=back), None, match.group(0), match.start())


def event_date(text: str, published: date | None) -> FoundDate | None:
    """The day the text's event happened: the first day named outright or relative to the
    publication; None when it names none."""
    candidates = explicit_dates(text, published)
    if published is not None:
        candidates += relative_dates(text, published)
    return min(candidates, key=lambda item: item.start) if candidates else None


def event_time(text: str) -> time | None:
    """The start time the text gives («в 11:00», "at 3 pm"), if any."""
    match = _TIME_RU.search(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        return time(hour, minute) if hour < 24 and minute < 60 else None
    match = _TIME_EN.search(text)
    if match and (match.group(2) or match.group(3)):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        suffix = (match.group(3) or "").replace(".", "").casefold()
        if suffix == "pm" and hour < 12:
            hour += 12
        if suffix == "am" and hour == 12:
            hour = 0
        return time(hour, minute) if hour < 24 and minute < 60 else None
    return None
