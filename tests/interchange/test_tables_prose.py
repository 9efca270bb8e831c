"""A press release given to the import (`diplotrack import release.txt`, a .md, the table
reader): refused with the advice to make a draft of it, not with a table's complaint; nothing
written. A register whose cells hold sentences is still a table."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tables_kit import contents, write_csv

from diplotrack.domain import KnownError
from diplotrack.interchange.tables import import_register, read_table
from diplotrack.interchange.tables import messages as msg
from diplotrack.interchange.tables.prose import reads_as_prose
from diplotrack.store.database import Database, open_database
from e2e.command import run_command

SAMPLE = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "samples"
    / "krasnoyarsk-kyrgyz-chancery-meeting.ru.txt"
)
NOTES = (
    "Первая официальная встреча после назначения, обсуждены визит делегации и конференция. "
    "Глава города поздравил гостей с праздником, стороны договорились о следующей встрече."
)


def _register_with_sentences(path: Path) -> Path:
    return write_csv(
        path,
        [
            ["Дата", "Название мероприятия", "Страна", "Примечание"],
            ["10.04.2024", "Встреча с руководителем канцелярии", "KG", NOTES],
            ["24.04.2024", "Визит делегации мэрии Джалал-Абада", "KG", NOTES],
            ["04.06.2025", "Межрегиональная конференция", "KG", NOTES],
        ],
        encoding="utf-8",
        delimiter=",",
    )


def test_a_press_release_reads_as_prose_and_a_register_does_not(tmp_path: Path) -> None:
    assert reads_as_prose(SAMPLE.read_text(encoding="utf-8"))
    register = _register_with_sentences(tmp_path / "events.csv")
    assert not reads_as_prose(register.read_text(encoding="utf-8"))
    # a heading line and one row: too little to be called anything but a table
    assert not reads_as_prose("Название\nВстреча с генконсулом.\n")


def test_the_table_reader_refuses_a_press_release_pointing_to_the_draft() -> None:
    with pytest.raises(KnownError) as refused:
        read_table(SAMPLE)
    assert refused.value.template == msg.PROSE
    assert refused.value.values == {"name": SAMPLE.name, "path": str(SAMPLE)}
    assert f"diplotrack draft {SAMPLE}" in refused.value.message


def test_importing_a_press_release_writes_nothing(database: Database) -> None:
    before = contents(database)
    report = import_register(database, SAMPLE)
    assert report.refused is not None and report.refused.template == msg.PROSE
    assert SAMPLE.name in report.refused.message
    assert not +report.created and not report.skipped
    assert contents(database) == before


def test_a_register_with_sentences_in_its_cells_is_still_imported(
    database: Database, tmp_path: Path
) -> None:
    report = import_register(
        database, _register_with_sentences(tmp_path / "events.csv"), dry_run=True
    )
    assert report.refused is None, report.refused
    assert report.created["events"] == 3


def _empty_office(tmp_path: Path) -> tuple[str, dict[str, int]]:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    db = open_database(url)
    try:
        return url, contents(db)
    finally:
        db.close()


@pytest.mark.parametrize("name", [SAMPLE.name, "release.md", "release notes.text"])
def test_the_command_says_to_make_a_draft(tmp_path: Path, name: str) -> None:
    url, before = _empty_office(tmp_path)
    release = tmp_path / name
    shutil.copyfile(SAMPLE, release)

    outcome = run_command("import", str(release), database=url)

    assert outcome.returncode == 1, outcome  # as any refused file
    assert outcome.stdout.startswith(f"{name}: refused, nothing imported"), outcome
    assert f"“{name}” reads as running text" in outcome.stdout
    quoted = f'"{release}"' if " " in str(release) else str(release)
    assert f"diplotrack draft {quoted}" in outcome.stdout
    assert "column" not in outcome.stdout.casefold()
    db = open_database(url)
    try:
        assert contents(db) == before
    finally:
        db.close()


def test_the_command_refuses_a_press_release_as_json_too(tmp_path: Path) -> None:
    url, _before = _empty_office(tmp_path)
    outcome = run_command("import", str(SAMPLE), "--format", "json", database=url)
    assert outcome.returncode == 1, outcome
    report = json.loads(outcome.stdout)
    assert "diplotrack draft" in report["refused"]["message"]
    assert report["created"] == {}


def test_a_file_of_another_kind_that_is_not_prose_keeps_its_usage_error(tmp_path: Path) -> None:
    url, _before = _empty_office(tmp_path)
    table = tmp_path / "table.md"
    table.write_text("| Дата | Название |\n|---|---|\n| 10.04.2024 | Встреча |\n", encoding="utf-8")
    outcome = run_command("import", str(table), database=url)
    assert outcome.returncode == 2, outcome
    assert "DiploTrack imports files ending in" in outcome.stderr
