"""The sample press release read into a draft: on the demo every item is an existing record;
on a database with only reference data every item is new, named in the nominative."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from press_kit import DEMO_DAY, PUBLISHED, labelled, sample_text
from sqlalchemy import select

from diplotrack.demo import fill_demo
from diplotrack.demo.example_keys import (
    AUTONOMY,
    BATAEVA,
    BISHKEK,
    CHAMPIONSHIP,
    CHANCERY,
    CONFERENCE,
    DELEGATION,
    FOLLOWUP_PROGRAMME,
    FOLLOWUP_SCHOOL,
    JALAL_ABAD,
    KABAEV,
    KRASNOYARSK,
    LOGINOV,
    MEETING,
    MEMORANDUM,
)
from diplotrack.domain import (
    Agreement,
    Delegation,
    Event,
    EventParticipant,
    FollowUp,
    Organization,
    Person,
    Place,
)
from diplotrack.domain.enums import (
    AgreementKind,
    DatePrecision,
    DelegationDirection,
    EventKind,
    EventLevel,
    EventStatus,
    OrganizationKind,
    ParticipantRole,
)
from diplotrack.interchange.press import (
    Draft,
    DraftAgreement,
    DraftDelegation,
    DraftEvent,
    DraftFollowUp,
    DraftOrganization,
    DraftPerson,
    DraftPlace,
    analyse_press_release,
)
from diplotrack.store.database import Database


def _analyse(db: Database) -> Draft:
    with db.sessions() as session:
        return analyse_press_release(session, sample_text(), published=PUBLISHED)


def _roles(draft: Draft) -> dict[str, ParticipantRole]:
    assert draft.event is not None
    return {
        draft.item(p.person_key).label: p.role
        for p in draft.event.participants
        if p.person_key is not None
    }


def test_sample_on_the_demo_matches_every_record(database: Database) -> None:
    fill_demo(database, today=DEMO_DAY)
    draft = _analyse(database)
    with database.sessions() as session:

        def id_of(model: type, column: str, value: str) -> int:
            return int(session.scalar(select(model.id).where(getattr(model, column) == value)))

        meeting = draft.event
        assert meeting is not None
        assert meeting.match == id_of(Event, "title", MEETING)
        assert meeting.event_kind is EventKind.MEETING and meeting.level is EventLevel.WORKING
        assert _roles(draft) == {
            LOGINOV: ParticipantRole.HOST,
            KABAEV: ParticipantRole.GUEST,
            BATAEVA: ParticipantRole.PARTICIPANT,
        }
        people = {p.label: p for p in draft.people}
        for name in (LOGINOV, KABAEV, BATAEVA):
            assert people[name].match == id_of(Person, "name", name)
        kabaev = people[KABAEV]
        assert draft.item(kabaev.organization_key or "").match == id_of(
            Organization, "name", CHANCERY
        )
        assert draft.item(people[BATAEVA].organization_key or "").match == id_of(
            Organization, "name", AUTONOMY
        )
        for name in (KRASNOYARSK, JALAL_ABAD, BISHKEK):
            assert labelled(draft, "place", name).match == id_of(Place, "name", name)
        assert labelled(draft, "agreement", MEMORANDUM).match == id_of(
            Agreement, "title", MEMORANDUM
        )
        assert labelled(draft, "event", CHAMPIONSHIP).match == id_of(Event, "title", CHAMPIONSHIP)
        assert labelled(draft, "event", CONFERENCE).match == id_of(Event, "title", CONFERENCE)
        assert labelled(draft, "delegation", DELEGATION).match == id_of(
            Delegation, "title", DELEGATION
        )
        for title in (FOLLOWUP_PROGRAMME, FOLLOWUP_SCHOOL):
            assert labelled(draft, "followup", title).match == id_of(FollowUp, "title", title)
    # everything the draft keeps is already known: saving it would make nothing new
    assert [i.key for i in draft.items() if i.include and i.is_new] == []
    assert {c.code for c in draft.countries} == {"RU", "KG"}
    assert {t.label for t in draft.topics} == {"культура", "образование", "спорт", "экономика"}


def test_the_mayor_alone_does_not_make_another_meeting_the_one_reported(
    database: Database,
) -> None:
    """Published "today" (the text names no day), the sample must not take the mayor's
    other meeting of that day — the demo's meeting with China's consul general shares
    only Loginov with it — for the meeting with Kabaev."""
    fill_demo(database, today=DEMO_DAY)
    with database.sessions() as session:
        lonely = session.scalars(
            select(Event.title)
            .join(EventParticipant)
            .join(Person, EventParticipant.person_id == Person.id)
            .where(Person.name == LOGINOV, Event.kind == EventKind.MEETING)
            .where(Event.starts_at >= datetime(2026, 11, 22, tzinfo=UTC))
            .where(Event.starts_at < datetime(2026, 11, 28, tzinfo=UTC))
        ).all()
        assert lonely, "the demo should hold another meeting of the mayor that week"
        draft = analyse_press_release(session, sample_text(), published=DEMO_DAY)
    assert draft.event is not None
    assert draft.event.match is None
    assert draft.event.title not in lonely


def test_sample_on_an_empty_database_proposes_everything_new(database: Database) -> None:
    draft = _analyse(database)
    meeting = draft.event
    assert meeting is not None and meeting.is_new
    assert meeting.event_kind is EventKind.MEETING and meeting.level is EventLevel.WORKING
    assert meeting.status is EventStatus.HELD
    assert meeting.starts_on == PUBLISHED  # the text names no day: the publication's
    assert any("publication date" in message for message in draft.messages)
    assert _roles(draft) == {
        "Владислав Логинов": ParticipantRole.HOST,
        "Азамат Кабаев": ParticipantRole.GUEST,
        "Назгуль Батаева": ParticipantRole.PARTICIPANT,
    }
    included = [i for i in draft.items() if i.include and i.kind.value != "topic"]
    assert all(i.is_new for i in included if i.kind.value != "country")

    loginov = labelled(draft, "person", "Владислав Логинов")
    assert isinstance(loginov, DraftPerson) and loginov.position == "мэр Красноярска"
    kabaev = labelled(draft, "person", "Азамат Кабаев")
    assert isinstance(kabaev, DraftPerson)
    assert kabaev.position == (
        "руководитель канцелярии посольства Киргизской Республики в Российской Федерации "
        "в Красноярске"
    )
    assert kabaev.country_code == "KG"
    assert kabaev.position_since is not None and kabaev.position_since.isoformat() == "2023-11-01"
    chancery = draft.item(kabaev.organization_key or "")
    assert isinstance(chancery, DraftOrganization)
    assert chancery.organization_kind is OrganizationKind.CHANCERY
    assert chancery.name.startswith("Канцелярия посольства Киргизской Республики")
    embassy = draft.item(chancery.parent_key or "")
    assert isinstance(embassy, DraftOrganization)
    assert embassy.name == "Посольство Киргизской Республики в Российской Федерации"
    assert embassy.country_code == "KG"

    bataeva = labelled(draft, "person", "Назгуль Батаева")
    assert isinstance(bataeva, DraftPerson)
    autonomy = draft.item(bataeva.organization_key or "")
    assert isinstance(autonomy, DraftOrganization)
    assert autonomy.name == AUTONOMY
    assert autonomy.organization_kind is OrganizationKind.DIASPORA_NGO

    places = {p.name: p for p in draft.places if isinstance(p, DraftPlace) and p.include}
    assert {n: p.country_code for n, p in places.items()} == {
        "Красноярск": "RU",
        "Джалал-Абад": "KG",
        "Бишкек": "KG",
    }
    memorandum = labelled(
        draft, "agreement", "Меморандум о побратимских отношениях (Джалал-Абад — Красноярск)"
    )
    assert isinstance(memorandum, DraftAgreement)
    assert memorandum.agreement_kind is AgreementKind.SISTER_CITY
    assert {draft.item(k).label for k in memorandum.party_keys} == {"Красноярск", "Джалал-Абад"}
    assert meeting.agreement_keys == (memorandum.key,)

    championship = labelled(
        draft, "event", "Национальный чемпионат по робототехнике «Красноярск 5.0»"
    )
    assert isinstance(championship, DraftEvent)
    assert championship.event_kind is EventKind.CULTURAL and championship.status is EventStatus.HELD
    team = [draft.item(k).label for k in championship.organization_keys]
    assert team == ["Команда юных робототехников из Бишкека"]
    # in Krasnoyarsk, with the team from Bishkek
    assert [draft.item(k).label for k in championship.country_keys] == ["Россия", "Киргизия"]

    conference = labelled(draft, "event", "XI Российско-Киргизская межрегиональная конференция")
    assert isinstance(conference, DraftEvent)
    assert conference.edition == 11 and conference.status is EventStatus.PLANNED
    assert conference.event_kind is EventKind.CONFERENCE
    assert conference.date_precision is DatePrecision.YEAR
    assert {draft.item(k).label for k in conference.country_keys} == {"Россия", "Киргизия"}
    assert draft.item(conference.place_key or "").label == "Красноярск"

    delegation = labelled(draft, "delegation", "Делегация мэрии Джалал-Абада")
    assert isinstance(delegation, DraftDelegation)
    assert delegation.direction is DelegationDirection.INCOMING
    assert delegation.status is EventStatus.PLANNED and delegation.country_code == "KG"
    assert draft.item(delegation.place_key or "").label == "Джалал-Абад"
    followup = labelled(
        draft, "followup", "Подготовить программу визита делегации мэрии Джалал-Абада"
    )
    assert followup.match is None
    school = labelled(draft, "followup", "Строительство новых русских школ (Джалал-Абад)")
    assert isinstance(school, DraftFollowUp) and school.match is None
    assert school.agreement_key == memorandum.key and school.country_code == "KG"
    assert school.notes is not None and school.notes.startswith("В настоящее время готовится")
    assert meeting.notes == (
        "Поздравил гостей с главным праздником для всех мусульман – Ураза-Байрамом."
    )
    assert {c.code for c in draft.countries} == {"RU", "KG"}


def test_one_person_in_two_word_forms_is_one_item(database: Database) -> None:
    text = (
        "Мэр Красноярска Владислав Логинов встретился с Азаматом Кабаевым. "
        "Азамат Кабаев поблагодарил Владислава Логинова за приём."
    )
    with database.sessions() as session:
        draft = analyse_press_release(session, text, published=PUBLISHED)
    assert sorted(p.label for p in draft.people) == ["Азамат Кабаев", "Владислав Логинов"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10 апреля мэр Красноярска Владислав Логинов провёл встречу.", "2024-04-10"),
        ("В прошлый четверг мэр Владислав Логинов провёл встречу.", "2024-04-04"),
        ("Last Thursday Mayor Vladislav Loginov held a meeting in Krasnoyarsk.", "2024-04-04"),
        ("On April 9, 2024 Mayor Vladislav Loginov held a meeting.", "2024-04-09"),
        ("Вчера мэр Владислав Логинов провёл встречу.", "2024-04-10"),
    ],
)
def test_dates_resolved_against_the_publication(
    sqlite_database: Database, text: str, expected: str
) -> None:
    with sqlite_database.sessions() as session:
        draft = analyse_press_release(session, text, published=PUBLISHED)  # a Thursday
    assert draft.event is not None and draft.event.starts_on is not None
    assert draft.event.starts_on.isoformat() == expected


def test_an_english_press_release_gives_a_meeting_with_its_people(database: Database) -> None:
    fill_demo(database, today=DEMO_DAY)
    text = (
        "Mayor of Krasnoyarsk Vladislav Loginov met the Head of the Office of Embassy of the "
        "Kyrgyz Republic\n\nOn 10 April Mayor Vladislav Loginov held a working meeting with "
        "Azamat Kabaev, Head of the Office of the Embassy of the Kyrgyz Republic in "
        "Krasnoyarsk. They discussed cooperation in culture, education and sport."
    )
    with database.sessions() as session:
        draft = analyse_press_release(session, text, published=PUBLISHED)
    assert draft.language == "en"
    assert draft.event is not None and draft.event.event_kind is EventKind.MEETING
    assert draft.event.level is EventLevel.WORKING
    assert draft.event.match is not None  # the demo's meeting on 10 April
    assert _roles(draft) == {
        LOGINOV: ParticipantRole.HOST,  # matched: labelled as the office knows them
        KABAEV: ParticipantRole.GUEST,
    }
    kabaev = labelled(draft, "person", KABAEV)
    assert isinstance(kabaev, DraftPerson)
    assert kabaev.position is not None and kabaev.position.startswith("Head of the Office")
    assert draft.item(kabaev.organization_key or "").label == CHANCERY
    assert {t.label for t in draft.topics} == {"culture", "education", "sport"}


def test_empty_text_is_refused_and_text_without_anything_gives_an_empty_draft(
    sqlite_database: Database,
) -> None:
    from diplotrack.domain import ValidationError

    with sqlite_database.sessions() as session:
        with pytest.raises(ValidationError, match="empty") as refused:
            analyse_press_release(session, "  \n\t ", published=PUBLISHED)
        assert refused.value.field == "text"
        draft = analyse_press_release(session, "просто текст без событий", published=PUBLISHED)
    assert draft.is_empty
    assert draft.messages and "Nothing" in draft.messages[-1]
