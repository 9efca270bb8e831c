"""The Export dialog on the demo database: it says how many records the current filter gives,
writes the KG-filtered events to .ics and .xlsx with the worked example's meeting in them,
offers .ics for events only, names the file after the register and the day; screenshots."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import icalendar
import openpyxl
import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from diplotrack.demo.example_keys import MEETING
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.queries.registers import count_agreements, count_events
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.export_dialog import ExportDialog, exported_kind
from diplotrack.ui.dialogs.export_filter import describe_dates
from diplotrack.ui.exchange_actions import ExchangeActions
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings

pytestmark = pytest.mark.gui

WAIT_MS = 60_000
KG = RecordFilter(countries=("KG",))


def _dialog(qtbot: QtBot, context: AppContext, folder: Path, kind: str = "event") -> ExportDialog:
    dialog = ExportDialog(context, kind=kind, folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _export(qtbot: QtBot, dialog: ExportDialog) -> int:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and dialog.written is not None, timeout=WAIT_MS)
    assert dialog.written is not None
    return dialog.written


def _kg_events(context: AppContext) -> int:
    with context.db.session() as session:
        return count_events(session, KG, zone=context.zone)


def test_the_kg_events_to_ics_hold_the_worked_example(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    context.set_filter(KG)
    dialog = _dialog(qtbot, context, tmp_path)
    expected = _kg_events(context)
    assert expected > 1
    assert dialog.counted == expected
    assert dialog.count_label.text() == f"{QLocale().toString(expected)} events — Kyrgyzstan"
    assert dialog.file_format == "ics"  # events go to a calendar unless asked otherwise
    assert dialog.path == tmp_path / f"events-{context.today().isoformat()}.ics"

    written = _export(qtbot, dialog)
    assert written >= 1
    assert str(dialog.path) in dialog.result_label.text()
    calendar = icalendar.Calendar.from_ical(dialog.path.read_bytes())
    summaries = [str(event.get("SUMMARY")) for event in calendar.walk("VEVENT")]
    assert MEETING in summaries
    assert dialog.close_button.isEnabled()


def test_the_kg_events_to_xlsx(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    context.set_filter(KG)
    dialog = _dialog(qtbot, context, tmp_path)
    dialog.choose(file_format="xlsx")
    assert dialog.path.suffix == ".xlsx"
    written = _export(qtbot, dialog)
    assert written == _kg_events(context)
    sheet = openpyxl.load_workbook(dialog.path, read_only=True).worksheets[0]
    cells = {str(value) for row in sheet.iter_rows(values_only=True) for value in row}
    assert MEETING in cells


def test_ics_is_offered_for_events_only(qtbot: QtBot, context: AppContext, tmp_path: Path) -> None:
    context.set_filter(KG)
    dialog = _dialog(qtbot, context, tmp_path, kind="agreement")
    assert dialog.kind == "agreement" and dialog.file_format == "xlsx"
    model = dialog.format_box.model()
    ics = dialog.format_box.findData("ics")
    assert not model.flags(model.index(ics, 0)) & Qt.ItemFlag.ItemIsEnabled
    with context.db.session() as session:
        agreements = count_agreements(session, KG)
    assert dialog.counted == agreements
    assert dialog.path.name == f"agreements-{context.today().isoformat()}.xlsx"
    dialog.choose(file_format="csv")
    assert dialog.path.suffix == ".csv"
    assert _export(qtbot, dialog) == agreements
    text = dialog.path.read_text(encoding="utf-8-sig")
    assert "Джалал-Абад" in text
    dialog.choose(kind="event")
    assert model.flags(model.index(ics, 0)) & Qt.ItemFlag.ItemIsEnabled


def test_counts_have_their_plural_forms_in_both_languages(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, context, tmp_path)
    english = [dialog.counted_text(kind, n) for kind, n in (("event", 1), ("event", 29))]
    assert english == ["1 event", "29 events"]
    assert dialog.counted_text("person", 3) == "3 people"
    assert dialog.counted_text("person", 1) == "1 person"
    assert dialog.counted_text("place", 2) == "2 places"
    install_language("ru")
    try:
        russian = [dialog.counted_text("event", n) for n in (1, 3, 29, 21)]
        assert russian == ["1 мероприятие", "3 мероприятия", "29 мероприятий", "21 мероприятие"]
        assert dialog.counted_text("place", 5) == "5 населённых пунктов"
    finally:
        install_language("en")


def test_the_count_says_what_the_filter_is(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, context, tmp_path)
    assert dialog.count_label.text().endswith(" — no filter, all of them")
    context.set_filter(
        RecordFilter(
            countries=("KG", "CN"),
            date_from=date(2024, 1, 1),
            date_to=date(2024, 12, 31),
            kinds=("meeting",),
            statuses=("held",),
            text="Джалал",
        )
    )
    dialog = _dialog(qtbot, context, tmp_path)
    counted = dialog.counted_text("event", dialog.counted or 0)
    assert dialog.count_label.text() == (
        f"{counted} — Kyrgyzstan, China · 2024 · Meeting · Held · “Джалал”"
    )
    context.set_filter(RecordFilter(date_from=date(2024, 4, 1), date_to=date(2024, 4, 30)))
    assert describe_dates(date(2024, 4, 1), date(2024, 4, 30), "en") == "April 2024"
    assert describe_dates(date(2024, 4, 10), None, "en") == "from 10 April 2024"
    assert describe_dates(None, date(2024, 4, 10), "en") == "until 10 April 2024"
    assert describe_dates(date(2023, 1, 1), date(2024, 12, 31), "en") == "2023–2024"
    install_language("ru")
    try:
        context.set_language("ru")
        context.set_filter(RecordFilter(countries=("KG",), date_from=date(2024, 4, 10)))
        dialog = _dialog(qtbot, context, tmp_path)
        assert dialog.count_label.text().endswith(" — Киргизия · с 10 апреля 2024")
    finally:
        install_language("en")
        context.set_language("en")


def test_a_folder_that_is_not_there_is_said(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, context, tmp_path)
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "events.ics"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None and dialog.written is None
    assert "does not exist" in dialog.result_label.text()


def test_the_window_exports_the_register_it_shows(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    actions = window.findChild(ExchangeActions)
    assert actions is not None
    assert actions.import_action.shortcut().toString() == "Ctrl+I"
    assert actions.export_action.shortcut().toString() == "Ctrl+E"
    assert actions.import_action in window.menus.file_menu.actions()
    assert actions.export_action.text() == "&Export…"
    window.switch_language("ru", remember=False)
    try:
        assert actions.import_action.text() == "&Импорт…"
    finally:
        window.switch_language("en", remember=False)
    window.show_view("delegation")
    assert exported_kind(window.current_view) == "delegation"
    window.show_view("calendar")
    assert exported_kind(window.current_view) == "event"
    assert exported_kind("today") == "event"


@pytest.mark.parametrize("language", ["en", "ru"])
def test_export_dialog_screenshot(
    qtbot: QtBot, context: AppContext, tmp_path: Path, language: str, screenshots: Path
) -> None:
    install_language(language)
    try:
        context.set_language(language)
        context.set_filter(KG)
        # a short folder, so the picture shows the file's name rather than pytest's folders
        with tempfile.TemporaryDirectory(prefix="office-") as folder:
            dialog = _dialog(qtbot, context, Path(folder))
            dialog.choose(file_format="xlsx")
            _export(qtbot, dialog)
        expected = "Экспортировать" if language == "ru" else "Export"
        assert dialog.export_button.text().replace("&", "") == expected
        dialog.resize(680, dialog.sizeHint().height())
        assert dialog.grab().save(str(screenshots / f"export-{language}.png"))
    finally:
        install_language("en")
