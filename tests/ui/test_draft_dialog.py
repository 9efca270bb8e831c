"""The press-release dialog: the sample read off the GUI thread into a draft the dialog shows as
the worked example, items kept, dropped, renamed and re-matched, one undoable save, Cancel and
closing that save nothing, and the screenshots of the confirmation step."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.domain import (
    Agreement,
    Delegation,
    Event,
    FollowUp,
    Organization,
    Person,
    Place,
    ValidationError,
)
from diplotrack.domain.enums import DatePrecision, EventStatus, ParticipantRole
from diplotrack.interchange.press import (
    Draft,
    DraftAgreement,
    DraftCountry,
    DraftEvent,
    DraftFollowUp,
    DraftParticipant,
    DraftPerson,
    DraftPlace,
)
from diplotrack.services.people import PersonInput, create_person
from diplotrack.store.database import Database, open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.draft_dialog import DraftDialog
from diplotrack.ui.dialogs.draft_worker import AnalysedDraft, AnalysisRequest
from diplotrack.ui.i18n import install_language
from diplotrack.ui.models.draft_model import DraftColumn, DraftItemsModel
from support.gestures import type_text

pytestmark = pytest.mark.gui

SAMPLE = (
    Path(__file__).parents[2].parent
    / "shared"
    / "samples"
    / "krasnoyarsk-kyrgyz-chancery-meeting.ru.txt"
)
PUBLISHED = date(2024, 4, 11)
#: the first analysis loads natasha (seconds on a busy machine shared by many test runs)
ANALYSIS_TIMEOUT_MS = 120_000

_COUNTED = (Event, Person, Organization, Place, Agreement, Delegation, FollowUp)


# -- helpers -----------------------------------------------------------------------------------
@pytest.fixture
def office(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    """A new office: reference data only, and the mayor, so that one person is matched."""
    db = open_database(f"sqlite:///{tmp_path / 'office.sqlite3'}")
    create_person(db, PersonInput(name="Владислав Логинов", country="RU"))
    install_language("en")
    try:
        yield AppContext(db, language="en")
    finally:
        db.close()


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            model.__name__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in _COUNTED
        }


def open_dialog(qtbot: QtBot, context: AppContext) -> DraftDialog:
    dialog = DraftDialog(context)
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.discard())
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


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


def rows(model: DraftItemsModel) -> list[tuple[str, str, str, str]]:
    """Every row as shown: what, name, record (matched / new), details."""
    return [
        tuple(  # type: ignore[misc]
            str(model.index(row, column).data()) for column in DraftColumn
        )
        for row in range(model.rowCount())
    ]


def row_named(model: DraftItemsModel, what: str, part: str) -> int:
    for row, (kind, name, _record, _details) in enumerate(rows(model)):
        if kind == what and part.casefold() in name.casefold():
            return row
    raise AssertionError(f"no {what} named like {part!r} in {rows(model)}")


def participant_roles(dialog: DraftDialog) -> dict[str, str]:
    """Who takes part in the reported event, as the form shows them, and their roles."""
    return {
        line.who.text(): line.role.value()
        for line in dialog.event_form.participants
        if line.include.isChecked()
    }


def handmade_draft() -> Draft:
    """A small draft like the sample's, made by hand: the dialog's own behaviour, whatever the
    analysis proposes."""
    krasnoyarsk = DraftPlace(
        key="place:1", label="Красноярск", name="Красноярск", country_code="RU"
    )
    bishkek = DraftPlace(
        key="place:2", label="Бишкек", name="Бишкек", country_code="KG", evidence="из Бишкека"
    )
    loginov = DraftPerson(
        key="person:1",
        label="Владислав Логинов",
        name="Владислав Логинов",
        position="Мэр Красноярска",
        evidence="Мэр Красноярска Владислав Логинов",
    )
    kabaev = DraftPerson(key="person:2", label="Азамат Кабаев", name="Азамат Кабаев", match=7)
    meeting = DraftEvent(
        key="event:1",
        label="Рабочая встреча",
        title="Рабочая встреча",
        starts_on=date(2024, 4, 10),
        place_key="place:1",
        country_keys=("country:RU", "country:KG"),
        participants=(
            DraftParticipant(person_key="person:1", role=ParticipantRole.HOST),
            DraftParticipant(person_key="person:2", role=ParticipantRole.GUEST),
        ),
    )
    conference = DraftEvent(
        key="event:2",
        label="XI конференция",
        title="XI конференция",
        status=EventStatus.PLANNED,
        edition=11,
    )
    return Draft(
        text="…",
        language="ru",
        published=PUBLISHED,
        event=meeting,
        people=(loginov, kabaev),
        places=(krasnoyarsk, bishkek),
        countries=(
            DraftCountry(key="country:RU", label="Россия", code="RU"),
            DraftCountry(key="country:KG", label="Киргизия", code="KG"),
        ),
        events=(conference,),
    )


def handmade_model(language: str = "en") -> DraftItemsModel:
    model = DraftItemsModel(language)
    model.set_draft(
        handmade_draft(), {("person", 7): "Кабаев Азамат"}, {"RU": "Russia", "KG": "Kyrgyzstan"}
    )
    return model


# -- the item model ----------------------------------------------------------------------------
def test_the_item_model_passes_the_model_tester(qtmodeltester: object, qapp: QApplication) -> None:
    model = handmade_model()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_included("place:2", False)
    model.rename("person:1", "Логинов Владислав")
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_the_model_shows_every_item_but_the_reported_event(qapp: QApplication) -> None:
    model = handmade_model()
    shown = rows(model)
    # people and what they belong to first, reference data last
    assert [kind for kind, *_ in shown] == [
        "Person",
        "Person",
        "Place",
        "Place",
        "Planned event",
        "Country",
        "Country",
    ]
    russia = shown[model.row_of("country:RU")]
    assert russia[1:3] == ("Russia", "known country")  # by its name in the interface language
    assert shown[model.row_of("place:2")][3] == "City · Kyrgyzstan"
    assert shown[model.row_of("person:1")][2] == "new"
    assert shown[model.row_of("person:2")][2] == "matched: Кабаев Азамат"
    bishkek = model.index(model.row_of("place:2"), DraftColumn.NAME)
    assert bishkek.data(Qt.ItemDataRole.ToolTipRole) == "из Бишкека"


def test_details_say_dates_as_exactly_as_known_and_what_a_follow_up_serves(
    qapp: QApplication,
) -> None:
    draft = handmade_draft()
    conference = draft.events[0]
    memorandum = DraftAgreement(key="agreement:1", label="Меморандум", title="Меморандум")
    school = DraftFollowUp(
        key="followup:1",
        label="Строительство школы",
        title="Строительство школы",
        agreement_key="agreement:1",
        country_code="KG",
    )
    draft = replace(
        draft,
        events=(
            replace(conference, starts_on=date(2025, 1, 1), date_precision=DatePrecision.YEAR),
            replace(
                conference,
                key="event:3",
                status=EventStatus.HELD,
                starts_on=date(2024, 4, 1),
                date_precision=DatePrecision.MONTH,
            ),
        ),
        agreements=(memorandum,),
        followups=(school,),
    )
    model = DraftItemsModel("en")
    model.set_draft(draft, {}, {"RU": "Russia", "KG": "Kyrgyzstan"})
    shown = rows(model)
    assert shown[model.row_of("event:2")][3].endswith("Planned · 2025")
    assert shown[model.row_of("event:3")][3].endswith("Held · April 2024")
    assert shown[model.row_of("followup:1")][3] == "Меморандум · Kyrgyzstan"


def test_the_analysis_notes_are_translated(qapp: QApplication) -> None:
    """Every note the analysis and the save write has its Russian in draft_ru.ts."""
    from diplotrack.interchange.press import analysis
    from diplotrack.services import drafts
    from diplotrack.ui.dialogs.draft_notes import ANALYSIS_NOTES

    written = (
        analysis.EMPTY_TEXT,
        analysis.NOTHING_FOUND,
        analysis.NO_DATE,
        analysis.NO_DATE_AT_ALL,
        drafts.NO_DATE,
    )
    assert set(written) <= set(ANALYSIS_NOTES)
    install_language("ru")
    try:
        for note in written:
            assert QCoreApplication.translate("messages", note) != note, note
    finally:
        install_language("en")


def test_unticking_renaming_and_rematching_change_the_draft(qapp: QApplication) -> None:
    model = handmade_model()
    bishkek = model.row_of("place:2")
    assert model.setData(
        model.index(bishkek, DraftColumn.WHAT),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    loginov = model.index(model.row_of("person:1"), DraftColumn.NAME)
    assert model.flags(loginov) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(loginov, "Логинов Владислав Алексеевич")
    assert not model.setData(loginov, "   ")  # a name cannot be emptied
    model.set_match("person:1", 3, "Логинов Владислав")
    model.set_match("person:2", None)
    draft = model.draft()
    assert draft is not None
    assert not draft.item("place:2").include
    loginov_item = draft.item("person:1")
    assert isinstance(loginov_item, DraftPerson)
    assert loginov_item.name == "Логинов Владислав Алексеевич"
    assert loginov_item.match == 3
    assert draft.item("person:2").match is None
    assert rows(model)[model.row_of("person:1")][2] == "matched: Логинов Владислав"
    assert rows(model)[model.row_of("person:2")][2] == "new"
    country = model.index(model.row_of("country:RU"), DraftColumn.NAME)
    assert not model.flags(country) & Qt.ItemFlag.ItemIsEditable


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
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

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


# -- nothing saved before Save ------------------------------------------------------------------
def test_cancel_during_the_analysis_drops_it(qtbot: QtBot, office: AppContext) -> None:
    before = counts(office.db)
    dialog = open_dialog(qtbot, office)
    dialog.text_page.set_text(SAMPLE.read_text(encoding="utf-8"))
    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    assert dialog.is_analysing
    assert dialog.cancel_button.text() == "Cancel analysis"
    assert dialog.text_page.text_box.isReadOnly()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.is_analysing
    assert dialog.isVisible()  # Cancel stopped the analysis, not the dialog
    assert not dialog.text_page.busy.isVisibleTo(dialog)
    dialog.analysis.wait()  # the analysis runs to its end unheard
    qtbot.wait(100)
    assert dialog.step == DraftDialog.TEXT
    assert dialog.model.draft() is None
    assert dialog.cancel_button.text() == "Cancel"
    assert counts(office.db) == before


def test_an_analysis_that_fails_leaves_the_dialog_ready(qtbot: QtBot, office: AppContext) -> None:
    """A known error is shown under the text; a bug goes to the error dialog (raised in the GUI
    thread) — either way "Analysing…" ends and the text can be analysed again."""

    def refuse(_db: Database, request: AnalysisRequest) -> AnalysedDraft:
        if "bug" in request.text:
            raise RuntimeError("a bug in the analysis")
        raise ValidationError(
            "unreadable", template="The press release is empty: paste or open its text first."
        )

    dialog = DraftDialog(office, analyse=refuse)
    qtbot.addWidget(dialog, before_close_func=lambda widget: widget.discard())
    dialog.show()
    dialog.text_page.set_text("Текст")
    qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.is_analysing)
    assert (
        dialog.text_page.problem.text()
        == "The press release is empty: paste or open its text first."
    )
    assert dialog.step == DraftDialog.TEXT
    assert dialog.analyse_button.isEnabled()

    dialog.text_page.set_text("a bug")
    with qtbot.capture_exceptions() as raised:
        qtbot.mouseClick(dialog.analyse_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.is_analysing)
    assert [kind for kind, *_ in raised] == [RuntimeError]
    assert not dialog.text_page.busy.isVisibleTo(dialog)
    assert dialog.analyse_button.isEnabled()


def answer_next_question(button: QMessageBox.StandardButton) -> list[str]:
    """Clicks ``button`` of the next message box; the texts of the boxes answered."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        clicked = box.button(button)
        assert isinstance(clicked, QPushButton)
        clicked.click()

    QTimer.singleShot(0, answer)
    return asked


def test_closing_with_a_text_asks_first(qtbot: QtBot, office: AppContext) -> None:
    dialog = open_dialog(qtbot, office)
    dialog.text_page.set_text("Мэр Красноярска встретился с делегацией.")
    asked = answer_next_question(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked and dialog.isVisible()
    asked = answer_next_question(QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert asked and not dialog.isVisible()
    assert dialog.result() == DraftDialog.DialogCode.Rejected


def test_an_empty_dialog_closes_without_asking(qtbot: QtBot, office: AppContext) -> None:
    dialog = open_dialog(qtbot, office)
    assert not dialog.analyse_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_press_release_file_in_windows_1251(
    qtbot: QtBot, office: AppContext, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, office)
    path = tmp_path / "release.txt"
    path.write_bytes("Мэр Красноярска Владислав Логинов".encode("cp1251"))
    assert dialog.text_page.open_file(path)
    assert dialog.text_page.text() == "Мэр Красноярска Владислав Логинов"
    assert dialog.text_page.language_label.text() == "Language: Russian"
    assert dialog.analyse_button.isEnabled()
    assert not dialog.text_page.open_file(tmp_path / "missing.txt")
    assert "missing.txt" in dialog.text_page.problem.text()
    assert dialog.text_page.text() == "Мэр Красноярска Владислав Логинов"  # kept


def test_the_file_menu_opens_the_dialog(qtbot: QtBot, office: AppContext) -> None:
    from diplotrack.ui.main_window import MainWindow

    window = MainWindow(office)
    qtbot.addWidget(window)
    action = next(
        a for a in window.menus.file_menu.actions() if a.objectName() == "NewFromPressRelease"
    )
    assert action.shortcut().toString() == "Ctrl+Shift+V"
    action.trigger()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, DraftDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    action.trigger()  # the open one again, not a second
    assert (
        len(
            [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, DraftDialog) and w.isVisible()
            ]
        )
        == 1
    )
    dialogs[0].reject()


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
