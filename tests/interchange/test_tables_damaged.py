"""Damaged spreadsheets and CSVs: every one ends in a clear refusal or a correct import — never
a traceback, never a half-written database."""

from __future__ import annotations

import functools
import io
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tables_kit import contents, write_csv, write_xlsx

from diplotrack.interchange.tables import import_register
from diplotrack.store.database import Database

# Which table each register's count of created records is read from.
_TABLES = {
    "events": "event",
    "places": "place",
    "agreements": "agreement",
    "people": "person",
    "organizations": "organization",
}
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _csv_bytes(tmp_path: Path, encoding: str, delimiter: str) -> bytes:
    rows = [
        ["Дата", "Название", "Страна", "Город", "Участники"],
        ["10.04.2024 11:00", "Встреча с Кабаевым", "Киргизия", "Красноярск", "Логинов; Кабаев"],
        ["2024-04-05", "Чемпионат", "KG", "Бишкек", ""],
        ["1 мая 2024", "Приём", "Казахстан", "Астана", "Иванов"],
    ]
    return write_csv(
        tmp_path / "seed.csv", rows, encoding=encoding, delimiter=delimiter
    ).read_bytes()


@functools.cache
def _xlsx_seed() -> bytes:
    """Made once: a workbook carries the time it was saved, and hypothesis needs the same
    bytes each time it replays an example."""
    with tempfile.TemporaryDirectory() as folder:
        return _xlsx_bytes(Path(folder))


def _xlsx_bytes(tmp_path: Path) -> bytes:
    rows = [
        ["Город", "Страна", "Широта", "Долгота"],
        ["Красноярск", "Россия", 56.01, 92.87],
        ["Джалал-Абад", "KG", 40.93, 73.0],
        ["Ош", "Киргизия", None, None],
    ]
    return write_xlsx(tmp_path / "seed.xlsx", rows).read_bytes()


@st.composite
def damaged(draw: st.DrawFn, original: bytes) -> bytes:
    """``original`` with a few bytes changed, cut short, or with bytes put in."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 6))):
        how = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        at = draw(st.integers(0, max(0, len(data) - 1)))
        if how == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif how == "cut":
            del data[at:]
        elif how == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif data:
            del data[at : at + draw(st.integers(1, 16))]
    return bytes(data)


def _imports_correctly_or_refuses(db: Database, path: Path) -> None:
    before = contents(db)
    report = import_register(db, path)  # raising anything fails the test
    after = contents(db)
    if report.refused is not None:
        assert report.refused.message
        assert after == before
        return
    for register, table in _TABLES.items():
        assert after[table] - before[table] == report.created[register], (register, report)
    for problem in report.skipped:
        assert problem.where.row is not None and problem.message


@SETTINGS
@given(data=st.data())
def test_damaged_csv(tmp_path: Path, sqlite_database: Database, data: st.DataObject) -> None:
    encoding = data.draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "utf-16"]))
    delimiter = data.draw(st.sampled_from([";", ",", "\t"]))
    original = _csv_bytes(tmp_path, encoding, delimiter)
    path = tmp_path / "damaged.csv"
    path.write_bytes(data.draw(damaged(original)))

    _imports_correctly_or_refuses(sqlite_database, path)


@SETTINGS
@given(data=st.data())
def test_damaged_xlsx_bytes(tmp_path: Path, sqlite_database: Database, data: st.DataObject) -> None:
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(data.draw(damaged(_xlsx_seed())))

    _imports_correctly_or_refuses(sqlite_database, path)


@SETTINGS
@given(data=st.data())
def test_damaged_sheet_inside_a_sound_zip(
    tmp_path: Path, sqlite_database: Database, data: st.DataObject
) -> None:
    """The zip is sound, the worksheet XML inside is not: what a half-saved file looks like."""
    source = zipfile.ZipFile(io.BytesIO(_xlsx_seed()))
    path = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                content = data.draw(damaged(content))
            target.writestr(item, content)

    _imports_correctly_or_refuses(sqlite_database, path)


def test_a_sound_seed_imports(tmp_path: Path, sqlite_database: Database) -> None:
    """The undamaged seeds import, so the damaged runs start from files that work."""
    csv_path = tmp_path / "events.csv"
    csv_path.write_bytes(_csv_bytes(tmp_path, "cp1251", ";"))
    xlsx_path = tmp_path / "places.xlsx"
    xlsx_path.write_bytes(_xlsx_bytes(tmp_path))

    events = import_register(sqlite_database, csv_path, today=datetime(2026, 1, 1).date())
    places = import_register(sqlite_database, xlsx_path)

    assert events.refused is None and events.created["events"] == 3 and not events.skipped
    assert places.refused is None and not places.skipped
    assert places.created["places"] + places.unchanged["places"] == 3
