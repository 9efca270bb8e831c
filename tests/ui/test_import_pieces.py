"""The Import dialog's parts on their own: where a problem is and what it is, a refused
calendar said whole, every text the engines give the dialogs in Russian, the kinds a report
announces, and the dialog's models under the model tester."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.modeltest import ModelTester

from diplotrack.interchange.ical import messages as ical_messages
from diplotrack.interchange.ical import read_calendar
from diplotrack.interchange.report import ImportReport, Problem, Where
from diplotrack.interchange.tables import guess_mapping, read_table
from diplotrack.interchange.tables.messages import BAD_DATE, problem
from diplotrack.ui.context import AppContext
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
from support.imports import CONSUL, write_register_csv

pytestmark = pytest.mark.gui


@pytest.fixture
def register_csv(tmp_path: Path) -> Path:
    return write_register_csv(tmp_path)


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
    assert "the first: VCALENDAR begun here is never ended" in english
    assert english.count("line 1") == 1  # the place is said once
    install_language("ru")
    try:
        russian = refusal_text(report)
    finally:
        install_language("en")
    assert russian.startswith("строка 1: Ни одно мероприятие из файла нельзя импортировать")
    assert "первая: Начатый здесь VCALENDAR не закрыт" in russian
    assert russian.count("строка 1") == 1
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
