"""The worked example: the Krasnoyarsk press release of 10 April 2024 as DiploTrack records.

The story of ``samples/krasnoyarsk-kyrgyz-chancery-meeting.ru.txt`` exactly as the product
brief lays it out: the mayor's working meeting with the head of the Kyrgyz embassy's chancery,
the robotics championship «Красноярск 5.0», the Krasnoyarsk – Jalal-Abad sister-city
memorandum, the Jalal-Abad delegation that came later that month, the planned XI Russian–Kyrgyz
interregional conference and the follow-ups. Built through the ORM, so every record has its
change history. Every record is found by a fixed natural key (the constants below).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    Country,
    Delegation,
    Event,
    EventParticipant,
    FollowUp,
    Organization,
    Person,
    Place,
    Position,
    Topic,
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

KRASNOYARSK_TZ = "Asia/Krasnoyarsk"

KRASNOYARSK = "Красноярск"
JALAL_ABAD = "Джалал-Абад"
BISHKEK = "Бишкек"
MOSCOW = "Москва"

CITY_ADMINISTRATION = "Администрация города Красноярска"
EMBASSY = "Посольство Киргизской Республики в Российской Федерации"
CHANCERY = "Канцелярия посольства Киргизской Республики в Красноярске"
AUTONOMY = (
    "Красноярская местная общественная организация «Кыргызская национально-культурная автономия»"
)
JALAL_ABAD_CITY_HALL = "Мэрия города Джалал-Абад"
BISHKEK_TEAM = "Команда юных робототехников из Бишкека"
ROBOTICS_LABORATORY = "Лаборатория робототехники «Инженеры будущего»"

LOGINOV = "Владислав Логинов"
KABAEV = "Азамат Кабаев"
BATAEVA = "Назгуль Батаева"
IMANALIEV = "Кубанычбек Иманалиев"

MEETING = "Рабочая встреча Главы города с руководителем канцелярии посольства Киргизской Республики"
CHAMPIONSHIP = "Национальный чемпионат по робототехнике «Красноярск 5.0»"
CONFERENCE = "XI Российско-Киргизская межрегиональная конференция"
MEMORANDUM = "Меморандум о побратимских отношениях между городами Красноярск и Джалал-Абад"
DELEGATION = "Делегация мэрии города Джалал-Абад"
PROGRAMME = (
    "Встреча с делегацией мэрии Джалал-Абада в администрации города",
    "Знакомство с интеллектуальной системой управления светофорами",
    "Посещение объектов тепло- и водоснабжения и благоустройства города",
)
FOLLOWUP_PROGRAMME = "Подготовить программу визита делегации мэрии Джалал-Абада"
FOLLOWUP_SCHOOL = "Уточнить сроки строительства русской школы в Джалал-Абаде"

PRESS_RELEASE_TITLE = (
    "Мэр Красноярска Владислав Логинов встретился с руководителем канцелярии посольства "
    "Киргизской Республики в России"
)
# When the office logged the story; fixed, so that two demo databases are identical.
RECORDED_AT = datetime(2024, 4, 10, 9, 0, tzinfo=UTC)
# Illustrative: the press release names the memorandum but not its date.
MEMORANDUM_SIGNED_ON = date(2019, 9, 12)


@dataclass(frozen=True)
class WorkedExample:
    """Ids of the worked example's records, by what they are in the story."""

    meeting: int
    championship: int
    conference: int
    programme: tuple[int, ...]
    delegation: int
    memorandum: int
    followups: tuple[int, ...]
    people: tuple[int, ...]
    organizations: tuple[int, ...]
    places: tuple[int, ...]

    @property
    def events(self) -> tuple[int, ...]:
        return (self.meeting, self.championship, self.conference, *self.programme)


def find_meeting(session: Session) -> int | None:
    """The id of the worked example's meeting, if this database holds it."""
    return session.scalar(
        select(Event.id).where(Event.title == MEETING, Event.starts_at == _local(2024, 4, 10, 11))
    )


def _local(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    moment = datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(KRASNOYARSK_TZ))
    return moment.astimezone(UTC)


def _day(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, tzinfo=UTC)


def _place(session: Session, name: str, name_alt: str, country: str, **extra: object) -> Place:
    """The place by its name in that country, created when the database lacks it."""
    found = session.scalar(
        select(Place).where(Place.name == name, Place.country_code == country).limit(1)
    )
    if found is None:
        found = Place(
            name=name,
            name_alt=name_alt,
            country_code=country,
            created_at=RECORDED_AT,
            updated_at=RECORDED_AT,
            **extra,
        )
        session.add(found)
    return found


def build_worked_example(session: Session) -> WorkedExample:
    """Add the worked example to the session's transaction and flush it; its ids."""
    stamp = {"created_at": RECORDED_AT, "updated_at": RECORDED_AT}
    topics = {t.name_en: t for t in session.scalars(select(Topic))}
    russia, kyrgyzstan, kazakhstan = (session.get_one(Country, c) for c in ("RU", "KG", "KZ"))

    krasnoyarsk = _place(
        session,
        KRASNOYARSK,
        "Krasnoyarsk",
        "RU",
        population=1_205_000,
        latitude=56.01,
        longitude=92.87,
    )
    jalal_abad = _place(
        session,
        JALAL_ABAD,
        "Jalal-Abad",
        "KG",
        population=123_000,
        latitude=40.93,
        longitude=73.0,
    )
    bishkek = _place(
        session, BISHKEK, "Bishkek", "KG", population=1_145_000, latitude=42.87, longitude=74.59
    )
    moscow = _place(
        session, MOSCOW, "Moscow", "RU", population=13_100_000, latitude=55.76, longitude=37.62
    )

    administration = Organization(
        name=CITY_ADMINISTRATION,
        name_alt="Krasnoyarsk City Administration",
        short_name="Администрация г. Красноярска",
        kind=OrganizationKind.CITY_ADMINISTRATION,
        country_code="RU",
        place=krasnoyarsk,
        **stamp,
    )
    embassy = Organization(
        name=EMBASSY,
        name_alt="Embassy of the Kyrgyz Republic to the Russian Federation",
        short_name="Посольство КР в РФ",
        kind=OrganizationKind.EMBASSY,
        country_code="KG",
        place=moscow,
        **stamp,
    )
    chancery = Organization(
        name=CHANCERY,
        name_alt="Office of the Embassy of the Kyrgyz Republic to the Russian Federation "
        "in Krasnoyarsk",
        short_name="Канцелярия посольства КР в Красноярске",
        kind=OrganizationKind.CHANCERY,
        country_code="KG",
        place=krasnoyarsk,
        parent=embassy,
        **stamp,
    )
    autonomy = Organization(
        name=AUTONOMY,
        name_alt="Krasnoyarsk local public organization “Kyrgyz National-Cultural Autonomy”",
        short_name="КМОО «КНКА»",
        kind=OrganizationKind.DIASPORA_NGO,
        country_code="RU",
        place=krasnoyarsk,
        notes="Объединяет киргизскую диаспору Красноярска.",
        **stamp,
    )
    city_hall = Organization(
        name=JALAL_ABAD_CITY_HALL,
        name_alt="Jalal-Abad City Hall",
        short_name="Мэрия Джалал-Абада",
        kind=OrganizationKind.CITY_ADMINISTRATION,
        country_code="KG",
        place=jalal_abad,
        **stamp,
    )
    team = Organization(
        name=BISHKEK_TEAM,
        name_alt="Team of young roboticists from Bishkek",
        kind=OrganizationKind.OTHER,
        country_code="KG",
        place=bishkek,
        **stamp,
    )
    laboratory = Organization(
        name=ROBOTICS_LABORATORY,
        name_alt="Robotics laboratory “Engineers of the Future”",
        short_name="«Инженеры будущего»",
        kind=OrganizationKind.OTHER,
        country_code="RU",
        place=krasnoyarsk,
        **stamp,
    )

    loginov = Person(name=LOGINOV, name_alt="Vladislav Loginov", country_code="RU", **stamp)
    loginov.positions.append(
        Position(
            organization=administration,
            title="Глава города Красноярска",
            title_alt="Mayor of Krasnoyarsk",
        )
    )
    kabaev = Person(name=KABAEV, name_alt="Azamat Kabaev", country_code="KG", **stamp)
    kabaev.positions.append(
        Position(
            organization=chancery,
            title="руководитель канцелярии посольства Киргизской Республики в Российской "
            "Федерации в Красноярске",
            title_alt="Head of the Office of the Embassy of the Kyrgyz Republic to the "
            "Russian Federation in Krasnoyarsk",
            started_on=date(2023, 11, 1),
        )
    )
    bataeva = Person(name=BATAEVA, name_alt="Nazgul Bataeva", **stamp)
    bataeva.positions.append(
        Position(organization=autonomy, title="председатель", title_alt="Chair")
    )
    imanaliev = Person(name=IMANALIEV, name_alt="Kubanychbek Imanaliev", country_code="KG", **stamp)
    imanaliev.positions.append(
        Position(
            organization=city_hall,
            title="первый заместитель мэра города Джалал-Абад",
            title_alt="First Deputy Mayor of Jalal-Abad",
        )
    )

    memorandum = Agreement(
        kind=AgreementKind.SISTER_CITY,
        title=MEMORANDUM,
        title_alt="Memorandum on sister-city relations between Krasnoyarsk and Jalal-Abad",
        status=AgreementStatus.IN_FORCE,
        signed_on=MEMORANDUM_SIGNED_ON,
        valid_from=MEMORANDUM_SIGNED_ON,
        renewal=Renewal.AUTOMATIC,
        summary="Побратимские отношения: культура, образование, спорт, экономика, "
        "городское хозяйство.",
        notes="Дата подписания в демонстрационной базе условная.",
        parties=[
            AgreementParty(place=krasnoyarsk, position=0),
            AgreementParty(place=jalal_abad, position=1),
        ],
        **stamp,
    )

    meeting = Event(
        kind=EventKind.MEETING,
        title=MEETING,
        title_alt="Working meeting of the Mayor with the Head of the Office of the Embassy "
        "of the Kyrgyz Republic",
        status=EventStatus.HELD,
        level=EventLevel.WORKING,
        starts_at=_local(2024, 4, 10, 11),
        ends_at=_local(2024, 4, 10, 12),
        timezone=KRASNOYARSK_TZ,
        place=krasnoyarsk,
        venue="Администрация города Красноярска",
        countries=[russia, kyrgyzstan],
        organizations=[administration, chancery, autonomy],
        topics=[topics[t] for t in ("culture", "education", "sport", "economy")],
        agreements=[memorandum],
        participants=[
            EventParticipant(person=loginov, role=ParticipantRole.HOST, position=0),
            EventParticipant(person=kabaev, role=ParticipantRole.GUEST, position=1),
            EventParticipant(person=bataeva, role=ParticipantRole.PARTICIPANT, position=2),
            EventParticipant(
                organization=administration,
                role=ParticipantRole.PARTICIPANT,
                description="руководители департаментов администрации города",
                position=3,
            ),
        ],
        source=f"{PRESS_RELEASE_TITLE} — пресс-служба администрации г. Красноярска, 10.04.2024",
        notes="Первая официальная встреча после назначения А. Кабаева (приступил к "
        "обязанностям в ноябре 2023 года). Глава города поздравил гостей с Ураза-байрамом "
        "(Eid al-Fitr). А. Кабаев поблагодарил за тёплый приём команды юных робототехников из "
        "Бишкека на чемпионате «Красноярск 5.0» и рассказал о строительстве в республике новых "
        "русских школ, каждая более чем на тысячу учеников; одна из них будет в городе-побратиме "
        "Джалал-Абаде. Обсуждены предстоящий визит делегации мэрии Джалал-Абада и проведение "
        "в Красноярске XI Российско-Киргизской межрегиональной конференции.",
        **stamp,
    )
    championship = Event(
        kind=EventKind.CULTURAL,
        title=CHAMPIONSHIP,
        title_alt="National Robotics Championship “Krasnoyarsk 5.0”",
        status=EventStatus.HELD,
        level=EventLevel.OFFICIAL,
        starts_at=_day(2024, 4, 5),
        ends_at=_day(2024, 4, 8),
        all_day=True,
        date_precision=DatePrecision.DAY,
        timezone=KRASNOYARSK_TZ,
        place=krasnoyarsk,
        countries=[russia, kyrgyzstan, kazakhstan],
        organizations=[laboratory, administration, team],
        topics=[topics["education"], topics["science"]],
        participants=[
            EventParticipant(
                organization=team,
                role=ParticipantRole.PARTICIPANT,
                description="команда юных робототехников из Бишкека",
                position=0,
            )
        ],
        notes="Более 400 команд из 43 регионов России, Киргизии и Казахстана. Организатор — "
        "лаборатория робототехники «Инженеры будущего» при поддержке города.",
        **stamp,
    )
    conference = Event(
        kind=EventKind.CONFERENCE,
        title=CONFERENCE,
        title_alt="XI Russian–Kyrgyz Interregional Conference",
        status=EventStatus.PLANNED,
        level=EventLevel.OFFICIAL,
        starts_at=_day(2025, 1, 1),
        ends_at=_day(2026, 1, 1),
        all_day=True,
        date_precision=DatePrecision.YEAR,
        timezone=KRASNOYARSK_TZ,
        place=krasnoyarsk,
        edition=11,
        countries=[russia, kyrgyzstan],
        organizations=[administration],
        topics=[topics["economy"], topics["culture"]],
        agreements=[memorandum],
        notes="Срок проведения не определён; обсуждалась на встрече 10.04.2024.",
        **stamp,
    )
    delegation = Delegation(
        title=DELEGATION,
        direction=DelegationDirection.INCOMING,
        status=EventStatus.HELD,
        organization=city_hall,
        place=jalal_abad,
        country_code="KG",
        head=imanaliev,
        arrives_on=date(2024, 4, 20),
        departs_on=date(2024, 4, 23),
        purpose="Изучение опыта Красноярска в тепло- и водоснабжении, благоустройстве и "
        "интеллектуальной системе управления светофорами; подготовка XI Российско-Киргизской "
        "межрегиональной конференции; в рамках меморандума о побратимских отношениях.",
        **stamp,
    )
    organizations = [administration, embassy, chancery, autonomy, city_hall, team, laboratory]
    people = [loginov, kabaev, bataeva, imanaliev]
    session.add_all(
        [*organizations, *people, memorandum, meeting, championship, conference, delegation]
    )
    session.flush()  # the programme refers to the delegation by id
    programme = [
        Event(
            kind=kind,
            title=title,
            status=EventStatus.HELD,
            level=EventLevel.OFFICIAL,
            starts_at=_local(2024, 4, day, start),
            ends_at=_local(2024, 4, day, end),
            timezone=KRASNOYARSK_TZ,
            place=krasnoyarsk,
            venue=venue,
            countries=[russia, kyrgyzstan],
            organizations=[administration, city_hall],
            topics=[topics["municipal services"], topics["transport"]],
            agreements=[memorandum],
            delegation_id=delegation.id,
            participants=[
                EventParticipant(
                    organization=administration, role=ParticipantRole.HOST, position=0
                ),
                EventParticipant(
                    person=imanaliev, role=ParticipantRole.HEAD_OF_DELEGATION, position=1
                ),
            ],
            **stamp,
        )
        for kind, title, day, start, end, venue in (
            (EventKind.MEETING, PROGRAMME[0], 22, 10, 12, "Администрация города Красноярска"),
            (EventKind.VISIT, PROGRAMME[1], 22, 14, 17, "Центр организации дорожного движения"),
            (EventKind.VISIT, PROGRAMME[2], 23, 10, 13, None),
        )
    ]
    followups = [
        FollowUp(
            title=FOLLOWUP_PROGRAMME,
            status=FollowUpStatus.DONE,
            due_on=date(2024, 4, 19),
            done_on=date(2024, 4, 18),
            responsible_organization=administration,
            responsible_text="Управление международных связей",
            event=meeting,
            delegation=delegation,
            country_code="KG",
            **stamp,
        ),
        FollowUp(
            title=FOLLOWUP_SCHOOL,
            status=FollowUpStatus.OPEN,
            agreement=memorandum,
            country_code="KG",
            notes="В Киргизской Республике готовится строительство новых русских школ, каждая "
            "более чем на тысячу учеников; одна из них — в городе-побратиме Джалал-Абаде "
            "(А. Кабаев на встрече 10.04.2024).",
            **stamp,
        ),
    ]
    session.add_all([*programme, *followups])
    session.flush()
    return WorkedExample(
        meeting=meeting.id,
        championship=championship.id,
        conference=conference.id,
        programme=tuple(e.id for e in programme),
        delegation=delegation.id,
        memorandum=memorandum.id,
        followups=tuple(f.id for f in followups),
        people=tuple(p.id for p in people),
        organizations=tuple(o.id for o in organizations),
        places=tuple(p.id for p in (krasnoyarsk, jalal_abad, bishkek, moscow)),
    )
