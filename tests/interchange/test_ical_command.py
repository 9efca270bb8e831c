"""`diplotrack import` and `diplotrack export` as a script runs them: a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
from ical_kit import ICS_DIR

from e2e.command import fill_demo, run_command


def test_import_dry_run_as_json_then_for_real(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    (path,) = ICS_DIR.glob("*issue_201_test_matrix*")
    dry = run_command("import", str(path), "--dry-run", "--format", "json", database=url)
    assert dry.returncode == 0, str(dry)
    report = json.loads(dry.stdout)
    assert report["dry_run"] is True and report["refused"] is None
    assert report["created"] == {"events": 8}
    assert [problem["line"] for problem in report["skipped"]][:2] == [14, 24]
    real = run_command("import", str(path), database=url)
    assert real.returncode == 0, str(real)
    assert "imported" in real.stdout and "line 44, VEVENT 5" in real.stdout
    again = run_command("import", str(path), "--format", "json", database=url)
    assert json.loads(again.stdout)["unchanged"] == {"events": 8}


def test_a_refused_file_exits_1_saying_where(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'office.sqlite3'}"
    (path,) = ICS_DIR.glob("*broken-vevent*")
    outcome = run_command("import", str(path), "--format", "json", database=url)
    assert outcome.returncode == 1, str(outcome)
    refused = json.loads(outcome.stdout)["refused"]
    assert refused["line"] == 1 and "END:VCALENDAR" in refused["message"]


def test_unknown_suffix_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "calendar.pdf"
    path.write_bytes(b"%PDF")
    outcome = run_command("import", str(path), database=f"sqlite:///{tmp_path / 'o.sqlite3'}")
    assert outcome.returncode == 2 and ".ics" in outcome.stderr


def test_export_kyrgyz_events_as_ics(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    fill_demo(url)
    out = tmp_path / "x.ics"
    outcome = run_command(
        "export", "--format", "ics", "--country", "KG", "--out", str(out), database=url
    )
    assert outcome.returncode == 0, str(outcome)
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = calendar.walk("VEVENT")
    meetings = [e for e in events if "канцелярии" in str(e["SUMMARY"]).casefold()]
    assert meetings, [str(e["SUMMARY"]) for e in events][:20]
    assert "KG" in str(meetings[0]["X-DIPLOTRACK-COUNTRIES"]).split(",")
    kyrgyz = [e for e in events if "KG" in str(e.get("X-DIPLOTRACK-COUNTRIES", "")).split(",")]
    assert len(kyrgyz) > len(events) / 2  # the rest: programmes of delegations from KG
    refused = run_command("export", "places", "--format", "ics", "--out", str(out), database=url)
    assert refused.returncode == 2 and "xlsx" in refused.stderr
