"""Cells read as the values fields hold: dates in the forms people write, numbers, vocabularies.

Each reader takes a non-empty cell and returns the value, or raises ``CellError`` with the
template and values of what is wrong (the row check adds where).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from enum import StrEnum

from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    EventKind,
    EventStatus,
    OrganizationKind,
    PlaceKind,
)
from diplotrack.domain.text import normalize

from . import messages as msg
from .reading import Cell


class CellError(Exception):
    def __init__(self, template: str, **values: object) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


# -- dates ------------------------------------------------------------------------------------

_MONTHS = (
    ("январ", "jan"),
    ("феврал", "feb"),
    ("март", "mar"),
    ("апрел", "apr"),
    ("ма", "may"),
    ("июн", "jun"),
    ("июл", "jul"),
    ("август", "aug"),
    ("сентябр", "sep"),
    ("октябр", "oct"),
    ("ноябр", "nov"),
    ("декабр", "dec"),
)
_TIME = r"(?:[ tT,]+(\d{1,2})[:.](\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
_NUMERIC_DMY = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4}|\d{2})" + _TIME + r"\s*(?:г\.?)?$")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + r"(?:Z|[+-]\d{2}:?\d{2})?$")
_WORDY_DMY = re.compile(r"(\d{1,2})\s+([a-zа-яё]+)\.?,?\s+(\d{4})" + _TIME + r"\s*(?:г\.?|года)?$")
_WORDY_MDY = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})" + _TIME + r"$")


def read_date(cell: Cell) -> date | datetime:
    """A day (``date``) or a day and time (naive ``datetime``, local to where it happens).

    Accepts spreadsheet date cells (midnight means a day), 10.04.2024, 10/04/2024 (day first,
    as in Russia), 10.04.24, 2024-04-10, 10 апреля 2024 (г.), 10 April 2024, April 10, 2024,
    each with an optional time: "10.04.2024 11:00".
    """
    if isinstance(cell, datetime):
        return cell.date() if cell.time() == time(0) else cell.replace(tzinfo=None)
    if isinstance(cell, date):
        return cell
    text = normalize(str(cell))
    try:
        if match := _NUMERIC_DMY.match(text):
            day, month, year = int(match[1]), int(match[2]), int(match[3])
            return _made(_full_year(year), month, day, match.groups()[3:6])
        if match := _ISO.match(text):
            return _made(int(match[1]), int(match[2]), int(match[3]), match.groups()[3:6])
        if match := _WORDY_DMY.match(text):
            month = _month(match[2])
            return _made(int(match[3]), month, int(match[1]), match.groups()[3:6])
        if match := _WORDY_MDY.match(text):
            month = _month(match[1])
            return _made(int(match[3]), month, int(match[2]), match.groups()[3:6])
    except ValueError:
        pass
    raise CellError(msg.BAD_DATE, value=str(cell))


def _full_year(year: int) -> int:
    return year + 2000 if year < 100 else year


def _month(word: str) -> int:
    for number, (russian, english) in enumerate(_MONTHS, start=1):
        if word.startswith(russian) and (russian != "ма" or word in ("мая", "май")):
            return number
        if word.startswith(english) and len(word) >= 3:
            return number
    raise ValueError(word)


def _made(year: int, month: int, day: int, clock: tuple[str | None, ...]) -> date | datetime:
    hour, minute, second = clock
    if hour is None:
        return date(year, month, day)
    return datetime(year, month, day, int(hour), int(minute or 0), int(second or 0))


# -- numbers ----------------------------------------------------------------------------------


def read_number(cell: Cell) -> float:
    """A number from a number cell or text: "1 286 383", "43,08" (a decimal comma), "43.08"."""
    if isinstance(cell, bool):
        raise CellError(msg.BAD_NUMBER, value=str(cell))
    if isinstance(cell, int | float):
        return float(cell)
    text = str(cell).strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise CellError(msg.BAD_NUMBER, value=str(cell)) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise CellError(msg.BAD_NUMBER, value=str(cell))
    return value


def read_text(cell: Cell) -> str:
    if isinstance(cell, datetime):
        return cell.isoformat(sep=" ", timespec="minutes")
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def split_list(text: str) -> list[str]:
    """Names in one cell, separated by semicolons or new lines (commas stay: «Логинов В. А.»)."""
    return [part.strip() for part in re.split(r"[;\n]+", text) if part.strip()]


def split_countries(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;,\n/]+", text) if part.strip()]


# -- vocabularies -----------------------------------------------------------------------------

# Word starts people write for the closed vocabularies, in Russian and English, besides the
# stored values themselves ("meeting", "in_force").
_WORDS: dict[type[StrEnum], dict[str, tuple[str, ...]]] = {
    EventKind: {
        "meeting": ("встреч", "переговор", "meeting", "talks"),
        "visit": ("визит", "поездк", "visit", "trip"),
        "conference": ("конференц", "форум", "саммит", "съезд", "conference", "forum", "summit"),
        "signing": ("подписан", "signing"),
        "reception": ("прием", "reception"),
        "call": ("звонок", "телефон", "видеоконф", "видеосвяз", "онлайн", "call", "video"),
        "cultural": (
            "культур",
            "спорт",
            "образоват",
            "фестивал",
            "выставк",
            "концерт",
            "чемпионат",
            "cultural",
            "sport",
            "festival",
            "exhibition",
        ),
        "other": ("друг", "прочее", "иное", "other"),
    },
    EventStatus: {
        "planned": ("план", "запланир", "planned", "scheduled"),
        "confirmed": ("подтвержд", "confirmed"),
        "held": ("проведен", "состоял", "прошл", "завершен", "held", "done", "took place"),
        "postponed": ("перенес", "отлож", "postponed"),
        "cancelled": ("отмен", "cancel"),
    },
    AgreementKind: {
        "sister_city": ("побратим", "породнен", "sister", "twin"),
        "memorandum": ("меморандум", "memorandum", "mou"),
        "cooperation": ("сотруднич", "cooperation", "co operation"),
        "protocol": ("протокол", "protocol"),
        "road_map": ("дорожн", "план мероприятий", "road map", "roadmap", "action plan"),
        "other": ("друг", "прочее", "other"),
    },
    AgreementStatus: {
        "draft": ("проект", "draft"),
        "negotiating": ("переговор", "согласован", "negotiat"),
        "signed": ("подписан", "signed"),
        "in_force": ("действ", "в силе", "in force", "active", "valid"),
        "expired": ("истек", "expired"),
        "terminated": ("прекращ", "расторг", "terminated"),
    },
    OrganizationKind: {
        "embassy": ("посольств", "embassy"),
        "consulate": ("консульств", "генконсульств", "consulate"),
        "chancery": ("канцеляр", "chancery"),
        "ministry": ("министерств", "ministry"),
        "city_administration": ("администрац", "мэри", "city administration", "mayor"),
        "regional_government": ("правительств", "government"),
        "diaspora_ngo": ("диаспор", "автоном", "общественн", "нко", "ngo", "diaspora"),
        "university": ("университет", "вуз", "институт", "university"),
        "school": ("школ", "лицей", "гимназ", "school"),
        "company": ("компан", "ооо", "ао", "пао", "предприят", "company", "ltd", "llc"),
        "international_body": ("международн", "international"),
        "cultural": ("культур", "театр", "музей", "cultural", "museum", "theatre"),
        "other": ("друг", "прочее", "other"),
    },
}

_WORDS[PlaceKind] = {
    "city": ("город", "село", "поселок", "city", "town", "village"),
    "region": ("регион", "област", "край", "республик", "провинц", "region", "province", "state"),
    "district": ("район", "округ", "district", "county"),
    "other": ("друг", "прочее", "other"),
}

# Which vocabulary a choice field of a register reads.
VOCABULARIES: dict[tuple[str, str], type[StrEnum]] = {
    ("events", "kind"): EventKind,
    ("events", "status"): EventStatus,
    ("agreements", "kind"): AgreementKind,
    ("agreements", "status"): AgreementStatus,
    ("organizations", "kind"): OrganizationKind,
    ("places", "kind"): PlaceKind,
}


def read_choice(cell: Cell, vocabulary: type[StrEnum]) -> str:
    """The stored value of a vocabulary word written in either language ("Встреча",
    "проведено", "in force"): the longest matching word start wins."""
    text = normalize(str(cell)).replace("_", " ").replace("ё", "е")
    for member in vocabulary:
        if text == member.value.replace("_", " "):
            return member.value
    best: tuple[int, str] | None = None
    for value, starts in _WORDS[vocabulary].items():
        for start in starts:
            matches = any(word.startswith(start) for word in (text, *text.split()))
            if matches and (best is None or len(start) > best[0]):
                best = (len(start), value)
    if best is None:
        choices = ", ".join(member.value for member in vocabulary)
        raise CellError(msg.UNKNOWN_CHOICE, value=str(cell), choices=choices)
    return best[1]
