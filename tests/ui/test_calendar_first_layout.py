"""The month is laid out for the size it is shown at: not while built hidden (as the window
starts), and not again when only its width changes."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from diplotrack.demo.worked_example import MEETING
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.calendar.month import MonthView
from diplotrack.ui.views.calendar.view import CalendarView

pytestmark = pytest.mark.gui

MEETING_DAY = date(2024, 4, 10)


def _meeting_width(month: MonthView) -> float:
    return next(rect.width() for rect, item in month.regions if item.title == MEETING)


def test_month_built_hidden_is_laid_out_when_shown_and_kept_across_width_changes(
    qtbot: QtBot, context: AppContext
) -> None:
    view = CalendarView(context)
    qtbot.addWidget(view)
    view.go_to(MEETING_DAY)
    month = view.month
    assert month.rows == [] and month.regions == []  # read, but not laid out while hidden

    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    rows, lanes, wide = month.rows, month.max_lanes(), _meeting_width(month)
    assert len(rows) == len(view.shown.days) // 7
    assert MEETING in {bar.item.title for row in rows for bar in row.bars}

    view.resize(900, 800)  # narrower, as tall: the same lanes, the chips only placed anew
    qtbot.waitUntil(lambda: _meeting_width(month) < wide)
    assert month.max_lanes() == lanes
    assert month.rows is rows

    view.resize(900, 420)  # lower: fewer lanes, laid out again
    qtbot.waitUntil(lambda: month.max_lanes() < lanes)
    assert month.rows is not rows
    assert all(bar.lane < month.max_lanes() for row in month.rows for bar in row.bars)


def test_new_items_on_a_shown_month_are_laid_out_at_once(qtbot: QtBot, context: AppContext) -> None:
    view = CalendarView(context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.go_to(MEETING_DAY)  # visible: laid out now, not at the next paint
    assert MEETING in {item.title for _, item in view.month.regions}
