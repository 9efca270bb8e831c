"""Exporting registers as filtered: .xlsx with real dates, widths and a frozen heading, CSV that
Excel opens in Cyrillic, JSON; what is exported reads back the same; text that a spreadsheet
would run as a formula comes back as the literal text."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from tables_kit import contents

from diplotrack.demo import fill_demo
from diplotrack.domain import KnownError
from diplotrack.domain.filters import RecordFilter
from diplotrack.interchange.cells import could_run, csv_text
from diplotrack.interchange.tables import (
    export_register,
    guess_mapping,
    import_register,
    read_table,
)
from diplotrack.services.people import PersonInput, create_person
from diplotrack.store.database import Database, open_database
from diplotrack.store.queries import registers as queries

DEMO_DAY = date(2026, 11, 26)
RISKY = [
    '=HYPERLINK("http://x","click")',
    "+7 913 000-00-00",
    "-2+3",
    "@SUM(A1:A9)",
    "=cmd|' /C calc'!A0",
]


@pytest.fixture
def demo(sqlite_database: Database) -> Database:
    fill_demo(sqlite_database, today=DEMO_DAY)
    return sqlite_database


def test_events_to_xlsx_with_real_dates_widths_and_a_frozen_heading(
    tmp_path: Path, database: Database
) -> None:
    fill_demo(database, today=DEMO_DAY)
    kyrgyz = RecordFilter(countries=("KG",))
    path = tmp_path / "events.xlsx"

    written = export_register(database, "events", kyrgyz, path, "xlsx")

    with database.session() as session:
        expected = queries.list_events(session, kyrgyz)
    assert written == len(expected) > 10
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet.freeze_panes == "A2"
    headings = [cell.value for cell in sheet[1]]
    assert headings[:6] == ["№", "Название", "Вид", "Статус", "Дата начала", "Дата окончания"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.column_dimensions["B"].width >= 50
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[0] for row in rows] == [event.id for event in expected]
    assert [row[1] for row in rows] == [event.title for event in expected]
    assert all("KG" in str(row[7]) for row in rows)
    meeting = next(row for row in rows if str(row[1]).startswith("Рабочая встреча"))
    assert meeting[4] == datetime(2024, 4, 10, 11, 0)  # Krasnoyarsk time, a real date cell
    assert meeting[2:4] == ("встреча", "проведено")
    championship = next(row for row in rows if "5.0" in str(row[1]))
    assert (championship[4], championship[5]) == (datetime(2024, 4, 5), datetime(2024, 4, 7))
    assert sheet.cell(row=2, column=5).number_format in ("DD.MM.YYYY", "DD.MM.YYYY HH:MM")


@pytest.mark.parametrize("register", ["events", "agreements", "people", "organizations", "places"])
@pytest.mark.parametrize("file_format", ["xlsx", "csv"])
def test_what_is_exported_reads_back_the_same(
    tmp_path: Path, demo: Database, register: str, file_format: str
) -> None:
    path = tmp_path / f"{register}.{file_format}"
    written = export_register(demo, register, RecordFilter(), path, file_format)

    table = read_table(path)

    assert len(table.rows) == written
    mapping = guess_mapping(table)
    assert mapping.register == register  # the headings are those the import knows
    with demo.session() as session:
        titles = [
            getattr(row, "title", None) or row.name
            for row in getattr(queries, f"list_{register}")(session, RecordFilter())
        ]
    assert [row.cells[1] for row in table.rows] == titles


def test_exported_places_import_into_another_database(tmp_path: Path, demo: Database) -> None:
    path = tmp_path / "places.csv"
    export_register(demo, "places", RecordFilter(), path, "csv")
    other = open_database(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    try:
        report = import_register(other, path)
        with demo.session() as session, other.session() as copy:
            original = {
                (r.name, r.name_alt, r.kind, r.country)
                for r in queries.list_places(session, RecordFilter())
            }
            imported = {
                (r.name, r.name_alt, r.kind, r.country)
                for r in queries.list_places(copy, RecordFilter())
            }
        assert report.created["places"] == len(original)
        assert imported == original
    finally:
        other.close()


def test_csv_is_utf8_with_a_bom_semicolons_in_russian_commas_in_english(
    tmp_path: Path, demo: Database
) -> None:
    russian, english = tmp_path / "ru.csv", tmp_path / "en.csv"
    export_register(demo, "people", RecordFilter(), russian, "csv", language="ru")
    export_register(demo, "people", RecordFilter(), english, "csv", language="en")

    assert russian.read_bytes().startswith(b"\xef\xbb\xbf")
    assert russian.read_text(encoding="utf-8-sig").splitlines()[0] == (
        "№;ФИО;Имя латиницей;Страна;Должность;Организация;Эл. почта"
    )
    assert english.read_text(encoding="utf-8-sig").splitlines()[0] == (
        "ID,Name,Name in the other script,Country,Position,Organization,E-mail"
    )
    with russian.open(encoding="utf-8-sig", newline="") as stream:
        names = [row["ФИО"] for row in csv.DictReader(stream, delimiter=";")]
    assert "Азамат Кабаев" in names


def test_json_holds_every_row_with_iso_dates(tmp_path: Path, demo: Database) -> None:
    path = tmp_path / "agreements.json"
    written = export_register(demo, "agreements", RecordFilter(), path, "json")

    data = json.loads(path.read_text(encoding="utf-8"))

    assert len(data) == written
    memorandum = next(a for a in data if a["kind"] == "побратимство")
    assert set(memorandum) == {
        "id",
        "title",
        "kind",
        "status",
        "signed_on",
        "valid_until",
        "parties",
        "countries",
    }
    date.fromisoformat(memorandum["signed_on"])


def _risky_records(db: Database) -> None:
    for text in RISKY:
        create_person(db, PersonInput(name=text, name_alt=text, country="RU"))


def test_formula_text_stays_text_in_xlsx(tmp_path: Path, sqlite_database: Database) -> None:
    _risky_records(sqlite_database)
    path = tmp_path / "people.xlsx"

    export_register(sqlite_database, "people", RecordFilter(), path, "xlsx")

    sheet = load_workbook(path).active
    assert sheet is not None
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert sorted(cell.value for cell in cells) == sorted(RISKY)
    for cell in cells:
        assert cell.data_type == "s"
        assert cell.quotePrefix
    # and the import reads them back as the names they are
    assert sorted(row.cells[1] for row in read_table(path).rows) == sorted(RISKY)


def test_formula_text_stays_text_in_csv(tmp_path: Path, sqlite_database: Database) -> None:
    _risky_records(sqlite_database)
    path = tmp_path / "people.csv"

    export_register(sqlite_database, "people", RecordFilter(), path, "csv", language="en")

    with path.open(encoding="utf-8-sig", newline="") as stream:
        names = [row["Name"] for row in csv.DictReader(stream)]
    assert sorted(names) == sorted("'" + text for text in RISKY)


@pytest.mark.parametrize(
    ("text", "shown"),
    [("=1+2", "'=1+2"), ("\tcmd", "'\tcmd"), ("\r=1", "'\r=1"), ("a=1", "a=1"), ("", "")],
)
def test_the_one_rule_for_text_a_spreadsheet_could_run(text: str, shown: str) -> None:
    assert csv_text(text) == shown
    assert could_run(text) == (shown != text)


def test_bad_requests_are_refused_and_leave_no_file(tmp_path: Path, demo: Database) -> None:
    with pytest.raises(KnownError, match="not a register"):
        export_register(demo, "meetings", RecordFilter(), tmp_path / "x.xlsx", "xlsx")
    with pytest.raises(KnownError, match="not an export format"):
        export_register(demo, "events", RecordFilter(), tmp_path / "x.ods", "ods")
    with pytest.raises(KnownError, match="cannot be written"):
        export_register(demo, "events", RecordFilter(), tmp_path / "no" / "x.xlsx", "xlsx")
    left = [p.name for p in tmp_path.rglob("*") if "x." in p.name]
    assert left == []  # neither the file nor its temporary twin
    assert contents(demo)["event"] > 0
