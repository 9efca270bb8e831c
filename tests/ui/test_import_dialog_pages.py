"""The Import dialog's pages when the interface language is switched while the dialog is open:
what it says of the file, the field choices, the preview's headings and the summary follow, as
do a calendar's preview and the report."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.import_dialog import CALENDAR, REPORT, TABLE, ImportDialog
from diplotrack.ui.i18n import install_language

pytestmark = pytest.mark.gui

WAIT_MS = 60_000

REGISTER_CSV = (
    "Дата;Мероприятие;Страна;Город\r\n"
    "12.03.2025;Встреча с консулом Китая;Китай;Красноярск\r\n"
    "31.02.2025;Кривая дата;Монголия;Улан-Батор\r\n"
)

CALENDAR_ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DiploTrack tests//RU
BEGIN:VEVENT
UID:language-switch@diplotrack.test
DTSTAMP:20250301T000000Z
DTSTART;TZID=Asia/Krasnoyarsk:20250312T110000
DTEND;TZID=Asia/Krasnoyarsk:20250312T120000
SUMMARY:Встреча с консулом
END:VEVENT
END:VCALENDAR
"""


@pytest.fixture
def switch(context: AppContext) -> Iterator[object]:
    """Switches the interface language as the window does; English again afterwards."""

    def to(language: str) -> None:
        install_language(language)
        context.set_language(language)

    try:
        yield to
    finally:
        to("en")


def _opened(qtbot: QtBot, context: AppContext, path: Path, page: int) -> ImportDialog:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.file_page.path_edit.setText(str(path))
    qtbot.keyClick(dialog.file_page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: dialog.job is None and dialog.pages.currentIndex() == page, timeout=WAIT_MS
    )
    if page == TABLE:
        qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT_MS)
    return dialog


def _headings(dialog: ImportDialog) -> list[str]:
    model = dialog.table_page.preview_model
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
    ]


def test_a_table_step_follows_the_language_both_ways(
    qtbot: QtBot, context: AppContext, tmp_path: Path, switch: object
) -> None:
    path = tmp_path / "register.csv"
    path.write_bytes(REGISTER_CSV.encode("cp1251"))
    dialog = _opened(qtbot, context, path, TABLE)
    page = dialog.table_page
    assert "rows" in page.source.text()
    assert "Start *" in _headings(dialog)
    assert page.summary.text().startswith("Would be created")

    switch("ru")  # type: ignore[operator]
    assert "строк" in page.source.text() and "rows" not in page.source.text()
    assert "Начало *" in _headings(dialog) and "Start *" not in _headings(dialog)
    assert page.mapping_view.choice(0).currentText() == "Начало *"
    assert page.summary.text().startswith("Будет создано")
    assert "строка 3" in page.row_problems.text()
    assert len(page.preview_model.rows) == 2  # the preview is still there

    switch("en")  # type: ignore[operator]
    assert "rows" in page.source.text()
    assert page.mapping_view.choice(0).currentText() == "Start *"
    assert "row 3" in page.row_problems.text()


def test_a_calendar_preview_and_the_report_follow_the_language(
    qtbot: QtBot, context: AppContext, tmp_path: Path, switch: object
) -> None:
    path = tmp_path / "calendar.ics"
    path.write_text(CALENDAR_ICS, encoding="utf-8")
    dialog = _opened(qtbot, context, path, CALENDAR)
    assert dialog.calendar_page.heading.text() == "What calendar.ics holds"
    switch("ru")  # type: ignore[operator]
    assert "calendar.ics" in dialog.calendar_page.heading.text()
    assert "holds" not in dialog.calendar_page.heading.text()
    assert "Будет создано" in dialog.calendar_page.summary.text()

    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.job is None and dialog.pages.currentIndex() == REPORT, timeout=WAIT_MS
    )
    russian = dialog.report_page.heading.text()
    switch("en")  # type: ignore[operator]
    assert dialog.report_page.heading.text() == "Imported."
    assert russian != "Imported."
    assert "Created" in dialog.report_page.summary.text()
