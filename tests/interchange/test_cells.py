"""The one rule for formula-like text, in every CSV we write (`list --format csv` and exports);
the export command's count in words."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from diplotrack.commands.exporting import counted
from diplotrack.interchange.cells import could_run, csv_text
from diplotrack.output import render_csv
from diplotrack.services.people import PersonInput, create_person
from diplotrack.store.database import open_database
from e2e.command import run_command

RISKY = ['=HYPERLINK("http://x")', "+7 391 226-10-10", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"]
SAFE = ["Кабаев Азамат", "Jalal-Abad", "10.04.2024", "", "'quoted"]


@pytest.mark.parametrize("text", RISKY)
def test_formula_like_text_gets_an_apostrophe(text: str) -> None:
    assert could_run(text)
    assert csv_text(text) == "'" + text


@pytest.mark.parametrize("text", SAFE)
def test_other_text_is_left_as_it_is(text: str) -> None:
    assert not could_run(text)
    assert csv_text(text) == text


def test_render_csv_keeps_formula_like_cells_as_text() -> None:
    # (a bare carriage return inside a cell is left out: the command's CSV ends lines with \n
    # alone, so a reader would take it for a line end whatever the rule does)
    texts = [t for t in RISKY + SAFE if "\r" not in t]
    rows = [{"name": text, "id": number} for number, text in enumerate(texts)]
    written = render_csv(rows, ["id", "name"])
    read = list(csv.reader(io.StringIO(written, newline="")))
    assert read[0] == ["id", "name"]
    assert [row[1] for row in read[1:]] == [csv_text(t) for t in texts]
    guarded = [row[1] for row in read[1:] if row[1][1:] in RISKY]
    assert guarded == ["'" + t for t in RISKY if "\r" not in t]
    # a number stays a number; text in a list is guarded like any text
    assert render_csv([{"n": -5, "names": ["-a", "b"]}], ["n", "names"]) == "n,names\n-5,'-a; b\n"


def test_list_people_as_csv_keeps_a_formula_name_as_text(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_database(url)
    try:
        create_person(db, PersonInput(name='=HYPERLINK("http://evil.example","Кабаев")'))
        create_person(db, PersonInput(name="@Батаева"))
        create_person(db, PersonInput(name="Логинов Владислав"))
    finally:
        db.close()

    outcome = run_command("list", "people", "--format", "csv", database=url)

    assert outcome.returncode == 0, outcome
    rows = list(csv.DictReader(io.StringIO(outcome.stdout)))
    names = sorted(row["name"] for row in rows)
    assert names == sorted(
        ['\'=HYPERLINK("http://evil.example","Кабаев")', "'@Батаева", "Логинов Владислав"]
    )


def test_export_says_how_many_records_in_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_database(url)
    try:
        create_person(db, PersonInput(name="Логинов Владислав"))
    finally:
        db.close()
    out = tmp_path / "people.csv"

    outcome = run_command("export", "people", "--format", "csv", "--out", str(out), database=url)

    assert outcome.returncode == 0, outcome
    assert outcome.stderr.strip() == f"{out}: 1 person written"
    assert counted(3, "people") == "3 people" and counted(2, "followups") == "2 follow-ups"
    assert counted(1, "events") == "1 event" and counted(0, "places") == "0 places"
