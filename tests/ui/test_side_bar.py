"""The side bar's saved filters: a long name is cut short with its whole name in the tooltip,
and the list never scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplotrack.ui.navigation import SideBar

pytestmark = pytest.mark.gui


def test_a_long_saved_filter_is_cut_short_not_scrolled(qtbot: QtBot) -> None:
    bar = SideBar()
    qtbot.addWidget(bar)
    long_name = "Киргизия и Казахстан: визиты и соглашения за 2024–2026 годы"
    bar.set_saved_filters([long_name])
    bar.resize(bar.minimumWidth(), 500)
    bar.show()
    qtbot.waitExposed(bar)
    filters = bar.filters
    assert not filters.horizontalScrollBar().isVisible()
    item = filters.item(0)
    assert item.toolTip() == long_name
    assert filters.visualItemRect(item).right() <= filters.viewport().width()
    assert filters.textElideMode() == Qt.TextElideMode.ElideRight
    # the list is as tall as its one line, with no room kept for a scroll bar
    assert filters.height() <= filters.sizeHintForRow(0) + 2 * filters.frameWidth() + 8
    with qtbot.waitSignal(bar.saved_filter_chosen) as chosen:
        rect = filters.visualItemRect(item)
        qtbot.mouseClick(filters.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == [long_name]
