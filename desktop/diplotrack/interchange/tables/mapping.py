"""Which register a table goes into and which field each column fills: guessed, then editable."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from diplotrack.domain.text import stem, words

from . import messages as msg
from .fields import REGISTERS, Field, RegisterSpec
from .reading import Table

_CAMEL = re.compile(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])")


@dataclass
class TableMapping:
    """The register a table is imported into and, per column (by index, as in
    ``Table.headers``), the field it fills — None for a column left out.

    Editable: the import dialog changes ``register`` (then ``for_register`` guesses again) and
    sets fields with ``set_field``; a field is filled from one column at most.
    """

    register: str
    fields: list[str | None] = field(default_factory=list)

    @property
    def spec(self) -> RegisterSpec:
        spec = REGISTERS.get(self.register)
        if spec is None:
            raise msg.refusal(msg.UNKNOWN_REGISTER, field="register", register=self.register)
        return spec

    def column_of(self, name: str) -> int | None:
        """The column that fills the field ``name``, or None."""
        return self.fields.index(name) if name in self.fields else None

    def set_field(self, column: int, name: str | None) -> None:
        """Column ``column`` fills ``name`` (None: the column is left out); a column that
        filled the same field before is left out now."""
        if name is not None:
            self.spec.field(name)  # an unknown field is a bug of the caller: KeyError
            for index, current in enumerate(self.fields):
                if current == name:
                    self.fields[index] = None
        self.fields[column] = name

    @property
    def missing(self) -> tuple[str, ...]:
        """Required fields of the register that no column fills."""
        return tuple(name for name in self.spec.required if name not in self.fields)


def heading_words(heading: str) -> list[str]:
    """A heading's words: camelCase and snake_case split, case-folded ("origincityLabel" →
    origincity, label)."""
    return words(_CAMEL.sub(" ", heading).replace("_", " "))


def _score(heading: list[str], keyword: str) -> int:
    """How well a heading matches a keyword phrase: 0 for no match, else the phrase's length
    (longer phrases are more specific). Each phrase word's stem must start a heading word, or
    the phrase written together must start the heading written together ("originlat"). An
    English stem may end differently from its word ("country" → "countri"): their common
    part is what counts."""
    phrase = words(keyword)
    if not phrase or not heading:
        return 0
    prefixes = [_common_start(stem(part), part) for part in phrase]
    if all(any(word.startswith(prefix) for word in heading) for prefix in prefixes):
        return len("".join(phrase)) + 10 * len(phrase)
    if len(phrase) > 1 and "".join(heading).startswith("".join(phrase)):
        return len("".join(phrase)) + 10 * len(phrase)
    return 0


def _common_start(first: str, second: str) -> str:
    length = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        length += 1
    return first[:length]


def _field_score(heading: list[str], target: Field) -> int:
    return max((_score(heading, keyword) for keyword in target.keywords), default=0)


def for_register(table: Table, register: str) -> TableMapping:
    """The columns of ``table`` matched to the fields of ``register``: the best-matching pairs
    first, each column and each field used once."""
    mapping = TableMapping(register, [None] * table.width)
    spec = mapping.spec
    headings = [heading_words(heading) for heading in table.headers]
    pairs = sorted(
        (
            (_field_score(heading, target), -column, -order, column, target.name)
            for column, heading in enumerate(headings)
            for order, target in enumerate(spec.fields)
        ),
        reverse=True,
    )
    for score, _, _, column, name in pairs:
        if score and mapping.fields[column] is None and name not in mapping.fields:
            mapping.fields[column] = name
    return mapping


def guess_mapping(table: Table) -> TableMapping:
    """The register the table most likely holds, with its columns matched: a register whose
    required fields are all found wins, then the one with the most columns matched (events
    first on a tie, then the order of ``fields.REGISTERS``)."""
    best: tuple[tuple[bool, int], TableMapping] | None = None
    for register in REGISTERS:
        mapping = for_register(table, register)
        matched = sum(name is not None for name in mapping.fields)
        key = (not mapping.missing, matched)
        if best is None or key > best[0]:
            best = (key, mapping)
    assert best is not None
    return best[1]
