"""Guessing what a table holds from its headings, and reading cells as dates and vocabularies."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from tables_kit import SISTER_CITIES

from diplotrack.domain.enums import AgreementStatus, EventKind, EventStatus
from diplotrack.interchange.tables import Table, for_register, guess_mapping, read_table
from diplotrack.interchange.tables.values import CellError, read_choice, read_date, read_number


def _table(*headers: str) -> Table:
    return Table("register.xlsx", "xlsx", headers, ())


@pytest.mark.parametrize(
    ("headers", "register", "fields"),
    [
        (
            (
                "Дата",
                "Название мероприятия",
                "Страна",
                "Город",
                "Место проведения",
                "Участники",
                "Вид",
                "Статус",
                "Примечание",
            ),
            "events",
            [
                "start",
                "title",
                "countries",
                "place",
                "venue",
                "participants",
                "kind",
                "status",
                "notes",
            ],
        ),
        (
            ("Дата начала", "Дата окончания", "Название", "Страны", "Комментарий"),
            "events",
            ["start", "end", "title", "countries", "notes"],
        ),
        (
            ("Title", "Date", "Country", "City", "Notes"),
            "events",
            ["title", "start", "countries", "place", "notes"],
        ),
        (
            ("ФИО", "Должность", "Организация", "Страна", "E-mail"),
            "people",
            ["name", "position", "organization", "country", "email"],
        ),
        (
            ("Город", "Страна", "Население", "Широта", "Долгота"),
            "places",
            ["name", "country", "population", "latitude", "longitude"],
        ),
        (
            ("Название", "Вид", "Стороны", "Дата подписания", "Действует до", "Статус"),
            "agreements",
            ["title", "kind", "parties", "signed_on", "valid_until", "status"],
        ),
        (
            ("City", "Country", "Sister city", "Sister city country"),
            "sister_cities",
            ["city", "country", "partner_city", "partner_country"],
        ),
        # only a name: organizations, the one register that needs nothing more
        (("№", "Название", "Непонятно что"), "organizations", [None, "name", None]),
        (("№", "Название", "Дата", "Непонятно что"), "events", [None, "title", "start", None]),
    ],
)
def test_headings_in_russian_or_english_name_the_register_and_its_fields(
    headers: tuple[str, ...], register: str, fields: list[str | None]
) -> None:
    mapping = guess_mapping(_table(*headers))

    assert mapping.register == register
    assert mapping.fields == fields


def test_the_twinning_register_headings_map_to_two_cities_and_their_countries() -> None:
    mapping = guess_mapping(read_table(SISTER_CITIES))

    assert mapping.register == "sister_cities"
    assert mapping.fields == [
        "city",
        "country",
        "latitude",
        "longitude",
        "population",
        "partner_city",
        "partner_latitude",
        "partner_longitude",
        "partner_population",
        "partner_country",
        None,
        None,
    ]
    assert mapping.missing == ()


def test_a_mapping_is_edited_column_by_column() -> None:
    mapping = for_register(_table("Дата", "Название", "Заметки"), "events")
    assert mapping.fields == ["start", "title", "notes"]

    mapping.set_field(2, "title")  # the title moves; the column it came from is left out
    assert mapping.fields == ["start", None, "title"]
    mapping.set_field(0, None)
    assert mapping.missing == ("start",)
    with pytest.raises(KeyError):
        mapping.set_field(1, "no such field")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("10.04.2024", date(2024, 4, 10)),
        ("10.04.24", date(2024, 4, 10)),
        ("10/04/2024", date(2024, 4, 10)),
        ("2024-04-10", date(2024, 4, 10)),
        ("10 апреля 2024", date(2024, 4, 10)),
        ("10 апреля 2024 г.", date(2024, 4, 10)),
        ("1 мая 2024 года", date(2024, 5, 1)),
        ("10 April 2024", date(2024, 4, 10)),
        ("April 10, 2024", date(2024, 4, 10)),
        ("10.04.2024 11:00", datetime(2024, 4, 10, 11, 0)),
        ("2024-04-10T11:00:00", datetime(2024, 4, 10, 11, 0)),
        ("2024-04-10 11:00", datetime(2024, 4, 10, 11, 0)),
        (datetime(2024, 4, 10), date(2024, 4, 10)),  # an Excel date cell: midnight is a day
        (datetime(2024, 4, 10, 11, 30), datetime(2024, 4, 10, 11, 30)),
        (date(2024, 4, 10), date(2024, 4, 10)),
    ],
)
def test_dates_in_the_forms_people_write(cell: object, expected: object) -> None:
    assert read_date(cell) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("cell", ["31.02.2024", "завтра", "10 бреля 2024", "2024", "12:00"])
def test_what_is_not_a_date_says_so(cell: str) -> None:
    with pytest.raises(CellError) as error:
        read_date(cell)
    assert cell in str(error.value)


def test_numbers_with_spaces_and_decimal_commas() -> None:
    assert read_number("1 286 383") == 1_286_383
    assert read_number("43,08") == 43.08
    assert read_number(12) == 12.0
    with pytest.raises(CellError):
        read_number("много")


@pytest.mark.parametrize(
    ("cell", "vocabulary", "value"),
    [
        ("Встреча", EventKind, "meeting"),
        ("Рабочая встреча", EventKind, "meeting"),
        ("conference", EventKind, "conference"),
        ("Приём", EventKind, "reception"),
        ("проведено", EventStatus, "held"),
        ("Отменено", EventStatus, "cancelled"),
        ("in force", AgreementStatus, "in_force"),
        ("Действует", AgreementStatus, "in_force"),
    ],
)
def test_vocabulary_words_in_either_language(cell: str, vocabulary: type, value: str) -> None:
    assert read_choice(cell, vocabulary) == value


def test_an_unknown_word_lists_the_choices() -> None:
    with pytest.raises(CellError, match="not one of: meeting, visit"):
        read_choice("пикник", EventKind)
