"""Planned events known only by their month, season or year: in the calendar's "Date not fixed"
strip and the list's group, never on the day grid — on the demo and on a small database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diplotrack.demo.worked_example import CONFERENCE
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import EventInput, all_day_span, create_event
from diplotrack.store.database import Database
from diplotrack.store.queries.today import today_summary
from diplotrack.ui.context import AppContext
from diplotrack.ui.formatting import format_period
from diplotrack.ui.i18n import install_language
from diplotrack.ui.views.calendar.layout import Mode
from diplotrack.ui.views.calendar.view import CalendarView
from diplotrack.ui.views.record_text import format_entry_date
from diplotrack.ui.views.today import today_lines
from support.demo import OFFICE_ZONE, id_of

pytestmark = pytest.mark.gui

MID_APRIL = date(2025, 4, 15)


def _calendar(qtbot: QtBot, context: AppContext, day: date) -> CalendarView:
    view = CalendarView(context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    view.go_to(day)
    view.month.setFocus()
    return view


def _grid_titles(view: CalendarView) -> set[str]:
    return {item.title for row in view.month.rows for bar in row.bars for item in [bar.item]}


def _strip_titles(view: CalendarView) -> list[str]:
    return [item.title for item in view.shown.approximate]


def _chip(view: CalendarView, title: str) -> QPoint:
    for rect, item in view.strip.regions:
        if item.title == title:
            return rect.center().toPoint()
    raise AssertionError(f"no chip {title!r} in the strip")


# -- the demo: the XI conference, "2025" ------------------------------------------------------


def test_the_conference_of_2025_is_in_the_strip_of_each_month_and_not_on_its_days(
    qtbot: QtBot, context: AppContext
) -> None:
    view = _calendar(qtbot, context, MID_APRIL)
    assert view.strip.isVisible()
    assert CONFERENCE in _strip_titles(view)
    assert CONFERENCE not in _grid_titles(view)
    assert CONFERENCE not in {item.title for item in view.items_on(MID_APRIL)}
    assert view.shown.period_text(view.shown.approximate[0]) == "2025"
    for later in (date(2025, 1, 31), date(2025, 12, 1)):  # its first and last month
        view.go_to(later)
        assert CONFERENCE in _strip_titles(view)
    view.go_to(date(2026, 1, 10))
    assert CONFERENCE not in _strip_titles(view)


def test_clicking_the_chip_selects_the_conference_and_enter_opens_it(
    qtbot: QtBot, context: AppContext
) -> None:
    view = _calendar(qtbot, context, MID_APRIL)
    conference = RecordRef("event", id_of(context.db, "event", CONFERENCE))
    qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=_chip(view, CONFERENCE))
    assert context.selection == conference
    assert view.selected_day == MID_APRIL  # a period has no day to move to
    with qtbot.waitSignal(context.open_requested) as opened:
        qtbot.keyClick(view.strip, Qt.Key.Key_Return)
    assert opened.args == [conference]
    with qtbot.waitSignal(context.open_requested) as opened:
        qtbot.mouseDClick(view.strip, Qt.MouseButton.LeftButton, pos=_chip(view, CONFERENCE))
    assert opened.args == [conference]


def test_the_list_shows_the_conference_under_date_not_fixed(
    qtbot: QtBot, qtmodeltester: ModelTester, context: AppContext
) -> None:
    view = _calendar(qtbot, context, MID_APRIL)
    view.set_mode(Mode.AGENDA)
    assert not view.strip.isVisible()  # the list has its own group instead
    model = view.agenda.agenda
    qtmodeltester.check(model)
    assert model.index(0, 0).data() == "Date not fixed"
    assert model.index(0, 0).data(model.HeadingRole)
    line = model.index(1, 0)
    assert line.data(model.ItemRole).title == CONFERENCE
    assert line.data(model.WhenRole) == "2025"
    # an item is listed once: the conference is on no day of the month
    refs = [model.index(row, 0).data(model.RefRole) for row in range(model.rowCount())]
    assert refs.count(line.data(model.RefRole)) == 1


# -- a small database: approximate events of each precision ------------------------------------

# (title, first day, last day, precision, kind)
APPROXIMATE = (
    ("Forum of sister cities", date(2025, 1, 1), date(2025, 12, 31), "year", "conference"),
    ("Days of culture", date(2025, 3, 1), date(2025, 5, 31), "season", "cultural"),
    ("Delegation from Osh", date(2025, 4, 1), date(2025, 4, 30), "month", "visit"),
    ("Summer festival", date(2025, 6, 1), date(2025, 8, 31), "season", "cultural"),
)
BUSY_DAY = date(2025, 4, 16)


@pytest.fixture
def small_context(sqlite_database: Database) -> Iterator[AppContext]:
    db = sqlite_database
    for title, first, last, precision, kind in APPROXIMATE:
        starts_at, ends_at = all_day_span(first, last)
        create_event(
            db,
            EventInput(
                title=title,
                starts_at=starts_at,
                ends_at=ends_at,
                all_day=True,
                date_precision=precision,
                kind=kind,
                countries=("KG",),
            ),
        )
    # ten more approximate events of April: before, they buried every day of the month
    for number in range(10):
        starts_at, ends_at = all_day_span(date(2025, 4, 1), date(2025, 4, 30))
        create_event(
            db,
            EventInput(
                title=f"Visit {number:02d}, April",
                starts_at=starts_at,
                ends_at=ends_at,
                all_day=True,
                date_precision="month",
                kind="visit",
                countries=("CN",),
            ),
        )
    start = datetime(2025, 4, 16, 11, tzinfo=OFFICE_ZONE)
    create_event(
        db,
        EventInput(
            title="Meeting with the consul", starts_at=start, ends_at=start + timedelta(hours=1)
        ),
    )
    yield AppContext(db, language="en", zone=OFFICE_ZONE)


def test_busy_months_of_approximate_events_hide_nothing_behind_more(
    qtbot: QtBot, small_context: AppContext
) -> None:
    view = _calendar(qtbot, small_context, BUSY_DAY)
    assert view.month.more_links == []
    assert all(count == 0 for row in view.month.rows for count in row.hidden)
    assert _grid_titles(view) == {"Meeting with the consul"}
    # the month's period first (April), then the season (spring), then the year; summer is not
    # April's
    titles = _strip_titles(view)
    assert titles == [
        "Delegation from Osh",
        *(f"Visit {n:02d}, April" for n in range(10)),
        "Days of culture",
        "Forum of sister cities",
    ]
    assert view.strip.hidden_count() == len(titles) - len(view.strip.regions) > 0
    texts = {item.title: view.shown.period_text(item) for item in view.shown.approximate}
    assert texts["Forum of sister cities"] == "2025"
    assert texts["Days of culture"] == "spring 2025"
    assert texts["Delegation from Osh"] == "April 2025"


def test_week_and_day_show_the_strip_of_their_own_days(
    qtbot: QtBot, small_context: AppContext
) -> None:
    view = _calendar(qtbot, small_context, date(2025, 5, 30))
    view.set_mode(Mode.WEEK)  # 26 May – 1 June: spring and summer, not April
    assert view.strip.isVisible()
    assert set(_strip_titles(view)) == {
        "Days of culture",
        "Forum of sister cities",
        "Summer festival",
    }
    assert not {item.title for item in view.shown.items} & set(_strip_titles(view))
    assert view.week.band.regions == []  # no all-day bar for a season or a year
    view.set_mode(Mode.DAY)
    assert set(_strip_titles(view)) == {"Days of culture", "Forum of sister cities"}


def test_tab_reaches_the_strip_arrows_select_enter_opens_esc_returns(
    qtbot: QtBot, small_context: AppContext
) -> None:
    view = _calendar(qtbot, small_context, BUSY_DAY)
    qtbot.keyClick(view.month, Qt.Key.Key_Tab)
    assert view.strip.hasFocus()
    qtbot.keyClick(view.strip, Qt.Key.Key_Right)
    second = view.strip.regions[1][1]
    assert small_context.selection == RecordRef("event", second.id)
    with qtbot.waitSignal(small_context.open_requested) as opened:
        qtbot.keyClick(view.strip, Qt.Key.Key_Enter)
    assert opened.args == [RecordRef("event", second.id)]
    qtbot.keyClick(view.strip, Qt.Key.Key_Home)
    assert small_context.selection == RecordRef("event", view.strip.regions[0][1].id)
    qtbot.keyClick(view.strip, Qt.Key.Key_Escape)
    assert view.month.hasFocus()
    qtbot.keyClick(view.month, Qt.Key.Key_Tab)
    qtbot.keyClick(view.strip, Qt.Key.Key_PageDown)  # the calendar's keys still work there
    assert view.title.text() == "May 2025"


def test_more_opens_the_list_at_the_date_not_fixed_group(
    qtbot: QtBot, small_context: AppContext
) -> None:
    view = _calendar(qtbot, small_context, BUSY_DAY)
    more = view.strip.more_rect
    assert more is not None
    qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=more.center().toPoint())
    assert view.mode is Mode.AGENDA
    model = view.agenda.agenda
    current = view.agenda.currentIndex()
    assert current.row() == 1 and current.data(model.ItemRole).title == "Delegation from Osh"
    assert view.agenda.hasFocus()
    whens = [model.index(row, 0).data(model.WhenRole) for row in range(1, 14)]
    assert whens == ["April 2025"] * 11 + ["spring 2025", "2025"]
    assert model.index(14, 0).data(model.HeadingRole)  # then the days
    assert model.index(15, 0).data(model.ItemRole).title == "Meeting with the consul"


def test_russian_strip_and_periods(qtbot: QtBot, small_context: AppContext) -> None:
    install_language("ru")
    try:
        small_context.set_language("ru")
        view = _calendar(qtbot, small_context, BUSY_DAY)
        assert view.strip.isVisible()
        texts = {item.title: view.shown.period_text(item) for item in view.shown.approximate}
        assert texts["Days of culture"] == "весна 2025"
        assert texts["Delegation from Osh"] == "апрель 2025"
        view.set_mode(Mode.AGENDA)
        assert view.agenda.agenda.index(0, 0).data() == "Дата уточняется"
    finally:
        install_language("en")
        small_context.set_language("en")


@pytest.mark.parametrize(
    ("start", "precision", "russian", "english"),
    [
        (date(2025, 1, 1), "year", "2025", "2025"),
        (date(2025, 3, 1), "season", "весна 2025", "spring 2025"),
        (date(2025, 12, 1), "season", "зима 2025", "winter 2025"),
        (date(2025, 9, 1), "month", "сентябрь 2025", "September 2025"),
        (date(2025, 9, 1), "day", "1 сентября 2025", "1 September 2025"),
    ],
)
def test_format_period(start: date, precision: str, russian: str, english: str) -> None:
    assert format_period(start, precision, "ru") == russian
    assert format_period(start, precision, "en") == english


def test_screenshot_of_a_month_with_dates_not_fixed(
    qtbot: QtBot, context: AppContext, screenshots: Path
) -> None:
    """September 2028 of the demo: three visits, forums and tournaments known by their season."""
    view = _calendar(qtbot, context, date(2028, 9, 12))
    assert len(view.shown.approximate) == 3 and not view.month.more_links
    first = view.strip.regions[0][1]
    qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=_chip(view, first.title))
    assert view.grab().save(str(screenshots / "calendar-dates-not-fixed-en.png"))
    install_language("ru")
    try:
        context.set_language("ru")
        assert view.strip.isVisible()
        QApplication.processEvents()  # the toolbar's buttons take the width of their new names
        assert view.grab().save(str(screenshots / "calendar-dates-not-fixed-ru.png"))
    finally:
        install_language("en")
        context.set_language("en")


def test_today_page_leaves_out_events_whose_date_is_not_fixed(
    small_context: AppContext,
) -> None:
    """A "sometime in spring" event is not on today or this week; the dossier and the
    calendar's strip name its period as the calendar does."""
    with small_context.db.session() as session:
        summary = today_summary(session, date(2025, 4, 14), zone=OFFICE_ZONE)
    titles = " ".join(line.text for line in today_lines(summary, OFFICE_ZONE, "ru"))
    for undated in ("Forum of sister cities", "Days of culture", "Delegation from Osh"):
        assert undated not in titles
    assert not any(item.approximate for item in summary.week_items)
    spring = date(2025, 3, 1)
    for language in ("ru", "en"):
        assert format_entry_date(
            spring, date(2025, 6, 1), precision="season", all_day=True, language=language
        ) == format_period(spring, "season", language)
    assert (
        format_entry_date(
            spring, None, precision="month", all_day=True, language="ru", with_year=False
        )
        == "март"
    )
