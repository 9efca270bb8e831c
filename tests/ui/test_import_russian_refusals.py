"""A Russian window says in Russian why a calendar or a table is refused: the libraries' English
("Expected datetime, date, or time…", "Bad CRC-32…", "File is not a zip file") is told in our
words, and kept only after the English message. Every problem of the 39 interop calendars, the
common kinds of damage written here, damaged workbooks and text tables, and the Import dialog's
file step on a damaged workbook: no English word but codes, file names and the file's values."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.domain import KnownError
from diplotrack.interchange.ical import read_calendar
from diplotrack.interchange.report import ImportReport, Problem
from diplotrack.interchange.tables import read_table
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.import_dialog import FILE
from diplotrack.ui.dialogs.import_problems import problem_message, refusal_text, where_text
from diplotrack.ui.i18n import install_language
from diplotrack.ui.operations import translated_message
from support.imports import open_import, settled

pytestmark = pytest.mark.gui

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ICS_DIR = SHARED / "interop" / "ics"
# names, not English: the program's, Excel's and the formats'
NAMES = frozenset({"DiploTrack", "Excel", "xlsx", "ics"})
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def english_words(text: str, *also_allowed: str) -> list[str]:
    """The Latin words of ``text`` that are neither codes (DTSTART, RFC, UTC, PT1H30M), names,
    nor quoted («the file's value», “file name”), nor one of ``also_allowed``."""
    for allowed in also_allowed:
        text = text.replace(allowed, " ")
    text = _QUOTED.sub(" ", text)
    return [word for word in _LATIN_WORD.findall(text) if not word.isupper() and word not in NAMES]


def assert_russian(text: str, *also_allowed: str) -> None:
    assert re.search("[а-яё]{3,}", text), text
    assert not english_words(text, *also_allowed), text


@pytest.fixture
def russian(qapp: QApplication) -> Iterator[None]:
    install_language("ru")
    try:
        yield
    finally:
        install_language("en")


def _said(problem: Problem) -> str:
    """The problem as the window says it; the component's UID is the file's own word."""
    return f"{where_text(problem.where)}: {problem_message(problem)}"


def _calendar_problems(path: Path) -> list[tuple[Problem, str]]:
    """Each problem the file has, with what the window says of it (a refusal as the window
    says it, its first broken part said again in the window's language)."""
    plan = read_calendar(path)
    said = [(problem, _said(problem)) for problem in plan.skipped]
    if plan.refused is not None:
        report = ImportReport(path.name, "ics", refused=plan.refused, skipped=plan.skipped)
        said.insert(0, (plan.refused, refusal_text(report)))
    return said


def test_every_problem_of_the_interop_calendars_is_said_in_russian(russian: None) -> None:
    paths = sorted(ICS_DIR.glob("*.ics"))
    assert len(paths) == 39
    problems = [found for path in paths for found in _calendar_problems(path)]
    assert len(problems) > 40
    for _problem, said in problems:
        # the component's UID (and the first skipped part's) is the file's own word
        uids = re.findall(r"UID [^:]*", said)
        assert_russian(said, *uids)


VEVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t\r\nBEGIN:VEVENT\r\nUID:u{n}\r\n"
    "{body}END:VEVENT\r\nEND:VCALENDAR\r\n"
)
# one damaged event for each kind of the libraries' complaint; the words they say it with
DAMAGE = [
    ("DTSTART:20240410T110000\r\nDTEND:19970701T10300Z\r\n", "Wrong datetime format"),
    ("DTSTART:20240410T110000\r\nRDATE:20131210Z\r\n", "Expected datetime"),
    ("DTSTART:20240410T110000\r\nEXDATE:\r\n", "Expected datetime"),
    ("DTSTART:20240410T110000\r\nRDATE;VALUE=PERIOD:20240411T110000Z/x\r\n", "period"),
    ("DTSTART:20240410T110000\r\nDURATION:PT1X\r\n", "duration"),
    ("DTSTART:20240410T110000\r\nRRULE:FREQ=WEEKLY;BYDAY=XX\r\n", "weekday"),
    ("DTSTART:20240410T110000\r\nRRULE:FREQ=WEEKY\r\n", "frequency"),
    ("DTSTART:20240410T110000\r\nRRULE:FREQ=WEEKLY;UNTL=20240501\r\n", "unknown parameter"),
    ('DTSTART;TZID=Asia/Krasnoyarsk;X=a"b:20240410T110000\r\n', "parsed into parts"),
    ("DTSTART;VALUE=DATE:20240410\r\nDTEND:20240411T110000\r\n", "DTEND"),
    ("DTSTART:20240410T110000\r\nDTEND;VALUE=DATE:20240411\r\n", "DTEND"),
    ("DTSTART:20240410T110000\r\nDTEND:20240410T120000Z\r\n", "DTEND"),
    ("DTSTART:20240410T110000Z\r\nDTEND:20240410T120000\r\n", "DTEND"),
]


def test_each_kind_of_damage_is_said_in_russian_the_library_kept_in_english(
    russian: None, tmp_path: Path
) -> None:
    for number, (body, library) in enumerate(DAMAGE):
        path = tmp_path / f"damaged-{number}.ics"
        path.write_text(VEVENT.format(n=number, body=body), encoding="utf-8")
        (problem, said), *_rest = [f for f in _calendar_problems(path) if f[0].where.line]
        assert library.casefold() in problem.message.casefold(), (body, problem.message)
        assert_russian(said, *re.findall(r"UID [^:]*", said))


def _workbook(tmp_path: Path) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Город", "Страна"])
    sheet.append(["Ош", "KG"])
    path = tmp_path / "seed.xlsx"
    book.save(path)
    return path.read_bytes()


def _rezipped(data: bytes, change: str) -> bytes:
    """The workbook with its sheet left out ("drop") or its XML broken ("garble")."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if "worksheets/sheet" in item.filename:
                if change == "drop":
                    continue
                content = content.replace(b"<row", b"<row <<", 1)
            target.writestr(item, content)
    return out.getvalue()


def _damaged_workbooks(tmp_path: Path) -> dict[str, bytes]:
    data = _workbook(tmp_path)
    member = data.index(b"xl/worksheets/sheet1.xml") + 40
    flipped = data[:member] + bytes([data[member] ^ 0xFF]) + data[member + 1 :]
    return {
        "cut.xlsx": data[: len(data) // 2],
        "flipped.xlsx": flipped,
        "without-sheet.xlsx": _rezipped(data, "drop"),
        "garbled.xlsx": _rezipped(data, "garble"),
        "text.xlsx": b"PK\x03\x04 this is no zip",
    }


def test_a_damaged_workbook_is_refused_in_russian(russian: None, tmp_path: Path) -> None:
    said = set()
    for name, data in _damaged_workbooks(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(KnownError) as refused:
            read_table(path)
        assert "not an Excel workbook" in refused.value.message
        assert refused.value.message.endswith(")"), "the library's text kept after ours"
        text = translated_message(refused.value)
        assert name in text
        assert_russian(text)
        said.add(refused.value.template)
    assert len(said) >= 3, "cut, damaged in packing and missing a part are told apart"


def test_a_text_table_and_a_missing_file_are_refused_in_russian(
    russian: None, tmp_path: Path
) -> None:
    unclosed = tmp_path / "unclosed.csv"
    unclosed.write_text('Название;Дата\n"' + "слово " * 30_000 + "\n", encoding="utf-8")
    folder = tmp_path / "folder.csv"
    folder.mkdir()
    for path, line in ((unclosed, "2"), (tmp_path / "nowhere.csv", None), (folder, None)):
        with pytest.raises(KnownError) as refused:
            read_table(path)
        text = translated_message(refused.value)
        assert path.name in text and (line is None or line in text)
        assert_russian(text)


def test_the_import_dialog_refuses_a_damaged_workbook_in_russian(
    qtbot: QtBot, context_ru: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "реестр.xlsx"
    path.write_bytes(_damaged_workbooks(tmp_path)["flipped.xlsx"])
    dialog = open_import(qtbot, context_ru, path)
    settled(qtbot, dialog, FILE)
    text = dialog.file_page.error.text()
    assert "реестр.xlsx" in text
    assert_russian(text)
