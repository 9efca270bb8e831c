"""Dossiers kept short for busy subjects, with what the dossier screen needs besides the rows:
approximate dates, titles in the other language, people's posts since when; the header alone;
a follow-up's detail; names in the other script. On both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session
from test_queries_world import TODAY, World, build_world

from diplotrack.domain import Delegation, Event, NotFoundError, Person
from diplotrack.domain.enums import EventStatus
from diplotrack.store.database import Database
from diplotrack.store.queries.details import (
    event_detail,
    followup_detail,
    other_names,
    person_detail,
    topic_names_en,
)
from diplotrack.store.queries.dossiers import CurrentPost, dossier, dossier_header


@pytest.fixture
def world(database: Database) -> World:
    return build_world(database)


@pytest.fixture
def session(database: Database, world: World) -> Iterator[Session]:
    with database.session() as session:
        yield session


def test_limited_timeline_keeps_the_newest_and_counts_them_all(
    database: Database, session: Session, world: World
) -> None:
    with database.sessions.begin() as writing:  # the visit, still ahead, is confirmed
        writing.get_one(Delegation, world["visit"]).status = EventStatus.CONFIRMED
    whole = dossier(session, "country", "KG", today=TODAY)
    short = dossier(session, "country", "KG", today=TODAY, limit=2)
    assert whole.timeline_total == len(whole.timeline) == 5
    assert short.timeline_total == 5
    assert [(e.item, e.id) for e in short.timeline] == [
        ("event", world["conference"]),
        ("event", world["programme"]),
    ]
    # what is planned is asked for on its own, soonest first, even beyond the short timeline
    # (the visit is not among its two newest contacts; the programme, held, is no plan)
    assert [(e.item, e.id) for e in short.planned] == [
        ("delegation", world["visit"]),
        ("event", world["conference"]),
    ]
    roomy = dossier(session, "country", "KG", today=TODAY, limit=50)
    assert roomy.timeline == whole.timeline
    assert roomy.planned == whole.planned


def test_timeline_carries_date_precision_and_the_other_title(
    database: Database, session: Session, world: World
) -> None:
    with database.sessions.begin() as writing:
        writing.get_one(Event, world["conference"]).title_alt = "XI Russian–Kyrgyz Conference"
    kg = dossier(session, "country", "KG", today=TODAY, limit=10)
    by_id = {(e.item, e.id): e for e in kg.timeline}
    conference = by_id[("event", world["conference"])]
    assert (conference.date_precision, conference.title_alt) == (
        "month",
        "XI Russian–Kyrgyz Conference",
    )
    assert by_id[("event", world["meeting"])].date_precision == "exact"
    robotics = by_id[("event", world["robotics"])]
    assert (robotics.date_precision, robotics.all_day) == ("day", True)
    assert (robotics.starts, robotics.ends) == (date(2024, 4, 5), date(2024, 4, 8))
    assert not by_id[("event", world["meeting"])].all_day
    assert by_id[("delegation", world["visit"])].title_alt is None


def test_people_come_with_their_current_posts_since_when(session: Session, world: World) -> None:
    kg = dossier(session, "country", "KG", today=TODAY)
    posts = {post.person_id: post for post in kg.posts}
    assert posts[world["kabaev"]] == CurrentPost(
        world["kabaev"],
        "Руководитель канцелярии",
        None,
        "Канцелярия Посольства Кыргызской Республики в Красноярске",
        None,
        date(2023, 11, 1),
    )
    assert posts[world["bataeva"]].started_on is None
    assert world["imanaliev"] not in posts  # no post at all


def test_header_alone(session: Session, world: World) -> None:
    kg = dossier_header(session, "country", "kg")
    assert (kg.title, kg.title_alt, kg.country) == ("Киргизия", "Kyrgyzstan", "KG")
    assert ("code", "KG") in kg.details
    jalal = dossier_header(session, "place", world["jalal"])
    assert (jalal.title, jalal.title_alt, jalal.country) == ("Джалал-Абад", "Jalal-Abad", "KG")
    with pytest.raises(NotFoundError):
        dossier_header(session, "organization", 999_999)


def test_followup_detail_links_what_it_came_from(session: Session, world: World) -> None:
    schools = followup_detail(session, world["schools"])
    assert schools.row.title == "Российские школы в Кыргызстане"
    assert [(link.kind, link.id) for link in schools.linked] == [("agreement", world["memo"])]
    report = followup_detail(session, world["report"])
    assert [(link.kind, link.id) for link in report.linked] == [("event", world["meeting"])]
    assert report.row.responsible == "Администрация города Красноярска"
    with pytest.raises(NotFoundError):
        followup_detail(session, 999_999)


def test_other_names_in_the_other_script(
    database: Database, session: Session, world: World
) -> None:
    with database.sessions.begin() as writing:
        writing.get_one(Event, world["meeting"]).title_alt = "Working meeting"
    found = other_names(
        session,
        [
            ("person", world["kabaev"]),
            ("person", world["muller"]),  # no other name: left out
            ("place", world["jalal"]),
            ("event", world["meeting"]),
            ("followup", world["schools"]),  # follow-ups have no other name
        ],
    )
    assert found == {
        ("person", world["kabaev"]): "Azamat Kabaev",
        ("place", world["jalal"]): "Jalal-Abad",
        ("event", world["meeting"]): "Working meeting",
    }
    assert other_names(session, []) == {}


def test_participants_posts_in_the_other_language(
    database: Database, session: Session, world: World
) -> None:
    with database.sessions.begin() as writing:
        for post in writing.get_one(Person, world["kabaev"]).positions:
            post.title_alt = "Head of the chancery" if post.ended_on is None else "Adviser"
    detail = event_detail(session, world["meeting"])
    kabaev = next(p for p in detail.participants if p.person_id == world["kabaev"])
    assert (kabaev.position, kabaev.position_alt) == (
        "Руководитель канцелярии",
        "Head of the chancery",
    )
    loginov = next(p for p in detail.participants if p.person_id == world["loginov"])
    assert loginov.position_alt is None
    posts = person_detail(session, world["kabaev"]).positions
    assert [post.title_alt for post in posts] == ["Adviser", "Head of the chancery"]


def test_topics_in_english(session: Session) -> None:
    names = topic_names_en(session)
    assert names["культура"] == "culture"
    assert names["образование"] == "education"
