"""Opening a store: URL resolution, SQLite settings, UTC timestamps, versions, reference data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm.exc import StaleDataError

from diplotrack.domain import ChangeRecord, Country, CountryAlias, Event, Place, StorageError
from diplotrack.domain.text import normalize
from diplotrack.store.database import Database, database_url, open_database


def test_url_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DIPLOTRACK_DATABASE", raising=False)
    assert database_url().startswith("sqlite:///")
    assert database_url().endswith("diplotrack.sqlite3")
    monkeypatch.setenv("DIPLOTRACK_DATABASE", "postgresql://office@server/diplo")
    assert database_url() == "postgresql+psycopg://office@server/diplo"
    assert database_url(str(tmp_path / "x.db")) == f"sqlite:///{tmp_path / 'x.db'}"


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(sqlite_database: Database) -> None:
    with sqlite_database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_foreign_keys_are_enforced(database: Database) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), database.sessions.begin() as session:
        session.add(Place(name="Нигде", country_code="XX"))


def test_bad_url_is_a_storage_error() -> None:
    with pytest.raises(StorageError):
        open_database("nosuchdialect://x/y")


def test_timestamps_are_stored_as_utc_and_naive_ones_refused(database: Database) -> None:
    krasnoyarsk = timezone(timedelta(hours=7))
    with database.sessions.begin() as session:
        session.add(
            Event(
                title="Встреча",
                starts_at=datetime(2024, 4, 10, 11, tzinfo=krasnoyarsk),
                ends_at=datetime(2024, 4, 10, 12, tzinfo=krasnoyarsk),
            )
        )
    with database.session() as session:
        event = session.scalars(select(Event)).one()
        assert event.starts_at == datetime(2024, 4, 10, 4, tzinfo=UTC)
        assert event.starts_at.tzinfo is UTC
    with pytest.raises(Exception, match="naive"), database.sessions.begin() as session:
        session.add(Event(title="x", starts_at=datetime(2024, 1, 1), ends_at=datetime(2024, 1, 2)))


def test_version_counter_refuses_a_racing_update(database_url: str) -> None:
    first, second = open_database(database_url), open_database(database_url)
    try:
        with first.sessions.begin() as session:
            session.add(Place(name="Красноярск", country_code="RU"))
        with first.session() as one, second.session() as two:
            mine = one.scalars(select(Place)).one()
            theirs = two.scalars(select(Place)).one()
            theirs.name = "Krasnoyarsk"
            two.commit()
            mine.notes = "stale"
            with pytest.raises(StaleDataError):
                one.commit()
        with first.session() as session:
            place = session.scalars(select(Place)).one()
            assert (place.name, place.version, place.notes) == ("Krasnoyarsk", 2, None)
    finally:
        first.close()
        second.close()


def test_countries_have_russian_and_english_names(database: Database) -> None:
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Country)) >= 249
        kyrgyzstan = session.get(Country, "KG")
        assert kyrgyzstan is not None
        assert (kyrgyzstan.name_ru, kyrgyzstan.name_en) == ("Киргизия", "Kyrgyzstan")
        russia = session.get(Country, "RU")
        assert russia is not None and russia.name_ru == "Россия"


@pytest.mark.parametrize(
    ("alias", "code"),
    [
        ("Киргизия", "KG"),
        ("Кыргызстан", "KG"),
        ("Киргизская Республика", "KG"),
        ("Kyrgyzstan", "KG"),
        ("россия", "RU"),
        ("РФ", "RU"),
        ("Российская Федерация", "RU"),
        ("Китай", "CN"),
        ("Германия", "DE"),
    ],
)
def test_aliases_name_their_country(database: Database, alias: str, code: str) -> None:
    with database.session() as session:
        found = session.scalar(
            select(CountryAlias.country_code).where(CountryAlias.normalized == normalize(alias))
        )
    assert found == code


def test_history_records_insert_update_and_user(database_url: str) -> None:
    database = open_database(database_url, user="ivanova")
    try:
        with database.sessions.begin() as session:
            session.add(Place(name="Джалал-Абад", country_code="KG"))
        with database.sessions.begin() as session:
            session.scalars(select(Place)).one().name_alt = "Jalal-Abad"
        with database.session() as session:
            lines = session.scalars(select(ChangeRecord).order_by(ChangeRecord.id)).all()
        assert [(line.action.value, line.field, line.new_value) for line in lines] == [
            ("insert", None, None),
            ("update", "name_alt", "Jalal-Abad"),
        ]
        assert {line.changed_by for line in lines} == {"ivanova"}
        assert [line.record_version for line in lines] == [1, 2]
    finally:
        database.close()
