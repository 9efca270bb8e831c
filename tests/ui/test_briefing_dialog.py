"""The briefing in the window: the Briefing… buttons of the detail panel and the dossier, the
dialog (its choices, remembered; save as PDF), in Russian, after a language switch. Printing,
preview and the keyboard: test_briefing_dialog_output.py.

Documents are real: gathered from a copy of the demo database, written by the ``briefing``
package, and read back with ``pdftotext``. Only the questions put to the person (which printer,
which file) are answered by the test, through ``briefing_output.HOOKS``."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from briefing_dialog_kit import (
    READY_MS,
    Answers,
    meeting_key,
    pdf_text,
    ready,
    record_id,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.demo.example_keys import KABAEV, MEMORANDUM
from diplotrack.domain import Agreement
from diplotrack.services.changes import RecordRef
from diplotrack.services.people import archive_person
from diplotrack.services.snapshots import record_version
from diplotrack.ui.briefing_actions import open_briefing
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.briefing_choices import BriefingMemory
from diplotrack.ui.dialogs.briefing_dialog import BriefingDialog
from diplotrack.ui.dialogs.briefing_subject import BriefingKey
from diplotrack.ui.refs import country_ref
from diplotrack.ui.views.detail_panel import DetailPanel
from diplotrack.ui.views.dossier import DossierView
from support.demo import id_of

pytestmark = pytest.mark.gui


# -- opening it --------------------------------------------------------------------------------
def test_from_the_detail_panel_of_the_meeting_to_an_english_pdf(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    panel = DetailPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    key = meeting_key(context)
    context.select(RecordRef("event", int(key.key)))
    assert panel.briefing_button.isVisible()
    qtbot.mouseClick(panel.briefing_button, Qt.MouseButton.LeftButton)

    dialog = memory.dialogs[key]
    assert isinstance(dialog, BriefingDialog)
    assert dialog.isVisible()
    assert dialog.form.subject_name.text().startswith("Working meeting of the Mayor")
    assert not dialog.form.flag.pixmap().isNull()  # RU and KG
    ready(qtbot, dialog)
    dialog.form.language.setCurrentIndex(dialog.form.language.findData("en"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=READY_MS)

    assert answers.suggested[0].name.startswith("Briefing Working meeting of the Mayor")
    assert answers.suggested[0].name.endswith(f" {context.today().isoformat()}.pdf")
    text = pdf_text(answers.saved)
    assert "Azamat Kabaev" in text  # the English note names him in Latin letters first
    assert "СПРАВКА" not in text
    assert "page" in dialog.status.text()


def test_from_the_kyrgyz_dossier_to_a_russian_pdf(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    view = DossierView(context)
    qtbot.addWidget(view)
    view.show()
    assert not view.briefing_button.isVisible()  # no dossier yet
    with qtbot.waitSignal(view.loaded, timeout=READY_MS):
        view.show_dossier("country", "KG")
    assert view.briefing_button.isVisible()
    qtbot.mouseClick(view.briefing_button, Qt.MouseButton.LeftButton)

    dialog = memory.dialogs[BriefingKey("country", "KG")]
    assert isinstance(dialog, BriefingDialog)
    assert dialog.form.subject_name.text() == "Kyrgyzstan"
    assert "Киргизия" in dialog.form.subject_line.text()
    assert dialog.form.language.currentData() == "en"  # the window's language the first time
    ready(qtbot, dialog)
    dialog.form.language.setCurrentIndex(dialog.form.language.findData("ru"))
    dialog.save_as_pdf()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=READY_MS)

    assert answers.suggested[-1].name == f"Справка Киргизия {context.today().isoformat()}.pdf"
    text = pdf_text(answers.saved)
    assert "Кабаев" in text
    assert "Джалал-Абад" in text


def test_agreements_and_follow_ups_have_no_briefing_button(
    qtbot: QtBot, context: AppContext
) -> None:
    panel = DetailPanel(context)
    qtbot.addWidget(panel)
    panel.show()
    context.select(
        RecordRef("agreement", record_id(context.db, Agreement.title, MEMORANDUM, Agreement))
    )
    assert panel.shown is not None
    assert not panel.briefing_button.isVisible()
    context.select(country_ref("KG"))
    assert panel.briefing_button.isVisible()
    assert panel.briefing_button.key == BriefingKey("country", "KG")


def test_one_dialog_per_subject(qtbot: QtBot, context: AppContext, memory: BriefingMemory) -> None:
    first = open_briefing(context, BriefingKey("country", "KG"))
    again = open_briefing(context, BriefingKey("country", "KG"))
    other = open_briefing(context, meeting_key(context))
    assert again is first
    assert other is not first
    for dialog in (first, other):
        ready(qtbot, dialog)


def test_a_subject_that_is_gone_says_so_and_offers_nothing(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory
) -> None:
    dialog = open_briefing(context, BriefingKey("event", 987654))
    assert "There is no event number 987654" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    assert not dialog.preview_button.isEnabled()


def _archived_meanwhile(qtbot: QtBot, context: AppContext) -> tuple[BriefingDialog, int]:
    """A ready dialog on Kabaev, who is archived by someone else before the next gathering;
    then the deeper history asked for makes the dialog gather again, to print."""
    kabaev = id_of(context.db, "person", KABAEV)
    dialog = ready(qtbot, open_briefing(context, BriefingKey("person", kabaev)))
    archive_person(
        context.db, kabaev, expected_version=record_version(context.db, "person", kabaev)
    )
    dialog.form.history.setValue(dialog.form.history.value() + 1)
    dialog.print_briefing()
    ready(qtbot, dialog)
    assert dialog.briefing is None
    return dialog, kabaev


def test_a_subject_archived_meanwhile_is_named_in_english(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory, answers: Answers
) -> None:
    dialog, kabaev = _archived_meanwhile(qtbot, context)
    assert dialog.status.text() == f"There is no person “{kabaev}” (or it is archived)"
    assert answers.print_asked == 0


def test_a_subject_archived_meanwhile_is_named_in_russian(
    qtbot: QtBot, context_ru: AppContext, answers: Answers, screenshots: Path
) -> None:
    dialog, kabaev = _archived_meanwhile(qtbot, context_ru)
    try:
        assert dialog.status.text() == (
            f"Запись не найдена или перенесена в архив: персона «{kabaev}»"
        )
        assert answers.print_asked == 0
        dialog.grab().save(str(screenshots / "briefing-dialog-archived-ru.png"))
    finally:
        dialog.close()


def _jalal_abad(context: AppContext) -> int:
    from diplotrack.demo.example_keys import JALAL_ABAD
    from diplotrack.domain import Place

    with context.db.session() as session:
        found = session.scalar(select(Place.id).where(Place.name == JALAL_ABAD))
    assert found is not None
    return int(found)


# -- what the dialog remembers -----------------------------------------------------------------
def test_choices_carry_over_to_the_next_briefing(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory
) -> None:
    first = ready(qtbot, open_briefing(context, BriefingKey("country", "KG")))
    assert first.form.history.value() == 10
    assert first.form.marking.currentText() == ""
    first.form.language.setCurrentIndex(first.form.language.findData("ru"))
    first.form.marking.setCurrentIndex(1)
    assert first.form.marking.currentText() == "Для служебного пользования"
    first.form.history.setValue(5)
    first.form.prepared_by.setText("А. Петрова, консультант")
    first.close()
    assert BriefingKey("country", "KG") not in memory.dialogs

    second = ready(qtbot, open_briefing(context, meeting_key(context)))
    assert second.form.language.currentData() == "ru"
    assert second.form.marking.currentText() == "Для служебного пользования"
    assert second.form.history.value() == 5
    assert second.form.prepared_by.text() == "А. Петрова, консультант"
    options = second.form.options()
    assert (options.language, options.history_limit) == ("ru", 5)
    assert options.prepared_on == context.today()
    # the usual markings follow the note's language; one typed by hand stays as typed
    second.form.language.setCurrentIndex(second.form.language.findData("en"))
    assert second.form.marking.currentText() == "For official use only"
    second.form.marking.setCurrentText("Only for the mayor")
    second.form.language.setCurrentIndex(second.form.language.findData("ru"))
    assert second.form.marking.currentText() == "Only for the mayor"


def test_talking_points_stay_with_their_subject(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory
) -> None:
    kg = BriefingKey("country", "KG")
    dialog = open_briefing(context, kg)
    qtbot.keyClicks(dialog.form.talking_points, "<b>Thank</b> for the greetings")
    dialog.close()
    reopened = open_briefing(context, kg)
    assert reopened is not dialog
    assert reopened.form.talking_points.toPlainText() == "<b>Thank</b> for the greetings"
    assert open_briefing(context, meeting_key(context)).form.talking_points.toPlainText() == ""
    ready(qtbot, reopened)
    assert reopened.form.options().talking_points == "<b>Thank</b> for the greetings"


# -- in Russian --------------------------------------------------------------------------------
def test_the_dialog_in_russian(
    qtbot: QtBot, context_ru: AppContext, isolated_settings: Path
) -> None:
    dialog = open_briefing(context_ru, BriefingKey("country", "KG"))
    try:
        assert dialog.form.subject_name.text() == "Киргизия"
        assert dialog.form.language.currentData() == "ru"
        assert dialog.windowTitle() == "Справка — Киргизия"
        assert dialog.save_button.text() == "&Сохранить как PDF…"
        assert dialog.form.points_label.text().startswith("&Тезисы")
        ready(qtbot, dialog)
        assert dialog.status.text() == "Готово."
    finally:
        dialog.close()


def test_a_dialog_gone_with_its_window_is_opened_anew(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory
) -> None:
    window = QWidget()
    first = ready(qtbot, open_briefing(context, BriefingKey("country", "KG"), window))
    shiboken6.delete(window)  # the window closes; the dialog over it goes with it, never closed
    assert not shiboken6.isValid(first)
    second = open_briefing(context, BriefingKey("country", "KG"))
    assert shiboken6.isValid(second)
    assert second.isVisible()
    ready(qtbot, second)


# -- what it looks like ------------------------------------------------------------------------
TALKING_POINTS = {
    "ru": "Поблагодарить за поздравления с Ураза-байрамом.\n"
    "Обсудить программу визита делегации мэрии Джалал-Абада и сроки XI конференции.",
    "en": "Thank him for the Eid al-Fitr greetings.\n"
    "Discuss the Jalal-Abad delegation's programme and the dates of the XI conference.",
}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_briefing_dialog_screenshot(
    qtbot: QtBot,
    request: pytest.FixtureRequest,
    language: str,
    tmp_path: Path,
    screenshots: Path,
) -> None:
    context: AppContext = request.getfixturevalue("context_ru" if language == "ru" else "context")
    dialog = open_briefing(context, meeting_key(context))
    try:
        dialog.form.marking.setCurrentIndex(1)
        dialog.form.prepared_by.setText(
            "А. Петрова, консультант" if language == "ru" else "A. Petrova, adviser"
        )
        dialog.form.talking_points.setPlainText(TALKING_POINTS[language])
        ready(qtbot, dialog)
        qtbot.waitExposed(dialog)
        assert dialog.save_button.text() == (
            "&Сохранить как PDF…" if language == "ru" else "&Save as PDF…"
        )
        image = dialog.grab()
        assert image.save(str(tmp_path / "dialog.png"))
        image.save(str(screenshots / f"briefing-dialog-{language}.png"))
    finally:
        dialog.close()


def test_the_dialog_follows_a_language_switch(
    qtbot: QtBot, context: AppContext, memory: BriefingMemory
) -> None:
    from diplotrack.ui.i18n import install_language

    dialog = ready(qtbot, open_briefing(context, BriefingKey("country", "KG")))
    assert dialog.windowTitle() == "Briefing — Kyrgyzstan"
    try:
        install_language("ru")  # as the window's switch does: translators, then the context
        context.set_language("ru")
        assert dialog.form.subject_name.text() == "Киргизия"
        assert dialog.windowTitle() == "Справка — Киргизия"
        assert dialog.print_button.text() == "&Печать…"
        assert dialog.form.language.currentData() == "en"  # the note keeps its own language
    finally:
        install_language("en")
