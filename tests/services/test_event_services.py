"""Events through the services, on both engines: every rule, links, search, versions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from servicekit import MEETING_END, MEETING_START, Refuse, World, found, meeting, version_of

from diplotrack.domain import (
    Event,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from diplotrack.domain.enums import DatePrecision, EventStatus, ParticipantRole
from diplotrack.services.changes import RecordRef
from diplotrack.services.events import (
    EventInput,
    ParticipantInput,
    all_day_span,
    archive_event,
    create_event,
    reschedule_event,
    restore_event,
    update_event,
)
from diplotrack.services.places import archive_place
from diplotrack.store.database import Database

NewEvent = Callable[..., int]


def the_meeting(world: World, **overrides: object) -> EventInput:
    values: dict[str, object] = {
        "place_id": world.krasnoyarsk,
        "countries": ("Россия", "Киргизия"),
        "organization_ids": (world.administration, world.chancery),
        "topic_ids": (world.culture, world.education),
        "participants": (
            ParticipantInput(person_id=world.loginov, role=ParticipantRole.HOST),
            ParticipantInput(person_id=world.kabaev, role=ParticipantRole.GUEST),
            ParticipantInput(person_id=world.bataeva, organization_id=world.autonomy),
            ParticipantInput(
                organization_id=world.administration, description="руководители департаментов"
            ),
        ),
        "notes": "Поздравление с Ураза-Байрамом",
    }
    values.update(overrides)
    return meeting(**values)


def test_create_event_stores_every_link(database: Database, world: World) -> None:
    changes = create_event(database, the_meeting(world))
    event_id = changes.created_id("event")
    assert changes.created == {RecordRef("event", event_id)}
    with database.session() as session:
        event = session.get_one(Event, event_id)
        assert [c.code for c in event.countries] == ["KG", "RU"]
        assert {o.id for o in event.organizations} == {world.administration, world.chancery}
        assert {t.id for t in event.topics} == {world.culture, world.education}
        roles = [(p.person_id, p.organization_id, p.role) for p in event.participants]
        assert roles == [
            (world.loginov, None, ParticipantRole.HOST),
            (world.kabaev, None, ParticipantRole.GUEST),
            (world.bataeva, world.autonomy, ParticipantRole.PARTICIPANT),
            (None, world.administration, ParticipantRole.PARTICIPANT),
        ]
        assert event.starts_at == MEETING_START
        assert event.version == 1
        assert event.recurrence is None
    # in the search index in the same transaction, found by a guest's name in another form
    assert event_id in found(database, "event", "Кабаева")


def test_update_moves_version_once_and_unchanged_save_changes_nothing(
    database: Database, world: World, new_event: NewEvent
) -> None:
    event_id = new_event()
    changes = update_event(
        database,
        event_id,
        meeting(title="Встреча с мэром", countries=("KG",), topic_ids=(world.culture,)),
        expected_version=1,
    )
    assert changes.updated == {RecordRef("event", event_id)}
    assert version_of(database, Event, event_id) == 2
    again = update_event(
        database,
        event_id,
        meeting(title="Встреча с мэром", countries=("KG",), topic_ids=(world.culture,)),
        expected_version=2,
    )
    assert again.is_empty
    assert version_of(database, Event, event_id) == 2


def test_participant_change_alone_moves_the_version(
    database: Database, world: World, new_event: NewEvent
) -> None:
    event_id = new_event(participants=(ParticipantInput(person_id=world.kabaev),))
    update_event(
        database,
        event_id,
        meeting(participants=(ParticipantInput(person_id=world.kabaev, role="guest"),)),
        expected_version=1,
    )
    assert version_of(database, Event, event_id) == 2
    with database.session() as session:
        assert session.get_one(Event, event_id).participants[0].role is ParticipantRole.GUEST


@pytest.mark.parametrize("title", ["", "   ", "\n\t"])
def test_empty_title_is_refused(database: Database, refused: Refuse, title: str) -> None:
    error = refused(lambda: create_event(database, meeting(title=title)), ValidationError, "title")
    assert "Title" in error.message


def test_end_before_start_is_refused(database: Database, refused: Refuse) -> None:
    error = refused(
        lambda: create_event(database, meeting(starts_at=MEETING_END, ends_at=MEETING_START)),
        ValidationError,
        "ends_at",
    )
    assert "before" in error.message


@pytest.mark.parametrize("field", ["starts_at", "ends_at"])
def test_naive_times_are_refused(database: Database, refused: Refuse, field: str) -> None:
    naive = {"starts_at": datetime(2024, 4, 10, 10), "ends_at": datetime(2024, 4, 10, 12)}
    refused(
        lambda: create_event(database, meeting(**{field: naive[field]})), ValidationError, field
    )


def test_unknown_time_zone_is_refused(database: Database, refused: Refuse) -> None:
    error = refused(
        lambda: create_event(database, meeting(timezone="Asia/Krasnoyarskk")),
        ValidationError,
        "timezone",
    )
    assert "Asia/Krasnoyarskk" in error.message


def test_all_day_event_is_kept_as_utc_midnights_of_its_days(
    database: Database, new_event: NewEvent
) -> None:
    krasnoyarsk = timezone(timedelta(hours=7))
    event_id = new_event(
        title="Чемпионат по робототехнике «Красноярск 5.0»",
        all_day=True,
        starts_at=datetime(2024, 4, 5, tzinfo=krasnoyarsk),  # midnight there: still 5 April
        ends_at=datetime(2024, 4, 8, tzinfo=krasnoyarsk),
    )
    with database.session() as session:
        event = session.get_one(Event, event_id)
        assert (event.starts_at, event.ends_at) == all_day_span(date(2024, 4, 5), date(2024, 4, 7))


def test_all_day_event_not_at_midnight_is_refused(database: Database, refused: Refuse) -> None:
    refused(
        lambda: create_event(
            database,
            meeting(
                all_day=True, starts_at=MEETING_START, ends_at=datetime(2024, 4, 11, tzinfo=UTC)
            ),
        ),
        ValidationError,
        "starts_at",
    )
    start, _ = all_day_span(date(2024, 4, 10))
    refused(
        lambda: create_event(database, meeting(all_day=True, starts_at=start, ends_at=start)),
        ValidationError,
        "ends_at",
    )


def test_approximate_date_needs_an_all_day_event(
    database: Database, refused: Refuse, new_event: NewEvent
) -> None:
    refused(
        lambda: create_event(database, meeting(date_precision=DatePrecision.MONTH)),
        ValidationError,
        "date_precision",
    )
    start, end = all_day_span(date(2024, 10, 1), date(2024, 10, 31))
    event_id = new_event(
        title="XI Российско-Киргизская межрегиональная конференция",
        all_day=True,
        starts_at=start,
        ends_at=end,
        date_precision=DatePrecision.MONTH,
        edition=11,
    )
    with database.session() as session:
        assert session.get_one(Event, event_id).date_precision is DatePrecision.MONTH


def test_countries_accept_codes_and_aliases_and_refuse_unknown(
    database: Database, refused: Refuse, new_event: NewEvent
) -> None:
    event_id = new_event(countries=("kg", "Кыргызстан", "Российская Федерация"))
    with database.session() as session:
        assert [c.code for c in session.get_one(Event, event_id).countries] == ["KG", "RU"]
    error = refused(
        lambda: create_event(database, meeting(countries=("KG", "Нарния"))),
        ValidationError,
        "countries",
    )
    assert "Нарния" in error.message


@pytest.mark.parametrize(
    ("field", "overrides"),
    [
        ("place_id", {"place_id": 9999}),
        ("parent_id", {"parent_id": 9999}),
        ("delegation_id", {"delegation_id": 9999}),
        ("organization_ids", {"organization_ids": (9999,)}),
        ("topic_ids", {"topic_ids": (9999,)}),
        ("agreement_ids", {"agreement_ids": (9999,)}),
        ("participants", {"participants": (ParticipantInput(person_id=9999),)}),
        ("participants", {"participants": (ParticipantInput(organization_id=9999),)}),
    ],
)
def test_dangling_references_are_refused_by_field(
    database: Database, refused: Refuse, field: str, overrides: dict[str, object]
) -> None:
    error = refused(lambda: create_event(database, meeting(**overrides)), NotFoundError, field)
    assert "9999" in error.message


def test_archived_place_is_refused_for_new_links_but_kept_on_old_ones(
    database: Database, world: World, refused: Refuse, new_event: NewEvent
) -> None:
    event_id = new_event(place_id=world.jalal_abad)
    archive_place(database, world.jalal_abad, expected_version=1)
    error = refused(
        lambda: create_event(database, meeting(place_id=world.jalal_abad)),
        NotFoundError,
        "place_id",
    )
    assert "Джалал-Абад" in error.message
    update_event(
        database, event_id, meeting(place_id=world.jalal_abad, title="Другое"), expected_version=1
    )
    assert version_of(database, Event, event_id) == 2


def test_own_parent_and_parent_cycles_are_refused(
    database: Database, refused: Refuse, new_event: NewEvent
) -> None:
    conference = new_event(title="Конференция")
    session_ = new_event(title="Секция", parent_id=conference)
    refused(
        lambda: update_event(
            database, conference, meeting(parent_id=conference), expected_version=1
        ),
        ValidationError,
        "parent_id",
    )
    error = refused(
        lambda: update_event(database, conference, meeting(parent_id=session_), expected_version=1),
        ValidationError,
        "parent_id",
    )
    assert "Секция" in error.message


@pytest.mark.parametrize(
    "rule", ["FREQ=FORTNIGHTLY", "RRULE:FREQ=WEEKLY;BYDAY=XX", "EXDATE:yesterday", "NOT A RULE:x"]
)
def test_invalid_recurrence_is_refused(database: Database, refused: Refuse, rule: str) -> None:
    error = refused(
        lambda: create_event(database, meeting(recurrence=rule)), ValidationError, "recurrence"
    )
    assert "Repeats" in error.message


def test_recurrence_end_is_kept_and_follows_a_reschedule(
    database: Database, new_event: NewEvent
) -> None:
    event_id = new_event(recurrence="FREQ=YEARLY;COUNT=3")
    with database.session() as session:
        event = session.get_one(Event, event_id)
        assert event.recurrence == "RRULE:FREQ=YEARLY;COUNT=3"
        assert event.recurrence_ends_at == MEETING_END.replace(year=2026)
    day = timedelta(days=1)
    changes = reschedule_event(
        database, event_id, MEETING_START + day, MEETING_END + day, expected_version=1
    )
    assert changes.updated == {RecordRef("event", event_id)}
    with database.session() as session:
        event = session.get_one(Event, event_id)
        assert event.starts_at == MEETING_START + day
        assert event.recurrence_ends_at == (MEETING_END + day).replace(year=2026)
    endless = new_event(recurrence="RRULE:FREQ=WEEKLY")
    with database.session() as session:
        assert session.get_one(Event, endless).recurrence_ends_at is None


def test_reschedule_refuses_end_before_start_and_naive_times(
    database: Database, refused: Refuse, new_event: NewEvent
) -> None:
    event_id = new_event()
    refused(
        lambda: reschedule_event(
            database, event_id, MEETING_END, MEETING_START, expected_version=1
        ),
        ValidationError,
        "ends_at",
    )
    refused(
        lambda: reschedule_event(
            database, event_id, datetime(2024, 5, 1, 10), MEETING_END, expected_version=1
        ),
        ValidationError,
        "starts_at",
    )


def test_duplicate_participants_are_refused(
    database: Database, world: World, refused: Refuse
) -> None:
    twice = (
        ParticipantInput(person_id=world.kabaev, role="guest"),
        ParticipantInput(person_id=world.kabaev, role="member"),
    )
    error = refused(
        lambda: create_event(database, meeting(participants=twice)), ValidationError, "participants"
    )
    assert "Азамат Кабаев" in error.message
    same_group = tuple(
        ParticipantInput(organization_id=world.administration, description="Руководители")
        for _ in range(2)
    )
    refused(
        lambda: create_event(database, meeting(participants=same_group)),
        ValidationError,
        "participants",
    )
    refused(
        lambda: create_event(database, meeting(participants=(ParticipantInput(role="host"),))),
        ValidationError,
        "participants",
    )


def test_unknown_choice_is_refused(database: Database, refused: Refuse) -> None:
    error = refused(
        lambda: create_event(database, meeting(status="done-ish")), ValidationError, "status"
    )
    assert "planned" in error.message


def test_archive_and_restore(database: Database, refused: Refuse, new_event: NewEvent) -> None:
    event_id = new_event()
    changes = archive_event(database, event_id, expected_version=1)
    assert changes.archived == {RecordRef("event", event_id)}
    refused(
        lambda: update_event(database, event_id, meeting(title="Правка"), expected_version=2),
        ValidationError,
    )
    refused(lambda: archive_event(database, event_id, expected_version=2), ValidationError)
    restored = restore_event(database, event_id, expected_version=2)
    assert restored.restored == {RecordRef("event", event_id)}
    with database.session() as session:
        assert session.get_one(Event, event_id).archived_at is None
    refused(lambda: restore_event(database, event_id, expected_version=3), ValidationError)


def test_missing_event_is_refused(database: Database, refused: Refuse) -> None:
    refused(lambda: update_event(database, 4242, meeting(), expected_version=1), NotFoundError)


def test_stale_save_says_who_saved_what(database_url: str) -> None:
    from diplotrack.store.database import open_database

    anna = open_database(database_url, user="anna")
    boris = open_database(database_url, user="boris")
    try:
        event_id = create_event(anna, meeting()).created_id("event")
        # both open version 1; Anna saves first
        assert version_of(anna, Event, event_id) == version_of(boris, Event, event_id) == 1
        update_event(
            anna,
            event_id,
            meeting(title="Встреча перенесена", status=EventStatus.POSTPONED),
            expected_version=1,
        )
        with pytest.raises(StaleRecordError) as caught:
            update_event(boris, event_id, meeting(notes="Заметка Бориса"), expected_version=1)
        error = caught.value
        assert "anna" in error.message
        assert "Title" in error.message and "Status" in error.message
        assert ("title", meeting().title, "Встреча перенесена") in error.changes
        assert ("status", "planned", "postponed") in error.changes
        with boris.session() as session:
            event = session.get_one(Event, event_id)
            assert event.notes is None and event.version == 2
    finally:
        anna.close()
        boris.close()


def test_save_racing_past_the_version_check_is_refused(database_url: str) -> None:
    """Two saves that both passed the version check: the ORM's version counter catches the
    second when it writes, and the person gets the same refusal as for a stale save."""
    from diplotrack.services.base import unit_of_work
    from diplotrack.store.database import open_database

    anna = open_database(database_url, user="anna")
    boris = open_database(database_url, user="boris")
    try:
        event_id = create_event(anna, meeting()).created_id("event")
        with pytest.raises(StaleRecordError) as caught, unit_of_work(boris) as work:
            event = work.load(Event, event_id, 1)
            update_event(anna, event_id, meeting(title="Сначала Анна"), expected_version=1)
            event.notes = "Потом Борис"
        assert "anna" in caught.value.message
        assert ("title", meeting().title, "Сначала Анна") in caught.value.changes
        with anna.session() as session:
            event = session.get_one(Event, event_id)
            assert (event.title, event.notes, event.version) == ("Сначала Анна", None, 2)
    finally:
        anna.close()
        boris.close()
