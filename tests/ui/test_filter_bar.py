"""The filter bar driven as a person would: countries by name, alias or code, several at once,
clearing in one click, Ctrl+F, debounced text, saved filters that survive a new bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from diplotrack.domain.filters import RecordFilter
from diplotrack.ui.context import AppContext
from diplotrack.ui.saved_filters import SavedFilters, filter_from_json, filter_to_json
from diplotrack.ui.views.registers import RegisterView
from diplotrack.ui.widgets.filter_bar import TEXT_DELAY_MS, FilterBar
from support.gestures import type_text

pytestmark = pytest.mark.gui


class Window(QWidget):
    """The filter bar over the events register, as the shell puts them."""

    def __init__(self, context: AppContext, settings: QSettings) -> None:
        super().__init__()
        self.bar = FilterBar(context, settings=settings)
        self.events = RegisterView(context, "event")
        layout = QVBoxLayout(self)
        layout.addWidget(self.bar)
        layout.addWidget(self.events)


@pytest.fixture
def window(qtbot: QtBot, context: AppContext, settings: QSettings) -> Window:
    window = Window(context, settings)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _add_country(qtbot: QtBot, bar: FilterBar, text: str) -> None:
    bar.country_edit.setFocus()
    type_text(bar.country_edit, text)
    qtbot.keyClick(bar.country_edit, Qt.Key.Key_Return)


def _countries_shown(view: RegisterView) -> list[tuple[str, ...]]:
    model = view.model
    return [model.data(model.index(row, 5), model.CountriesRole) for row in range(model.rowCount())]


def test_typing_a_country_adds_a_chip_and_filters(
    qtbot: QtBot, window: Window, context: AppContext
) -> None:
    everything = window.events.model.total
    assert not window.bar.clear_button.isVisible()
    _add_country(qtbot, window.bar, "Киргизия")
    assert context.filter.countries == ("KG",)
    assert window.bar.chip_values("countries") == ["KG"]
    shown = _countries_shown(window.events)
    assert shown and all("KG" in codes for codes in shown)
    assert window.events.model.total < everything
    assert window.bar.clear_button.isVisible()
    qtbot.waitUntil(lambda: window.bar.country_edit.text() == "")  # ready for the next


@pytest.mark.parametrize("typed", ["Кыргызстан", "Kyrgyzstan", "kg", "Киргизская Республика"])
def test_a_country_by_any_name(
    qtbot: QtBot, window: Window, context: AppContext, typed: str
) -> None:
    _add_country(qtbot, window.bar, typed)
    assert context.filter.countries == ("KG",)


def test_several_countries_then_remove_one_chip(
    qtbot: QtBot, window: Window, context: AppContext
) -> None:
    _add_country(qtbot, window.bar, "Киргизия")
    _add_country(qtbot, window.bar, "Китай")
    _add_country(qtbot, window.bar, "KG")  # already there: not twice
    assert context.filter.countries == ("KG", "CN")
    assert window.bar.chip_values("countries") == ["KG", "CN"]
    shown = _countries_shown(window.events)
    assert any("KG" in c for c in shown) and any("CN" in c for c in shown)
    assert all("KG" in c or "CN" in c for c in shown)
    chip = window.bar.findChild(QWidget, "chip-countries-KG")
    assert chip is not None
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert context.filter.countries == ("CN",)
    assert window.bar.chip_values("countries") == ["CN"]


def test_an_unknown_country_changes_nothing_and_says_so_beside_the_box(
    qtbot: QtBot, window: Window, context: AppContext
) -> None:
    _add_country(qtbot, window.bar, "Атлантида")
    assert context.filter.is_empty
    problem = window.bar.country_box.problem
    assert problem.isVisible() and problem.text() == "No such country"
    assert window.bar.country_edit.text() == "Атлантида"  # kept, to be corrected
    type_text(window.bar.country_edit, "x")
    assert not problem.isVisible()  # gone once the text changes


def test_part_of_a_name_is_taken_when_the_list_names_one_country(
    qtbot: QtBot, window: Window, context: AppContext
) -> None:
    _add_country(qtbot, window.bar, "киргиз")  # «Киргизия», «Киргизская Республика»: both KG
    assert context.filter.countries == ("KG",)
    assert not window.bar.country_box.problem.isVisible()
    qtbot.waitUntil(lambda: window.bar.country_edit.text() == "")


def test_part_of_several_countries_names_asks_to_pick(
    qtbot: QtBot, window: Window, context: AppContext
) -> None:
    _add_country(qtbot, window.bar, "гвине")  # Гвинея, Гвинея-Бисау, Экваториальная Гвинея…
    assert context.filter.is_empty
    problem = window.bar.country_box.problem
    assert problem.isVisible() and problem.text() == "Several countries: pick one from the list"
    assert window.bar.country_edit.text() == "гвине"


def test_clearing_in_one_click(qtbot: QtBot, window: Window, context: AppContext) -> None:
    everything = window.events.model.total
    context.set_filter(
        RecordFilter(countries=("KG",), statuses=("held",), date_from=date(2024, 1, 1), text="мэр")
    )
    assert window.bar.clear_button.isVisible()
    assert window.bar.status_button.text().endswith("(1)")
    qtbot.mouseClick(window.bar.clear_button, Qt.MouseButton.LeftButton)
    assert context.filter.is_empty
    assert window.events.model.total == everything
    assert window.bar.chip_values("countries") == [] and window.bar.text_edit.text() == ""
    assert not window.bar.clear_button.isVisible()


def test_ctrl_f_focuses_the_text_and_typing_is_debounced(
    qtbot: QtBot, window: Window, context: AppContext
) -> None:
    window.events.table.setFocus()
    qtbot.keyClick(window.events.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.bar.text_edit.hasFocus()
    type_text(window.bar.text_edit, "Джалал-Абаде")
    assert context.filter.text == ""  # not yet: the bar waits for the next key
    qtbot.waitUntil(lambda: context.filter.text == "Джалал-Абаде", timeout=TEXT_DELAY_MS * 10)
    titles = [
        window.events.model.data(window.events.model.index(row, 1))
        for row in range(window.events.model.rowCount())
    ]
    assert titles and any("Джалал-Абад" in title for title in titles)


def test_kind_and_status_menus(window: Window, context: AppContext) -> None:
    meeting = next(a for a in window.bar.kind_menu.actions() if a.data() == "meeting")
    meeting.trigger()
    assert context.filter.kinds == ("meeting",)
    kinds = {
        window.events.model.data(window.events.model.index(row, 2))
        for row in range(window.events.model.rowCount())
    }
    assert kinds == {"Meeting"}
    held = next(a for a in window.bar.status_menu.actions() if a.data() == "held")
    held.trigger()
    assert context.filter.statuses == ("held",)
    assert window.bar.kind_button.text() == "Kind (1)"


def test_dates_and_a_person(qtbot: QtBot, window: Window, context: AppContext) -> None:
    window.bar.date_from.setDate(window.bar.date_from.date().fromString("2024-04-01", "yyyy-MM-dd"))
    window.bar.date_to.setDate(window.bar.date_to.date().fromString("2024-04-30", "yyyy-MM-dd"))
    assert context.filter.date_from == date(2024, 4, 1)
    assert context.filter.date_to == date(2024, 4, 30)
    window.bar.person_edit.setFocus()
    type_text(window.bar.person_edit, "Кабаева")
    qtbot.keyClick(window.bar.person_edit, Qt.Key.Key_Return)
    assert len(context.filter.person_ids) == 1
    titles = [
        window.events.model.data(window.events.model.index(row, 1))
        for row in range(window.events.model.rowCount())
    ]
    assert any(title.startswith("Рабочая встреча Главы города") for title in titles)
    chips = window.bar.chip_values("person_ids")
    assert chips == list(context.filter.person_ids)


def test_saving_and_reapplying_a_filter(
    qtbot: QtBot, window: Window, context: AppContext, settings: QSettings
) -> None:
    _add_country(qtbot, window.bar, "Киргизия")
    _add_country(qtbot, window.bar, "Китай")
    context.set_filter(
        RecordFilter(countries=("KG", "CN"), date_from=date(2024, 1, 1), text="побратим")
    )
    window.bar.save_current("Азия 2024")
    assert window.bar.saved_names() == ["Азия 2024"]
    qtbot.mouseClick(window.bar.clear_button, Qt.MouseButton.LeftButton)
    assert context.filter.is_empty
    window.bar.apply_saved("Азия 2024")
    assert context.filter == RecordFilter(
        countries=("KG", "CN"), date_from=date(2024, 1, 1), text="побратим"
    )
    assert window.bar.chip_values("countries") == ["KG", "CN"]

    # a new bar (the next run) reads the saved filter back from the settings file
    context.set_filter(RecordFilter())
    again = FilterBar(context, settings=QSettings(settings.fileName(), settings.format()))
    qtbot.addWidget(again)
    assert again.saved_names() == ["Азия 2024"]
    again.apply_saved("Азия 2024")
    assert context.filter.countries == ("KG", "CN")
    assert again.chip_values("countries") == ["KG", "CN"]
    assert again.text_edit.text() == "побратим"


def test_the_bar_shows_a_filter_set_elsewhere(
    qtbot: QtBot, context: AppContext, settings: QSettings
) -> None:
    context.set_filter(RecordFilter(countries=("RU",), topic_ids=(1,)))
    bar = FilterBar(context, settings=settings)  # restored at start-up, before the bar
    qtbot.addWidget(bar)
    assert bar.chip_values("countries") == ["RU"] and bar.chip_values("topic_ids") == [1]
    context.set_filter(RecordFilter(text="Логинов"))
    assert bar.chip_values("countries") == [] and bar.text_edit.text() == "Логинов"


def test_filters_round_trip_through_json(settings: QSettings) -> None:
    flt = RecordFilter(
        countries=("KG",),
        kinds=("meeting",),
        statuses=("held",),
        date_from=date(2024, 4, 1),
        date_to=date(2024, 4, 30),
        topic_ids=(1, 2),
        person_ids=(3,),
        organization_ids=(4,),
        place_ids=(5,),
        text="Джалал",
        include_archived=True,
    )
    assert filter_from_json(filter_to_json(flt)) == flt
    assert (
        filter_from_json({"countries": "KG", "date_from": "junk", "new_field": 1}) == RecordFilter()
    )
    saved = SavedFilters(settings)
    saved.remember_last(flt)
    assert SavedFilters(QSettings(settings.fileName(), settings.format())).last() == flt
