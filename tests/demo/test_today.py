"""The office history lives around the day the demo is made: the Today page always has
something to show, and past and future statuses agree with that day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from diplotrack.demo import fill_demo
from diplotrack.demo.example_keys import (
    CHAMPIONSHIP,
    CONFERENCE,
    DELEGATION,
    MEETING,
    PROGRAMME,
)
from diplotrack.demo.timeline import ANCHOR, Timeline
from diplotrack.domain import (
    Agreement,
    Delegation,
    Event,
    FollowUp,
    Organization,
    Person,
    Place,
)
from diplotrack.domain.enums import AgreementStatus, EventStatus
from diplotrack.domain.recurrence import occurrences
from diplotrack.store.database import Database
from diplotrack.store.queries.today import today_summary

# The anchor itself (a Monday), the day this was written (a Thursday), a Sunday, years ahead,
# and a day before the worked example.
DAYS = (date(2025, 6, 2), date(2026, 11, 26), date(2027, 2, 14), date(2030, 1, 15))
WORKED_EXAMPLE = {MEETING, CHAMPIONSHIP, CONFERENCE, *PROGRAMME}


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_today_page_has_something_on_any_day(database: Database, today: date) -> None:
    fill_demo(database, today=today)
    with database.session() as session:
        summary = today_summary(session, today)
    assert summary.week_items, "nothing on this week"
    assert any(item.item == "event" for item in summary.week_items)
    if today.weekday() < 5:  # the office meets guests on working days
        assert any(item.item == "event" for item in summary.today_items), "nothing on today"
    assert summary.arriving, "no delegation arriving within 14 days"
    assert all(today <= row.arrives_on <= today + timedelta(days=14) for row in summary.arriving)
    assert summary.expiring, "no agreement expiring within 90 days"
    assert summary.overdue, "no overdue follow-up"
    assert all(row.due_on is not None and row.due_on < today for row in summary.overdue)


@pytest.mark.parametrize("today", (date(2026, 11, 26), date(2030, 1, 15)), ids=str)
def test_statuses_agree_with_the_day(database: Database, today: date) -> None:
    fill_demo(database, today=today)
    start = datetime.combine(today, time(), UTC)
    with database.session() as session:
        events = session.scalars(
            select(Event).where(Event.recurrence.is_(None), Event.title.not_in(WORKED_EXAMPLE))
        ).all()
        assert len(events) > 300
        held_ahead = [
            e.title for e in events if e.status == EventStatus.HELD and e.starts_at > start
        ]
        assert held_ahead == []
        open_behind = [
            e.title
            for e in events
            if e.status in (EventStatus.PLANNED, EventStatus.CONFIRMED) and e.ends_at <= start
        ]
        assert open_behind == []
        for delegation in session.scalars(select(Delegation).where(Delegation.title != DELEGATION)):
            assert delegation.departs_on is not None
            if delegation.status == EventStatus.HELD:
                assert delegation.departs_on < today, delegation.title
            if delegation.status in (EventStatus.PLANNED, EventStatus.CONFIRMED):
                assert delegation.departs_on >= today, delegation.title
        for agreement in session.scalars(select(Agreement)):
            if agreement.status == AgreementStatus.EXPIRED:
                assert agreement.valid_until is not None and agreement.valid_until < today
            if agreement.status == AgreementStatus.IN_FORCE and agreement.valid_until:
                assert agreement.valid_until >= today, agreement.title
        dues = [f.due_on for f in session.scalars(select(FollowUp)) if f.due_on]
        assert min(dues) < today < max(dues)


def _office(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """What the office is, apart from when: names of people, organizations, places, titles
    of agreements and delegations, and the events' titles in the order of their ids."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with db.session() as session:
        for name, columns in (
            ("people", (Person.name, Person.name_alt)),
            ("organizations", (Organization.name,)),
            ("places", (Place.name,)),
            ("agreements", (Agreement.title, Agreement.kind, Agreement.renewal)),
            ("delegations", (Delegation.title, Delegation.purpose)),
        ):
            found[name] = sorted(tuple(row) for row in session.execute(select(*columns)))
        found["events"] = [
            tuple(row)
            for row in session.execute(select(Event.title, Event.kind).order_by(Event.id))
        ]
    return found


def test_the_history_moves_by_whole_weeks(database: Database, second_database: Database) -> None:
    """Three years on, the office is the same: the same people, partners, agreements, visits
    and events, its days moved by whole weeks (weekdays stay weekdays), and every series still
    starts on one of its own occurrences and leaves out one of its own days."""
    later = date(2028, 6, 7)
    shift = Timeline.around(later).shift
    assert shift.days % 7 == 0 and abs((later - ANCHOR) - shift) <= timedelta(days=3)
    fill_demo(database, today=ANCHOR, events=400)
    fill_demo(second_database, today=later, events=400)
    assert _office(database) == _office(second_database)

    def forum_days(db: Database) -> list[tuple[date, date]]:
        with db.session() as session:
            return [
                (e.starts_at.date(), e.ends_at.date())
                for e in session.scalars(
                    select(Event)
                    .where(Event.title.like("Форум «Сибирь — Азия%"))
                    .order_by(Event.id)
                )
            ]

    assert forum_days(second_database) == [
        (first + shift, last + shift) for first, last in forum_days(database)
    ]
    with second_database.session() as session:
        for series in session.scalars(select(Event).where(Event.recurrence.is_not(None))):
            starts = occurrences(
                series.starts_at,
                series.ends_at,
                series.timezone,
                series.recurrence.split("\n")[0],  # the rule alone, without its EXDATE
                series.starts_at,
                series.starts_at + timedelta(days=400),
                all_day=series.all_day,
            )
            assert len(starts) > 1 and starts[1][0] > starts[0][0] == series.starts_at
            for line in series.recurrence.split("\n")[1:]:
                # the excluded day is one of the series' own, in the months around it
                assert line.startswith("EXDATE:")
                excluded = datetime.strptime(line[7:], "%Y%m%dT%H%M%S").date()
                local_days = {
                    start.astimezone(ZoneInfo(series.timezone)).date()
                    for start, _end in occurrences(
                        series.starts_at,
                        series.ends_at,
                        series.timezone,
                        series.recurrence.split("\n")[0],
                        series.starts_at,
                        datetime.combine(excluded + timedelta(days=40), time(), UTC),
                        all_day=series.all_day,
                    )
                }
                assert excluded in local_days
