"""Free-text search on both engines: word forms, Cyrillic case, aliases, hostile input, reindex."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Delegation,
    DelegationMember,
    Event,
    EventParticipant,
    FollowUp,
    KnownError,
    Organization,
    Person,
    Place,
    Position,
    Topic,
)
from diplotrack.store import search
from diplotrack.store.database import Database
from diplotrack.store.schema import search_entry

HOSTILE = [
    "",
    "   ",
    "!!!",
    "...,;:",
    '"',
    '""',
    "'",
    "*",
    "**",
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(a b, 3)",
    "%",
    "_",
    "%_%",
    "a' OR 1=1 --",
    "'; DROP TABLE event; --",
    '"кабаев" OR "x"',
    "кабаев:* | !встреча",
    "(кабаев",
    "words:кабаев",
    "^кабаев",
    "\\",
    "кабаев\\'",
    "&",
    "<->",
    "{words}: x",
    "\x00",
    "ё",
]


def _when(day: int, hour: int = 3) -> datetime:
    return datetime(2024, 4, day, hour, tzinfo=UTC)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.sessions.begin() as session:
        jalal = Place(name="Джалал-Абад", name_alt="Jalal-Abad", country_code="KG")
        krasnoyarsk = Place(name="Красноярск", name_alt="Krasnoyarsk", country_code="RU")
        chancery = Organization(
            name="Канцелярия Посольства Кыргызской Республики в Красноярске",
            short_name="Канцелярия",
            country_code="KG",
        )
        kabaev = Person(name="Азамат Кабаев", name_alt="Azamat Kabaev", country_code="KG")
        kabaev.positions.append(Position(title="руководитель канцелярии", organization=chancery))
        loginov = Person(name="Владислав Логинов", name_alt="Vladislav Loginov")
        culture = session.scalars(select(Topic).where(Topic.name_en == "culture")).one()
        meeting = Event(
            title="Рабочая встреча с руководителем канцелярии",
            title_alt="Working meeting",
            starts_at=_when(10),
            ends_at=_when(10, 4),
            place=krasnoyarsk,
            notes="Поздравление с праздником Ураза-байрам",
            topics=[culture],
            organizations=[chancery],
        )
        meeting.participants.extend(
            [
                EventParticipant(person=loginov, role="host", position=0),
                EventParticipant(person=kabaev, role="guest", position=1),
                EventParticipant(description="начальники департаментов", position=2),
            ]
        )
        other = Event(title="Видеозвонок", starts_at=_when(12), ends_at=_when(12, 4))
        memo = Agreement(title="Меморандум о побратимских связях", kind="sister_city")
        memo.parties.extend([AgreementParty(place=krasnoyarsk), AgreementParty(place=jalal)])
        memo.signatories.append(AgreementSignatory(person=loginov))
        imanaliev = Person(name="Кубанычбек Иманалиев", name_alt="Kubanychbek Imanaliev")
        visit = Delegation(title="Делегация мэрии", country_code="KG", place=jalal, head=imanaliev)
        visit.members.append(DelegationMember(person=kabaev))
        task = FollowUp(title="Подготовить программу визита", responsible_person=loginov)
        session.add_all([meeting, other, memo, visit, task])
        session.flush()
        for kind, records in {
            "event": [meeting, other],
            "person": [kabaev, loginov, imanaliev],
            "organization": [chancery],
            "place": [jalal, krasnoyarsk],
            "agreement": [memo],
            "delegation": [visit],
            "followup": [task],
        }.items():
            search.reindex(session, kind, [r.id for r in records])
    with database.session() as reading:
        yield reading


def _titles(session: Session, kind: str, text: str) -> list[str]:
    model = {
        "event": Event,
        "person": Person,
        "organization": Organization,
        "place": Place,
        "agreement": Agreement,
        "delegation": Delegation,
        "followup": FollowUp,
    }[kind]
    label = model.title if hasattr(model, "title") else model.name  # type: ignore[attr-defined]
    ids = search.matching_ids(kind, text)
    return sorted(session.scalars(select(label).where(model.id.in_(ids))))  # type: ignore[attr-defined]


def test_word_forms_and_case(session: Session) -> None:
    meeting = "Рабочая встреча с руководителем канцелярии"
    assert _titles(session, "event", "Кабаева") == [meeting]
    assert _titles(session, "event", "КАБАЕВ") == [meeting]
    assert _titles(session, "event", "кабаеву логинов") == [meeting]
    assert _titles(session, "event", "встречи") == [meeting]
    assert _titles(session, "event", "Kabaev") == [meeting]
    assert _titles(session, "event", "ураза байрама") == [meeting]
    assert _titles(session, "event", "департаментов") == [meeting]
    assert _titles(session, "event", "культуре") == [meeting]
    assert _titles(session, "event", "кабаев видеозвонок") == []
    assert _titles(session, "place", "Джалал-Абаде") == ["Джалал-Абад"]
    assert (
        _titles(session, "place", "в Красноярске") == []
    )  # "в" is a word too: every word must match
    assert _titles(session, "place", "Красноярске") == ["Красноярск"]


def test_each_kind_finds_its_words(session: Session) -> None:
    assert _titles(session, "person", "канцелярии") == ["Азамат Кабаев"]
    assert _titles(session, "organization", "посольства") == [
        "Канцелярия Посольства Кыргызской Республики в Красноярске"
    ]
    assert _titles(session, "agreement", "Джалал-Абаде Логинов") == [
        "Меморандум о побратимских связях"
    ]
    assert _titles(session, "delegation", "Иманалиевым Кабаев") == ["Делегация мэрии"]
    assert _titles(session, "followup", "Логинов") == ["Подготовить программу визита"]
    assert _titles(session, "place", "Киргизия") == ["Джалал-Абад"]


def test_matches_keep_to_their_kind(session: Session) -> None:
    """«Кабаев» is in the words of a person, an event and a delegation: each kind finds its own
    records only, whatever ids the other kinds' records have."""
    for kind in ("person", "event", "delegation"):
        found = set(session.scalars(search.matching_ids(kind, "Кабаеву")))
        entries = session.execute(
            select(search_entry.c.record_id, search_entry.c.words).where(
                search_entry.c.record_kind == kind
            )
        )
        expected = {record_id for record_id, words in entries if "кабаев" in words.split()}
        assert found == expected and found, kind


def test_sqlite_reaches_the_entries_from_the_matches(sqlite_database: Database) -> None:
    """The plan finds the words' entries by their primary key from the FTS5 matches, not by
    walking every entry of the kind through the (kind, record) index."""
    statement = select(Event.id).where(Event.id.in_(search.matching_ids("event", "Кабаева")))
    with sqlite_database.session() as session:
        compiled = statement.compile(session.get_bind())
        plan = [
            str(row[-1])
            for row in session.connection().exec_driver_sql(
                f"EXPLAIN QUERY PLAN {compiled}",
                tuple(compiled.params[name] for name in compiled.positiontup or ()),
            )
        ]
    assert any("SEARCH search_entry USING INTEGER PRIMARY KEY" in step for step in plan), plan
    assert not any("search_entry USING COVERING INDEX" in step for step in plan), plan
    assert any("search_fts VIRTUAL TABLE" in step for step in plan), plan


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_never_raises(session: Session, text: str) -> None:
    found = _titles(session, "event", text)
    assert found in ([], ["Рабочая встреча с руководителем канцелярии"])


def test_empty_text_matches_nothing(session: Session) -> None:
    assert _titles(session, "event", "") == []
    assert _titles(session, "event", "?!") == []


def test_unknown_kind_is_refused() -> None:
    with pytest.raises(KnownError):
        search.matching_ids("country", "x")


def test_reindex_follows_changes_and_archive_keeps_entry(database: Database) -> None:
    with database.sessions.begin() as session:
        event = Event(title="Форум", starts_at=_when(1), ends_at=_when(2))
        session.add(event)
        session.flush()
        search.reindex(session, "event", [event.id])
        event_id = event.id
    with database.sessions.begin() as session:
        event = session.get_one(Event, event_id)
        event.title = "Конференция"
        search.reindex(session, "event", [event_id])  # flushes the pending change itself
    with database.session() as session:
        assert session.scalars(search.matching_ids("event", "форум")).all() == []
        assert session.scalars(search.matching_ids("event", "конференции")).all() == [event_id]
    with database.sessions.begin() as session:
        search.reindex(session, "event", [event_id, 999_999])  # an unknown id is no error
        count = session.scalars(select(search_entry.c.record_id)).all()
        assert count == [event_id]


def test_reindex_all_rebuilds_every_kind(session: Session) -> None:
    before = _entries(session)
    session.execute(search_entry.delete())
    assert search.reindex_all(session, "event") == 2
    assert search.reindex_all(session) == 11
    assert _entries(session) == before
    assert _titles(session, "event", "Кабаева") == ["Рабочая встреча с руководителем канцелярии"]


def _entries(session: Session) -> dict[tuple[str, int], str]:
    rows = session.execute(
        select(search_entry.c.record_kind, search_entry.c.record_id, search_entry.c.words)
    )
    return {(kind, record_id): words for kind, record_id, words in rows}


def test_event_words_composition(session: Session) -> None:
    words = search.record_words(session, "event")
    meeting = next(w for w in words.values() if w.startswith("рабочая"))
    assert meeting == (
        "рабочая встреча с руководителем канцелярии working meeting "
        "поздравление с праздником ураза байрам красноярск krasnoyarsk "
        "владислав логинов vladislav loginov азамат кабаев azamat kabaev "
        "начальники департаментов "
        "канцелярия посольства кыргызской республики в красноярске канцелярия "
        "культура culture"
    )


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Кыргызстан", ["KG"]),
        ("Киргизия", ["KG"]),
        ("киргизская республика", ["KG"]),
        ("Kyrgyzstan", ["KG"]),
        ("kg", ["KG"]),
        ("KGZ", ["KG"]),
        ("РФ", ["RU"]),
        ("Киргизия, Россия", ["KG", "RU"]),
        ("Атлантида", []),
        ("", []),
        ("'; --", []),
    ],
)
def test_resolve_countries(session: Session, text: str, codes: list[str]) -> None:
    assert search.resolve_countries(session, text) == codes
    assert search.find_country(session, text) == (codes[0] if len(codes) == 1 else None)
