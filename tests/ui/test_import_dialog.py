"""The Import dialog on the demo database, with real files written here: a cp1251 CSV mapped
by hand and imported, an .xlsx, a missing and an unreadable file, a calendar with a broken
part, a file dragged onto the window; screenshots of the mapping step in both languages (its
parts alone: test_import_pieces.py; its one Cancel: test_import_cancel.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.domain import Event, Place
from diplotrack.domain.filters import RecordFilter
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.import_dialog import CALENDAR, FILE, REPORT
from diplotrack.ui.dialogs.import_models import PROBLEM_CELL
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.registers import RegisterView
from support.imports import CONSUL, checked, count_events, open_import, settled, write_register_csv

pytestmark = pytest.mark.gui

CALENDAR_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DiploTrack tests//RU
BEGIN:VEVENT
UID:uz-consul-2025@diplotrack.test
DTSTAMP:20250301T000000Z
DTSTART;TZID=Asia/Krasnoyarsk:20250312T110000
DTEND;TZID=Asia/Krasnoyarsk:20250312T120000
SUMMARY:Встреча с генеральным консулом Узбекистана
LOCATION:Красноярск
END:VEVENT
BEGIN:VEVENT
UID:broken@diplotrack.test
DTSTAMP:20250301T000000Z
DTSTART:2025-13-45
SUMMARY:Встреча без даты
END:VEVENT
END:VCALENDAR
"""


def _kg_places(context: AppContext) -> set[str]:
    with context.db.session() as session:
        return set(session.scalars(select(Place.name).where(Place.country_code == "KG")))


@pytest.fixture
def register_csv(tmp_path: Path) -> Path:
    return write_register_csv(tmp_path)


# -- a table, start to end -------------------------------------------------------------------


def test_a_cp1251_register_mapped_by_hand_and_imported(
    qtbot: QtBot, context: AppContext, register_csv: Path
) -> None:
    context.set_filter(RecordFilter(text="консулом Узбекистана"))
    register = RegisterView(context, "event")
    qtbot.addWidget(register)
    before = register.model.total
    events_before = count_events(context)

    dialog = open_import(qtbot, context, register_csv)
    checked(qtbot, dialog)
    page = dialog.table_page
    assert page.register_box.currentData() == "events"
    assert "cp1251" in page.source.text().lower() or "1251" in page.source.text()
    model = dialog.mapping_model
    assert model is not None
    assert model.mapping.fields[:4] == ["title", "start", "countries", "place"]
    assert model.mapping.fields[4] is None  # «Помещение» names no field

    # the person maps «Помещение» to the venue with its combo
    combo = page.mapping_view.choice(4)
    combo.setCurrentIndex(combo.findData("venue"))
    combo.activated.emit(combo.currentIndex())
    assert model.mapping.fields[4] == "venue"
    checked(qtbot, dialog)
    check = dialog.check
    assert check is not None and check.mapping.fields[4] == "venue"

    # row 4 is flagged, at its date cell; the other rows are not
    preview = page.preview_model
    rows = {row.number: row for row in preview.rows}
    assert set(rows) == {2, 3, 4}
    assert not rows[2].problems and not rows[3].problems
    assert [p.where.column for p in rows[4].problems] == ["Дата"]
    bad = preview.rows.index(rows[4])
    headings = [preview.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    date_column = headings.index("Start *")
    cell = preview.index(bad, date_column)
    assert preview.data(cell, Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_CELL
    assert "31.02.2025" in preview.data(preview.index(bad, preview.columnCount() - 1))
    assert check.report.created["events"] == 2
    assert "Would be created" in page.summary.text()
    assert count_events(context) == events_before  # a preview changes nothing

    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, REPORT)
    report = dialog.report
    assert report is not None and report.refused is None
    assert report.created["events"] == 2
    assert [p.where.row for p in report.skipped] == [4]
    assert dialog.report_page.heading.text() == "Imported."
    assert dialog.report_page.problems.rowCount() == 1
    assert dialog.buttons.close_button.text() == "Close"

    assert count_events(context) == events_before + 2
    with context.db.session() as session:
        consul = session.scalars(select(Event).where(Event.title == CONSUL)).one()
        assert consul.venue == "Зал заседаний"
        assert [c.code for c in consul.countries] == ["UZ"]
        assert consul.starts_at.astimezone(context.zone).date() == date(2025, 3, 12)
    assert count_events(context, "Форум без даты") == 0
    # the register open behind the dialog read the new event at once
    assert register.model.total == before + 1


def test_an_xlsx_register_of_places(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    path = tmp_path / "places.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["City", "Country", "Population"])
    sheet.append(["Майлуу-Суу", "Киргизия", 23_000])
    sheet.append(["Кочкор-Ата", "KG", 16_000])
    book.save(path)
    assert not {"Майлуу-Суу", "Кочкор-Ата"} & _kg_places(context)
    dialog = open_import(qtbot, context, path)
    checked(qtbot, dialog)
    assert dialog.table_page.register_box.currentData() == "places"
    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, REPORT)
    assert dialog.report is not None and dialog.report.created["places"] == 2
    assert {"Майлуу-Суу", "Кочкор-Ата"} <= _kg_places(context)


def test_a_missing_file_and_an_unreadable_one_are_said_on_the_file_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = open_import(qtbot, context, tmp_path / "nowhere.csv")
    assert dialog.pages.currentIndex() == FILE
    assert "There is no file" in dialog.file_page.error.text()
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    dialog.file_page.path_edit.setText(str(old))
    qtbot.keyClick(dialog.file_page.path_edit, Qt.Key.Key_Return)
    settled(qtbot, dialog, FILE)
    assert "old.xls" in dialog.file_page.error.text()


# -- a calendar --------------------------------------------------------------------------------


def test_a_calendar_with_a_broken_part_imports_the_valid_part(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "consul.ics"
    path.write_text(CALENDAR_ICS.replace("\n", "\r\n"), encoding="utf-8")
    events_before = count_events(context)
    dialog = open_import(qtbot, context, path)
    settled(qtbot, dialog, CALENDAR)
    page = dialog.calendar_page
    assert dialog.dry_run is not None and dialog.dry_run.refused is None
    assert dialog.dry_run.created["events"] == 1
    assert page.problems.rowCount() >= 1
    assert dialog.buttons.import_button.text() == "Import the &valid part"
    assert count_events(context) == events_before

    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    settled(qtbot, dialog, REPORT)
    assert dialog.report is not None and dialog.report.created["events"] == 1
    assert count_events(context, CONSUL) == 1
    assert dialog.report_page.problems.rowCount() == page.problems.rowCount()


# -- screenshots -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru"])
def test_mapping_step_screenshot(
    qtbot: QtBot, context: AppContext, register_csv: Path, language: str, screenshots: Path
) -> None:
    install_language(language)
    try:
        context.set_language(language)
        dialog = open_import(qtbot, context, register_csv)
        checked(qtbot, dialog)
        combo = dialog.table_page.mapping_view.choice(4)  # «Помещение» is the venue
        combo.setCurrentIndex(combo.findData("venue"))
        combo.activated.emit(combo.currentIndex())
        checked(qtbot, dialog)
        dialog.resize(1000, 760)
        expected = "Импортировать" if language == "ru" else "Import"
        assert dialog.buttons.import_button.text().replace("&", "") == expected
        russian = language == "ru"
        assert dialog.buttons.back_button.text() == ("< &Назад" if russian else "< &Back")
        assert dialog.buttons.close_button.text() == ("Отмена" if russian else "Cancel")
        assert any(row.problems for row in dialog.table_page.preview_model.rows)
        assert dialog.table_page.row_problems.text().count("31.02.2025") == 1
        assert dialog.grab().save(str(screenshots / f"import-{language}.png"))
    finally:
        install_language("en")


def test_a_calendar_or_table_dragged_onto_the_window_is_taken(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    assert window.acceptDrops()

    def drag(name: str) -> bool:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        event = QDragEnterEvent(
            QPoint(20, 20),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.setAccepted(False)
        QApplication.sendEvent(window, event)
        return event.isAccepted()

    assert drag("calendar.ics") and drag("register.xlsx") and drag("реестр.CSV")
    assert not drag("note.pdf")
