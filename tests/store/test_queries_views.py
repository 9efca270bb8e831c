"""Calendar, Today page, dossiers and detail views on both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session
from test_queries_world import TODAY, World, build_world

from diplotrack.domain import NotFoundError
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import Database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.store.queries.details import (
    agreement_detail,
    delegation_detail,
    event_detail,
    organization_detail,
    person_detail,
)
from diplotrack.store.queries.dossiers import dossier
from diplotrack.store.queries.today import today_summary

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def session(database: Database, world: World) -> Iterator[Session]:
    with database.session() as session:
        yield session


def utc(month: int, day: int) -> datetime:
    return datetime(2024, month, day, tzinfo=UTC)


def test_calendar_april_has_everything_in_it(session: Session, world: World) -> None:
    items = calendar_items(session, utc(4, 1), utc(5, 1))
    events = [(i.id, i.start.date(), i.occurrence) for i in items if i.item == "event"]
    calls = [(start, n) for key, start, n in events if key == world["call"]]
    # weekly from 18 March, 1 April excluded (and not numbered), COUNT=8: in April 8 … 29
    assert calls == [(date(2024, 4, d), n) for d, n in ((8, 2), (15, 3), (22, 4), (29, 5))]
    call = next(i for i in items if i.id == world["call"])
    assert call.start.astimezone(BERLIN).hour == 11 and call.recurring
    assert (world["meeting"], date(2024, 4, 10), 0) in events
    assert (world["programme"], date(2024, 4, 22), 0) in events
    robotics = next(i for i in items if i.id == world["robotics"] and i.item == "event")
    assert robotics.all_day and (robotics.start, robotics.end) == (utc(4, 5), utc(4, 8))
    assert robotics.countries == ("KG", "KZ", "RU")
    stays = [i for i in items if i.item == "delegation"]
    assert [(i.id, i.start, i.end, i.kind) for i in stays] == [
        (world["visit"], utc(4, 21), utc(4, 25), "incoming")
    ]
    assert world["conference"] not in {i.id for i in items}
    assert world["old"] not in {i.id for i in items}  # archived
    assert [i.start for i in items] == sorted(i.start for i in items)


def test_calendar_edges_and_filters(session: Session, world: World) -> None:
    # the window starts as the robotics championship's last day ends: not in it
    assert world["robotics"] not in {i.id for i in calendar_items(session, utc(4, 8), utc(4, 9))}
    day = calendar_items(session, utc(4, 7), utc(4, 8))
    assert [i.id for i in day] == [world["robotics"]]
    march = calendar_items(session, utc(3, 25), utc(4, 2))
    assert [(i.id, i.occurrence) for i in march] == [(world["call"], 1)]  # 1 April excluded
    kg = calendar_items(session, utc(4, 1), utc(5, 1), RecordFilter(countries=("KG",)))
    assert world["call"] not in {i.id for i in kg} and world["visit"] in {i.id for i in kg}
    meetings = calendar_items(session, utc(4, 1), utc(5, 1), RecordFilter(kinds=("meeting",)))
    assert {(i.item, i.id) for i in meetings} == {
        ("event", world["meeting"]),
        ("event", world["programme"]),
    }
    september = calendar_items(session, utc(9, 10), utc(9, 11))
    assert [i.id for i in september] == [world["conference"]]
    with pytest.raises(ValueError):
        calendar_items(session, datetime(2024, 4, 1), utc(5, 1))


def test_today_summary(session: Session, world: World) -> None:
    summary = today_summary(session, TODAY)
    assert [i.id for i in summary.today_items] == [world["call"]]
    assert {i.id for i in summary.week_items} == {world["call"], world["visit"]}
    assert [d.id for d in summary.arriving] == [world["visit"]]
    assert [a.id for a in summary.expiring] == [world["memo"]]
    assert [f.id for f in summary.overdue] == [world["schools"]]


def test_country_dossier(session: Session, world: World) -> None:
    kg = dossier(session, "country", "kg", today=TODAY)
    assert (kg.title, kg.title_alt, kg.country) == ("Киргизия", "Kyrgyzstan", "KG")
    assert [(e.item, e.id) for e in kg.timeline] == [
        ("event", world["conference"]),
        ("event", world["programme"]),
        ("delegation", world["visit"]),
        ("event", world["meeting"]),
        ("event", world["robotics"]),
    ]
    assert [(a.agreement.id, a.days_to_expiry) for a in kg.agreements] == [(world["memo"], 76)]
    assert [p.id for p in kg.people] == [world["kabaev"], world["imanaliev"], world["bataeva"]]
    # still to come and not yet held: the visit and its programme, marked held ahead of their
    # days, are contacts of the timeline, not plans
    assert [(e.item, e.id) for e in kg.planned] == [("event", world["conference"])]
    assert [f.id for f in kg.overdue] == [world["schools"]]
    assert [p.id for p in kg.partner_places] == [world["jalal"]]
    with pytest.raises(NotFoundError):
        dossier(session, "country", "XX", today=TODAY)


def test_place_organization_person_dossiers(session: Session, world: World) -> None:
    jalal = dossier(session, "place", world["jalal"], today=TODAY)
    assert [(e.item, e.id) for e in jalal.timeline] == [("delegation", world["visit"])]
    assert [a.agreement.id for a in jalal.agreements] == [world["memo"]]
    assert jalal.partner_places == ()
    krasnoyarsk = dossier(session, "place", world["krasnoyarsk"], today=TODAY)
    assert [p.id for p in krasnoyarsk.people] == [  # by name
        world["kabaev"],
        world["loginov"],
        world["bataeva"],
    ]
    chancery = dossier(session, "organization", world["chancery"], today=TODAY)
    assert [p.id for p in chancery.people] == [world["kabaev"]]
    assert ("parent", "Посольство Кыргызской Республики") in chancery.details
    assert [e.id for e in chancery.timeline] == [world["meeting"]]
    kabaev = dossier(session, "person", world["kabaev"], today=TODAY)
    assert [(e.item, e.id) for e in kabaev.timeline] == [
        ("delegation", world["visit"]),
        ("event", world["meeting"]),
    ]
    assert kabaev.people == ()
    with pytest.raises(NotFoundError):
        dossier(session, "person", 999_999, today=TODAY)


def test_event_detail(session: Session, world: World) -> None:
    detail = event_detail(session, world["meeting"])
    assert detail.row.id == world["meeting"] and detail.venue == "Администрация города"
    assert [(p.name, p.role, p.position) for p in detail.participants[:2]] == [
        ("Владислав Логинов", "host", "Глава города Красноярска"),
        ("Азамат Кабаев", "guest", "Руководитель канцелярии"),
    ]
    assert {o.id for o in detail.organizations} == {world["city"], world["chancery"]}
    assert [a.id for a in detail.agreements] == [world["memo"]]
    assert [f.id for f in detail.followups] == [world["report"]]
    assert [(a.file_name, a.media_type, a.size) for a in detail.attachments] == [
        ("photo.jpg", "image/jpeg", 3)
    ]
    programme = event_detail(session, world["programme"])
    assert programme.delegation is not None and programme.delegation.id == world["visit"]
    assert event_detail(session, world["old"]).row.archived
    with pytest.raises(NotFoundError):
        event_detail(session, 999_999)


def test_other_details(session: Session, world: World) -> None:
    visit = delegation_detail(session, world["visit"])
    assert [e.id for e in visit.programme] == [world["programme"]]
    assert [f.id for f in visit.followups] == [world["prepare"]]
    memo = agreement_detail(session, world["memo"])
    assert [e.id for e in memo.events] == [world["meeting"]]
    assert [f.id for f in memo.followups] == [world["schools"]]
    kabaev = person_detail(session, world["kabaev"])
    assert [(p.title, p.ended_on) for p in kabaev.positions] == [
        ("Советник", date(2023, 10, 31)),
        ("Руководитель канцелярии", None),
    ]
    assert [e.id for e in kabaev.events] == [world["meeting"]]
    embassy = organization_detail(session, world["embassy"])
    assert [c.id for c in embassy.children] == [world["chancery"]]
    assert [p.id for p in embassy.people] == [world["kabaev"]]
    city = organization_detail(session, world["city"])
    assert [e.id for e in city.events] == [world["meeting"]]
