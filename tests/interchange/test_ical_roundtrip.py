"""Our own events out to .ics and back: into a fresh database they come back the same (titles,
times, zones, recurrence, participants by name), into the same database they change nothing;
a re-imported calendar updates what changed; a dry run, a refusal and a cancel change nothing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import icalendar
import pytest
from ical_kit import ICS_DIR, counts
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from diplotrack.domain import Event, EventParticipant, Person
from diplotrack.domain.filters import RecordFilter
from diplotrack.interchange.ical import export_calendar, import_calendar, read_calendar
from diplotrack.interchange.ical.matching import same_rule
from diplotrack.interchange.report import ImportCancelled
from diplotrack.services.delegations import DelegationInput, create_delegation
from diplotrack.services.events import EventInput, ParticipantInput, all_day_span, create_event
from diplotrack.services.organizations import OrganizationInput, create_organization
from diplotrack.services.people import PersonInput, PositionInput, create_person
from diplotrack.services.places import PlaceInput, create_place
from diplotrack.store.database import Database, open_database

BERLIN = ZoneInfo("Europe/Berlin")
KABAEV_POST = (
    "руководитель канцелярии посольства Киргизской Республики в Российской Федерации в Красноярске"
)
NOTES = "Поздравление с праздником Ураза-байрам"


def _office(db: Database) -> dict[str, int]:
    """A small office: the worked example's meeting, a weekly series with exceptions, a
    three-day forum, a delegation with a programme event, an event in UTC."""
    place = create_place(db, PlaceInput(name="Красноярск", country="RU")).created_id("place")
    loginov = create_person(
        db, PersonInput(name="Владислав Логинов", country="RU", email="mayor@admkrsk.ru")
    ).created_id("person")
    kabaev = create_person(
        db,
        PersonInput(name="Азамат Кабаев", country="KG"),
        positions=(
            PositionInput(title="советник посольства", ended_on=date(2023, 10, 31)),
            PositionInput(title=KABAEV_POST, started_on=date(2023, 11, 1)),
        ),
    ).created_id("person")
    departments = create_organization(
        db, OrganizationInput(name="Администрация города Красноярска", country="RU")
    ).created_id("organization")
    meeting = create_event(
        db,
        EventInput(
            title="Рабочая встреча с руководителем канцелярии Посольства Кыргызской Республики",
            starts_at=datetime(2024, 4, 10, 11, 0, tzinfo=ZoneInfo("Asia/Krasnoyarsk")),
            ends_at=datetime(2024, 4, 10, 12, 30, tzinfo=ZoneInfo("Asia/Krasnoyarsk")),
            status="held",
            level="working",
            place_id=place,
            venue="Администрация города, зал заседаний",
            countries=("RU", "KG"),
            notes=NOTES,
            participants=(
                ParticipantInput(person_id=kabaev, role="guest"),
                ParticipantInput(person_id=loginov, role="host"),
                ParticipantInput(
                    organization_id=departments,
                    role="participant",
                    description="руководители департаментов",
                ),
            ),
        ),
    ).created_id("event")
    series = create_event(
        db,
        EventInput(
            title="Weekly coordination",
            starts_at=datetime(2025, 3, 3, 11, 0, tzinfo=BERLIN),
            ends_at=datetime(2025, 3, 3, 12, 0, tzinfo=BERLIN),
            timezone="Europe/Berlin",
            kind="call",
            format="online",
            recurrence="RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10\nEXDATE:20250317T100000Z\n"
            "RDATE:20250326T100000Z",
            participants=(ParticipantInput(person_id=loginov, role="participant"),),
        ),
    ).created_id("event")
    first, last = all_day_span(date(2025, 6, 4), date(2025, 6, 6))
    forum = create_event(
        db,
        EventInput(
            title="XI Russian–Kyrgyz interregional conference",
            starts_at=first,
            ends_at=last,
            all_day=True,
            kind="conference",
            countries=("KG",),
        ),
    ).created_id("event")
    programme = create_event(
        db,
        EventInput(
            title="Visit to the traffic control centre",
            starts_at=datetime(2024, 4, 24, 3, 0, tzinfo=UTC),
            ends_at=datetime(2024, 4, 24, 5, 0, tzinfo=UTC),
            timezone="UTC",
            kind="visit",
        ),
    ).created_id("event")
    create_delegation(
        db,
        DelegationInput(
            title="Делегация мэрии Джалал-Абада",
            country="KG",
            programme_event_ids=(programme,),
        ),
    )
    return {"meeting": meeting, "series": series, "forum": forum, "programme": programme}


def _shape(db: Database) -> dict[str, tuple[Any, ...]]:
    """Each event by title as the round trip must keep it."""
    with db.session() as session:
        events = session.scalars(
            select(Event).options(
                selectinload(Event.participants).selectinload(EventParticipant.person)
            )
        )
        return {
            event.title: (
                event.starts_at,
                event.ends_at,
                event.timezone,
                event.all_day,
                event.status,
                event.kind,
                tuple(sorted(c.code for c in event.countries)),
                tuple(
                    sorted((p.person.name, p.role.value) for p in event.participants if p.person)
                ),
                event.recurrence,
                event.venue,
            )
            for event in events
        }


def test_export_then_import_into_a_fresh_database(database: Database, tmp_path: Path) -> None:
    _office(database)
    out = tmp_path / "office.ics"
    assert export_calendar(database, RecordFilter(), out) == 4
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    assert calendar["PRODID"] == "-//DiploTrack//DiploTrack//RU"
    assert {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")} >= {
        "Asia/Krasnoyarsk",
        "Europe/Berlin",
    }
    assert b"\r\n" in out.read_bytes()
    fresh = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
    try:
        report = import_calendar(fresh, out)
        assert report.refused is None and not report.skipped
        assert report.created["events"] == 4
        assert report.created["people"] == 2  # attendees the fresh office did not know
        before, after = _shape(database), _shape(fresh)
        assert before.keys() == after.keys()
        for title, shape in before.items():
            *rest, rule, venue = shape
            *rest_after, rule_after, venue_after = after[title]
            assert rest == rest_after, title
            assert same_rule(rule, rule_after), (rule, rule_after)
            assert venue_after in (venue, ", ".join(v for v in (venue, "Красноярск") if v))
        with fresh.session() as session:
            kabaev = session.scalars(select(Person).where(Person.name == "Азамат Кабаев")).one()
            assert [post.title for post in kabaev.positions] == [KABAEV_POST]
            meeting = session.scalars(select(Event).where(Event.notes.is_not(None))).one()
            # the lines after the notes are not notes; the organization the fresh office does
            # not know is kept in them with who of it came
            assert meeting.notes == (
                f"{NOTES}\n\nATTENDEE: Администрация города Красноярска"
                " — руководители департаментов"
            )
        again = open_database(f"sqlite:///{tmp_path / 'fresh.sqlite3'}")
        second = tmp_path / "again.ics"
        export_calendar(again, RecordFilter(), second)
        again.close()
        uids = {str(e["UID"]) for e in calendar.walk("VEVENT")}
        exported = icalendar.Calendar.from_ical(second.read_bytes()).walk("VEVENT")
        assert uids == {str(e["UID"]) for e in exported}
        (description,) = [str(e["DESCRIPTION"]) for e in exported if "DESCRIPTION" in e]
        assert description.count(f"Азамат Кабаев — {KABAEV_POST}") == 1
    finally:
        fresh.close()


def test_reimporting_our_own_export_changes_nothing(database: Database, tmp_path: Path) -> None:
    _office(database)
    out = tmp_path / "office.ics"
    export_calendar(database, RecordFilter(), out)
    before = counts(database)
    report = import_calendar(database, out)
    assert report.refused is None
    assert not +report.created and not +report.updated
    assert report.unchanged["events"] == 4
    assert counts(database) == before
    with database.session() as session:
        meeting = session.scalars(select(Event).where(Event.notes.is_not(None))).one()
        assert meeting.notes == NOTES
        assert [p.description for p in meeting.participants] == [
            None,
            None,
            "руководители департаментов",
        ]


def _vevents(path: Path) -> dict[str, Any]:
    return {
        str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    }


def test_participants_posts_are_lines_after_the_notes(database: Database, tmp_path: Path) -> None:
    _office(database)
    out = tmp_path / "office.ics"
    export_calendar(database, RecordFilter(), out)
    events = _vevents(out)
    meeting = events["Рабочая встреча с руководителем канцелярии Посольства Кыргызской Республики"]
    assert str(meeting["DESCRIPTION"]) == (
        f"{NOTES}\n\n"
        f"Азамат Кабаев — {KABAEV_POST}\n"
        "Владислав Логинов\n"
        "Администрация города Красноярска — руководители департаментов"
    )
    posts = {str(a.params["CN"]): a.params.get("X-DIPLOTRACK-POST") for a in meeting["ATTENDEE"]}
    assert posts == {
        "Азамат Кабаев": KABAEV_POST,
        "Владислав Логинов": None,
        "Администрация города Красноярска": "руководители департаментов",
    }
    # nobody with a post: the attendees alone, no lines
    assert "DESCRIPTION" not in events["Weekly coordination"]


def test_the_post_is_the_one_held_on_the_events_day(database: Database, tmp_path: Path) -> None:
    _office(database)
    with database.session() as session:
        kabaev = session.scalars(select(Person.id).where(Person.name == "Азамат Кабаев")).one()
    krasnoyarsk = ZoneInfo("Asia/Krasnoyarsk")
    # the old post ended on 31 October, the new one began on 1 November; 00:30 on 1 November
    # in Krasnoyarsk is still 31 October in UTC: the day is the event's own
    for title, start in (
        ("Последний день советника", datetime(2023, 10, 31, 23, 0, tzinfo=krasnoyarsk)),
        ("Первый день руководителя", datetime(2023, 11, 1, 0, 30, tzinfo=krasnoyarsk)),
    ):
        create_event(
            database,
            EventInput(
                title=title,
                starts_at=start,
                ends_at=start + timedelta(minutes=30),
                timezone="Asia/Krasnoyarsk",
                participants=(ParticipantInput(person_id=kabaev, role="guest"),),
            ),
        )
    out = tmp_path / "office.ics"
    export_calendar(database, RecordFilter(), out)
    events = _vevents(out)
    for title, post in (
        ("Последний день советника", "советник посольства"),
        ("Первый день руководителя", KABAEV_POST),
    ):
        assert events[title]["ATTENDEE"].params["X-DIPLOTRACK-POST"] == post
        assert str(events[title]["DESCRIPTION"]) == f"Азамат Кабаев — {post}"


def test_lines_another_program_changed_stay_in_the_notes(
    database: Database, tmp_path: Path
) -> None:
    """Lines that no longer match the attendees are no longer ours to drop: nothing is lost."""
    _office(database)
    out = tmp_path / "office.ics"
    export_calendar(database, RecordFilter(), out)
    edited = tmp_path / "edited.ics"
    edited.write_bytes(out.read_bytes().replace("Логинов\\n".encode(), "Логинов (мэр)\\n".encode()))
    assert edited.read_bytes() != out.read_bytes()
    report = import_calendar(database, edited)
    assert report.updated["events"] == 1
    with database.session() as session:
        meeting = session.scalars(select(Event).where(Event.notes.is_not(None))).one()
        assert meeting.notes is not None
        assert meeting.notes.startswith(NOTES + "\n\nАзамат Кабаев — ")
        assert "Владислав Логинов (мэр)\n" in meeting.notes


def test_export_follows_the_filter_and_delegations_programmes(
    database: Database, tmp_path: Path
) -> None:
    ids = _office(database)
    out = tmp_path / "kg.ics"
    # KG: the meeting and the forum, and the programme of the delegation from KG
    assert export_calendar(database, RecordFilter(countries=("KG",)), out) == 3
    titles = {
        str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    }
    assert "Weekly coordination" not in titles
    assert "Visit to the traffic control centre" in titles
    assert ids


def test_a_changed_calendar_updates_and_a_moved_occurrence_stays_apart(
    database: Database, tmp_path: Path
) -> None:
    (moved,) = [p for p in ICS_DIR.glob("*recurring_events_moved*")]
    assert import_calendar(database, moved).created["events"] == 5
    with database.session() as session:
        series = session.scalars(
            select(Event).where(Event.ical_uid == "5d4c6843-9300-4f91-8d88-6094d4b0b840")
        ).one()
        assert "EXDATE:20190319T030000Z" in (series.recurrence or "")
    changed = tmp_path / "changed.ics"
    changed.write_bytes(moved.read_bytes().replace(b"SUMMARY:test7 - edited", b"SUMMARY:renamed"))
    report = import_calendar(database, changed)
    assert report.updated["events"] == 1 and report.unchanged["events"] == 4
    with database.session() as session:
        titles = set(session.scalars(select(Event.title)))
    assert "renamed" in titles and "test7 - edited" not in titles


def test_a_partly_broken_file_is_refused_whole_when_asked(database: Database) -> None:
    (path,) = [p for p in ICS_DIR.glob("*parsing_error*")]
    before = counts(database)
    report = import_calendar(database, path, accept_partial=False)
    assert report.refused is not None
    assert report.refused.where.line == 18
    assert [p.where.line for p in report.skipped] == [18]
    assert counts(database) == before
    accepted = import_calendar(database, path)
    assert accepted.created["events"] == 1 and len(accepted.skipped) == 1


def test_a_dry_run_changes_nothing(database: Database) -> None:
    (path,) = [p for p in ICS_DIR.glob("*daylight_saving_time*")]
    before = counts(database)
    report = import_calendar(database, path, dry_run=True)
    assert report.dry_run and report.created["events"] == 64
    assert counts(database) == before


def test_cancel_changes_nothing(database: Database) -> None:
    (path,) = [p for p in ICS_DIR.glob("*japan_west*")]
    before = counts(database)
    seen: list[tuple[int, int]] = []

    def cancel_at_the_end(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < total - 1

    with pytest.raises(ImportCancelled):
        import_calendar(database, path, progress=cancel_at_the_end)
    assert seen and seen[0][0] == 0
    assert counts(database) == before


def test_read_calendar_previews_without_a_database() -> None:
    (path,) = [p for p in ICS_DIR.glob("*tz_windows_format*")]
    plan = read_calendar(path)
    (event,) = plan.events
    assert plan.refused is None and not plan.skipped
    # the file defines "New Zealand Standard Time" as CET: the definition gives the instant
    assert event.starts_at == datetime(2019, 11, 20, 12, 0, tzinfo=UTC)
    assert ZoneInfo(event.timezone).utcoffset(datetime(2019, 11, 20, 13)) == (
        datetime(2019, 11, 20, 13, tzinfo=BERLIN).utcoffset()
    )
