"""The worked example: the Krasnoyarsk press release of 10 April 2024 as DiploTrack records.

The story of ``samples/krasnoyarsk-kyrgyz-chancery-meeting.ru.txt`` exactly as the product
brief lays it out: the mayor's working meeting with the head of the Kyrgyz embassy's chancery,
the robotics championship «Красноярск 5.0», the Krasnoyarsk – Jalal-Abad sister-city
memorandum, the Jalal-Abad delegation that came later that month, the planned XI Russian–Kyrgyz
interregional conference and the follow-ups. Built through the ORM, so every record has its
change history. Every record is found by a fixed natural key (``example_keys``).
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
    ParticipantRole,
    Renewal,
)

from .example_cast import build_example_cast
from .example_keys import (
    CHAMPIONSHIP,
    CONFERENCE,
    DELEGATION,
    FOLLOWUP_PROGRAMME,
    FOLLOWUP_SCHOOL,
    KRASNOYARSK_TZ,
    MEETING,
    MEMORANDUM,
    MEMORANDUM_SIGNED_ON,
    PRESS_RELEASE_TITLE,
    PROGRAMME,
    RECORDED_AT,
)


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


def build_worked_example(session: Session) -> WorkedExample:
    """Add the worked example to the session's transaction and flush it; its ids."""
    stamp = {"created_at": RECORDED_AT, "updated_at": RECORDED_AT}
    topics = {t.name_en: t for t in session.scalars(select(Topic))}
    russia, kyrgyzstan, kazakhstan = (session.get_one(Country, c) for c in ("RU", "KG", "KZ"))

    cast = build_example_cast(session)
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
            AgreementParty(place=cast.krasnoyarsk, position=0),
            AgreementParty(place=cast.jalal_abad, position=1),
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
        place=cast.krasnoyarsk,
        venue="Администрация города Красноярска",
        countries=[russia, kyrgyzstan],
        organizations=[cast.administration, cast.chancery, cast.autonomy],
        topics=[topics[t] for t in ("culture", "education", "sport", "economy")],
        agreements=[memorandum],
        participants=[
            EventParticipant(person=cast.loginov, role=ParticipantRole.HOST, position=0),
            EventParticipant(person=cast.kabaev, role=ParticipantRole.GUEST, position=1),
            EventParticipant(person=cast.bataeva, role=ParticipantRole.PARTICIPANT, position=2),
            EventParticipant(
                organization=cast.administration,
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
        place=cast.krasnoyarsk,
        countries=[russia, kyrgyzstan, kazakhstan],
        organizations=[cast.laboratory, cast.administration, cast.team],
        topics=[topics["education"], topics["science"]],
        participants=[
            EventParticipant(
                organization=cast.team,
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
        place=cast.krasnoyarsk,
        edition=11,
        countries=[russia, kyrgyzstan],
        organizations=[cast.administration],
        topics=[topics["economy"], topics["culture"]],
        agreements=[memorandum],
        notes="Срок проведения не определён; обсуждалась на встрече 10.04.2024.",
        **stamp,
    )
    delegation = Delegation(
        title=DELEGATION,
        direction=DelegationDirection.INCOMING,
        status=EventStatus.HELD,
        organization=cast.city_hall,
        place=cast.jalal_abad,
        country_code="KG",
        head=cast.imanaliev,
        arrives_on=date(2024, 4, 20),
        departs_on=date(2024, 4, 23),
        purpose="Изучение опыта Красноярска в тепло- и водоснабжении, благоустройстве и "
        "интеллектуальной системе управления светофорами; подготовка XI Российско-Киргизской "
        "межрегиональной конференции; в рамках меморандума о побратимских отношениях.",
        **stamp,
    )
    session.add_all([memorandum, meeting, championship, conference, delegation])
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
            place=cast.krasnoyarsk,
            venue=venue,
            countries=[russia, kyrgyzstan],
            organizations=[cast.administration, cast.city_hall],
            topics=[topics["municipal services"], topics["transport"]],
            agreements=[memorandum],
            delegation_id=delegation.id,
            participants=[
                EventParticipant(
                    organization=cast.administration, role=ParticipantRole.HOST, position=0
                ),
                EventParticipant(
                    person=cast.imanaliev, role=ParticipantRole.HEAD_OF_DELEGATION, position=1
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
            responsible_organization=cast.administration,
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
        people=tuple(p.id for p in cast.people),
        organizations=tuple(o.id for o in cast.organizations),
        places=tuple(p.id for p in cast.places),
    )
