"""The Import dialog on the demo database, with real files written here: a cp1251 CSV mapped
by hand and imported, an .xlsx, a calendar with a broken part, a big CSV cancelled half-way by
the dialog's one Cancel (or by closing the window, which waits for the import to stop);
its models under the model tester; screenshots of the mapping step in both languages."""

from __future__ import annotations

import threading
from collections import Counter
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.domain import Event, Place
from diplotrack.domain.filters import RecordFilter
from diplotrack.interchange.ical import messages as ical_messages
from diplotrack.interchange.ical import read_calendar
from diplotrack.interchange.report import ImportReport, Problem, Where
from diplotrack.interchange.tables import guess_mapping, read_table
from diplotrack.interchange.tables.messages import BAD_DATE, problem
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.exchange_job import ExchangeJob
from diplotrack.ui.dialogs.import_dialog import CALENDAR, FILE, REPORT, TABLE, ImportDialog
from diplotrack.ui.dialogs.import_mapping import FIELD, ColumnMappingModel
from diplotrack.ui.dialogs.import_models import (
    PROBLEM_CELL,
    PreviewRow,
    ProblemListModel,
    RowPreviewModel,
)
from diplotrack.ui.dialogs.import_problems import (
    problem_text,
    refusal_text,
    report_changes,
    where_text,
)
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.registers import RegisterView

pytestmark = pytest.mark.gui

WAIT_MS = 60_000

CONSUL = "Встреча с генеральным консулом Узбекистана"
MONGOLIA = "Приём делегации Монголии"
# a cp1251 register as the office kept it: the venue column's heading names no field, and
# row 4 (the heading is row 1) has a day that does not exist
REGISTER_CSV = (
    "Название;Дата;Страна;Город;Помещение;Примечание\r\n"
    f"{CONSUL};12.03.2025;Узбекистан;Красноярск;Зал заседаний;рабочая встреча\r\n"
    f"{MONGOLIA};14.03.2025;Монголия;Красноярск;Большой зал;\r\n"
    "Форум без даты;31.02.2025;Киргизия;Красноярск;Малый зал;дата неверна\r\n"
)

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


def _events(context: AppContext, title: str | None = None) -> int:
    with context.db.session() as session:
        query = select(func.count()).select_from(Event)
        if title is not None:
            query = query.where(Event.title == title)
        return int(session.scalar(query) or 0)


def _kg_places(context: AppContext) -> set[str]:
    with context.db.session() as session:
        return set(session.scalars(select(Place.name).where(Place.country_code == "KG")))


def _dialog(qtbot: QtBot, context: AppContext, path: Path | None = None) -> ImportDialog:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if path is not None:
        # the person types (or pastes) the path and presses Enter
        dialog.file_page.path_edit.setText(str(path))
        qtbot.keyClick(dialog.file_page.path_edit, Qt.Key.Key_Return)
    return dialog


def _settled(qtbot: QtBot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(
        lambda: (
            dialog.job is None
            and dialog.pages.currentIndex() == page
            and not dialog._recheck.isActive()
        ),
        timeout=WAIT_MS,
    )


def _checked(qtbot: QtBot, dialog: ImportDialog) -> None:
    _settled(qtbot, dialog, TABLE)
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT_MS)


@pytest.fixture
def register_csv(tmp_path: Path) -> Path:
    path = tmp_path / "мероприятия.csv"
    path.write_bytes(REGISTER_CSV.encode("cp1251"))
    return path


# -- the pieces ------------------------------------------------------------------------------


def test_where_and_what_in_english_and_russian(qapp: object) -> None:
    found = problem(Where(row=4, line=4, column="Дата"), BAD_DATE, value="31.02.2025")
    assert where_text(found.where) == "row 4, column «Дата»"
    assert problem_text(found).startswith("row 4, column «Дата»: “31.02.2025” is not a")
    assert where_text(Where(line=12)) == "line 12"
    install_language("ru")
    try:
        assert where_text(found.where) == "строка 4, столбец «Дата»"
        assert where_text(Where(line=12)) == "строка 12"
        assert where_text(Where(component="VEVENT 2, UID x@y")) == "VEVENT 2, UID x@y"
    finally:
        install_language("en")
    assert where_text(Where()) == ""
    assert problem_text(Problem(Where(), "plain")) == "plain"


def test_a_refused_calendar_is_said_whole_in_the_window_language(qapp: object) -> None:
    """The refusal names the first broken part; in Russian, that part is Russian too."""
    bad = "collective_icalendar__src_icalendar_tests_calendars_big_bad_calendar.ics"
    plan = read_calendar(Path(__file__).parents[2] / ".." / "shared" / "interop" / "ics" / bad)
    assert plan.refused is not None and plan.refused.template == ical_messages.NOTHING_IMPORTABLE
    report = ImportReport(source=bad, file_format="ics", refused=plan.refused)
    report.skipped.extend(plan.skipped)
    english = refusal_text(report)
    assert english.startswith("line 1: No event in the file can be imported (parts left out: ")
    assert "the first: line 1: VCALENDAR begun here is never ended" in english
    install_language("ru")
    try:
        russian = refusal_text(report)
    finally:
        install_language("en")
    assert russian.startswith("строка 1: Ни одно мероприятие из файла нельзя импортировать")
    assert "первая: строка 1: Начатый здесь VCALENDAR не закрыт" in russian
    assert "begun" not in russian


def test_every_text_the_engines_give_the_dialogs_is_russian(qapp: object) -> None:
    """Registers, their fields, and every problem of tables, calendars and press releases."""
    from diplotrack.interchange.press import analysis
    from diplotrack.interchange.tables import REGISTERS
    from diplotrack.interchange.tables import messages as table_messages
    from diplotrack.services import drafts

    texts = [spec.label for spec in REGISTERS.values()]
    texts += [field.label for spec in REGISTERS.values() for field in spec.fields]
    for module in (table_messages, ical_messages):
        texts += [v for k, v in vars(module).items() if k.isupper() and isinstance(v, str)]
    texts += [analysis.EMPTY_TEXT, analysis.NO_DATE, analysis.NO_DATE_AT_ALL]
    texts += [analysis.NOTHING_FOUND, drafts.NO_DATE]
    assert len(texts) > 60
    install_language("ru")
    try:
        untranslated = [t for t in texts if QCoreApplication.translate("messages", t) == t]
    finally:
        install_language("en")
    assert untranslated == []


def test_a_report_announces_the_kinds_it_touched() -> None:
    report = ImportReport(
        "x.csv",
        "csv",
        created=Counter({"places": 3, "agreements": 2}),
        updated=Counter({"events": 1}),
        unchanged=Counter({"people": 5}),
    )
    changes = report_changes(report)
    assert changes.kinds == {"place", "agreement", "event"}
    assert changes.touches("event") and not changes.touches("person")
    assert report_changes(ImportReport("x.csv", "csv")).is_empty


def test_models_pass_the_model_tester(
    qtmodeltester: ModelTester, context: AppContext, register_csv: Path
) -> None:
    table = read_table(register_csv)
    mapping = ColumnMappingModel(table, guess_mapping(table))
    qtmodeltester.check(mapping, force_py=True)
    assert mapping.rowCount() == 6
    assert mapping.data(mapping.index(0, 2)).startswith(CONSUL)
    assert mapping.setData(mapping.index(4, FIELD), "venue")
    assert mapping.setData(mapping.index(4, FIELD), "no such field") is False
    qtmodeltester.check(mapping, force_py=True)

    problems = ProblemListModel()
    found = problem(Where(row=4, column="Дата"), BAD_DATE, value="31.02.2025")
    problems.set_problems([found, Problem(Where(component="VEVENT 2"), "no start")])
    qtmodeltester.check(problems, force_py=True)
    assert problems.data(problems.index(1, 0)) == "VEVENT 2"

    preview = RowPreviewModel()
    preview.set_rows(
        ["Title", "Start"],
        ["Название", "Дата"],
        [PreviewRow(2, (CONSUL, "12.03.2025")), PreviewRow(4, ("Форум", "31.02.2025"), (found,))],
    )
    qtmodeltester.check(preview, force_py=True)
    assert preview.columnCount() == 4
    assert preview.data(preview.index(1, 2), Qt.ItemDataRole.BackgroundRole).color() == PROBLEM_CELL
    assert preview.data(preview.index(0, 2), Qt.ItemDataRole.BackgroundRole) is None


# -- a table, start to end -------------------------------------------------------------------


def test_a_cp1251_register_mapped_by_hand_and_imported(
    qtbot: QtBot, context: AppContext, register_csv: Path
) -> None:
    context.set_filter(RecordFilter(text="консулом Узбекистана"))
    register = RegisterView(context, "event")
    qtbot.addWidget(register)
    before = register.model.total
    events_before = _events(context)

    dialog = _dialog(qtbot, context, register_csv)
    _checked(qtbot, dialog)
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
    _checked(qtbot, dialog)
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
    assert _events(context) == events_before  # a preview changes nothing

    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog, REPORT)
    report = dialog.report
    assert report is not None and report.refused is None
    assert report.created["events"] == 2
    assert [p.where.row for p in report.skipped] == [4]
    assert dialog.report_page.heading.text() == "Imported."
    assert dialog.report_page.problems.rowCount() == 1
    assert dialog.buttons.close_button.text() == "Close"

    assert _events(context) == events_before + 2
    with context.db.session() as session:
        consul = session.scalars(select(Event).where(Event.title == CONSUL)).one()
        assert consul.venue == "Зал заседаний"
        assert [c.code for c in consul.countries] == ["UZ"]
        assert consul.starts_at.astimezone(context.zone).date() == date(2025, 3, 12)
    assert _events(context, "Форум без даты") == 0
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
    dialog = _dialog(qtbot, context, path)
    _checked(qtbot, dialog)
    assert dialog.table_page.register_box.currentData() == "places"
    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog, REPORT)
    assert dialog.report is not None and dialog.report.created["places"] == 2
    assert {"Майлуу-Суу", "Кочкор-Ата"} <= _kg_places(context)


@pytest.fixture
def big_csv(tmp_path: Path) -> Path:
    path = tmp_path / "big.csv"
    lines = ["Название;Дата;Страна"]
    lines += [f"Встреча № {n};{1 + n % 28:02d}.0{1 + n % 9}.2025;Киргизия" for n in range(5000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import_held_at_first_report(
    qtbot: QtBot, dialog: ImportDialog
) -> tuple[threading.Event, list[tuple[int, int]]]:
    """Starts the import and holds its thread at its first progress report (so Cancel is
    pressed while it surely runs) until the returned event is set."""
    release = threading.Event()
    reports: list[tuple[int, int]] = []

    def hold(step: str, job: ExchangeJob) -> None:
        def report(done: int, total: int) -> None:
            reports.append((done, total))
            release.wait(WAIT_MS / 1000)

        if step == "import":
            job.on_report.append(report)

    dialog.job_started.connect(hold)
    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)
    return release, reports


def _cancel_buttons(dialog: ImportDialog) -> list[QPushButton]:
    return [
        button
        for button in dialog.findChildren(QPushButton)
        if button.isVisible() and button.text().replace("&", "") == "Cancel"
    ]


def test_one_cancel_stops_a_big_import_and_nothing_changes(
    qtbot: QtBot, context: AppContext, big_csv: Path, screenshots: Path
) -> None:
    events_before = _events(context)
    dialog = _dialog(qtbot, context, big_csv)
    _checked(qtbot, dialog)
    assert dialog.check is not None and dialog.check.report.created["events"] == 5000
    release, _reports = _import_held_at_first_report(qtbot, dialog)
    try:
        assert dialog.step == "import"
        assert _cancel_buttons(dialog) == [dialog.buttons.close_button]  # one Cancel, not two
        assert dialog.buttons.close_button.isEnabled()
        dialog.grab().save(str(screenshots / "import-running-en.png"))
        qtbot.mouseClick(dialog.buttons.close_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # the import has not stopped yet: nothing closes
        assert not dialog.buttons.close_button.isEnabled()  # pressed once is enough
        assert dialog.activity.label.text() == "Cancelling…"
        dialog.grab().save(str(screenshots / "import-cancelling-en.png"))
    finally:
        release.set()
    _settled(qtbot, dialog, REPORT)
    assert dialog.cancelled and dialog.isVisible()
    assert dialog.report_page.heading.text() == "Cancelled: nothing was imported."
    assert dialog.buttons.close_button.text() == "Close" and dialog.buttons.close_button.isEnabled()
    assert _events(context) == events_before


def test_closing_the_window_during_an_import_stops_it_first(
    qtbot: QtBot, context: AppContext, big_csv: Path
) -> None:
    events_before = _events(context)
    dialog = _dialog(qtbot, context, big_csv)
    _checked(qtbot, dialog)
    release, _reports = _import_held_at_first_report(qtbot, dialog)
    try:
        assert not dialog.close()  # refused while the import runs…
        assert dialog.isVisible() and dialog.step == "import"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)  # …closed once stopped
    assert dialog.cancelled and dialog.job is None
    assert _events(context) == events_before


def test_a_check_shows_no_second_cancel(qtbot: QtBot, context: AppContext, big_csv: Path) -> None:
    dialog = _dialog(qtbot, context, big_csv)
    _checked(qtbot, dialog)
    assert dialog.activity.findChildren(QPushButton) == []
    assert _cancel_buttons(dialog) == [dialog.buttons.close_button]


def test_a_missing_file_and_an_unreadable_one_are_said_on_the_file_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, context, tmp_path / "nowhere.csv")
    assert dialog.pages.currentIndex() == FILE
    assert "There is no file" in dialog.file_page.error.text()
    old = tmp_path / "old.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500))
    dialog.file_page.path_edit.setText(str(old))
    qtbot.keyClick(dialog.file_page.path_edit, Qt.Key.Key_Return)
    _settled(qtbot, dialog, FILE)
    assert "old.xls" in dialog.file_page.error.text()


# -- a calendar --------------------------------------------------------------------------------


def test_a_calendar_with_a_broken_part_imports_the_valid_part(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "consul.ics"
    path.write_text(CALENDAR_ICS.replace("\n", "\r\n"), encoding="utf-8")
    events_before = _events(context)
    dialog = _dialog(qtbot, context, path)
    _settled(qtbot, dialog, CALENDAR)
    page = dialog.calendar_page
    assert dialog.dry_run is not None and dialog.dry_run.refused is None
    assert dialog.dry_run.created["events"] == 1
    assert page.problems.rowCount() >= 1
    assert dialog.buttons.import_button.text() == "Import the &valid part"
    assert _events(context) == events_before

    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    _settled(qtbot, dialog, REPORT)
    assert dialog.report is not None and dialog.report.created["events"] == 1
    assert _events(context, CONSUL) == 1
    assert dialog.report_page.problems.rowCount() == page.problems.rowCount()


# -- screenshots -------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru"])
def test_mapping_step_screenshot(
    qtbot: QtBot, context: AppContext, register_csv: Path, language: str, screenshots: Path
) -> None:
    install_language(language)
    try:
        context.set_language(language)
        dialog = _dialog(qtbot, context, register_csv)
        _checked(qtbot, dialog)
        combo = dialog.table_page.mapping_view.choice(4)  # «Помещение» is the venue
        combo.setCurrentIndex(combo.findData("venue"))
        combo.activated.emit(combo.currentIndex())
        _checked(qtbot, dialog)
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
