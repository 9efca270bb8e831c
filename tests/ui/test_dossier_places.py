"""The dossier's timeline names places in the window's language: the English name of a place
written in Russian in an English window, the Russian one in a Russian window, the switch live."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diplotrack.services.changes import RecordRef
from diplotrack.ui.context import AppContext
from diplotrack.ui.i18n import install_language
from diplotrack.ui.models.dossier_timeline import Column, TimelineModel
from diplotrack.ui.views.dossier import DossierView

pytestmark = pytest.mark.gui


def _kyrgyzstan(qtbot: QtBot, context: AppContext) -> DossierView:
    view = DossierView(context)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    qtbot.waitExposed(view)
    view.show("country", "KG")
    qtbot.waitUntil(lambda: not view.is_loading)
    return view


def _place_of(model: TimelineModel, ref: RecordRef) -> QModelIndex:
    found = model.index_of(ref)
    assert found.isValid()
    return found.siblingAtColumn(Column.PLACE)


def _places(model: TimelineModel) -> set[str]:
    return {
        str(model.index(row, Column.PLACE, model.index(year, 0)).data())
        for year in range(model.rowCount())
        for row in range(model.rowCount(model.index(year, 0)))
    }


def test_english_window_shows_english_place_names(
    qtbot: QtBot, qtmodeltester: ModelTester, context: AppContext, example_ids: dict[str, int]
) -> None:
    view = _kyrgyzstan(qtbot, context)
    qtmodeltester.check(view.model)
    place = _place_of(view.model, RecordRef("event", example_ids["meeting"]))
    assert place.data() == "Krasnoyarsk"
    assert place.data(Qt.ItemDataRole.ToolTipRole) == "Krasnoyarsk (Красноярск)"
    delegation = _place_of(view.model, RecordRef("delegation", example_ids["delegation"]))
    assert delegation.data() == "Jalal-Abad"
    places = _places(view.model)
    assert "Krasnoyarsk" in places and "Красноярск" not in places


def test_russian_window_and_the_switch(
    qtbot: QtBot, context_ru: AppContext, example_ids: dict[str, int]
) -> None:
    view = _kyrgyzstan(qtbot, context_ru)
    meeting = RecordRef("event", example_ids["meeting"])
    place = _place_of(view.model, meeting)
    assert place.data() == "Красноярск"
    assert place.data(Qt.ItemDataRole.ToolTipRole) == "Красноярск"
    assert "Krasnoyarsk" not in _places(view.model)
    install_language("en")
    context_ru.set_language("en")
    qtbot.waitUntil(lambda: _place_of(view.model, meeting).data() == "Krasnoyarsk")
