"""Whether a text file is running text (a press release) rather than a table, so that an import
can say where such a file goes — ``diplotrack draft`` — instead of a table's complaint."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from pathlib import Path

from . import messages as msg

# Less text than this is too little to call prose: a heading line, a note, an empty table.
_FEWEST_WORDS = 30
_FEWEST_SENTENCES = 2
# Lines of a table split into the same number of cells (two or more): most of them do.
_TABLE_SHARE = 0.6
_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_END = re.compile(r"[.!?…](?:[»”\"')\]]*)(?=\s|$)")
_DELIMITERS = ("\t", ";", ",", "|")


def _table_share(lines: list[str]) -> float:
    """The largest share of lines any delimiter splits into the same number (≥ 2) of cells."""
    best = 0.0
    for delimiter in _DELIMITERS:
        try:
            widths = [
                len(row) for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
            ]
        except csv.Error:
            continue
        shaped = Counter(width for width in widths if width >= 2)
        if shaped:
            best = max(best, shaped.most_common(1)[0][1] / len(lines))
    return best


def reads_as_prose(text: str) -> bool:
    """Sentences of words in lines no delimiter lays out as a table's rows."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return False
    if len(_WORD.findall(text)) < _FEWEST_WORDS:
        return False
    if len(_SENTENCE_END.findall(text)) < _FEWEST_SENTENCES:
        return False
    return _table_share(lines) < _TABLE_SHARE


def command_path(path: Path) -> str:
    """The path as a person would type it after ``diplotrack draft``."""
    text = str(path)
    return f'"{text}"' if any(char.isspace() for char in text) else text


def refuse_prose(text: str, path: Path) -> None:
    """Refuses a file of running text, pointing to where a press release is read."""
    if reads_as_prose(text):
        raise msg.refusal(msg.PROSE, name=path.name, path=command_path(path))
