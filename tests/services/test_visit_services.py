"""Delegations and agreements through the services, on both engines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from servicekit import Refuse, World, found, version_of

from diplotrack.domain import (
    Agreement,
    Delegation,
    Event,
    NotFoundError,
    StaleRecordError,
    ValidationError,
)
from diplotrack.domain.enums import AgreementKind, AgreementStatus, DelegationDirection
from diplotrack.services.agreements import (
    AgreementInput,
    AgreementPartyInput,
    SignatoryInput,
    archive_agreement,
    create_agreement,
    restore_agreement,
    update_agreement,
)
from diplotrack.services.changes import RecordRef
from diplotrack.services.delegations import (
    DelegationInput,
    DelegationMemberInput,
    archive_delegation,
    create_delegation,
    restore_delegation,
    update_delegation,
)
from diplotrack.services.people import PersonInput, create_person
from diplotrack.store.database import Database

NewEvent = Callable[..., int]


def jalal_abad_delegation(world: World, **overrides: object) -> DelegationInput:
    values: dict[str, object] = {
        "title": "Делегация мэрии Джалал-Абада",
        "country": "Киргизия",
        "direction": DelegationDirection.INCOMING,
        "place_id": world.jalal_abad,
        "arrives_on": date(2024, 4, 22),
        "departs_on": date(2024, 4, 25),
        "purpose": "теплоснабжение, водоснабжение, интеллектуальные светофоры",
    }
    values.update(overrides)
    return DelegationInput(**values)  # type: ignore[arg-type]


def memorandum(world: World, **overrides: object) -> AgreementInput:
    values: dict[str, object] = {
        "title": "Меморандум о побратимских отношениях Красноярск – Джалал-Абад",
        "kind": AgreementKind.SISTER_CITY,
        "status": AgreementStatus.IN_FORCE,
        "signed_on": date(2019, 9, 20),
        "parties": (
            AgreementPartyInput(place_id=world.krasnoyarsk),
            AgreementPartyInput(place_id=world.jalal_abad),
        ),
    }
    values.update(overrides)
    return AgreementInput(**values)  # type: ignore[arg-type]


# -- delegations ----------------------------------------------------------------------------


def test_delegation_with_head_members_and_programme(
    database: Database, world: World, new_event: NewEvent
) -> None:
    imanaliev = create_person(
        database, PersonInput(name="Кубанычбек Иманалиев", country="KG")
    ).created_id("person")
    visit = new_event(title="Осмотр интеллектуальной системы светофоров")
    changes = create_delegation(
        database,
        jalal_abad_delegation(
            world,
            head_id=imanaliev,
            members=(DelegationMemberInput(person_id=world.kabaev, role="сопровождает"),),
            programme_event_ids=(visit,),
        ),
    )
    delegation_id = changes.created_id("delegation")
    assert RecordRef("event", visit) in changes.updated
    with database.session() as session:
        delegation = session.get_one(Delegation, delegation_id)
        assert delegation.country_code == "KG"
        assert delegation.head_id == imanaliev
        assert [(m.person_id, m.role) for m in delegation.members] == [
            (world.kabaev, "сопровождает")
        ]
        assert [e.id for e in delegation.programme] == [visit]
    assert delegation_id in found(database, "delegation", "Иманалиева")
    # the programme is left alone when not given, and replaced when given
    other = new_event(title="Встреча в департаменте городского хозяйства")
    update_delegation(
        database, delegation_id, jalal_abad_delegation(world, head_id=imanaliev), expected_version=1
    )
    update_delegation(
        database,
        delegation_id,
        jalal_abad_delegation(world, head_id=imanaliev, programme_event_ids=(other,)),
        expected_version=2,
    )
    with database.session() as session:
        assert session.get_one(Event, visit).delegation_id is None
        assert session.get_one(Event, other).delegation_id == delegation_id
        assert session.get_one(Delegation, delegation_id).members == []


def test_delegation_rules(database: Database, world: World, refused: Refuse) -> None:
    error = refused(
        lambda: create_delegation(
            database,
            jalal_abad_delegation(
                world, arrives_on=date(2024, 4, 25), departs_on=date(2024, 4, 22)
            ),
        ),
        ValidationError,
        "departs_on",
    )
    assert "2024-04-22" in error.message and "2024-04-25" in error.message
    refused(
        lambda: create_delegation(database, jalal_abad_delegation(world, title="  ")),
        ValidationError,
        "title",
    )
    refused(
        lambda: create_delegation(database, jalal_abad_delegation(world, country="Киргизиа")),
        ValidationError,
        "country",
    )
    refused(
        lambda: create_delegation(database, jalal_abad_delegation(world, head_id=4040)),
        NotFoundError,
        "head_id",
    )
    refused(
        lambda: create_delegation(database, jalal_abad_delegation(world, organization_id=4040)),
        NotFoundError,
        "organization_id",
    )
    refused(
        lambda: create_delegation(
            database, jalal_abad_delegation(world, programme_event_ids=(4040,))
        ),
        NotFoundError,
        "programme_event_ids",
    )
    refused(
        lambda: create_delegation(
            database,
            jalal_abad_delegation(
                world,
                members=(
                    DelegationMemberInput(person_id=world.kabaev),
                    DelegationMemberInput(person_id=world.kabaev, role="переводчик"),
                ),
            ),
        ),
        ValidationError,
        "members",
    )
    refused(
        lambda: create_delegation(database, jalal_abad_delegation(world, direction="sideways")),
        ValidationError,
        "direction",
    )


def test_delegation_archive_restore_and_stale(
    database: Database, world: World, refused: Refuse
) -> None:
    delegation_id = create_delegation(database, jalal_abad_delegation(world)).created_id(
        "delegation"
    )
    archive_delegation(database, delegation_id, expected_version=1)
    refused(
        lambda: archive_delegation(database, delegation_id, expected_version=1), StaleRecordError
    )
    restore_delegation(database, delegation_id, expected_version=2)
    assert version_of(database, Delegation, delegation_id) == 3


# -- agreements -----------------------------------------------------------------------------


def test_agreement_with_parties_signatories_and_events(
    database: Database, world: World, new_event: NewEvent
) -> None:
    meeting_id = new_event()
    changes = create_agreement(
        database,
        memorandum(
            world,
            parties=(
                AgreementPartyInput(place_id=world.krasnoyarsk),
                AgreementPartyInput(place_id=world.jalal_abad),
                AgreementPartyInput(organization_id=world.embassy),
                AgreementPartyInput(country="Кыргызстан"),
            ),
            signatories=(SignatoryInput(person_id=world.loginov, title="Мэр"),),
            event_ids=(meeting_id,),
        ),
    )
    agreement_id = changes.created_id("agreement")
    assert RecordRef("event", meeting_id) in changes.updated
    with database.session() as session:
        agreement = session.get_one(Agreement, agreement_id)
        assert [(p.place_id, p.organization_id, p.country_code) for p in agreement.parties] == [
            (world.krasnoyarsk, None, None),
            (world.jalal_abad, None, None),
            (None, world.embassy, None),
            (None, None, "KG"),
        ]
        assert [(s.person_id, s.title) for s in agreement.signatories] == [(world.loginov, "Мэр")]
        assert [e.id for e in agreement.events] == [meeting_id]
    assert version_of(database, Event, meeting_id) == 2
    assert agreement_id in found(database, "agreement", "Джалал-Абаде")
    update_agreement(
        database,
        agreement_id,
        memorandum(world, valid_until=date(2029, 9, 20), event_ids=()),
        expected_version=1,
    )
    with database.session() as session:
        agreement = session.get_one(Agreement, agreement_id)
        assert agreement.events == [] and agreement.signatories == []
        assert len(agreement.parties) == 2 and agreement.valid_until == date(2029, 9, 20)


@pytest.mark.parametrize(
    ("dates", "field"),
    [
        ({"signed_on": date(2019, 9, 20), "valid_until": date(2019, 9, 19)}, "valid_until"),
        ({"valid_from": date(2020, 1, 1), "valid_until": date(2019, 12, 31)}, "valid_until"),
    ],
)
def test_agreement_ending_before_it_begins_is_refused(
    database: Database, world: World, refused: Refuse, dates: dict[str, date], field: str
) -> None:
    refused(lambda: create_agreement(database, memorandum(world, **dates)), ValidationError, field)


@pytest.mark.parametrize(
    "party",
    [
        AgreementPartyInput(),
        AgreementPartyInput(place_id=1, country="KG"),
        AgreementPartyInput(place_id=1, organization_id=1),
    ],
)
def test_agreement_party_must_be_exactly_one_thing(
    database: Database, world: World, refused: Refuse, party: AgreementPartyInput
) -> None:
    error = refused(
        lambda: create_agreement(database, memorandum(world, parties=(party,))),
        ValidationError,
        "parties",
    )
    assert "exactly one" in error.message


def test_agreement_rules(database: Database, world: World, refused: Refuse) -> None:
    twice = (AgreementPartyInput(country="KG"), AgreementPartyInput(country="Киргизия"))
    refused(
        lambda: create_agreement(database, memorandum(world, parties=twice)),
        ValidationError,
        "parties",
    )
    refused(
        lambda: create_agreement(
            database, memorandum(world, parties=(AgreementPartyInput(country="Гондор"),))
        ),
        ValidationError,
        "parties",
    )
    refused(
        lambda: create_agreement(
            database, memorandum(world, parties=(AgreementPartyInput(organization_id=3030),))
        ),
        NotFoundError,
        "parties",
    )
    refused(
        lambda: create_agreement(
            database,
            memorandum(
                world,
                signatories=(
                    SignatoryInput(person_id=world.loginov),
                    SignatoryInput(person_id=world.loginov, title="Глава"),
                ),
            ),
        ),
        ValidationError,
        "signatories",
    )
    refused(
        lambda: create_agreement(
            database, memorandum(world, signatories=(SignatoryInput(person_id=3030),))
        ),
        NotFoundError,
        "signatories",
    )
    refused(
        lambda: create_agreement(database, memorandum(world, signed_at_id=3030)),
        NotFoundError,
        "signed_at_id",
    )
    refused(
        lambda: create_agreement(database, memorandum(world, event_ids=(3030,))),
        NotFoundError,
        "event_ids",
    )
    refused(
        lambda: create_agreement(database, memorandum(world, title="")), ValidationError, "title"
    )
    refused(
        lambda: create_agreement(database, memorandum(world, renewal="sometimes")),
        ValidationError,
        "renewal",
    )


def test_agreement_archive_and_restore(database: Database, world: World) -> None:
    agreement_id = create_agreement(database, memorandum(world)).created_id("agreement")
    assert archive_agreement(database, agreement_id, expected_version=1).archived == {
        RecordRef("agreement", agreement_id)
    }
    restore_agreement(database, agreement_id, expected_version=2)
    assert version_of(database, Agreement, agreement_id) == 3
