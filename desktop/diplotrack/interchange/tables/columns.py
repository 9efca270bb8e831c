"""The columns a register is exported with: headings in Russian and English, and each row's value.

Headings are chosen so that the import recognises them again (an exported register imports
back into the same fields), and vocabulary values are written as words in the file's language
that the import reads back («проведено» → held).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplotrack.store.queries import rows as r

# One day or a day and time (naive, local to the event), text, a number, or nothing.
Value = str | int | float | date | datetime | None


@dataclass(frozen=True)
class Column:
    key: str  # the JSON key
    ru: str
    en: str
    value: Callable[[Any, str], Value]  # (row, language) → value
    width: int = 16  # characters, for the spreadsheet

    def heading(self, language: str) -> str:
        return self.ru if language == "ru" else self.en


# The closed vocabularies as the office writes them in Russian; English uses the words of the
# stored values ("in_force" → "in force").
_RUSSIAN_WORDS = {
    "meeting": "встреча",
    "visit": "визит",
    "conference": "конференция",
    "signing": "подписание",
    "reception": "приём",
    "call": "звонок",
    "cultural": "культурное мероприятие",
    "other": "другое",
    "planned": "запланировано",
    "confirmed": "подтверждено",
    "held": "проведено",
    "postponed": "перенесено",
    "cancelled": "отменено",
    "incoming": "входящая",
    "outgoing": "исходящая",
    "sister_city": "побратимство",
    "cooperation": "сотрудничество",
    "memorandum": "меморандум",
    "protocol": "протокол",
    "road_map": "дорожная карта",
    "draft": "проект",
    "negotiating": "переговоры",
    "signed": "подписано",
    "in_force": "действует",
    "expired": "истекло",
    "terminated": "прекращено",
    "open": "открыто",
    "in_progress": "в работе",
    "done": "выполнено",
    "embassy": "посольство",
    "consulate": "консульство",
    "chancery": "канцелярия",
    "ministry": "министерство",
    "city_administration": "администрация",
    "regional_government": "правительство региона",
    "diaspora_ngo": "диаспора / НКО",
    "university": "университет",
    "school": "школа",
    "company": "компания",
    "international_body": "международная организация",
    "city": "город",
    "region": "регион",
    "district": "район",
}


def word(value: str, language: str) -> str:
    if language == "ru":
        return _RUSSIAN_WORDS.get(value, value)
    return value.replace("_", " ")


def _joined(values: tuple[str, ...]) -> str | None:
    return "; ".join(values) or None


def _zone(row: r.EventRow) -> ZoneInfo:
    try:
        return ZoneInfo(row.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def _event_start(row: r.EventRow, _language: str) -> date | datetime:
    if row.all_day:
        return row.starts_at.date()
    return row.starts_at.astimezone(_zone(row)).replace(tzinfo=None)


def _event_end(row: r.EventRow, _language: str) -> date | datetime:
    if row.all_day:  # the last day, as people write it
        return max(row.starts_at, row.ends_at - timedelta(days=1)).date()
    return row.ends_at.astimezone(_zone(row)).replace(tzinfo=None)


def _attr(name: str) -> Callable[[Any, str], Value]:
    return lambda row, _language: getattr(row, name)


def _word_of(name: str) -> Callable[[Any, str], Value]:
    return lambda row, language: word(getattr(row, name), language)


def _list_of(name: str) -> Callable[[Any, str], Value]:
    return lambda row, _language: _joined(tuple(getattr(row, name)))


_ID = Column("id", "№", "ID", _attr("id"), 8)
# the columns several registers share, the same in each
_COUNTRY = Column("country", "Страна", "Country", _attr("country"), 8)
_TITLE = Column("title", "Название", "Title", _attr("title"), 50)
_STATUS = Column("status", "Статус", "Status", _word_of("status"), 14)
_PLACE = Column("place", "Город", "City", _attr("place"), 18)
_KIND = Column("kind", "Вид", "Kind", _word_of("kind"), 18)
_COUNTRIES = Column("countries", "Страны", "Countries", _list_of("countries"), 12)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "events": (
        _ID,
        _TITLE,
        _KIND,
        _STATUS,
        Column("start", "Дата начала", "Start", _event_start, 17),
        Column("end", "Дата окончания", "End", _event_end, 17),
        Column("timezone", "Часовой пояс", "Time zone", _attr("timezone"), 18),
        _COUNTRIES,
        _PLACE,
        Column(
            "participants",
            "Участники",
            "Participants",
            lambda row, _l: _joined(tuple(p.name for p in row.participants)),
            40,
        ),
        Column("topics", "Темы", "Topics", _list_of("topics"), 24),
    ),
    "delegations": (
        _ID,
        _TITLE,
        Column("direction", "Направление", "Direction", _word_of("direction"), 12),
        _STATUS,
        Column("arrives_on", "Дата прибытия", "Arrives on", _attr("arrives_on"), 12),
        Column("departs_on", "Дата отъезда", "Departs on", _attr("departs_on"), 12),
        _COUNTRY,
        _PLACE,
        Column("organization", "Организация", "Organization", _attr("organization"), 36),
        Column("head", "Руководитель", "Head", _attr("head"), 24),
        Column("members", "Члены делегации", "Members", _list_of("members"), 40),
    ),
    "agreements": (
        _ID,
        _TITLE,
        _KIND,
        _STATUS,
        Column("signed_on", "Дата подписания", "Signed on", _attr("signed_on"), 12),
        Column("valid_until", "Действует до", "Valid until", _attr("valid_until"), 12),
        Column(
            "parties",
            "Стороны",
            "Parties",
            lambda row, _l: _joined(tuple(p.name for p in row.parties)),
            40,
        ),
        _COUNTRIES,
    ),
    "people": (
        _ID,
        Column("name", "ФИО", "Name", _attr("name"), 30),
        Column("name_alt", "Имя латиницей", "Name in the other script", _attr("name_alt"), 30),
        _COUNTRY,
        Column("position", "Должность", "Position", _attr("position"), 40),
        Column("organization", "Организация", "Organization", _attr("organization"), 40),
        Column("email", "Эл. почта", "E-mail", _attr("email"), 24),
    ),
    "organizations": (
        _ID,
        Column("name", "Название", "Name", _attr("name"), 50),
        Column("short_name", "Краткое название", "Short name", _attr("short_name"), 16),
        _KIND,
        _COUNTRY,
        _PLACE,
        Column("parent", "Входит в", "Part of", _attr("parent"), 36),
    ),
    "places": (
        _ID,
        Column("name", "Название", "Name", _attr("name"), 30),
        Column("name_alt", "Другое написание", "Other spelling", _attr("name_alt"), 30),
        Column("kind", "Тип", "Type", _word_of("kind"), 10),
        _COUNTRY,
    ),
    "followups": (
        _ID,
        Column("title", "Поручение", "Follow-up", _attr("title"), 50),
        Column("status", "Статус", "Status", _word_of("status"), 12),
        Column("due_on", "Срок", "Due on", _attr("due_on"), 12),
        Column("done_on", "Выполнено", "Done on", _attr("done_on"), 12),
        Column("responsible", "Ответственный", "Responsible", _attr("responsible"), 30),
        _COUNTRY,
    ),
}
