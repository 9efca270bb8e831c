"""The worked example is in the demo exactly as the product brief's table lays it out."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.demo import DemoSummary
from diplotrack.demo import example_keys as story
from diplotrack.domain import (
    Agreement,
    ChangeRecord,
    Delegation,
    Event,
    FollowUp,
    Organization,
    Person,
)
from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    DelegationDirection,
    EventKind,
    EventLevel,
    EventStatus,
    FollowUpStatus,
    OrganizationKind,
    ParticipantRole,
    Renewal,
)
from diplotrack.store import search
from diplotrack.store.database import Database


def _one(session: Session, model: type, **where: object) -> object:
    return session.scalars(select(model).filter_by(**where)).one()


def _event(session: Session, title: str) -> Event:
    return session.scalars(select(Event).where(Event.title == title)).one()


def test_the_meeting(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session:
        meeting = _event(session, story.MEETING)
        assert (meeting.kind, meeting.level, meeting.status) == (
            EventKind.MEETING,
            EventLevel.WORKING,
            EventStatus.HELD,
        )
        # 11:00–12:00 in Krasnoyarsk (UTC+7)
        assert meeting.starts_at == datetime(2024, 4, 10, 4, 0, tzinfo=UTC)
        assert meeting.ends_at == datetime(2024, 4, 10, 5, 0, tzinfo=UTC)
        assert meeting.timezone == "Asia/Krasnoyarsk"
        assert not meeting.all_day
        assert meeting.place is not None
        assert (meeting.place.name, meeting.place.country_code) == ("Красноярск", "RU")
        assert meeting.venue == "Администрация города Красноярска"
        assert [c.code for c in meeting.countries] == ["KG", "RU"]
        roles = [
            (p.person.name if p.person else None, p.role, p.description)
            for p in meeting.participants
        ]
        assert roles[:3] == [
            (story.LOGINOV, ParticipantRole.HOST, None),
            (story.KABAEV, ParticipantRole.GUEST, None),
            (story.BATAEVA, ParticipantRole.PARTICIPANT, None),
        ]
        unnamed = meeting.participants[3]
        assert unnamed.person is None and unnamed.organization is not None
        assert unnamed.organization.name == story.CITY_ADMINISTRATION
        assert unnamed.description == "руководители департаментов администрации города"
        assert {t.name_en for t in meeting.topics} == {"culture", "education", "sport", "economy"}
        assert [a.title for a in meeting.agreements] == [story.MEMORANDUM]
        assert {o.name for o in meeting.organizations} == {
            story.CITY_ADMINISTRATION,
            story.CHANCERY,
            story.AUTONOMY,
        }
        notes = meeting.notes or ""
        assert "Ураза-байрам" in notes and "Eid al-Fitr" in notes
        assert "русских школ" in notes and "Джалал-Абаде" in notes
        assert story.PRESS_RELEASE_TITLE in (meeting.source or "")
        assert "10.04.2024" in (meeting.source or "")


def test_people_in_both_scripts_and_their_positions(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session:
        names = {
            p.name: p.name_alt
            for p in session.scalars(
                select(Person).where(
                    Person.name.in_([story.LOGINOV, story.KABAEV, story.BATAEVA, story.IMANALIEV])
                )
            )
        }
        assert names == {
            story.LOGINOV: "Vladislav Loginov",
            story.KABAEV: "Azamat Kabaev",
            story.BATAEVA: "Nazgul Bataeva",
            story.IMANALIEV: "Kubanychbek Imanaliev",
        }
        loginov = session.scalars(select(Person).where(Person.name == story.LOGINOV)).one()
        assert [(p.title, p.title_alt) for p in loginov.positions] == [
            ("Глава города Красноярска", "Mayor of Krasnoyarsk")
        ]
        assert loginov.positions[0].organization is not None
        assert loginov.positions[0].organization.name_alt == "Krasnoyarsk City Administration"

        kabaev = session.scalars(select(Person).where(Person.name == story.KABAEV)).one()
        (position,) = kabaev.positions
        assert position.started_on == date(2023, 11, 1) and position.ended_on is None
        assert position.title_alt == (
            "Head of the Office of the Embassy of the Kyrgyz Republic to the Russian Federation "
            "in Krasnoyarsk"
        )
        chancery = position.organization
        assert chancery is not None and chancery.name == story.CHANCERY
        assert chancery.kind == OrganizationKind.CHANCERY and chancery.country_code == "KG"
        assert chancery.place is not None and chancery.place.name == "Красноярск"
        assert chancery.parent is not None and chancery.parent.name == story.EMBASSY
        assert chancery.parent.kind == OrganizationKind.EMBASSY
        assert chancery.parent.place is not None and chancery.parent.place.name == "Москва"

        bataeva = session.scalars(select(Person).where(Person.name == story.BATAEVA)).one()
        autonomy = bataeva.positions[0].organization
        assert autonomy is not None and autonomy.kind == OrganizationKind.DIASPORA_NGO
        assert "Кыргызская национально-культурная автономия" in autonomy.name


def test_the_memorandum_with_both_cities(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session:
        memorandum = session.scalars(
            select(Agreement).where(Agreement.title == story.MEMORANDUM)
        ).one()
        assert memorandum.kind == AgreementKind.SISTER_CITY
        assert memorandum.status == AgreementStatus.IN_FORCE
        assert memorandum.renewal == Renewal.AUTOMATIC
        assert memorandum.signed_on is not None and memorandum.signed_on < date(2024, 1, 1)
        parties = [(p.place.name, p.place.country_code) for p in memorandum.parties if p.place]
        assert parties == [("Красноярск", "RU"), ("Джалал-Абад", "KG")]
        assert {e.title for e in memorandum.events} >= {story.MEETING, story.CONFERENCE}


def test_the_championship_with_the_team_from_bishkek(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session:
        championship = _event(session, story.CHAMPIONSHIP)
        assert championship.kind == EventKind.CULTURAL and championship.status == EventStatus.HELD
        assert championship.all_day
        assert championship.starts_at == datetime(2024, 4, 5, tzinfo=UTC)
        assert championship.ends_at == datetime(2024, 4, 8, tzinfo=UTC)  # through 7 April
        assert [c.code for c in championship.countries] == ["KG", "KZ", "RU"]
        team = next(o for o in championship.organizations if o.name == story.BISHKEK_TEAM)
        assert team.country_code == "KG" and team.place is not None
        assert team.place.name == "Бишкек"
        assert "400" in (championship.notes or "") and "Инженеры будущего" in (
            championship.notes or ""
        )


def test_the_delegation_and_its_followup(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session:
        delegation = session.scalars(
            select(Delegation).where(Delegation.title == story.DELEGATION)
        ).one()
        assert delegation.direction == DelegationDirection.INCOMING
        assert delegation.status == EventStatus.HELD
        assert delegation.head is not None and delegation.head.name == story.IMANALIEV
        assert (delegation.arrives_on, delegation.departs_on) == (
            date(2024, 4, 20),
            date(2024, 4, 23),
        )
        assert delegation.country_code == "KG"
        assert "светофор" in (delegation.purpose or "")
        assert [e.title for e in delegation.programme] == list(story.PROGRAMME)
        assert all(
            date(2024, 4, 20) <= e.start_date <= date(2024, 4, 23) for e in delegation.programme
        )

        meeting = _event(session, story.MEETING)
        task = session.scalars(
            select(FollowUp).where(FollowUp.title == story.FOLLOWUP_PROGRAMME)
        ).one()
        assert task.status == FollowUpStatus.DONE and task.due_on == date(2024, 4, 19)
        assert (task.event_id, task.delegation_id) == (meeting.id, delegation.id)

        school = session.scalars(
            select(FollowUp).where(FollowUp.title == story.FOLLOWUP_SCHOOL)
        ).one()
        assert school.status == FollowUpStatus.OPEN and school.country_code == "KG"
        assert school.agreement is not None and school.agreement.title == story.MEMORANDUM


def test_the_planned_eleventh_conference(demo: tuple[Database, DemoSummary]) -> None:
    db, _summary = demo
    with db.session() as session:
        conference = _event(session, story.CONFERENCE)
        assert conference.kind == EventKind.CONFERENCE
        assert conference.status == EventStatus.PLANNED
        assert conference.edition == 11
        assert conference.date_precision == DatePrecision.YEAR and conference.all_day
        assert conference.starts_at == datetime(2025, 1, 1, tzinfo=UTC)
        assert conference.ends_at == datetime(2026, 1, 1, tzinfo=UTC)
        assert conference.place is not None and conference.place.name == "Красноярск"
        assert [c.code for c in conference.countries] == ["KG", "RU"]


def test_the_worked_example_has_a_history_and_is_found_by_word_forms(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _summary = demo
    with db.session() as session:
        meeting = _event(session, story.MEETING)
        inserted = session.scalars(
            select(ChangeRecord.action).where(
                ChangeRecord.record_kind == "event", ChangeRecord.record_id == str(meeting.id)
            )
        ).all()
        assert inserted == ["insert"]
        found = set(session.scalars(search.matching_ids("event", "Кабаева")))
        assert meeting.id in found
        delegation = session.scalars(
            select(Delegation.id).where(Delegation.title == story.DELEGATION)
        ).one()
        assert delegation in set(session.scalars(search.matching_ids("delegation", "Джалал-Абаде")))
        chancery = session.scalars(
            select(Organization.id).where(Organization.name == story.CHANCERY)
        ).one()
        assert chancery in set(session.scalars(search.matching_ids("organization", "канцелярии")))
