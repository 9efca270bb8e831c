"""Reading registers: .xlsx written by openpyxl, hand-made CSVs in the encodings and delimiters
offices use, and files that cannot be read refused with what and where."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from tables_kit import SISTER_CITIES, write_csv, write_xlsx

from diplotrack.domain import KnownError
from diplotrack.interchange.tables import read_table

ROWS = [
    ["Дата", "Название мероприятия", "Страна", "Город", "Примечание"],
    ["10.04.2024 11:00", "Рабочая встреча с Кабаевым; канцелярия", "Киргизия", "Красноярск", ""],
    ["05.04.2024", 'Чемпионат "Красноярск 5.0"', "Кыргызстан, Казахстан", "Красноярск", "ёлка"],
]


@pytest.mark.parametrize(
    ("encoding", "delimiter", "detected"),
    [
        ("utf-8", ";", "utf-8"),
        ("utf-8-sig", ";", "utf-8-sig"),
        ("utf-8", ",", "utf-8"),
        ("utf-8-sig", "\t", "utf-8-sig"),
        ("cp1251", ";", "cp1251"),
        ("cp1251", ",", "cp1251"),
        ("cp1251", "\t", "cp1251"),
        ("koi8_r", ";", "koi8_r"),
        ("utf-16", "\t", "utf-16"),
        ("utf-8", "|", "utf-8"),
    ],
)
def test_a_hand_made_csv_reads_whatever_its_encoding_and_delimiter(
    tmp_path: Path, encoding: str, delimiter: str, detected: str
) -> None:
    path = write_csv(tmp_path / "register.csv", ROWS, encoding=encoding, delimiter=delimiter)

    table = read_table(path)

    assert table.encoding == detected
    assert table.delimiter == delimiter
    assert table.headers == tuple(ROWS[0])
    assert [row.cells for row in table.rows] == [
        (
            "10.04.2024 11:00",
            "Рабочая встреча с Кабаевым; канцелярия",
            "Киргизия",
            "Красноярск",
            None,
        ),
        ("05.04.2024", 'Чемпионат "Красноярск 5.0"', "Кыргызстан, Казахстан", "Красноярск", "ёлка"),
    ]
    assert [row.number for row in table.rows] == [2, 3]
    assert [row.line for row in table.rows] == [2, 3]


def test_a_cell_over_two_lines_keeps_the_row_number_and_says_its_line(tmp_path: Path) -> None:
    rows = [["Title", "Notes"], ["One", "first line\nsecond line"], ["Two", ""]]
    table = read_table(write_csv(tmp_path / "r.csv", rows, encoding="utf-8", delimiter=","))

    assert [(row.number, row.line) for row in table.rows] == [(2, 2), (3, 4)]
    assert table.rows[0].cells[1] == "first line\nsecond line"


def test_a_workbook_keeps_dates_numbers_and_empty_cells_and_skips_a_merged_title(
    tmp_path: Path,
) -> None:
    path = write_xlsx(
        tmp_path / "register.xlsx",
        [
            ["Дата", "Название", "Страна", "Участники", "Население"],
            [datetime(2024, 4, 10, 11, 0), "Встреча", "KG", None, 1_286_383],
            [datetime(2024, 4, 5), "Чемпионат", None, "Логинов В. А.", 43.5],
            [None, None, None, None, None],
            [date(2024, 6, 1), '=HYPERLINK("x")', "RU", None, None],
        ],
        title="Реестр мероприятий 2024 года",
    )

    table = read_table(path)

    assert table.file_format == "xlsx"
    assert table.sheet == "Реестр"
    assert table.header_row == 2
    assert table.headers == ("Дата", "Название", "Страна", "Участники", "Население")
    assert [row.number for row in table.rows] == [3, 4, 6]  # the empty row 5 is no record
    assert table.rows[0].cells == (datetime(2024, 4, 10, 11, 0), "Встреча", "KG", None, 1_286_383)
    assert table.rows[1].cells[0] == datetime(2024, 4, 5)
    assert table.rows[1].cells[4] == 43.5


def test_headings_left_empty_are_named_by_their_column(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "r.csv",
        [["Title", "", "Date"], ["A", "x", "2024-01-01"]],
        encoding="utf-8",
        delimiter=";",
    )
    assert read_table(path).headers == ("Title", "Column 2", "Date")


def test_cells_past_the_last_heading_are_kept_apart(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "r.csv",
        [["Title", "Date"], ["A", "2024-01-01", "stray"]],
        encoding="utf-8",
        delimiter=";",
    )
    row = read_table(path).rows[0]
    assert row.cells == ("A", "2024-01-01")
    assert row.extra == ("stray",)


def test_the_twinning_register_reads_as_tab_separated_utf8() -> None:
    table = read_table(SISTER_CITIES)

    assert table.delimiter == "\t"
    assert table.encoding == "utf-8"
    assert len(table.rows) == 13_081
    assert table.headers[0] == "origincityLabel"
    assert table.rows[0].cells[:2] == ("Veliko Tarnovo", "Bulgaria")


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old Excel format"),
        # a workbook with a password: Excel writes it in the old container, named .xlsx
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "with a password"),
        (
            "locked.xls",
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            "with a password",
        ),
        ("broken.xlsx", b"PK\x03\x04 this is no zip", "not an Excel workbook"),
        ("empty.csv", b"", "no table"),
        ("blank.csv", b"\r\n ; ; \r\n\r\n", "no table"),
        ("binary.csv", b"Title;Date\r\n\x00\x01\x02\x03", "byte 12 is not text"),
    ],
)
def test_a_file_that_cannot_be_read_is_refused_saying_why(
    tmp_path: Path, name: str, content: bytes, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(KnownError) as refused:
        read_table(path)

    assert words in refused.value.message
    assert name in refused.value.message
    assert refused.value.template is not None


def test_a_workbook_without_its_sheet_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["Title"], ["A"]])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            if "worksheets/sheet" not in item.filename:
                target.writestr(item, source.read(item))

    with pytest.raises(KnownError, match="not an Excel workbook"):
        read_table(damaged)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="cannot be opened"):
        read_table(tmp_path / "nowhere.csv")
