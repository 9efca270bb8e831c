"""Snapshots: a record loaded as its service input saves back unchanged, and restores an edit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from servicekit import World, meeting, snapshot

from diplotrack.domain import Delegation, Event, NotFoundError, Person
from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    EventStatus,
    FollowUpStatus,
    ParticipantRole,
    Renewal,
)
from diplotrack.services import snapshots
from diplotrack.services.agreements import (
    AgreementInput,
    AgreementPartyInput,
    SignatoryInput,
    create_agreement,
    update_agreement,
)
from diplotrack.services.delegations import (
    DelegationInput,
    DelegationMemberInput,
    create_delegation,
    update_delegation,
)
from diplotrack.services.events import ParticipantInput, create_event, update_event
from diplotrack.services.followups import FollowUpInput, create_followup, update_followup
from diplotrack.services.organizations import update_organization
from diplotrack.services.people import PositionInput, add_position, update_person
from diplotrack.services.places import update_place
from diplotrack.store.database import Database


def _rich_meeting(database: Database, world: World) -> int:
    data = meeting(
        place_id=world.krasnoyarsk,
        venue="Зал заседаний",
        status=EventStatus.HELD,
        notes="Поздравил с Ураза-байрамом",
        organization_ids=(world.administration, world.chancery),
        topic_ids=(world.culture, world.education),
        recurrence="FREQ=YEARLY;COUNT=3",
        participants=(
            ParticipantInput(person_id=world.loginov, role=ParticipantRole.HOST),
            ParticipantInput(person_id=world.kabaev, role=ParticipantRole.GUEST),
            ParticipantInput(
                organization_id=world.administration, description="руководители департаментов"
            ),
        ),
    )
    return create_event(database, data).created_id("event")


def test_event_input_saves_back_unchanged(database: Database, world: World) -> None:
    event_id = _rich_meeting(database, world)
    data, version = snapshots.event_input(database, event_id)
    assert data.countries == ("KG", "RU")
    assert [p.person_id for p in data.participants] == [world.loginov, world.kabaev, None]
    assert data.participants[2].description == "руководители департаментов"
    assert set(data.topic_ids) == {world.culture, world.education}
    assert data.recurrence == "RRULE:FREQ=YEARLY;COUNT=3"
    before = snapshot(database)
    changes = update_event(database, event_id, data, expected_version=version)
    assert changes.is_empty
    assert snapshot(database) == before


def test_event_snapshot_undoes_an_edit(database: Database, world: World) -> None:
    event_id = _rich_meeting(database, world)
    old, version = snapshots.event_input(database, event_id)
    edited = replace(old, title="Другое название", countries=("KG",), participants=())
    update_event(database, event_id, edited, expected_version=version)
    _, newer = snapshots.event_input(database, event_id)
    update_event(database, event_id, old, expected_version=newer)
    restored, _ = snapshots.event_input(database, event_id)
    assert restored == old


def test_delegation_input_keeps_members_and_programme(database: Database, world: World) -> None:
    event_id = _rich_meeting(database, world)
    delegation_id = create_delegation(
        database,
        DelegationInput(
            title="Делегация мэрии Джалал-Абада",
            country="Киргизия",
            place_id=world.jalal_abad,
            head_id=world.kabaev,
            arrives_on=date(2024, 4, 22),
            departs_on=date(2024, 4, 25),
            members=(DelegationMemberInput(person_id=world.bataeva, role="советник"),),
            programme_event_ids=(event_id,),
        ),
    ).created_id("delegation")
    data, version = snapshots.delegation_input(database, delegation_id)
    assert data.country == "KG"
    assert data.programme_event_ids == (event_id,)
    assert data.members == (DelegationMemberInput(person_id=world.bataeva, role="советник"),)
    assert update_delegation(database, delegation_id, data, expected_version=version).is_empty
    assert snapshots.record_version(database, "delegation", delegation_id) == version


def test_agreement_input_keeps_parties_signatories_events(database: Database, world: World) -> None:
    event_id = _rich_meeting(database, world)
    agreement_id = create_agreement(
        database,
        AgreementInput(
            title="Меморандум о побратимстве",
            kind=AgreementKind.SISTER_CITY,
            status=AgreementStatus.IN_FORCE,
            signed_on=date(2019, 9, 12),
            renewal=Renewal.AUTOMATIC,
            parties=(
                AgreementPartyInput(place_id=world.krasnoyarsk),
                AgreementPartyInput(place_id=world.jalal_abad),
                AgreementPartyInput(country="Киргизия"),
            ),
            signatories=(SignatoryInput(person_id=world.loginov, title="Глава города"),),
            event_ids=(event_id,),
        ),
    ).created_id("agreement")
    data, version = snapshots.agreement_input(database, agreement_id)
    assert [p.place_id for p in data.parties] == [world.krasnoyarsk, world.jalal_abad, None]
    assert data.parties[2].country == "KG"
    assert data.event_ids == (event_id,)
    assert update_agreement(database, agreement_id, data, expected_version=version).is_empty


def test_person_organization_place_followup_save_back_unchanged(
    database: Database, world: World
) -> None:
    person, version = snapshots.person_input(database, world.kabaev)
    assert (person.name, person.name_alt, person.country) == (
        "Азамат Кабаев",
        "Azamat Kabaev",
        "KG",
    )
    assert update_person(database, world.kabaev, person, expected_version=version).is_empty

    organization, version = snapshots.organization_input(database, world.chancery)
    assert organization.parent_id == world.embassy
    assert update_organization(
        database, world.chancery, organization, expected_version=version
    ).is_empty

    place, version = snapshots.place_input(database, world.jalal_abad)
    assert (place.name, place.country) == ("Джалал-Абад", "KG")
    assert update_place(database, world.jalal_abad, place, expected_version=version).is_empty

    followup_id = create_followup(
        database,
        FollowUpInput(
            title="Подготовить программу визита",
            status=FollowUpStatus.DONE,
            done_on=date(2024, 4, 20),
            responsible_person_id=world.loginov,
            country="KG",
        ),
    ).created_id("followup")
    followup, version = snapshots.followup_input(database, followup_id)
    assert followup.done_on == date(2024, 4, 20)
    assert update_followup(database, followup_id, followup, expected_version=version).is_empty


def test_person_positions_in_time_order(database: Database, world: World) -> None:
    version = snapshots.record_version(database, "person", world.kabaev)
    add_position(
        database,
        world.kabaev,
        PositionInput(title="Советник", started_on=date(2020, 1, 1), ended_on=date(2023, 10, 31)),
        expected_version=version,
    )
    positions = snapshots.person_positions(database, world.kabaev)
    assert [p.data.title for p in positions] == ["Советник", "Руководитель канцелярии"]
    assert positions[1].data.organization_id == world.chancery
    assert positions[1].data.started_on == date(2023, 11, 1)


def test_missing_record_is_refused(database: Database) -> None:
    with pytest.raises(NotFoundError):
        snapshots.event_input(database, 999_999)
    with pytest.raises(NotFoundError):
        snapshots.record_version(database, "person", 999_999)
    assert {snapshots.MODELS["event"], snapshots.MODELS["delegation"]} == {Event, Delegation}
    assert snapshots.MODELS["person"] is Person
