"""A delegation's programme: its events with their venues, in time order, for the detail page
and the delegation editor."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Event
from diplotrack.domain.filters import RecordFilter

from .kinds import EVENTS
from .register import chunks, list_rows
from .rows import EventRow


@dataclass(frozen=True)
class ProgrammeEntry:
    """An event of a visit's programme: its row (time, title, place, who) and its venue."""

    event: EventRow
    venue: str | None


def venues_of(session: Session, event_ids: list[int]) -> dict[int, str]:
    """The venues of the events that have one, by event id."""
    found: dict[int, str] = {}
    for part in chunks(event_ids):
        statement = select(Event.id, Event.venue).where(
            Event.id.in_(part), Event.venue.is_not(None)
        )
        found.update({event_id: venue for event_id, venue in session.execute(statement) if venue})
    return found


def programme_event_ids(session: Session, delegation_id: int) -> tuple[int, ...]:
    """The events of a delegation's programme now (archived ones left out), in time order."""
    return tuple(
        session.scalars(
            select(Event.id)
            .where(Event.delegation_id == delegation_id, Event.archived_at.is_(None))
            .order_by(Event.starts_at, Event.id)
        )
    )


def programme_entries(session: Session, event_ids: Iterable[int]) -> tuple[ProgrammeEntry, ...]:
    """The events ``event_ids`` as a programme, in time order: an editor's programme before it
    is saved (some events may not point to the delegation yet); archived events left out."""
    ids = sorted(set(event_ids))
    if not ids:
        return ()
    rows = list_rows(
        session, EVENTS, RecordFilter(), order_by="starts_at", extra=[Event.id.in_(ids)]
    )
    venues = venues_of(session, ids)
    return tuple(ProgrammeEntry(row, venues.get(row.id)) for row in rows)
