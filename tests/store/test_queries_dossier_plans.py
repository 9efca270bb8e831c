"""A dossier's plans and a person's posts: what is still to come is "planned", what is over but
was never marked as held is "unconfirmed" (an approximate date counts until its month, season or
year has ended), and a person's dossier lists their posts over time. On both engines."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy.orm import Session
from test_queries_world import TODAY, World, build_world, days, local

from diplotrack.domain import Country, Delegation, Event, Organization, Person, Position
from diplotrack.store.database import Database
from diplotrack.store.queries.dossiers import PostOverTime, dossier


@pytest.fixture
def world(database: Database) -> World:
    built = build_world(database)
    ids = dict(built.ids)
    with database.sessions.begin() as session:
        kg = session.get_one(Country, "KG")

        def event(title: str, status: str, **when: object) -> Event:
            added = Event(kind="conference", title=title, status=status, countries=[kg], **when)
            session.add(added)
            return added

        first, last = days(date(2023, 3, 8), date(2023, 3, 10))
        forum = event("Форум «Енисей»", "confirmed", all_day=True, starts_at=first, ends_at=last)
        first, last = days(date(2023, 1, 1), date(2023, 12, 31))
        old_plan = event(
            "Дни культуры", "planned", all_day=True, date_precision="year", **_span(first, last)
        )
        first, last = days(date(2024, 4, 1), date(2024, 4, 30))
        this_month = event(
            "Круглый стол", "planned", all_day=True, date_precision="month", **_span(first, last)
        )
        yesterday = event(
            "Звонок вчера",
            "planned",
            starts_at=local(2024, 4, 14, 10),
            ends_at=local(2024, 4, 14, 11),
        )
        today = event(
            "Встреча сегодня",
            "confirmed",
            starts_at=local(2024, 4, 15, 15),
            ends_at=local(2024, 4, 15, 16),
        )
        undated = Delegation(
            title="Делегация из Оша", direction="incoming", status="planned", country_code="KG"
        )
        gone = Delegation(
            title="Делегация из Токмока",
            direction="incoming",
            status="confirmed",
            country_code="KG",
            arrives_on=date(2024, 4, 8),
            departs_on=date(2024, 4, 10),
        )
        session.add_all([undated, gone])
        kabaev = session.get_one(Person, ids["kabaev"])
        chancery = session.get_one(Organization, ids["chancery"])
        chancery.name_alt = "Chancery of the Embassy of the Kyrgyz Republic in Krasnoyarsk"
        kabaev.positions.append(
            Position(title="Консул", organization=chancery, started_on=date(2024, 9, 1))
        )
        session.flush()
        ids |= {
            "forum": forum.id,
            "old_plan": old_plan.id,
            "this_month": this_month.id,
            "yesterday": yesterday.id,
            "today": today.id,
            "undated": undated.id,
            "gone": gone.id,
        }
    return World(ids)


def _span(first: object, last: object) -> dict[str, object]:
    return {"starts_at": first, "ends_at": last}


@pytest.fixture
def session(database: Database, world: World) -> Iterator[Session]:
    with database.session() as session:
        yield session


@pytest.mark.parametrize("limit", [None, 3, 200])
def test_what_is_over_but_never_held_leaves_the_plans(
    session: Session, world: World, limit: int | None
) -> None:
    kg = dossier(session, "country", "KG", today=TODAY, limit=limit)
    planned = [(e.item, e.id) for e in kg.planned]
    unconfirmed = [(e.item, e.id) for e in kg.unconfirmed]
    # latest start first: a call of yesterday, a visit of last week, a forum of March 2023
    # still "confirmed", a plan for the year 2023 (begun on 1 January)
    over = [
        ("event", world["yesterday"]),
        ("delegation", world["gone"]),
        ("event", world["forum"]),
        ("event", world["old_plan"]),
    ]
    assert unconfirmed == over[:limit]
    # April 2024 has not ended on the 15th: the round table is still planned, with today's
    # meeting and the month's conference (September); an undated visit comes last. The visit of
    # the 21st and its programme, already marked held, are no plans.
    expected = [
        ("event", world["this_month"]),
        ("event", world["today"]),
        ("event", world["conference"]),
        ("delegation", world["undated"]),
    ]
    assert planned == expected[:limit]
    assert not set(planned) & set(unconfirmed)


def test_a_person_has_posts_over_time(session: Session, world: World) -> None:
    kabaev = dossier(session, "person", world["kabaev"], today=TODAY)
    chancery = "Канцелярия Посольства Кыргызской Республики в Красноярске"
    assert kabaev.positions == (
        PostOverTime(
            "Руководитель канцелярии",
            None,
            world["chancery"],
            chancery,
            "Chancery of the Embassy of the Kyrgyz Republic in Krasnoyarsk",
            date(2023, 11, 1),
            None,
            current=True,
        ),
        PostOverTime(  # not yet begun on the dossier's day
            "Консул",
            None,
            world["chancery"],
            chancery,
            "Chancery of the Embassy of the Kyrgyz Republic in Krasnoyarsk",
            date(2024, 9, 1),
            None,
            current=False,
        ),
        PostOverTime(
            "Советник",
            None,
            world["embassy"],
            "Посольство Кыргызской Республики",
            None,
            date(2020, 1, 1),
            date(2023, 10, 31),
            current=False,
        ),
    )
    bataeva = dossier(session, "person", world["bataeva"], today=TODAY)
    assert [(p.title, p.started_on, p.current) for p in bataeva.positions] == [
        ("Председатель", None, True)
    ]
    assert dossier(session, "organization", world["chancery"], today=TODAY).positions == ()
