"""Rows for the command line as a readable table, as JSON or as CSV."""

from __future__ import annotations

import csv
import enum
import io
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from functools import lru_cache
from typing import Any, TypeAlias

from diplotrack.interchange.cells import csv_text

FORMATS = ("table", "json", "csv")

# A table cell wider than this is cut with an ellipsis; JSON and CSV are never cut.
MAX_CELL_WIDTH = 48

Row: TypeAlias = Mapping[str, Any]


# Types ``plain`` hands back as they are (exact types: a StrEnum is a str but becomes its value).
_AS_IS = frozenset({str, int, float, bool, type(None)})


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses and mappings as dicts, sequences as lists,
    enums as their values, datetimes and dates in ISO 8601 (datetimes with their offset)."""
    kind = type(value)
    if kind in _AS_IS:
        return value
    if kind is tuple or kind is list:
        return [plain(item) for item in value]
    fields = getattr(kind, "__dataclass_fields__", None)
    if fields is not None:
        return {name: plain(getattr(value, name)) for name in fields}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, Sequence | set | frozenset):
        return [plain(item) for item in value]
    if isinstance(value, str | int | float):  # subclasses of the plain types
        return value
    return str(value)


def cell_text(value: Any) -> str:
    """One cell of a table or CSV: lists joined with "; ", objects by their name or title."""
    if value is None:
        return ""
    if isinstance(value, str):  # StrEnum included: its value is the text
        return str(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, list | tuple):
        return "; ".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        return _describe(value)
    return cell_text(plain(value))


def _describe(item: dict[str, Any]) -> str:
    """A nested object in one cell: "Владислав Логинов (host)", "Красноярск (RU)"."""
    label = next(
        (item[key] for key in ("name", "title", "code") if item.get(key) not in (None, "")), ""
    )
    detail = next(
        (item[key] for key in ("role", "country", "kind") if item.get(key) not in (None, "")), ""
    )
    if not label:
        return ", ".join(f"{key}={cell_text(val)}" for key, val in item.items() if val)
    return f"{label} ({cell_text(detail)})" if detail else str(label)


# Latin, Greek, Cyrillic (without its combining marks) and typographic punctuation (– — « » …
# №): one column a character, the common case, checked in one regex match instead of per letter.
_ONE_COLUMN_EACH = re.compile(
    "[\u0020-\u02ff\u0370-\u0482\u048a-\u052f\u2010-\u2027\u2030-\u205e\u2116]*"
)


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (East Asian) characters count two, combining
    marks none — Cyrillic, like Latin, takes one column a letter."""
    if text.isascii() or _ONE_COLUMN_EACH.fullmatch(text):
        return len(text)
    return sum(_char_width(char) for char in text)


@lru_cache(maxsize=4096)
def _char_width(char: str) -> int:
    if unicodedata.combining(char):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns (with an ellipsis) and padded to exactly ``width``."""
    text = " ".join(text.split())  # a cell is one line
    if display_width(text) > width:
        kept, used = [], 0
        for char in text:
            step = display_width(char)
            if used + step > width - 1:
                break
            kept.append(char)
            used += step
        text = "".join(kept) + "…"
    return text + " " * (width - display_width(text))


def render_table(rows: Sequence[Row], columns: Sequence[str]) -> str:
    """An aligned plain-text table with a header and a rule under it; empty input says so."""
    if not rows:
        return "(no records)\n"
    cells = [[cell_text(row.get(column)) for column in columns] for row in rows]
    widths = [
        min(
            MAX_CELL_WIDTH,
            max(display_width(column), *(display_width(" ".join(r[i].split())) for r in cells)),
        )
        for i, column in enumerate(columns)
    ]
    lines = [
        "  ".join(_fit(column, widths[i]) for i, column in enumerate(columns)).rstrip(),
        "  ".join("-" * width for width in widths),
    ]
    lines += ["  ".join(_fit(r[i], widths[i]) for i in range(len(columns))).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def render_json(rows: Sequence[Row]) -> str:
    """A JSON list of objects, one object a line (readable, and fast to write for 100,000
    rows), UTF-8 text as is (not \\u escapes)."""
    if not rows:
        return "[]\n"
    lines = (json.dumps(plain(row), ensure_ascii=False) for row in rows)
    return "[\n" + ",\n".join(lines) + "\n]\n"


def render_csv(rows: Sequence[Row], columns: Sequence[str]) -> str:
    """CSV with a header row; nested values flattened into one cell each, and text a
    spreadsheet could run as a formula kept as text (``interchange.cells``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def _csv_cell(value: Any) -> str:
    # a number stays a number (-5 is no formula); any text, joined lists included, is guarded
    text = cell_text(value)
    return text if isinstance(value, int | float) else csv_text(text)


def render(rows: Sequence[Row], output_format: str, columns: Sequence[str]) -> str:
    """``rows`` in ``output_format``: ``table`` and ``csv`` show ``columns``, ``json`` all keys."""
    if output_format == "json":
        return render_json(rows)
    if output_format == "csv":
        return render_csv(rows, columns)
    if output_format == "table":
        return render_table(rows, columns)
    raise ValueError(f"unknown output format {output_format!r}")
