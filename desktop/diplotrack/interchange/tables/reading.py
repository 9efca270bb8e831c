"""Reading a register from .xlsx or from a CSV/TSV text file of any common encoding and delimiter.

The result is a ``Table``: the column headings and every non-empty row below them, each row
numbered as the file numbers it (a spreadsheet's row number; in a text file the record's number
counting the heading line as 1, with the line it starts on), so every problem can say where.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from . import damage
from . import messages as msg
from .prose import refuse_prose

# What a cell can hold: text from a CSV, or what openpyxl gives for a spreadsheet cell.
Cell = str | int | float | bool | date | datetime | time | None

DELIMITERS = ("\t", ";", ",", "|")
TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab"})
# Rows looked at to find the heading row (a merged title line may come first).
HEADER_SEARCH = 10
# Lines looked at to find the delimiter.
SNIFF_LINES = 50


@dataclass(frozen=True)
class TableRow:
    """One row of data. ``number`` is the row as a spreadsheet shows it (the heading row of a
    text file is 1); ``line`` is the text line it starts on (text files only); ``cells`` has
    exactly one value per column, and ``extra`` holds cells past the last heading."""

    number: int
    cells: tuple[Cell, ...]
    line: int | None = None
    extra: tuple[Cell, ...] = ()


@dataclass(frozen=True)
class Table:
    """A register as read from a file, before any mapping.

    ``headers`` are the column headings as written (an empty heading becomes “Column N”);
    ``file_format`` is "xlsx" or "csv"; ``encoding`` and ``delimiter`` say what was detected in
    a text file, ``sheet`` which worksheet of a workbook was read.
    """

    source: str
    file_format: str
    headers: tuple[str, ...]
    rows: tuple[TableRow, ...]
    header_row: int = 1
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None

    @property
    def width(self) -> int:
        return len(self.headers)

    def column_values(self, column: int) -> list[Cell]:
        return [row.cells[column] for row in self.rows]


def read_table(path: Path) -> Table:
    """The table in ``path`` (.xlsx, or .csv/.tsv/.txt text); raises KnownError saying what is
    wrong and where when it cannot be read at all."""
    try:
        with path.open("rb") as stream:
            head = stream.read(8)
    except OSError as error:
        raise damage.unopened(path.name, error) from error
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # Excel keeps a workbook with a password in the old container too, named .xlsx
        locked = path.suffix.lower() in {".xlsx", ".xlsm"} or _encrypted_package(path)
        raise msg.refusal(msg.ENCRYPTED if locked else msg.OLD_EXCEL, name=path.name)
    if head.startswith(b"PK\x03\x04") or path.suffix.lower() in {".xlsx", ".xlsm"}:
        return _read_workbook(path)
    return _read_text(path)


# -- workbooks --------------------------------------------------------------------------------

# the stream an encrypted Office Open XML file is kept in, as the old container names it
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_CONTAINER_LOOKED_AT = 1 << 20


def _encrypted_package(path: Path) -> bool:
    """Whether the old-style container holds an encrypted workbook (of any name)."""
    try:
        with path.open("rb") as stream:
            return _ENCRYPTED_PACKAGE in stream.read(_CONTAINER_LOOKED_AT)
    except OSError:
        return False


def _read_workbook(path: Path) -> Table:
    import openpyxl  # only when a workbook is read: it takes a while to import

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a damaged file; none is a bug here
        raise damage.unreadable_workbook(path.name, error) from error
    try:
        try:
            sheet = workbook.active or workbook.worksheets[0]
            numbered = [
                (number, tuple(_cell(value) for value in values))
                for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
            ]
        except Exception as error:  # a damaged sheet XML fails only while being read
            raise damage.unreadable_workbook(path.name, error) from error
        return _table(path.name, "xlsx", numbered, sheet=str(sheet.title))
    finally:
        workbook.close()


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool | date | datetime | time):
        if isinstance(value, str) and not value.strip():
            return None
        return value
    return str(value)  # e.g. a timedelta for a duration cell


# -- text files -------------------------------------------------------------------------------


def _read_text(path: Path) -> Table:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise damage.unopened(path.name, error) from error
    encoding, text = decode(raw, path.name)
    refuse_prose(text, path)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered: list[tuple[int, tuple[Cell, ...]]] = []
    lines: dict[int, int] = {}
    try:
        line = 1
        for number, values in enumerate(reader, start=1):
            lines[number] = line
            line = reader.line_num + 1
            numbered.append((number, tuple(value.strip() or None for value in values)))
    except csv.Error as error:
        raise damage.unreadable_text(path.name, line, error) from error
    return _table(path.name, "csv", numbered, lines=lines, encoding=encoding, delimiter=delimiter)


def decode(raw: bytes, name: str = "") -> tuple[str, str]:
    """The encoding and the text of a text file's bytes.

    A byte order mark decides (UTF-8, UTF-16); else UTF-8 if the bytes are valid UTF-8; else the
    Cyrillic single-byte encoding (cp1251, then KOI8-R) whose reading gives more ordinary
    lower-case Russian words — what Russian Excel and old systems write; else what
    charset-normalizer finds; else cp1252.
    """
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            return encoding, _decoded(raw, encoding, name)
    utf16 = _utf16_without_bom(raw)
    if utf16:
        return utf16, _decoded(raw, utf16, name)
    _refuse_binary(raw, name)
    try:
        return "utf-8", raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    scored = []
    for rank, encoding in enumerate(("cp1251", "koi8_r")):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((_russian_words(text), -rank, encoding, text))
    best = max(scored, default=None)
    if best is not None and best[0] > 0:
        return best[2], best[3]
    guessed = _charset_guess(raw)
    for candidate in (guessed, "cp1252", "latin-1"):
        if candidate:
            try:
                return candidate, raw.decode(candidate)
            except (UnicodeDecodeError, LookupError):
                continue
    raise AssertionError("latin-1 decodes any bytes")


_LOWER_RUSSIAN_WORD = re.compile(r"\b[а-яё]{3,}\b")


def _russian_words(text: str) -> int:
    # Read in the wrong one of cp1251/KOI8-R, Russian comes out mostly as capitals and symbols.
    return len(_LOWER_RUSSIAN_WORD.findall(text))


def _utf16_without_bom(raw: bytes) -> str | None:
    sample = raw[:2000]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        return "utf-16-le"
    if even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        return "utf-16-be"
    return None


def _refuse_binary(raw: bytes, name: str) -> None:
    """A file with control bytes (other than tab and line ends) is not a text table."""
    for offset, byte in enumerate(raw[:65536]):
        if byte < 32 and byte not in (9, 10, 12, 13):
            raise msg.refusal(msg.NOT_TEXT, name=name, offset=offset)


def _decoded(raw: bytes, encoding: str, name: str) -> str:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise msg.refusal(msg.NOT_TEXT, name=name, offset=error.start) from error
    for offset, char in enumerate(text[:65536]):
        if ord(char) < 32 and char not in "\t\n\r\f":
            raise msg.refusal(msg.NOT_TEXT, name=name, offset=offset)
    return text.removeprefix("\ufeff")


def _charset_guess(raw: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    return None if best is None else str(best.encoding)


def sniff_delimiter(text: str) -> str:
    """The delimiter (TAB, ``;``, ``,`` or ``|``) that splits the first lines into the same
    number of cells most often — more than one cell; ties go to the earlier in that list."""
    sample = "\n".join(line for line in text.splitlines()[:SNIFF_LINES] if line.strip())
    best: tuple[int, int, int] | None = None
    chosen = ","
    for rank, delimiter in enumerate(DELIMITERS):
        try:
            widths = [len(row) for row in csv.reader(io.StringIO(sample), delimiter=delimiter)]
        except csv.Error:
            continue
        if not widths:
            continue
        width, agreeing = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (agreeing, width, -rank)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


# -- both -------------------------------------------------------------------------------------


def _table(
    name: str,
    file_format: str,
    numbered: list[tuple[int, tuple[Cell, ...]]],
    *,
    lines: dict[int, int] | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    sheet: str | None = None,
) -> Table:
    filled = [(number, cells) for number, cells in numbered if any(c is not None for c in cells)]
    header_at = _header_index(filled)
    if header_at is None:
        raise msg.refusal(msg.EMPTY_TABLE, name=name)
    header_number, header_cells = filled[header_at]
    width = _last_filled(header_cells)
    headers = tuple(
        _heading(header_cells[index], index) if index < len(header_cells) else f"Column {index + 1}"
        for index in range(width)
    )
    rows = []
    for number, cells in filled[header_at + 1 :]:
        padded = cells[:width] + (None,) * (width - len(cells))
        extra = tuple(c for c in cells[width:] if c is not None)
        rows.append(TableRow(number, padded, (lines or {}).get(number), extra))
    return Table(
        source=name,
        file_format=file_format,
        headers=headers,
        rows=tuple(rows),
        header_row=header_number,
        encoding=encoding,
        delimiter=delimiter,
        sheet=sheet,
    )


def _last_filled(cells: tuple[Cell, ...]) -> int:
    return max((index + 1 for index, cell in enumerate(cells) if cell is not None), default=0)


def _header_index(filled: list[tuple[int, tuple[Cell, ...]]]) -> int | None:
    """The heading row: the first of the first rows to fill at least half as many cells as the
    widest of them (a title merged across the columns above it fills only one)."""
    candidates = filled[:HEADER_SEARCH]
    if not candidates:
        return None
    counts = [sum(cell is not None for cell in cells) for _, cells in candidates]
    widest = max(counts)
    for index, count in enumerate(counts):
        if count * 2 >= widest and (count >= 2 or widest == 1):
            return index
    return 0


def _heading(cell: Cell, index: int) -> str:
    if cell is None:
        return f"Column {index + 1}"
    return " ".join(str(cell).split())
