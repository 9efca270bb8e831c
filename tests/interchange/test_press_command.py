"""`diplotrack draft`: the sample press release through the installed command, as JSON and as
a table, from a file and from stdin; an empty text refused with a message."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from press_kit import DEMO_DAY, SAMPLE_FILE

from diplotrack.demo import fill_demo
from diplotrack.demo.example_keys import KABAEV, LOGINOV, MEETING
from diplotrack.store.database import open_database
from e2e.command import COMMAND_TIMEOUT_S, run_command


def _demo_url(folder: Path) -> str:
    url = f"sqlite:///{folder}/demo.sqlite3"
    db = open_database(url)
    try:
        fill_demo(db, today=DEMO_DAY)
    finally:
        db.close()
    return url


def test_draft_json_of_the_sample(tmp_path: Path) -> None:
    url = _demo_url(tmp_path)
    outcome = run_command(
        "draft", str(SAMPLE_FILE), "--format", "json", "--published", "2024-04-11", database=url
    )
    assert outcome.returncode == 0, str(outcome)
    draft = json.loads(outcome.stdout)
    assert draft["language"] == "ru" and draft["published"] == "2024-04-11"
    items = {item["key"]: item for item in draft["items"]}
    for item in items.values():
        assert {"key", "kind", "label", "match", "include", "evidence"} <= item.keys()
    meeting = items["event:main"]
    assert meeting["label"] == MEETING and isinstance(meeting["match"], int)
    assert meeting["starts_on"] == "2024-04-10"  # the matched record's day
    people = {
        items[p["person_key"]]["label"]: p["role"]
        for p in meeting["participants"]
        if p["person_key"]
    }
    assert people[LOGINOV] == "host" and people[KABAEV] == "guest"
    region = next(i for i in items.values() if i["label"] == "Красноярский край")
    assert region["match"] is None and region["include"] is False


def test_draft_table_from_stdin_on_an_empty_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/empty.sqlite3"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "diplotrack",
            "--database",
            url,
            "draft",
            "-",
            "--published",
            "2024-04-11",
        ],
        input=SAMPLE_FILE.read_bytes(),
        capture_output=True,
        timeout=COMMAND_TIMEOUT_S,
        check=False,
    )
    stdout = result.stdout.decode("utf-8")
    assert result.returncode == 0, result.stderr.decode("utf-8")
    rows = [line.split() for line in stdout.splitlines()[2:] if line.startswith("person:")]
    assert [" ".join(row[2:4]) for row in rows] == [
        "Владислав Логинов",
        "Азамат Кабаев",
        "Назгуль Батаева",
    ]
    assert all(row[4] == "new" for row in rows)
    assert "note: The text gives no date" in stdout


def test_an_empty_press_release_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    outcome = run_command("draft", str(empty), database=f"sqlite:///{tmp_path}/db.sqlite3")
    assert outcome.returncode == 1
    assert "empty" in outcome.stderr and outcome.stdout == ""
