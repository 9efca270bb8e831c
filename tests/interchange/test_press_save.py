"""Saving a confirmed draft: the new records are there with their links, matched ones are only
linked, and a draft with a broken item changes nothing at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from press_kit import DEMO_DAY, PUBLISHED, labelled, sample_text
from sqlalchemy import func, select

from diplotrack.demo import fill_demo
from diplotrack.domain import (
    Agreement,
    ChangeRecord,
    Delegation,
    Event,
    FollowUp,
    KnownError,
    Organization,
    Person,
    Place,
)
from diplotrack.domain.enums import DatePrecision, ParticipantRole
from diplotrack.interchange.press import Draft, DraftEvent, analyse_press_release
from diplotrack.services.drafts import save_draft
from diplotrack.store.database import Database

COUNTED = (Place, Organization, Person, Event, Agreement, Delegation, FollowUp, ChangeRecord)


def _counts(db: Database) -> dict[str, int]:
    with db.sessions() as session:
        return {
            model.__name__: int(session.scalar(select(func.count()).select_from(model)) or 0)
            for model in COUNTED
        }


def _draft(db: Database) -> Draft:
    with db.sessions() as session:
        return analyse_press_release(session, sample_text(), published=PUBLISHED)


def test_a_new_draft_is_saved_with_its_links(database: Database) -> None:
    draft = _draft(database)
    changes = save_draft(database, draft)
    assert len(changes.ids("event")) == 3 and len(changes.ids("person")) == 3
    with database.sessions() as session:
        meeting = session.scalars(select(Event).where(Event.kind == "meeting")).one()
        assert draft.event is not None and meeting.title == draft.event.title
        assert meeting.place is not None and meeting.place.name == "Красноярск"
        assert [c.code for c in meeting.countries] == ["KG", "RU"]
        assert {t.name_ru for t in meeting.topics} == {
            "культура",
            "образование",
            "спорт",
            "экономика",
        }
        assert [a.kind.value for a in meeting.agreements] == ["sister_city"]
        roles = {(p.person.name if p.person else None, p.role) for p in meeting.participants}
        assert ("Владислав Логинов", ParticipantRole.HOST) in roles
        assert ("Азамат Кабаев", ParticipantRole.GUEST) in roles
        assert ("Назгуль Батаева", ParticipantRole.PARTICIPANT) in roles
        assert (None, ParticipantRole.PARTICIPANT) in roles  # the heads of departments
        assert meeting.source == sample_text()

        kabaev = session.scalars(select(Person).where(Person.name == "Азамат Кабаев")).one()
        assert kabaev.country_code == "KG"
        (position,) = kabaev.positions
        assert position.started_on is not None and position.started_on.isoformat() == "2023-11-01"
        chancery = position.organization
        assert chancery is not None and chancery.kind.value == "chancery"
        assert chancery.parent is not None
        assert chancery.parent.name == "Посольство Киргизской Республики в Российской Федерации"

        places = {p.name: p.country_code for p in session.scalars(select(Place))}
        assert places == {"Красноярск": "RU", "Джалал-Абад": "KG", "Бишкек": "KG"}

        memorandum = session.scalars(select(Agreement)).one()
        assert {p.place.name for p in memorandum.parties if p.place} == {
            "Красноярск",
            "Джалал-Абад",
        }

        conference = session.scalars(select(Event).where(Event.kind == "conference")).one()
        assert conference.edition == 11 and conference.status.value == "planned"
        assert conference.date_precision is DatePrecision.YEAR

        delegation = session.scalars(select(Delegation)).one()
        assert delegation.direction.value == "incoming" and delegation.country_code == "KG"
        assert delegation.organization is not None
        assert delegation.organization.name == "Мэрия Джалал-Абада"
        programme, school = session.scalars(select(FollowUp).order_by(FollowUp.id)).all()
        assert programme.delegation_id == delegation.id and programme.event_id == meeting.id
        # the new Russian school in Jalal-Abad: a task under the memorandum, in Kyrgyzstan
        assert school.agreement_id == memorandum.id and school.country_code == "KG"
        assert school.title == "Строительство новых русских школ (Джалал-Абад)"
        assert school.notes is not None and "Джалал-Абаде" in school.notes
        assert meeting.notes == (
            "Поздравил гостей с главным праздником для всех мусульман – Ураза-Байрамом."
        )
        championship = session.scalars(select(Event).where(Event.kind == "cultural")).one()
        assert [c.code for c in championship.countries] == ["KG", "RU"]

    # read again, the same press release now finds every record it made
    again = _draft(database)
    assert [i.key for i in again.items() if i.include and i.is_new] == []


def test_matched_records_are_linked_not_changed(database: Database) -> None:
    fill_demo(database, today=DEMO_DAY)
    before = _counts(database)
    assert save_draft(database, _draft(database)).is_empty
    assert _counts(database) == before


def test_dropped_items_are_not_saved(database: Database) -> None:
    draft = _draft(database)
    bishkek = labelled(draft, "place", "Бишкек")
    team = labelled(draft, "organization", "Команда юных робототехников из Бишкека")
    championship = labelled(
        draft, "event", "Национальный чемпионат по робототехнике «Красноярск 5.0»"
    )
    for key in (bishkek.key, team.key, championship.key):
        draft = draft.with_included(key, False)
    save_draft(database, draft)
    with database.sessions() as session:
        assert session.scalar(select(Place).where(Place.name == "Бишкек")) is None
        assert session.scalar(select(Event).where(Event.kind == "cultural")) is None
        assert session.scalar(select(Event).where(Event.kind == "meeting")) is not None


def test_a_draft_with_a_broken_item_changes_nothing(database: Database) -> None:
    draft = _draft(database)
    conference = labelled(draft, "event", "XI Российско-Киргизская межрегиональная конференция")
    assert isinstance(conference, DraftEvent) and draft.event is not None
    # the meeting ends before it starts; every other item is fine, and comes before it
    broken = replace(
        draft.event,
        ends_on=draft.event.starts_on - timedelta(days=2) if draft.event.starts_on else None,
    )
    draft = draft.with_item(broken)
    before = _counts(database)
    with pytest.raises(KnownError) as refused:
        save_draft(database, draft)
    assert refused.value.values["item_key"] == "event:main"
    assert draft.event is not None and draft.event.label in refused.value.message
    assert refused.value.field == "ends_at"
    assert _counts(database) == before


def test_a_new_place_without_a_country_is_refused_naming_it(sqlite_database: Database) -> None:
    draft = _draft(sqlite_database)
    bishkek = labelled(draft, "place", "Бишкек")
    draft = draft.with_item(replace(bishkek, country_code=None))
    with pytest.raises(KnownError, match="Бишкек") as refused:
        save_draft(sqlite_database, draft)
    assert refused.value.values["item_key"] == bishkek.key
    assert _counts(sqlite_database)["Place"] == 0
