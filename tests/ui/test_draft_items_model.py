"""The press-release dialog's table of proposed items (DraftItemsModel) on a draft made by hand:
what each row says, in the interface language, and how ticking, renaming and matching change
the draft."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from diplotrack.domain.enums import DatePrecision, EventStatus
from diplotrack.interchange.press import DraftAgreement, DraftFollowUp, DraftPerson
from diplotrack.ui.i18n import install_language
from diplotrack.ui.models.draft_model import DraftColumn, DraftItemsModel
from support.drafts import handmade_draft, handmade_model, rows

pytestmark = pytest.mark.gui


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
