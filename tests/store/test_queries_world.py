"""A small, deterministic world for the query tests (built through the ORM, indexed for search).

Imported by the other ``test_queries_*`` modules; its own test checks the world is whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Attachment,
    Country,
    Delegation,
    DelegationMember,
    Event,
    EventParticipant,
    FollowUp,
    Organization,
    Person,
    Place,
    Position,
    Topic,
    event_agreement,
)
from diplotrack.domain.recurrence import recurrence_end
from diplotrack.store import search
from diplotrack.store.database import Database

KRASNOYARSK = ZoneInfo("Asia/Krasnoyarsk")
TODAY = date(2024, 4, 15)


def local(year: int, month: int, day: int, hour: int, zone: ZoneInfo = KRASNOYARSK) -> datetime:
    return datetime(year, month, day, hour, tzinfo=zone).astimezone(UTC)


def days(first: date, last: date) -> tuple[datetime, datetime]:
    """All-day bounds: 00:00 UTC of the first day to 00:00 UTC after the last."""
    return (
        datetime.combine(first, datetime.min.time(), UTC),
        datetime.combine(last + timedelta(days=1), datetime.min.time(), UTC),
    )


@dataclass(frozen=True)
class World:
    """Ids of the records, by the names the tests use."""

    ids: dict[str, int]

    def __getitem__(self, name: str) -> int:
        return self.ids[name]


def build_world(database: Database) -> World:
    with database.sessions.begin() as session:
        return _build(session)


def _build(session: Session) -> World:
    topic = {t.name_en: t for t in session.scalars(select(Topic))}
    krasnoyarsk = Place(name="Красноярск", name_alt="Krasnoyarsk", country_code="RU")
    jalal = Place(name="Джалал-Абад", name_alt="Jalal-Abad", country_code="KG")
    bishkek = Place(name="Бишкек", name_alt="Bishkek", country_code="KG")
    almaty = Place(name="Алматы", name_alt="Almaty", country_code="KZ", kind="city")
    city = Organization(
        name="Администрация города Красноярска",
        kind="city_administration",
        country_code="RU",
        place=krasnoyarsk,
    )
    embassy = Organization(
        name="Посольство Кыргызской Республики", kind="embassy", country_code="KG"
    )
    chancery = Organization(
        name="Канцелярия Посольства Кыргызской Республики в Красноярске",
        kind="chancery",
        country_code="KG",
        place=krasnoyarsk,
        parent=embassy,
    )
    diaspora = Organization(
        name="Кыргызская национально-культурная автономия",
        kind="diaspora_ngo",
        country_code="RU",
        place=krasnoyarsk,
    )
    team = Organization(name="Команда робототехников Бишкека", country_code="KG", place=bishkek)
    mayoralty = Organization(
        name="Мэрия города Джалал-Абад", kind="city_administration", country_code="KG", place=jalal
    )
    akimat = Organization(name="Акимат Алматы", country_code="KZ", place=almaty)
    loginov = Person(name="Владислав Логинов", name_alt="Vladislav Loginov", country_code="RU")
    loginov.positions.append(
        Position(title="Глава города Красноярска", organization=city, started_on=date(2022, 1, 1))
    )
    kabaev = Person(name="Азамат Кабаев", name_alt="Azamat Kabaev", country_code="KG")
    kabaev.positions.extend(
        [
            Position(
                title="Советник",
                organization=embassy,
                started_on=date(2020, 1, 1),
                ended_on=date(2023, 10, 31),
            ),
            Position(
                title="Руководитель канцелярии",
                organization=chancery,
                started_on=date(2023, 11, 1),
            ),
        ]
    )
    bataeva = Person(name="Назгуль Батаева", name_alt="Nazgul Bataeva", country_code="KG")
    bataeva.positions.append(Position(title="Председатель", organization=diaspora))
    imanaliev = Person(
        name="Кубанычбек Иманалиев", name_alt="Kubanychbek Imanaliev", country_code="KG"
    )
    müller = Person(name="Anna Müller", country_code="DE", email="anna@example.org")
    kg, ru, kz, de = (session.get_one(Country, code) for code in ("KG", "RU", "KZ", "DE"))

    meeting = Event(
        kind="meeting",
        title="Рабочая встреча с руководителем канцелярии",
        status="held",
        level="working",
        starts_at=local(2024, 4, 10, 10),
        ends_at=local(2024, 4, 10, 11),
        timezone="Asia/Krasnoyarsk",
        place=krasnoyarsk,
        venue="Администрация города",
        notes="Поздравление с праздником Ураза-байрам",
        countries=[ru, kg],
        topics=[topic["culture"], topic["education"], topic["sport"], topic["economy"]],
        organizations=[city, chancery],
    )
    meeting.participants.extend(
        [
            EventParticipant(person=loginov, role="host", position=0),
            EventParticipant(person=kabaev, role="guest", position=1),
            EventParticipant(person=bataeva, role="participant", position=2),
            EventParticipant(organization=city, description="начальники департаментов", position=3),
        ]
    )
    first, last = days(date(2024, 4, 5), date(2024, 4, 7))
    robotics = Event(
        kind="cultural",
        title="Чемпионат по робототехнике «Красноярск 5.0»",
        status="held",
        all_day=True,
        date_precision="day",
        starts_at=first,
        ends_at=last,
        place=krasnoyarsk,
        countries=[ru, kg, kz],
        topics=[topic["education"]],
        organizations=[team],
    )
    first, last = days(date(2024, 9, 1), date(2024, 9, 30))
    conference = Event(
        kind="conference",
        title="XI Российско-Кыргызская межрегиональная конференция",
        status="planned",
        all_day=True,
        date_precision="month",
        starts_at=first,
        ends_at=last,
        edition=11,
        place=krasnoyarsk,
        countries=[ru, kg],
    )
    call_start = datetime(2024, 3, 18, 11, tzinfo=ZoneInfo("Europe/Berlin")).astimezone(UTC)
    call = Event(
        kind="call",
        title="Видеозвонок с партнёрами из Берлина",
        status="confirmed",
        format="online",
        starts_at=call_start,
        ends_at=call_start + timedelta(hours=1),
        timezone="Europe/Berlin",
        recurrence="RRULE:FREQ=WEEKLY;COUNT=8\nEXDATE:20240401T090000Z",
        countries=[de],
    )
    call.recurrence_ends_at = recurrence_end(
        call.starts_at, call.ends_at, call.timezone, call.recurrence
    )
    call.participants.append(EventParticipant(person=müller, role="guest"))
    old = Event(
        kind="reception",
        title="Приём в честь Дня города",
        status="cancelled",
        starts_at=local(2023, 6, 10, 18),
        ends_at=local(2023, 6, 10, 20),
        countries=[kz],
        archived_at=datetime(2023, 7, 1, tzinfo=UTC),
    )
    visit = Delegation(
        title="Делегация мэрии Джалал-Абада",
        direction="incoming",
        status="held",
        organization=mayoralty,
        place=jalal,
        country_code="KG",
        head=imanaliev,
        arrives_on=date(2024, 4, 21),
        departs_on=date(2024, 4, 24),
        purpose="Изучение опыта: теплоснабжение, светофоры",
    )
    visit.members.append(DelegationMember(person=kabaev))
    trip = Delegation(
        title="Поездка в Алматы",
        direction="outgoing",
        status="planned",
        organization=akimat,
        place=almaty,
        country_code="KZ",
        head=loginov,
        arrives_on=date(2024, 6, 10),
        departs_on=date(2024, 6, 12),
    )
    programme = Event(
        kind="meeting",
        title="Встреча с делегацией Джалал-Абада",
        status="held",
        starts_at=local(2024, 4, 22, 10),
        ends_at=local(2024, 4, 22, 12),
        place=krasnoyarsk,
        countries=[kg],
        topics=[topic["municipal services"]],
    )
    memo = Agreement(
        kind="sister_city",
        title="Меморандум о побратимских связях Красноярск — Джалал-Абад",
        status="in_force",
        signed_on=date(2019, 6, 1),
        valid_from=date(2019, 6, 1),
        valid_until=date(2024, 6, 30),
        renewal="by_decision",
        signed_at=krasnoyarsk,
    )
    memo.parties.extend(
        [AgreementParty(place=krasnoyarsk, position=0), AgreementParty(place=jalal, position=1)]
    )
    memo.signatories.append(AgreementSignatory(person=loginov))
    cooperation = Agreement(
        kind="cooperation",
        title="Соглашение о сотрудничестве с акиматом Алматы",
        status="draft",
    )
    cooperation.parties.extend(
        [AgreementParty(organization=city), AgreementParty(organization=akimat)]
    )
    expired = Agreement(
        kind="memorandum",
        title="Memorandum with Germany",
        status="expired",
        signed_on=date(2015, 3, 1),
        valid_until=date(2020, 3, 1),
    )
    expired.parties.append(AgreementParty(country=de))
    session.add_all(
        [meeting, robotics, conference, call, old, visit, trip, memo, cooperation, expired]
    )
    session.flush()
    programme.delegation_id = visit.id
    session.add(programme)
    session.flush()
    session.execute(event_agreement.insert().values(event_id=meeting.id, agreement_id=memo.id))
    prepare = FollowUp(
        title="Подготовить программу визита",
        status="done",
        due_on=date(2024, 4, 15),
        done_on=date(2024, 4, 12),
        responsible_person=loginov,
        delegation_id=visit.id,
    )
    schools = FollowUp(
        title="Российские школы в Кыргызстане",
        status="open",
        due_on=date(2024, 4, 1),
        responsible_text="Департамент образования",
        agreement_id=memo.id,
        country_code="KG",
    )
    report = FollowUp(
        title="Отчёт о встрече",
        status="in_progress",
        due_on=date(2024, 5, 1),
        responsible_organization=city,
        event_id=meeting.id,
    )
    photo = Attachment(
        file_name="photo.jpg", media_type="image/jpeg", size=3, sha256="0" * 64, content=b"abc"
    )
    photo.event_id = meeting.id
    session.add_all([prepare, schools, report, photo])
    session.flush()
    search.reindex_all(session)
    return World(
        {
            "krasnoyarsk": krasnoyarsk.id,
            "jalal": jalal.id,
            "bishkek": bishkek.id,
            "almaty": almaty.id,
            "city": city.id,
            "embassy": embassy.id,
            "chancery": chancery.id,
            "diaspora": diaspora.id,
            "team": team.id,
            "mayoralty": mayoralty.id,
            "akimat": akimat.id,
            "loginov": loginov.id,
            "kabaev": kabaev.id,
            "bataeva": bataeva.id,
            "imanaliev": imanaliev.id,
            "muller": müller.id,
            "meeting": meeting.id,
            "robotics": robotics.id,
            "conference": conference.id,
            "call": call.id,
            "old": old.id,
            "programme": programme.id,
            "visit": visit.id,
            "trip": trip.id,
            "memo": memo.id,
            "cooperation": cooperation.id,
            "expired": expired.id,
            "prepare": prepare.id,
            "schools": schools.id,
            "report": report.id,
            "culture": topic["culture"].id,
            "education": topic["education"].id,
            "municipal": topic["municipal services"].id,
        }
    )


def test_world_is_built_and_indexed(database: Database) -> None:
    world = build_world(database)
    with database.session() as session:
        assert session.get_one(Event, world["meeting"]).title.startswith("Рабочая встреча")
        assert len(search.record_words(session, "event")) == 6
