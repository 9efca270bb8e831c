"""The registers on the demo database: paging, sorting by a header click (checked against the
database), the shared filter, selection and opening, changes, the countries list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QHeaderView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.domain import Delegation, Event, event_country
from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import archive_event
from diplotrack.ui.context import AppContext
from diplotrack.ui.models.country_model import CountryModel
from diplotrack.ui.models.register_columns import REGISTER_KINDS
from diplotrack.ui.models.register_model import PAGE, RegisterModel
from diplotrack.ui.operations import perform
from diplotrack.ui.views.registers import CountryRegisterView, RegisterView
from support.gestures import type_text

pytestmark = pytest.mark.gui


def _view(qtbot: QtBot, context: AppContext, kind: str) -> RegisterView:
    view = RegisterView(context, kind)
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def _click_header(qtbot: QtBot, header: QHeaderView, section: int) -> None:
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _live_events(context: AppContext) -> int:
    with context.db.session() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(Event).where(Event.archived_at.is_(None))
            )
            or 0
        )


@pytest.mark.parametrize("kind", REGISTER_KINDS)
def test_every_register_model_passes_the_model_tester(
    qtmodeltester: ModelTester, context: AppContext, kind: str
) -> None:
    model = RegisterModel(context, kind)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() > 0 and model.columnCount() >= 4


def test_pages_load_as_needed(qtmodeltester: ModelTester, context: AppContext) -> None:
    model = RegisterModel(context, "event")
    total = _live_events(context)
    assert total > PAGE
    assert model.total == total and model.rowCount() == PAGE and model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == total
    ids = [model.data(model.index(row, 0), RegisterModel.RecordRefRole).id for row in range(total)]
    assert len(set(ids)) == total  # pages never overlap


def test_clicking_a_header_sorts_in_the_database(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context, "event")
    header = view.table.horizontalHeader()
    _click_header(qtbot, header, 1)  # Title
    with context.db.session() as session:
        expected = list(
            session.scalars(
                select(Event.title)
                .where(Event.archived_at.is_(None))
                .order_by(Event.title, Event.id)
                .limit(10)
            )
        )
    shown = [view.model.data(view.model.index(row, 1)) for row in range(10)]
    assert shown == expected
    assert header.sortIndicatorSection() == 1
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    _click_header(qtbot, header, 1)  # again: descending
    with context.db.session() as session:
        expected = list(
            session.scalars(
                select(Event.title)
                .where(Event.archived_at.is_(None))
                .order_by(Event.title.desc(), Event.id.desc())
                .limit(10)
            )
        )
    assert [view.model.data(view.model.index(row, 1)) for row in range(10)] == expected

    before = [view.model.data(view.model.index(row, 1)) for row in range(10)]
    _click_header(qtbot, header, 6)  # Participants: the database cannot sort by it
    assert [view.model.data(view.model.index(row, 1)) for row in range(10)] == before
    assert header.sortIndicatorSection() == 1


@pytest.mark.parametrize("kind", REGISTER_KINDS)
def test_every_sortable_column_sorts(context: AppContext, kind: str) -> None:
    model = RegisterModel(context, kind)
    for column in range(model.columnCount()):
        if model.is_sortable(column):
            model.sort(column, Qt.SortOrder.DescendingOrder)
            assert model.sort_column == column and model.descending
            assert model.rowCount() == min(model.total, PAGE)


def test_the_filter_by_country_holds(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context, "event")
    context.set_filter(RecordFilter(countries=("KG",)))
    with context.db.session() as session:
        expected = session.scalar(
            select(func.count(func.distinct(Event.id)))
            .join(event_country, event_country.c.event_id == Event.id)
            .where(event_country.c.country_code == "KG", Event.archived_at.is_(None))
        )
    assert view.model.total == expected and expected
    for row in range(view.model.rowCount()):
        assert "KG" in view.model.data(view.model.index(row, 5), RegisterModel.CountriesRole)
    assert view.count_label.text().endswith(str(expected))

    context.set_filter(RecordFilter(countries=("KG", "CN")))
    codes = {
        code
        for row in range(view.model.rowCount())
        for code in view.model.data(view.model.index(row, 5), RegisterModel.CountriesRole)
    }
    assert {"KG", "CN"} <= codes and view.model.total > expected


def test_kinds_of_other_records_do_not_empty_a_register(context: AppContext) -> None:
    model = RegisterModel(context, "delegation")
    everything = model.total
    context.set_filter(RecordFilter(kinds=("meeting",), statuses=("held", "in_force")))
    with context.db.session() as session:
        held = session.scalar(
            select(func.count())
            .select_from(Delegation)
            .where(Delegation.status == "held", Delegation.archived_at.is_(None))
        )
    assert model.total == held and 0 < held < everything


def test_quick_filter_narrows_one_register(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context, "event")
    everything = view.model.total
    view.quick.setFocus()
    type_text(view.quick, "Джалал-Абаде")
    qtbot.keyClick(view.quick, Qt.Key.Key_Return)
    titles = [view.model.data(view.model.index(r, 1)) for r in range(view.model.rowCount())]
    assert 0 < len(titles) < everything
    assert any("Джалал-Абад" in title for title in titles)
    assert context.filter.is_empty  # the shared filter is untouched


def test_selection_and_opening(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context, "event")
    opened: list[object] = []
    context.open_requested.connect(opened.append)
    rect = view.table.visualRect(view.model.index(2, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    expected = view.model.ref_at(2)
    assert context.selection == expected and expected is not None
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert context.selection == view.model.ref_at(3)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [view.model.ref_at(3)]
    rect = view.table.visualRect(view.model.index(0, 0))
    # a double-click is a press and release, then the double-click event (as Qt delivers it)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened[-1] == view.model.ref_at(0)
    # selecting elsewhere (the calendar) selects the row here
    context.select(view.model.ref_at(5))
    assert view.table.currentIndex().row() == 5


def test_a_change_re_queries_the_register(qtbot: QtBot, context: AppContext) -> None:
    view = _view(qtbot, context, "event")
    row = view.model.data(view.model.index(0, 0), RegisterModel.RowRole)
    before = view.model.total
    perform(
        context,
        lambda: archive_event(context.db, row.id, expected_version=row.version),
    )
    assert view.model.total == before - 1
    assert view.model.row_of(RecordRef("event", row.id)) == -1


def test_dates_follow_the_language(context: AppContext) -> None:
    model = RegisterModel(context, "event")
    context.set_filter(RecordFilter(text="Кабаев"))
    english = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert any("10/04/2024" in text for text in english)
    context.set_language("ru")
    russian = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert any("10.04.2024" in text for text in russian)


def test_countries_list_opens_a_dossier(
    qtbot: QtBot, qtmodeltester: ModelTester, context: AppContext
) -> None:
    view = CountryRegisterView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    qtmodeltester.check(view.model, force_py=True)
    codes = [view.model.code_at(row) for row in range(view.model.rowCount())]
    assert "KG" in codes and "RU" in codes and "FR" not in codes
    opened: list[object] = []
    context.open_requested.connect(opened.append)
    row = codes.index("KG")
    view.table.setFocus()
    view.table.selectRow(row)
    assert context.selection == RecordRef("country", 417)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [RecordRef("country", 417)]
    view.show_all.click()
    assert view.model.rowCount() > len(codes)
    context.set_filter(RecordFilter(countries=("KG", "CN")))
    assert sorted(
        view.model.data(view.model.index(r, 0), CountryModel.CodeRole)
        for r in range(view.model.rowCount())
    ) == ["CN", "KG"]
