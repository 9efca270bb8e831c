"""The detail panel on the demo database: what it shows of each record, in English and
Russian, how it follows the selection and changes, its links and Enter."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from diplotrack.domain import Agreement, Event
from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.refs import country_ref
from diplotrack.ui.views.detail_panel import DetailPanel
from support.gestures import click_link

pytestmark = pytest.mark.gui


def test_empty_panel_gives_a_hint(panel: DetailPanel) -> None:
    assert panel.shown is None
    assert "Select an event" in panel.text()
    assert panel.stack.currentIndex() == 0


def test_the_meeting_with_its_people_countries_and_memorandum(
    panel: DetailPanel, context: AppContext, example_ids: dict[str, int]
) -> None:
    context.select(RecordRef("event", example_ids["meeting"]))
    text = panel.text()
    assert panel.shown == RecordRef("event", example_ids["meeting"])
    assert "Working meeting of the Mayor with the Head of the Office" in text
    assert "10 April 2024, 11:00–12:00" in text  # Krasnoyarsk time, the office's zone
    assert "Vladislav Loginov — Host" in text
    assert "Azamat Kabaev — Guest" in text
    assert "Head of the Office of the Embassy of the Kyrgyz Republic" in text  # his post
    assert "Mayor of Krasnoyarsk" in text
    assert "Kyrgyzstan" in text and "Russia" in text  # its countries, by name
    assert "Memorandum on sister-city relations between Krasnoyarsk and Jalal-Abad" in text
    assert "culture, education, sport, economy" in text
    assert panel.open_button.text() == "Open"


def test_the_memorandum_with_both_cities_and_days_to_expiry(
    panel: DetailPanel, context: AppContext, demo_database: Database, example_ids: dict[str, int]
) -> None:
    ref = RecordRef("agreement", example_ids["memorandum"])
    context.select(ref)
    text = panel.text()
    assert "PARTIES\nKrasnoyarsk\nJalal-Abad" in text
    assert "no end date" in text
    # the office learns the memorandum's end date: the panel re-reads and counts the days
    with demo_database.sessions.begin() as session:
        session.get_one(Agreement, example_ids["memorandum"]).valid_until = context.today() + (
            timedelta(days=30)
        )
    context.announce(Changes(updated=frozenset({ref})))
    assert "30 days to expiry" in panel.text()


def test_a_link_selects_and_enter_opens(
    qtbot: QtBot, panel: DetailPanel, context: AppContext, example_ids: dict[str, int]
) -> None:
    context.select(RecordRef("event", example_ids["meeting"]))
    with qtbot.waitSignal(context.selection_changed) as selected:
        click_link(qtbot, panel.browser, "Azamat Kabaev")
    assert selected.args == [RecordRef("person", example_ids["kabaev"])]
    assert panel.shown == RecordRef("person", example_ids["kabaev"])
    assert "since 1 November 2023" in panel.text()
    assert panel.open_button.text() == "Open dossier"
    panel.browser.setFocus()
    panel.browser.setTextCursor(QTextCursor(panel.browser.document()))  # no link focused
    with qtbot.waitSignal(context.open_requested) as opened:
        qtbot.keyClick(panel.browser, Qt.Key.Key_Return)
    assert opened.args == [RecordRef("person", example_ids["kabaev"])]


def test_open_button(
    qtbot: QtBot, panel: DetailPanel, context: AppContext, example_ids: dict[str, int]
) -> None:
    context.select(RecordRef("delegation", example_ids["delegation"]))
    with qtbot.waitSignal(context.open_requested) as opened:
        qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [RecordRef("delegation", example_ids["delegation"])]


def test_a_note_with_markup_shows_as_written(
    panel: DetailPanel, context: AppContext, demo_database: Database, example_ids: dict[str, int]
) -> None:
    ref = RecordRef("event", example_ids["meeting"])
    context.select(ref)
    with demo_database.sessions.begin() as session:
        meeting = session.get_one(Event, example_ids["meeting"])
        meeting.notes = "<b>bold</b> & <a href='x'>no link</a>"
    context.announce(Changes(updated=frozenset({ref})))
    assert "<b>bold</b> & <a href='x'>no link</a>" in panel.text()
    assert "<b>bold</b>" not in panel.browser.toHtml().replace("&lt;b&gt;bold", "")


def test_changes_elsewhere_leave_the_panel_alone(
    panel: DetailPanel, context: AppContext, demo_database: Database, example_ids: dict[str, int]
) -> None:
    context.select(RecordRef("followup", example_ids["school"]))
    before = panel.text()
    with demo_database.sessions.begin() as session:
        session.get_one(Event, example_ids["meeting"]).notes = "changed"
    context.announce(Changes(updated=frozenset({RecordRef("event", example_ids["meeting"])})))
    assert panel.text() == before
    assert "Came from" in before or "CAME FROM" in before
    assert "Memorandum on sister-city relations" in before


def test_delegation_programme_by_day(
    panel: DetailPanel, context: AppContext, example_ids: dict[str, int]
) -> None:
    context.select(RecordRef("delegation", example_ids["delegation"]))
    text = panel.text()
    assert "20–23 April 2024" in text
    assert "Kubanychbek Imanaliev" in text
    assert "Monday, 22 April\n" in text and "Tuesday, 23 April\n" in text
    assert "Incoming" in text


def test_country_and_place(
    panel: DetailPanel, context: AppContext, example_ids: dict[str, int]
) -> None:
    context.select(country_ref("KG"))
    assert "Kyrgyzstan" in panel.text()
    assert panel.open_button.text() == "Open dossier"
    context.select(RecordRef("place", example_ids["jalal"]))
    assert "Jalal-Abad" in panel.text()
    context.select(RecordRef("place", 999_999))
    assert "no longer in the database" in panel.text()


def test_russian_and_its_screenshots(
    qtbot: QtBot,
    panel: DetailPanel,
    context: AppContext,
    example_ids: dict[str, int],
    screenshots: Path,
) -> None:
    context.select(RecordRef("event", example_ids["meeting"]))
    install_language("ru")
    context.set_language("ru")
    text = panel.text()
    assert "10 апреля 2024, 11:00–12:00" in text
    assert "Владислав Логинов — Принимающая сторона" in text or "Владислав Логинов —" in text
    assert "Азамат Кабаев" in text
    assert "Рабочая встреча Главы города" in text
    assert panel.open_button.text() == "Открыть"
    qtbot.wait(1)  # the language change reaches every widget before the picture
    panel.grab().save(str(screenshots / "detail-event-ru.png"))
    install_language("en")
    context.set_language("en")
    assert "10 April 2024, 11:00–12:00" in panel.text()
    qtbot.wait(1)  # the language change reaches every widget before the picture
    panel.grab().save(str(screenshots / "detail-event-en.png"))
