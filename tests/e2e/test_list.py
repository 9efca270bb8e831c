"""`diplotrack list`: the worked example found through the command line, in every format, and
wrong command lines refused with a message naming the problem."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from diplotrack.demo.example_keys import (
    BATAEVA,
    JALAL_ABAD,
    KABAEV,
    KRASNOYARSK,
    LOGINOV,
    MEETING,
    MEMORANDUM,
)
from e2e.command import Outcome, run_command

MEETING_DAY = ("--from", "2024-04-10", "--to", "2024-04-10")


def listed(url: str, *args: str) -> list[dict[str, Any]]:
    outcome = run_command("list", *args, "--format", "json", database=url)
    assert outcome.returncode == 0, str(outcome)
    assert outcome.stderr == ""
    found: list[dict[str, Any]] = json.loads(outcome.stdout)
    return found


def test_the_meeting_by_country_alias_and_day(demo_url: str) -> None:
    events = listed(demo_url, "events", "--country", "Киргизия", *MEETING_DAY)
    assert [event["title"] for event in events] == [MEETING]
    meeting = events[0]
    assert meeting["countries"] == ["KG", "RU"]
    assert meeting["kind"] == "meeting"
    assert meeting["status"] == "held"
    assert meeting["level"] == "working"
    assert meeting["format"] == "in_person"
    assert meeting["place"] == KRASNOYARSK
    assert meeting["all_day"] is False
    assert meeting["timezone"] == "Asia/Krasnoyarsk"
    assert meeting["start"] == "2024-04-10T11:00:00+07:00"
    assert meeting["end"] > meeting["start"]
    roles = {p["name"]: p["role"] for p in meeting["participants"]}
    assert roles[LOGINOV] == "host"
    assert roles[KABAEV] == "guest"
    assert roles[BATAEVA] == "participant"
    alt = {p["name"]: p["name_alt"] for p in meeting["participants"]}
    assert alt[LOGINOV] == "Vladislav Loginov"
    assert alt[KABAEV] == "Azamat Kabaev"
    assert set(meeting["topics"]) >= {"культура", "образование", "спорт", "экономика"}
    assert isinstance(meeting["id"], int)
    assert isinstance(meeting["version"], int)


@pytest.mark.parametrize(
    "country", ["KG", "kg", "Кыргызстан", "Kyrgyzstan", "Киргизская Республика"]
)
def test_every_name_of_kyrgyzstan_finds_the_meeting(demo_url: str, country: str) -> None:
    events = listed(demo_url, "events", "--country", country, *MEETING_DAY)
    assert [event["title"] for event in events] == [MEETING]


def test_the_memorandum_with_both_cities_as_parties(demo_url: str) -> None:
    agreements = listed(demo_url, "agreements", "--country", "KG")
    memoranda = [a for a in agreements if a["title"] == MEMORANDUM]
    assert len(memoranda) == 1
    memorandum = memoranda[0]
    assert memorandum["kind"] == "sister_city"
    assert memorandum["status"] == "in_force"
    assert {(p["name"], p["country"]) for p in memorandum["parties"]} == {
        (KRASNOYARSK, "RU"),
        (JALAL_ABAD, "KG"),
    }
    assert all("KG" in a["countries"] for a in agreements)


def test_several_countries_kinds_and_free_text(demo_url: str) -> None:
    both = listed(demo_url, "events", "--country", "KG", "--country", "KZ", "--kind", "meeting")
    only_kg = listed(demo_url, "events", "--country", "KG", "--kind", "meeting")
    assert {e["id"] for e in only_kg} <= {e["id"] for e in both}
    assert all(e["kind"] == "meeting" for e in both)
    assert all({"KG", "KZ"} & set(e["countries"]) for e in both)
    # a word form of the guest's name, as a person would type it
    by_text = listed(demo_url, "events", "--text", "Кабаева", *MEETING_DAY)
    assert MEETING in [e["title"] for e in by_text]


def test_sort_limit_and_the_other_registers(demo_url: str) -> None:
    latest = listed(demo_url, "events", "--sort", "start", "--desc", "--limit", "5")
    assert len(latest) == 5
    ids = [e["id"] for e in latest]
    by_start = listed(demo_url, "events", "--sort", "start", "--desc")
    assert ids == [e["id"] for e in by_start[:5]]
    people = listed(demo_url, "people", "--text", "Логинов")
    assert LOGINOV in [p["name"] for p in people]
    delegations = listed(demo_url, "delegations", "--country", "Киргизия", "--kind", "incoming")
    assert delegations and all(d["direction"] == "incoming" for d in delegations)
    for register in ("organizations", "places", "followups"):
        assert listed(demo_url, register, "--country", "KG"), register


def test_csv_has_a_header_and_the_meeting(demo_url: str) -> None:
    args = ("list", "events", "--country", "KG", *MEETING_DAY, "--format", "csv")
    outcome = run_command(*args, database=demo_url)
    assert outcome.returncode == 0, str(outcome)
    rows = list(csv.DictReader(io.StringIO(outcome.stdout)))
    assert len(rows) == 1
    assert rows[0]["title"] == MEETING
    assert rows[0]["countries"] == "KG; RU"
    assert f"{LOGINOV} (host)" in rows[0]["participants"]
    assert f"{KABAEV} (guest)" in rows[0]["participants"]


def test_table_is_aligned_and_readable(demo_url: str) -> None:
    outcome = run_command("list", "events", "--country", "KG", *MEETING_DAY, database=demo_url)
    assert outcome.returncode == 0, str(outcome)
    header, rule, *lines = outcome.stdout.splitlines()
    assert header.split() == ["id", "start", "title", "kind", "status", "countries", "place"]
    rows = [line for line in lines if "2024-04-10" in line]
    assert len(rows) == 1
    # columns line up under the header, Cyrillic counted one column a letter
    assert rows[0].index("2024-04-10 11:00") == header.index("start")
    assert rows[0].index("meeting") == header.index("kind")
    assert MEETING[:40] in rows[0]
    assert set(rule.replace(" ", "")) == {"-"}


def _refused(outcome: Outcome, *named: str) -> None:
    assert outcome.returncode == 2, str(outcome)
    assert outcome.stdout == ""
    assert outcome.stderr.startswith("diplotrack: error: ")
    assert "Traceback" not in outcome.stderr
    for text in named:
        assert text in outcome.stderr, str(outcome)


def test_an_unknown_country_is_refused_by_name(demo_url: str) -> None:
    _refused(run_command("list", "events", "--country", "Нарния", database=demo_url), "Нарния")


def test_a_bad_date_is_refused_naming_the_option_and_value(demo_url: str) -> None:
    outcome = run_command("list", "events", "--from", "2024-02-30", database=demo_url)
    _refused(outcome, "--from", "2024-02-30")
    outcome = run_command("list", "events", "--to", "10.04.2024", database=demo_url)
    _refused(outcome, "--to", "10.04.2024")


def test_a_bad_kind_or_status_lists_the_valid_values(demo_url: str) -> None:
    outcome = run_command("list", "events", "--kind", "party", database=demo_url)
    _refused(outcome, "--kind", "party", "meeting", "conference")
    outcome = run_command("list", "agreements", "--status", "valid", database=demo_url)
    _refused(outcome, "--status", "valid", "in_force")


def test_other_wrong_command_lines(demo_url: str) -> None:
    _refused(run_command("list", "events", "--sort", "colour", database=demo_url), "colour")
    _refused(run_command("list", "events", "--topic", "кулинария", database=demo_url), "кулинария")
    _refused(run_command("list", "events", "--person", "987654", database=demo_url), "987654")
    _refused(run_command("list", "meetings", database=demo_url), "meetings")
    _refused(
        run_command(
            "list", "events", "--from", "2024-05-01", "--to", "2024-04-01", database=demo_url
        ),
        "--to",
    )


def test_demo_refuses_a_database_that_holds_events(demo_url: str) -> None:
    outcome = run_command("demo", database=demo_url)
    assert outcome.returncode == 1, str(outcome)
    assert outcome.stderr.startswith("diplotrack: error: ")
    assert "Traceback" not in outcome.stderr
    assert outcome.stdout == ""


def test_the_database_option_after_the_command_and_from_the_environment(demo_url: str) -> None:
    places = ("list", "places", "--country", "KG", "--format", "json")
    after = run_command(*places, "--database", demo_url)
    assert after.returncode == 0, str(after)
    from_environment = run_command(*places, environment_database=demo_url)
    assert from_environment.returncode == 0, str(from_environment)
    names = {place["name"] for place in json.loads(after.stdout)}
    assert JALAL_ABAD in names
    assert names == {place["name"] for place in json.loads(from_environment.stdout)}
