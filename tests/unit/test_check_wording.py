"""`diplotrack check` counts as English does: "1 event ends before it starts (id 7)", "2 events
end before they start (ids 7, 8)", never "event(s)"; on a real database of each engine."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from diplotrack.commands.check import check_event_times
from diplotrack.services.events import EventInput, create_event
from diplotrack.store.database import Database


def _events(db: Database, count: int) -> list[int]:
    """``count`` events, then their ends moved before their starts behind the program's back."""
    start = datetime(2024, 4, 10, 9, tzinfo=UTC)
    for number in range(count):
        create_event(
            db,
            EventInput(
                title=f"Meeting {number}",
                starts_at=start + timedelta(days=number),
                ends_at=start + timedelta(days=number, hours=1),
                countries=("KG",),
            ),
        )
    with db.engine.begin() as connection:
        ids = sorted(connection.scalars(text("SELECT id FROM event")))
        moved = {"late": start + timedelta(hours=3), "early": start}
        connection.execute(text("UPDATE event SET starts_at = :late, ends_at = :early"), moved)
    return ids


@pytest.mark.parametrize("count", [1, 2])
def test_events_ending_before_they_start_are_counted_in_english(
    database: Database, count: int
) -> None:
    ids = _events(database, count)
    with database.engine.connect() as connection:
        findings = list(check_event_times(connection))
    assert [finding.ok for finding in findings] == [False]
    if count == 1:
        assert findings[0].message == f"1 event ends before it starts (id {ids[0]})"
    else:
        assert findings[0].message == f"2 events end before they start (ids {ids[0]}, {ids[1]})"
