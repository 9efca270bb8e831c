"""What a note gathers about the worked example, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from briefingkit import DEMO_DAY, Story, story_of

from diplotrack.briefing import BriefingOptions, BriefingSubject, SubjectKind, gather_briefing
from diplotrack.briefing.model import Briefing
from diplotrack.demo import fill_demo
from diplotrack.domain import NotFoundError, Person
from diplotrack.store.database import Database


@pytest.fixture
def story(database: Database) -> Story:
    fill_demo(database, events=0, today=DEMO_DAY)  # the worked example and the office history
    return story_of(database)


def gather(db: Database, kind: str, key: int | str, **options: object) -> Briefing:
    with db.session() as session:
        return gather_briefing(
            session,
            BriefingSubject(SubjectKind(kind), key),
            BriefingOptions(**options),  # type: ignore[arg-type]
            today=DEMO_DAY,
        )


def test_a_country_note_has_its_people_agreements_follow_ups_and_plans(
    database: Database, story: Story
) -> None:
    note = gather(database, "country", "KG", history_limit=5)
    assert note.title == "Справка о сотрудничестве: Киргизия"
    kabaev = next(c for c in note.counterparts if c.name == "Азамат Кабаев")
    assert kabaev.name_other == "Azamat Kabaev" and kabaev.since == date(2023, 11, 1)
    assert kabaev.organization == "Канцелярия посольства Киргизской Республики в Красноярске"
    memorandum = next(a for a in note.agreements if a.title.startswith("Меморандум"))
    assert memorandum.parties == ("Красноярск", "Джалал-Абад") and memorandum.valid_until is None
    assert any(f.title.startswith("Уточнить сроки") and not f.overdue for f in note.followups)
    assert all(f.status in ("open", "in_progress") for f in note.followups)
    conference = next(p for p in note.planned if p.id == story.conference)
    assert conference.date_precision == "year"
    assert all(p.status in ("planned", "confirmed") for p in note.planned)
    # the last five contacts up to the day, oldest first; more are known
    assert len(note.history) == 5 < note.history_total
    starts = [c.starts for c in note.history]
    assert starts == sorted(starts) and all(s is not None and s <= DEMO_DAY for s in starts)


def test_an_english_note_names_things_in_latin_script(database: Database, story: Story) -> None:
    note = gather(database, "country", "kg", language="en")
    assert note.title == "Briefing note on cooperation with Kyrgyzstan"
    assert any(c.name == "Azamat Kabaev" for c in note.counterparts)
    memorandum = next(a for a in note.agreements if a.title.startswith("Memorandum"))
    assert memorandum.parties == ("Krasnoyarsk", "Jalal-Abad")


def test_a_meeting_note_has_its_guests_not_its_host_and_the_history_before_it(
    database: Database, story: Story
) -> None:
    note = gather(database, "event", story.meeting, language="en")
    assert note.heading.subject.startswith("Working meeting of the Mayor")
    assert note.heading.purpose == "for the meeting" and note.heading.when == "10 April 2024"
    assert [(c.name, c.role) for c in note.counterparts] == [
        ("Azamat Kabaev", "guest"),
        ("Nazgul Bataeva", "participant"),
    ]
    assert all(c.starts is not None and c.starts <= date(2024, 4, 10) for c in note.history)
    assert story.meeting not in [c.id for c in note.history if c.item == "event"]
    assert note.sources and note.sources[0].startswith("Мэр Красноярска")
    assert "Ураза-байрамом" in note.notes[0]
    assert any(a.title.startswith("Memorandum") for a in note.agreements)


def test_a_visit_note_has_the_delegation_programme_goals_and_bilingual_list(
    database: Database, story: Story
) -> None:
    note = gather(database, "delegation", story.delegation)
    assert note.heading.purpose == "к визиту делегации"
    assert note.heading.when == "20–23 апреля 2024 г."
    head = note.delegation_members[0]
    assert (head.name, head.name_other, head.role) == (
        "Кубанычбек Иманалиев",
        "Kubanychbek Imanaliev",
        "head_of_delegation",
    )
    assert [day.day for day in note.programme] == [date(2024, 4, 22), date(2024, 4, 23)]
    first = note.programme[0].items[0]
    assert (first.starts, first.venue) == (
        datetime(2024, 4, 22, 10, 0),
        "Администрация города Красноярска",
    )
    assert note.goals and "светофорами" in note.goals
    assert any(a.title.startswith("Меморандум") for a in note.agreements)
    programme = {item.title for day in note.programme for item in day.items}
    assert not programme & {c.title for c in note.history}


def test_a_person_note_has_the_posts_held(database: Database, story: Story) -> None:
    note = gather(database, "person", story.kabaev, language="en")
    assert note.heading.label == "BIOGRAPHICAL NOTE"
    assert [(p.title[:24], p.started_on) for p in note.posts] == [
        ("Head of the Office of th", date(2023, 11, 1))
    ]
    assert any(c.id == story.meeting for c in note.history)


@pytest.mark.parametrize(
    ("kind", "key"),
    [("event", 10**9), ("delegation", 10**9), ("country", "XX"), ("place", 10**9)],
)
def test_a_missing_subject_is_named(
    database: Database, story: Story, kind: str, key: int | str
) -> None:
    with pytest.raises(NotFoundError, match=str(key)):
        gather(database, kind, key)


def test_an_archived_subject_is_refused(database: Database, story: Story) -> None:
    with database.session() as session, session.begin():
        session.get_one(Person, story.kabaev).archived_at = datetime.now(UTC)
    with pytest.raises(NotFoundError, match="archived"):
        gather(database, "person", story.kabaev)


def test_what_point_two_adds_reads_alike_on_both_engines(database: Database, story: Story) -> None:
    english = gather(database, "country", "KG", language="en", history_limit=50)
    written = [f.responsible for f in english.followups if f.title.startswith("Направить")]
    # the responsible written as text is the office's own department, known in English
    assert written and set(written) == {"International Relations Office"}
    assert any("пресс-служба" in source for source in english.sources)
    place = gather(database, "place", story.jalal_abad)
    assert any(f.title.startswith("Уточнить сроки строительства") for f in place.followups)
