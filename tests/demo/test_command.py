"""`diplotrack demo --today`: the installed command makes the same demo as ``fill_demo``."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from typing import Any

from sqlalchemy import select

from diplotrack.demo import fill_demo
from diplotrack.domain import Agreement, Delegation, Event, FollowUp
from diplotrack.store.database import Database

# A hung command fails the test instead of hanging the suite; not a speed assertion.
TIMEOUT_S = 600


def _demo(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "diplotrack", "demo", "--database", database_url, *args],
        capture_output=True,
        encoding="utf-8",
        timeout=TIMEOUT_S,
        check=False,
    )


def _dated(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.session() as session:
        return {
            "events": [
                tuple(row)
                for row in session.execute(
                    select(Event.title, Event.status, Event.starts_at, Event.ends_at).order_by(
                        Event.id
                    )
                )
            ],
            "delegations": [
                tuple(row)
                for row in session.execute(
                    select(Delegation.title, Delegation.status, Delegation.arrives_on).order_by(
                        Delegation.id
                    )
                )
            ],
            "agreements": [
                tuple(row)
                for row in session.execute(
                    select(Agreement.title, Agreement.status, Agreement.valid_until).order_by(
                        Agreement.id
                    )
                )
            ],
            "followups": [
                tuple(row)
                for row in session.execute(
                    select(FollowUp.title, FollowUp.status, FollowUp.due_on).order_by(FollowUp.id)
                )
            ],
        }


def test_today_option_makes_the_demo_of_that_day(
    database_url: str, database: Database, second_database: Database
) -> None:
    made = _demo(database_url, "--today", "2030-01-15", "--seed", "5", "--events", "50")
    assert made.returncode == 0, made.stderr
    assert "demo data added" in made.stdout
    fill_demo(second_database, seed=5, events=50, today=date(2030, 1, 15))
    assert _dated(database) == _dated(second_database)


def test_a_today_that_is_not_a_date_is_refused(database_url: str, database: Database) -> None:
    refused = _demo(database_url, "--today", "15.01.2030")
    assert refused.returncode == 2
    assert "“15.01.2030” is not a date" in refused.stderr and "YYYY-MM-DD" in refused.stderr
    with database.session() as session:  # nothing was written
        assert session.scalars(select(Event.id)).first() is None
