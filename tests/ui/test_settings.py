"""Settings between runs: window layout, last screen and filter, language, office zone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.settings_dialog import SettingsDialog
from diplotrack.ui.i18n import install_language, system_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.registers import RegisterView

pytestmark = pytest.mark.gui


def test_the_settings_live_in_the_tests_own_folder(isolated_settings: Path) -> None:
    settings = Settings()
    settings.last_view = "agreement"
    settings.sync()
    assert Path(settings.store.fileName()).is_relative_to(isolated_settings)
    assert Settings().last_view == "agreement"


def test_defaults_and_broken_values() -> None:
    settings = Settings()
    assert settings.geometry is None and settings.window_state is None
    assert settings.last_view == ""
    assert settings.last_filter == RecordFilter()
    assert settings.chosen_language is None
    assert settings.language == system_language()  # the first run follows the system
    assert settings.zone_name is None
    store = QSettings()
    store.setValue("interface/language", "fr")
    store.setValue("office/zone", "Mars/Olympus")
    store.setValue("filters/last", "{not json")
    store.sync()
    again = Settings()
    assert again.chosen_language is None and again.zone_name is None
    assert again.last_filter == RecordFilter()


def test_language_and_zone_round_trip() -> None:
    settings = Settings()
    settings.chosen_language = "ru"
    settings.zone_name = "Asia/Krasnoyarsk"
    settings.sync()
    again = Settings()
    assert again.language == "ru"
    assert again.zone_name == "Asia/Krasnoyarsk"
    assert str(again.zone) == "Asia/Krasnoyarsk"
    again.chosen_language = None
    assert Settings().chosen_language is None


def test_a_closed_window_opens_again_as_it_was(
    qtbot: QtBot, context: AppContext, demo_database: Database
) -> None:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    window.resize(760, 560)  # inside the offscreen screen (800×600): restoring fits it there
    window.show()
    qtbot.waitExposed(window)
    window.show_view("agreement")
    context.set_filter(RecordFilter(countries=("KG", "CN"), text="меморандум"))
    window.detail_dock.hide()
    size = window.size()
    window.close()

    context_again = AppContext(demo_database, language="en", zone=context.zone)
    again = MainWindow(context_again, settings=Settings())
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.current_view == "agreement"
    assert isinstance(again.stack.currentWidget(), RegisterView)
    assert again.side_bar.current_view() == "agreement"
    assert context_again.filter == RecordFilter(countries=("KG", "CN"), text="меморандум")
    assert again.filter_bar.chip_values("countries") == ["KG", "CN"]
    assert again.size() == size
    assert not again.detail_dock.isVisible()


def test_a_dossier_is_not_the_screen_to_come_back_to(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    window.show_view("person")
    window.show_dossier("country", "KG")
    window.close()
    assert Settings().last_view == "person"


def test_the_settings_dialog_switches_the_language(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context, settings=Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def choose_russian() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        zone = dialog.zone
        zone.setCurrentIndex(zone.findData("Asia/Krasnoyarsk"))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK is the default button

    answered: list[str] = []

    def close_the_notice() -> None:
        notice = QApplication.activeModalWidget()
        if notice is not None:
            answered.append(notice.windowTitle())
            notice.close()

    try:
        QTimer.singleShot(0, choose_russian)
        QTimer.singleShot(50, close_the_notice)  # the zone applies from the next start
        window.menus.settings.trigger()
        assert context.language == "ru"
        assert window.side_bar.views.item(1).text() == "Календарь"
        assert window.menus.edit_menu.title() == "&Правка"
        settings = Settings()
        assert settings.chosen_language == "ru"
        assert settings.zone_name == "Asia/Krasnoyarsk"
        qtbot.waitUntil(lambda: bool(answered))
        assert answered == ["Часовой пояс управления"]
    finally:
        install_language("en")


@pytest.mark.parametrize(
    ("language", "words"), [("en", "There is no time zone"), ("ru", "Нет часового пояса")]
)
def test_an_unknown_zone_is_said_under_the_field_and_the_dialog_stays(
    qtbot: QtBot, language: str, words: str
) -> None:
    settings = Settings()
    settings.zone_name = "Asia/Krasnoyarsk"
    install_language(language)
    try:
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        line = dialog.zone.lineEdit()
        assert line is not None
        line.selectAll()
        qtbot.keyClicks(line, "Krasno")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # OK
        assert dialog.isVisible() and dialog.result() != SettingsDialog.DialogCode.Accepted
        assert dialog.zone_error.isVisible()
        assert words in dialog.zone_error.text() and "Krasno" in dialog.zone_error.text()
        assert dialog.zone.currentText() == "Krasno"  # what was typed is kept
        assert Settings().zone_name == "Asia/Krasnoyarsk"
        qtbot.keyClicks(line, "yarsk")
        assert not dialog.zone_error.isVisible()  # gone at the next key
        line.setText("Asia/Bishkek")
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        assert dialog.result() == SettingsDialog.DialogCode.Accepted
        dialog.apply()
        assert Settings().zone_name == "Asia/Bishkek"
    finally:
        install_language("en")
