"""The table import and export through the installed command, as a script would use them."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from tables_kit import contents, write_xlsx

from diplotrack.demo import fill_demo
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import open_database
from diplotrack.store.queries import registers as queries
from e2e.command import run_command


def _demo(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_database(url)
    try:
        fill_demo(db, today=date(2026, 11, 26))
    finally:
        db.close()
    return url


def _register(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "register.xlsx",
        [
            ["Дата", "Название мероприятия", "Страна", "Город"],
            [datetime(2025, 3, 3, 15, 0), "Встреча с генконсулом", "Китай", "Красноярск"],
            ["32.13.2025", "Плохая дата", "KG", "Бишкек"],
            [datetime(2025, 4, 1), "Форум", "Монголия", "Улан-Батор"],
        ],
    )


def test_import_dry_run_reports_as_json_and_changes_nothing(tmp_path: Path) -> None:
    url = _demo(tmp_path)
    db = open_database(url)
    before = contents(db)
    db.close()

    outcome = run_command(
        "import", str(_register(tmp_path)), "--dry-run", "--format", "json", database=url
    )

    assert outcome.returncode == 0, outcome
    report = json.loads(outcome.stdout)
    assert report["dry_run"] is True and report["format"] == "xlsx"
    assert report["created"] == {"events": 2}
    assert report["unchanged"] == {}
    [skipped] = report["skipped"]
    assert (skipped["row"], skipped["column"]) == (3, "Дата")
    assert "32.13.2025" in skipped["message"]
    db = open_database(url)
    assert contents(db) == before
    db.close()


def test_import_then_export_people_to_xlsx(tmp_path: Path) -> None:
    url = _demo(tmp_path)

    imported = run_command("import", str(_register(tmp_path)), database=url)
    out = tmp_path / "x.xlsx"
    exported = run_command("export", "people", "--format", "xlsx", "--out", str(out), database=url)

    assert imported.returncode == 0, imported
    assert "Left out (1)" in imported.stdout and "row 3" in imported.stdout
    assert exported.returncode == 0, exported
    sheet = load_workbook(out).active
    assert sheet is not None
    db = open_database(url)
    with db.session() as session:
        people = queries.list_people(session, RecordFilter())
        events = {row.title for row in queries.list_events(session, RecordFilter())}
    db.close()
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        person.name for person in people
    ]
    assert {"Встреча с генконсулом", "Форум"} <= events


def test_export_places_of_a_country_as_csv(tmp_path: Path) -> None:
    url = _demo(tmp_path)
    out = tmp_path / "places.csv"

    outcome = run_command(
        "export",
        "places",
        "--format",
        "csv",
        "--country",
        "Киргизия",
        "--out",
        str(out),
        database=url,
    )

    assert outcome.returncode == 0, outcome
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "№;Название;Другое написание;Тип;Страна"
    assert {line.split(";")[1] for line in lines[1:]} >= {"Бишкек", "Джалал-Абад"}
    assert all(line.endswith(";KG") for line in lines[1:])


def test_a_file_that_cannot_be_read_is_refused_by_the_command(tmp_path: Path) -> None:
    url = _demo(tmp_path)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")

    outcome = run_command("import", str(broken), "--format", "json", database=url)

    assert outcome.returncode == 1
    report = json.loads(outcome.stdout)
    assert "not an Excel workbook" in report["refused"]["message"]
    assert report["created"] == {}
