"""Reference data of every database: countries from pycountry and the names people write."""

from __future__ import annotations

import gettext
from collections.abc import Iterator

import pycountry
from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from diplotrack.domain import Country, CountryAlias, Topic
from diplotrack.domain.text import normalize

# Short names the office uses where the ISO name is the long one.
SHORT_NAMES_RU = {
    "RU": "Россия",
    "US": "США",
    "GB": "Великобритания",
    "KR": "Южная Корея",
    "KP": "КНДР",
    "MD": "Молдова",
    "TW": "Тайвань",
    "IR": "Иран",
    "SY": "Сирия",
    "VE": "Венесуэла",
    "BO": "Боливия",
    "TZ": "Танзания",
    "LA": "Лаос",
    "CZ": "Чехия",
    "MK": "Северная Македония",
    "AE": "ОАЭ",
    "KG": "Киргизия",
}
SHORT_NAMES_EN = {"RU": "Russia", "KG": "Kyrgyzstan", "US": "United States", "GB": "United Kingdom"}

# What people actually write, beyond the ISO names and codes.
EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "KG": (
        "Кыргызстан",
        "Киргизская Республика",
        "Кыргызская Республика",
        "Республика Кыргызстан",
        "Киргизстан",
        "Kyrgyzstan",
        "Kyrgyz Republic",
        "Kirghizia",
        "КР",
    ),
    "RU": ("РФ", "Российская Федерация", "Russia", "Russian Federation"),
    "KZ": ("Казахстан", "Республика Казахстан", "РК", "Kazakhstan"),
    "BY": ("Белоруссия", "Беларусь", "Республика Беларусь", "Belarus", "Byelorussia"),
    "CN": ("КНР", "Китайская Народная Республика", "PRC"),
    "US": ("Соединённые Штаты Америки", "Америка", "USA", "America"),
    "GB": ("Англия", "Британия", "UK", "Britain", "Great Britain"),
    "DE": ("ФРГ",),
    "KR": ("Корея", "Республика Корея", "South Korea"),
    "KP": ("Северная Корея", "North Korea", "DPRK"),
    "MN": ("Монголия",),
    "TJ": ("Таджикистан",),
    "UZ": ("Узбекистан",),
    "TM": ("Туркмения", "Туркменистан"),
    "AM": ("Армения",),
    "AZ": ("Азербайджан",),
    "MD": ("Молдавия", "Moldova"),
    "VN": ("Вьетнам", "Vietnam"),
    "AE": ("Объединённые Арабские Эмираты", "UAE", "Emirates"),
    "CZ": ("Czechia", "Чешская Республика"),
    "NL": ("Голландия", "Holland"),
    "IR": ("Iran", "Персия"),
    "TR": ("Турция", "Türkiye", "Turkey"),
}


def _translator() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


def country_rows() -> Iterator[dict[str, str | None]]:
    ru = _translator()
    for item in pycountry.countries:
        code = item.alpha_2
        official_en = getattr(item, "official_name", None)
        yield {
            "code": code,
            "name_ru": SHORT_NAMES_RU.get(code, ru.gettext(item.name)),
            "name_en": SHORT_NAMES_EN.get(code, getattr(item, "common_name", None) or item.name),
            "official_name_ru": ru.gettext(official_en) if official_en else ru.gettext(item.name),
            "official_name_en": official_en or item.name,
        }


def alias_rows(countries: list[dict[str, str | None]]) -> list[dict[str, str]]:
    """Every alias once: ISO names in both languages, official names, alpha-3, and our extras.

    An alias that would name two countries is dropped for the second one ("Корея").
    """
    rows: dict[str, dict[str, str]] = {}
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    ru = _translator()
    for country in countries:
        code = str(country["code"])
        item = pycountry.countries.get(alpha_2=code)
        names = [
            country["name_ru"],
            country["name_en"],
            country["official_name_ru"],
            country["official_name_en"],
            item.name if item else None,
            ru.gettext(item.name) if item else None,
            getattr(item, "common_name", None),
            alpha3.get(code),
            *EXTRA_ALIASES.get(code, ()),
        ]
        for name in names:
            if not name:
                continue
            key = normalize(name)
            rows.setdefault(key, {"country_code": code, "alias": name, "normalized": key})
    return list(rows.values())


DEFAULT_TOPICS = (
    ("культура", "culture"),
    ("образование", "education"),
    ("спорт", "sport"),
    ("экономика", "economy"),
    ("туризм", "tourism"),
    ("здравоохранение", "health care"),
    ("молодёжная политика", "youth policy"),
    ("наука", "science"),
    ("городское хозяйство", "municipal services"),
    ("транспорт", "transport"),
    ("экология", "environment"),
    ("торговля", "trade"),
    ("инвестиции", "investment"),
)


def ensure_reference_data(session: Session) -> None:
    """Fill countries, aliases and topics into an empty database (idempotent)."""
    if session.scalar(select(func.count()).select_from(Country)):
        return
    countries = list(country_rows())
    session.execute(insert(Country), countries)
    session.execute(insert(CountryAlias), alias_rows(countries))
    if not session.scalar(select(func.count()).select_from(Topic)):
        session.execute(
            insert(Topic), [{"name_ru": ru, "name_en": en} for ru, en in DEFAULT_TOPICS]
        )
