"""The press-release dialog: the sample read off the GUI thread into a draft the dialog shows as
the worked example, items kept, dropped, renamed and re-matched, one undoable save, and the
screenshots of the confirmation step (the item table alone: test_draft_items_model.py; nothing
saved before Save: test_draft_dialog_closing.py)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.domain import Event, Person, Place
from diplotrack.domain.enums import ParticipantRole
from diplotrack.interchange.press import Draft, DraftPerson, DraftPlace
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.draft_dialog import DraftDialog
from diplotrack.ui.dialogs.draft_worker import AnalysedDraft
from diplotrack.ui.i18n import install_language
from diplotrack.ui.models.draft_model import DraftColumn
from support.drafts import (
    PUBLISHED,
    SAMPLE,
    counts,
    handmade_draft,
    new_office,
    open_dialog,
    row_named,
    rows,
)
from support.gestures import type_text

pytestmark = pytest.mark.gui

#: the first analysis loads natasha (seconds on a busy machine shared by many test runs)
ANALYSIS_TIMEOUT_MS = 120_000


# -- helpers -----------------------------------------------------------------------------------
@pytest.fixture
def office(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    """A new office: reference data only, and the mayor, so that one person is matched."""
    with new_office(tmp_path) as context:
        yield context


def analyse_sample(qtbot: QtBot, dialog: DraftDialog) -> Draft:
    """Pastes the sample, sets its publication day, clicks Analyse and waits for the draft."""
    dialog.text_page.set_text(SAMPLE.read_text(encoding="utf-8"))
    dialog.text_page.published.setDate(QDate(2024, 4, 11))
    assert dialog.text_page.language() == "ru"
    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    assert dialog.text_page.busy.isVisibleTo(dialog)  # "Analysing…" at once
    qtbot.waitUntil(lambda: dialog.step == DraftDialog.DRAFT, timeout=ANALYSIS_TIMEOUT_MS)
    draft = dialog.model.draft()
    assert draft is not None
    assert draft.published == PUBLISHED
    return draft


def participant_roles(dialog: DraftDialog) -> dict[str, str]:
    """Who takes part in the reported event, as the form shows them, and their roles."""
    return {
        line.who.text(): line.role.value()
        for line in dialog.event_form.participants
        if line.include.isChecked()
    }


# -- the dialog on a handmade draft -------------------------------------------------------------
def test_the_chosen_item_is_edited_beside_the_table(qtbot: QtBot, office: AppContext) -> None:
    """Match to an existing record with the picker, make it new again, rename it, change a
    place's kind and a participant's role: the draft "Save" would save changes accordingly."""
    with office.db.session() as session:
        loginov_id = session.scalar(select(Person.id).where(Person.name == "Владислав Логинов"))
    dialog = open_dialog(qtbot, office)
    dialog.show_draft(
        AnalysedDraft(handmade_draft(), {("person", 7): "Кабаев Азамат"}, {"KG": "Kyrgyzstan"})
    )
    panel = dialog.items.panel
    dialog.items.select_key("person:1")
    assert panel.name.text() == "Владислав Логинов"
    assert panel.evidence.toPlainText() == "«Мэр Красноярска Владислав Логинов»"
    picker = panel.picker("person")
    assert picker.isVisibleTo(dialog)
    type_text(picker, "Логинова")  # any word form
    assert picker.take_suggestion(0)
    draft = dialog.current_draft()
    assert draft is not None and draft.item("person:1").match == loginov_id
    assert rows(dialog.model)[dialog.model.row_of("person:1")][2] == "matched: Владислав Логинов"
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    assert dialog.model.item_at(dialog.model.row_of("person:1")).match is None

    panel.name.setText("Логинов Владислав Алексеевич")
    panel.name.editingFinished.emit()
    panel.position.setText("Глава города Красноярска")
    panel.position.editingFinished.emit()
    loginov = dialog.model.item_at(dialog.model.row_of("person:1"))
    assert isinstance(loginov, DraftPerson)
    assert (loginov.name, loginov.position) == (
        "Логинов Владислав Алексеевич",
        "Глава города Красноярска",
    )
    assert dialog.event_form.participants[0].who.text() == "Логинов Владислав Алексеевич"

    dialog.items.select_key("place:2")
    assert panel.kinds["place"].isVisibleTo(dialog)
    panel.kinds["place"].set_value("region")
    bishkek = dialog.model.item_at(dialog.model.row_of("place:2"))
    assert isinstance(bishkek, DraftPlace) and bishkek.place_kind == "region"

    dialog.event_form.participants[1].role.set_value(ParticipantRole.HEAD_OF_DELEGATION)
    dialog.model.set_included("person:2", False)  # Kabaev dropped: his line goes grey
    assert not dialog.event_form.participants[1].include.isEnabled()
    draft = dialog.current_draft()
    assert draft is not None and draft.event is not None
    assert draft.event.participants[1].role == ParticipantRole.HEAD_OF_DELEGATION
    assert not draft.item("person:2").include
    assert dialog.has_unsaved_work()


def test_a_refused_save_keeps_what_was_typed(qtbot: QtBot, office: AppContext) -> None:
    """The date emptied: the save is refused with a message naming the event, the dialog stays
    open with the edits, and nothing is written."""
    before = counts(office.db)
    dialog = open_dialog(qtbot, office)
    dialog.show_draft(AnalysedDraft(handmade_draft(), {}, {}))
    dialog.event_form.title.setText("Встреча мэра с руководителем канцелярии")
    dialog.event_form.day.set_value(None)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.saved_changes is None
    assert dialog.problem.isVisibleTo(dialog)
    assert "Встреча мэра с руководителем канцелярии" in dialog.problem.text()
    assert "date" in dialog.problem.text()
    assert dialog.event_form.title.text() == "Встреча мэра с руководителем канцелярии"
    assert office.undo_stack.count() == 0
    assert counts(office.db) == before


def test_the_dialog_follows_a_language_switch(qtbot: QtBot, office: AppContext) -> None:
    from diplotrack.interchange.press import analysis

    dialog = open_dialog(qtbot, office)
    draft = replace(handmade_draft(), messages=(analysis.NO_DATE,))
    dialog.show_draft(AnalysedDraft(draft, {}, {}))
    assert dialog.save_button.text() == "&Save"
    assert dialog.messages.text() == analysis.NO_DATE
    install_language("ru")
    try:
        office.set_language("ru")
        # Qt posts LanguageChange to every window: it arrives with the next events
        qtbot.waitUntil(lambda: dialog.save_button.text() == "&Сохранить")
        assert dialog.windowTitle() == "Новое из пресс-релиза"
        header = dialog.model.headerData(DraftColumn.WHAT, Qt.Orientation.Horizontal)
        assert header == "Что"
        assert rows(dialog.model)[0][0] == "Персона"
        assert dialog.event_form.labels["participants"].text() == "Участники"
        assert dialog.event_form.participants[0].role.currentText() == "Принимающая сторона"
        # the analysis's note over the draft too
        russian = QCoreApplication.translate("messages", analysis.NO_DATE)
        assert russian != analysis.NO_DATE and dialog.messages.text() == russian
    finally:
        install_language("en")


# -- the sample, analysed ----------------------------------------------------------------------
def test_the_sample_gives_the_worked_example(qtbot: QtBot, context: AppContext) -> None:
    """On the demo office (which holds the worked example) the draft is the worked example,
    every person, place and agreement matched to the office's records — without edits."""
    before = counts(context.db)
    dialog = open_dialog(qtbot, context)
    analyse_sample(qtbot, dialog)

    form = dialog.event_form
    # the text names no day; the meeting it describes is the office's record of 10 April
    assert form.day.value() == date(2024, 4, 10)
    assert form.kind.value() == "meeting"
    roles = participant_roles(dialog)
    host = next(name for name, role in roles.items() if "Логинов" in name)
    guest = next(name for name, role in roles.items() if "Кабаев" in name)
    assert roles[host] == ParticipantRole.HOST
    assert roles[guest] == ParticipantRole.GUEST
    assert "Красноярск" in form.place.currentText()
    assert {"Russia", "Kyrgyzstan"} <= set(form.countries.text().split(", "))

    model = dialog.model
    bataeva = rows(model)[row_named(model, "Person", "Батаева")]
    assert bataeva[2].startswith("matched: ")
    assert "автономия" in bataeva[3]  # her organization, beside her position
    row_named(model, "Organization", "национально-культурная автономия")
    chancery = rows(model)[row_named(model, "Person", "Кабаев")]
    assert "канцеляри" in chancery[3].casefold()
    for place, country in (
        ("Красноярск", "Russia"),
        ("Джалал-Абад", "Kyrgyzstan"),
        ("Бишкек", "Kyrgyzstan"),
    ):
        shown = rows(model)[row_named(model, "Place", place)]
        assert country in shown[3], shown
        assert shown[2].startswith("matched: "), shown
    memorandum = rows(model)[row_named(model, "Agreement", "меморандум")]
    assert "Sister-city agreement" in memorandum[3]
    assert memorandum[2].startswith("matched: ")
    row_named(model, "Event", "Красноярск 5.0")
    row_named(model, "Delegation", "Джалал-Абад")
    conference = rows(model)[row_named(model, "Planned event", "конференц")]
    assert "Conference / forum" in conference[3]
    assert counts(context.db) == before  # reading saved nothing
    dialog.analysis.wait()


def test_saving_a_confirmed_draft(qtbot: QtBot, office: AppContext) -> None:
    """A new office: Loginov is matched, the rest is new; Bishkek is dropped before saving.
    Saving is one step on the undo stack, and undo takes every new record back."""
    db = office.db
    with db.session() as session:
        loginov_id = session.scalar(select(Person.id).where(Person.name == "Владислав Логинов"))
    before = counts(db)
    dialog = open_dialog(qtbot, office)
    analyse_sample(qtbot, dialog)
    model = dialog.model
    loginov = rows(model)[row_named(model, "Person", "Логинов")]
    assert loginov[2].startswith("matched: ")
    assert rows(model)[row_named(model, "Person", "Кабаев")][2] == "new"

    bishkek = row_named(model, "Place", "Бишкек")
    dialog.items.table.selectRow(bishkek)
    assert dialog.items.panel.name.text() == "Бишкек"
    assert dialog.items.panel.evidence.toPlainText()  # the words it came from
    model.setData(
        model.index(bishkek, DraftColumn.WHAT),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    shown_day = dialog.event_form.day.value()
    assert shown_day == PUBLISHED  # the text names no day: a new meeting takes the publication day
    announced: list[object] = []
    office.changed.connect(announced.append)
    opened: list[object] = []
    office.open_requested.connect(opened.append)
    # Ctrl+S saves, as the button does (the button's access key is Alt+S)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert dialog.result() == DraftDialog.DialogCode.Accepted
    assert len(announced) == 1
    assert office.undo_stack.count() == 1
    after = counts(db)
    assert after["Person"] == before["Person"] + 2  # Kabaev and Bataeva; Loginov was there
    with db.session() as session:
        assert session.scalar(select(Place.id).where(Place.name == "Бишкек")) is None
        assert session.scalar(select(Place.id).where(Place.name == "Красноярск")) is not None
        meeting = session.get(Event, opened[0].id)  # type: ignore[attr-defined]
        assert meeting is not None
        starts = meeting.starts_at
        zone = ZoneInfo(meeting.timezone)
        saved_day = starts.date() if meeting.all_day else starts.astimezone(zone).date()
        assert saved_day == shown_day  # the day the form showed
        roles = {p.person.name: p.role for p in meeting.participants if p.person is not None}
        assert roles["Владислав Логинов"] == ParticipantRole.HOST
        assert any(
            "Кабаев" in name and role == ParticipantRole.GUEST for name, role in roles.items()
        )
        assert {p.person_id for p in meeting.participants} >= {loginov_id}
        assert {c.code for c in meeting.countries} >= {"RU", "KG"}

    office.undo_stack.undo()
    with db.session() as session:
        live = session.scalar(
            select(func.count()).select_from(Event).where(Event.archived_at.is_(None))
        )
        assert live == 0
        people = session.scalars(select(Person.name).where(Person.archived_at.is_(None))).all()
        assert list(people) == ["Владислав Логинов"]
    office.undo_stack.redo()
    with db.session() as session:
        assert session.scalar(
            select(func.count()).select_from(Event).where(Event.archived_at.is_(None))
        )


# -- what it looks like ------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "ru"])
def test_confirmation_screenshot(
    qtbot: QtBot, office: AppContext, language: str, screenshots: Path
) -> None:
    """The draft of the sample in a new office (Loginov known, the rest new), as the person sees
    it before saving: docs/screenshots/draft-<language>.png."""
    install_language(language)
    try:
        office.set_language(language)
        dialog = open_dialog(qtbot, office)
        dialog.resize(1280, 1100)  # every item of the sample in sight
        analyse_sample(qtbot, dialog)
        dialog.items.select_key(
            dialog.model.item_keys()[
                row_named(dialog.model, "Person" if language == "en" else "Персона", "Кабаев")
            ]
        )
        assert dialog.save_button.text().replace("&", "") == (
            "Сохранить" if language == "ru" else "Save"
        )
        image = dialog.grab()
        assert image.save(str(screenshots / f"draft-{language}.png"))
        dialog.analysis.wait()
    finally:
        install_language("en")
