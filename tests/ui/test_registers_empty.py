"""A register that shows no rows says why (its own search, the filter, or nothing yet), and
its columns are named in Russian as the office says them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplotrack.domain.filters import RecordFilter
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.registers import RegisterView
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _view(qtbot: QtBot, context: AppContext, kind: str) -> RegisterView:
    view = RegisterView(context, kind)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_search_with_no_hits_says_so_and_the_rows_hide_it_again(
    qtbot: QtBot, context: AppContext
) -> None:
    view = _view(qtbot, context, "event")
    assert view.model.rowCount() > 0 and not view.empty_notice.isVisible()
    view.quick.setFocus()
    type_text(view.quick, "zzqqxx")
    qtbot.keyClick(view.quick, Qt.Key.Key_Return)
    assert view.model.rowCount() == 0
    assert view.empty_notice.isVisible()
    assert "“zzqqxx”" in view.empty_notice.text()
    assert view.empty_notice.geometry() == view.table.viewport().rect()
    view.quick.clear()
    qtbot.keyClick(view.quick, Qt.Key.Key_Return)
    assert view.model.rowCount() > 0 and not view.empty_notice.isVisible()


def test_an_empty_filter_result_points_to_clearing_the_filter(
    qtbot: QtBot, context_ru: AppContext
) -> None:
    view = _view(qtbot, context_ru, "agreement")
    context_ru.set_filter(RecordFilter(countries=("FR",)))  # the demo has nothing with France
    assert view.model.rowCount() == 0
    assert view.empty_notice.isVisible()
    assert "«Сбросить»" in view.empty_notice.text()
    context_ru.set_filter(RecordFilter())
    assert not view.empty_notice.isVisible()


def test_the_people_register_names_its_columns_in_russian(
    qtbot: QtBot, context_ru: AppContext
) -> None:
    view = _view(qtbot, context_ru, "person")
    headers = [
        view.model.headerData(column, Qt.Orientation.Horizontal)
        for column in range(view.model.columnCount())
    ]
    assert headers[:2] == ["Ф. И. О.", "В другом написании"]
