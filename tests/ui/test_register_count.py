"""A register's count read behind its rows: the rows come at once, the count after them from a
thread of its own, and only the newest filter's count is ever shown."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from diplotrack.domain.filters import RecordFilter
from diplotrack.store.queries.registers import count_events
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.registers import RegisterView

pytestmark = pytest.mark.gui


def _view(qtbot: QtBot, context: AppContext) -> RegisterView:
    view = RegisterView(context, "event")
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _counted(context: AppContext, flt: RecordFilter) -> int:
    with context.db.session() as session:
        return count_events(session, flt, zone=context.zone)


def test_the_count_follows_the_rows_from_the_background(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context)
    kyrgyz = RecordFilter(countries=("KG",))
    expected = _counted(context, kyrgyz)
    with qtbot.waitSignal(view.model.counted, timeout=5000) as arrived:
        context.set_filter(kyrgyz)
        assert view.model.rowCount() > 0  # the rows are there before the count
    assert arrived.args == [expected]
    assert view.model.total == expected
    assert view.count_label.text() == f"Events: {expected}"


def test_a_count_of_an_earlier_filter_is_never_taken(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context)
    context.set_filter(RecordFilter(countries=("CN",)))
    earlier = view.model.effective_filter()
    jalal = RecordFilter(text="Джалал-Абад")
    with qtbot.waitSignal(view.model.counted, timeout=5000) as arrived:
        context.set_filter(jalal)
    newest = _counted(context, jalal)
    assert arrived.args == [newest]
    # China's count arriving late (it was under way when the text was typed) changes nothing
    view.model._counter.counted.emit(earlier, newest + 1000)
    assert view.model.total == newest
    assert view.count_label.text() == f"Events: {newest}"


def test_asking_for_the_total_before_the_count_arrives_counts_at_once(
    context: AppContext,
) -> None:
    view = RegisterView(context, "event")
    context.set_filter(RecordFilter(countries=("KG",)))
    # no event loop has run: the count behind is not even asked for yet
    assert view.model.total == _counted(context, RecordFilter(countries=("KG",)))
    view.deleteLater()
