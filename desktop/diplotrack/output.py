"""Rows for the command line as a readable table, as JSON or as CSV."""

from __future__ import annotations

import csv
import dataclasses
import enum
import io
import json
import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any, TypeAlias

FORMATS = ("table", "json", "csv")

# A table cell wider than this is cut with an ellipsis; JSON and CSV are never cut.
MAX_CELL_WIDTH = 48

Row: TypeAlias = Mapping[str, Any]


def plain(value: Any) -> Any:
    """``value`` as JSON-ready data: dataclasses and mappings as dicts, sequences as lists,
    enums as their values, datetimes and dates in ISO 8601 (datetimes with their offset)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, Sequence | set | frozenset):
        return [plain(item) for item in value]
    return str(value)


def cell_text(value: Any) -> str:
    """One cell of a table or CSV: lists joined with "; ", objects by their name or title."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(cell_text(item) for item in value)
    if isinstance(value, dict):
        return _describe(value)
    return str(value)


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


def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (East Asian) characters count two, combining
    marks none — Cyrillic, like Latin, takes one column a letter."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


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
    """A JSON list of objects, UTF-8 text as is (not \\u escapes)."""
    return json.dumps([plain(row) for row in rows], ensure_ascii=False, indent=2) + "\n"


def render_csv(rows: Sequence[Row], columns: Sequence[str]) -> str:
    """CSV with a header row; nested values flattened into one cell each."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell_text(row.get(column)) for column in columns])
    return buffer.getvalue()


def render(rows: Sequence[Row], output_format: str, columns: Sequence[str]) -> str:
    """``rows`` in ``output_format``: ``table`` and ``csv`` show ``columns``, ``json`` all keys."""
    if output_format == "json":
        return render_json(rows)
    if output_format == "csv":
        return render_csv(rows, columns)
    if output_format == "table":
        return render_table(rows, columns)
    raise ValueError(f"unknown output format {output_format!r}")
