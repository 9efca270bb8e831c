"""The Today page's long lines wrap whole: every line is painted as tall as its wrapped text
needs at the width it is painted at (never cut with "…"), in English and in Russian, at any
width of the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from diplotrack.ui.context import AppContext
from diplotrack.ui.views.today import TodayLineDelegate, TodayView

pytestmark = pytest.mark.gui


class PaintedLines(TodayLineDelegate):
    """The page's own delegate, noting how each line was painted (its rectangle and text)."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        self.painted: dict[int, QStyleOptionViewItem] = {}

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        seen = QStyleOptionViewItem(option)
        self.initStyleOption(seen, index)
        self.painted[index.row()] = seen
        super().paint(painter, option, index)

    def cut(self) -> list[str]:
        """The painted lines whose wrapped text is taller than the room they were painted in."""
        style = self.view.style()
        found = []
        for option in self.painted.values():
            room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self.view)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, self.view)
            layout = QTextLayout(option.text, option.font)
            wrapping = QTextOption()
            wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)
            layout.setTextOption(wrapping)
            layout.beginLayout()
            height = 0.0
            while (line := layout.createLine()).isValid():
                line.setLineWidth(room.width() - 2 * (margin + 1))  # as Qt's style wraps it
                height += line.height()
            layout.endLayout()
            if height > room.height() + 0.5:
                found.append(option.text)
        return found


def _page(qtbot: QtBot, context: AppContext) -> tuple[TodayView, PaintedLines]:
    view = TodayView(context)
    qtbot.addWidget(view)
    lines = PaintedLines(view.list)
    view.list.setItemDelegate(lines)
    view.resize(700, 900)
    view.show()
    qtbot.waitExposed(view)
    _paint(view)
    return view, lines


def _paint(view: TodayView) -> None:
    QApplication.processEvents()  # the list lays its lines out for its new width
    view.list.viewport().repaint()


@pytest.mark.parametrize("language", ["en", "ru"])
def test_no_line_is_cut_at_any_width(
    qtbot: QtBot, request: pytest.FixtureRequest, language: str
) -> None:
    shown: AppContext = request.getfixturevalue("context" if language == "en" else "context_ru")
    view, lines = _page(qtbot, shown)
    cut: list[tuple[int, str]] = []
    for width in range(560, 800, 3):
        view.resize(width, 1400)  # every line on the page, none scrolled away
        lines.painted.clear()
        _paint(view)
        assert len(lines.painted) == view.model.rowCount()
        cut += [(width, text) for text in lines.cut()]
    assert cut == []


def test_a_long_line_is_painted_on_two_lines(qtbot: QtBot, context: AppContext) -> None:
    _, lines = _page(qtbot, context)
    longest = max(lines.painted.values(), key=lambda option: len(option.text))
    shortest = min(lines.painted.values(), key=lambda option: len(option.text))
    assert longest.rect.height() > shortest.rect.height()
    assert lines.cut() == []
