"""The test PostgreSQL server itself: it starts, answers, and creates and drops databases."""

from __future__ import annotations

import os

import pytest
import sqlalchemy as sa
from sqlalchemy.pool import NullPool

from support.postgres import ENV_URL, PostgresServer

pytestmark = pytest.mark.postgres


def test_server_answers_version(postgres_server: PostgresServer) -> None:
    engine = sa.create_engine(postgres_server.url("postgres"), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            version = conn.execute(sa.text("select version()")).scalar_one()
            encoding = conn.execute(sa.text("show server_encoding")).scalar_one()
            upper = conn.execute(sa.text("select upper('привет, мир')")).scalar_one()
    finally:
        engine.dispose()
    assert version.startswith("PostgreSQL ")
    assert encoding == "UTF8"
    assert upper == "ПРИВЕТ, МИР"


def test_url_form(postgres_server: PostgresServer) -> None:
    url = sa.engine.make_url(postgres_server.url("some_db"))
    assert url.drivername == "postgresql+psycopg"
    assert url.database == "some_db"
    assert url.port == postgres_server.port


def test_create_and_drop_database(postgres_server: PostgresServer) -> None:
    def exists(name: str) -> bool:
        found = postgres_server.scalar(f"select count(*) from pg_database where datname = '{name}'")
        return bool(found)

    source, copy = "dt_server_check_source", "dt_server_check_copy"
    url = postgres_server.create_database(source)
    try:
        engine = sa.create_engine(url, poolclass=NullPool)
        try:
            with engine.begin() as conn:
                conn.execute(sa.text("create table marker (name text)"))
                conn.execute(sa.text("insert into marker values ('Бишкек')"))
        finally:
            engine.dispose()
        assert exists(source)

        copy_url = postgres_server.create_database(copy, template=source)
        engine = sa.create_engine(copy_url, poolclass=NullPool)
        try:
            with engine.connect() as conn:
                assert conn.execute(sa.text("select name from marker")).scalar_one() == "Бишкек"
        finally:
            engine.dispose()
    finally:
        postgres_server.drop_database(copy)
        postgres_server.drop_database(source)
    assert not exists(source)
    assert not exists(copy)


def test_drop_database_ends_open_sessions(postgres_server: PostgresServer) -> None:
    name = "dt_server_check_busy"
    engine = sa.create_engine(postgres_server.create_database(name))
    try:
        with engine.connect() as conn:
            conn.execute(sa.text("select 1"))
            postgres_server.drop_database(name)  # must not wait for this session
    except sa.exc.OperationalError:
        pass  # the session was ended by the drop, as intended
    finally:
        engine.dispose()
        postgres_server.drop_database(name)
    assert not postgres_server.scalar(f"select count(*) from pg_database where datname = '{name}'")


@pytest.mark.skipif(bool(os.environ.get(ENV_URL)), reason=f"{ENV_URL} is set: no own server")
def test_own_server_is_removed_on_stop() -> None:
    server = PostgresServer()
    server.start()
    tempdir = server.tempdir
    assert tempdir is not None and tempdir.is_dir()
    assert server.startup_seconds < 30
    server.stop()
    assert not tempdir.exists()
    assert not server.running
