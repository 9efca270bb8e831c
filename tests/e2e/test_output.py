"""How the command line renders rows: aligned tables with Cyrillic, JSON as UTF-8, CSV."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from diplotrack.domain.enums import EventKind
from diplotrack.output import display_width, plain, render


@dataclass(frozen=True)
class Party:
    name: str
    country: str


ROWS = [
    {
        "id": 1,
        "title": "Меморандум о побратимстве",
        "kind": EventKind.MEETING,
        "signed": date(2019, 9, 12),
        "at": datetime(2024, 4, 10, 11, 0, tzinfo=ZoneInfo("Asia/Krasnoyarsk")),
        "parties": (Party("Красноярск", "RU"), Party("Джалал-Абад", "KG")),
        "in_force": True,
        "note": None,
    },
    {
        "id": 22,
        "title": 'Visit, with a comma and a "quote"',
        "kind": EventKind.VISIT,
        "signed": None,
        "at": datetime(2024, 1, 1, tzinfo=UTC),
        "parties": (),
        "in_force": False,
        "note": "line one\nline two",
    },
]


def test_plain_gives_iso_datetimes_with_offsets_and_enum_values() -> None:
    first = plain(ROWS[0])
    assert first["at"] == "2024-04-10T11:00:00+07:00"
    assert first["signed"] == "2019-09-12"
    assert first["kind"] == "meeting"
    assert first["parties"] == [
        {"name": "Красноярск", "country": "RU"},
        {"name": "Джалал-Абад", "country": "KG"},
    ]


def test_json_is_utf8_text_not_escapes_one_object_a_line() -> None:
    text = render(ROWS, "json", ["id"])
    assert "Меморандум" in text
    assert "\\u" not in text
    assert json.loads(text)[1]["note"] == "line one\nline two"
    assert [json.loads(line.rstrip(","))["id"] for line in text.splitlines()[1:-1]] == [1, 22]


def test_csv_round_trips_through_the_csv_module() -> None:
    text = render(ROWS, "csv", ["id", "title", "parties", "in_force", "note"])
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [row["id"] for row in rows] == ["1", "22"]
    assert rows[0]["parties"] == "Красноярск (RU); Джалал-Абад (KG)"
    assert rows[1]["title"] == 'Visit, with a comma and a "quote"'
    assert rows[1]["note"] == "line one\nline two"
    assert rows[1]["parties"] == ""


def test_table_columns_line_up_with_cyrillic_and_wide_characters() -> None:
    rows = [*ROWS, {"id": 3, "title": "北京 visit", "kind": "visit"}]
    lines = render(rows, "table", ["id", "title", "kind"]).splitlines()
    assert len(lines) == 5
    kind_column = [
        display_width(line[: line.rindex(kind)])
        for line, kind in zip(lines[2:], ("meeting", "visit", "visit"), strict=True)
    ]
    assert len(set(kind_column)) == 1
    assert display_width(lines[0][: lines[0].index("kind")]) == kind_column[0]
    assert "line one line two" not in lines  # a cell stays on one line


def test_long_cells_are_cut_with_an_ellipsis_only_in_tables() -> None:
    long_title = "Очень длинное название " * 10
    table = render([{"title": long_title}], "table", ["title"])
    assert "…" in table
    assert max(display_width(line) for line in table.splitlines()) < len(long_title)
    assert long_title in render([{"title": long_title}], "csv", ["title"])


def test_an_empty_register_says_so() -> None:
    assert render([], "table", ["id"]) == "(no records)\n"
    assert render([], "json", ["id"]) == "[]\n"
    assert render([], "csv", ["id", "title"]) == "id,title\n"


def test_display_width() -> None:
    assert display_width("Джалал-Абад") == 11
    assert display_width("北京") == 4
    assert display_width("é") == 1
    assert display_width("е\u0301") == 1  # a combining accent takes no column
    assert display_width("«Красноярск 5.0» — №1…") == 22
