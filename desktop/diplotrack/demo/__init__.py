"""Demo data: the worked example, a deterministic office history around it, scale events.

``fill_demo`` runs in one transaction: either everything is written or nothing. The worked
example goes through the ORM (so it has a change history); the office history and generated
events go in with bulk Core inserts and therefore have no change records, only ``created_at``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from diplotrack.domain import Event, KnownError
from diplotrack.store import search
from diplotrack.store.database import Database

from .generator import generate_events
from .history import build_office_history
from .worked_example import build_worked_example, find_meeting

# Generated events of the default demo, besides the worked example and the history's stories.
DEFAULT_EVENTS = 300

__all__ = ["DEFAULT_EVENTS", "DemoSummary", "fill_demo"]


@dataclass(frozen=True)
class DemoSummary:
    """What ``fill_demo`` added, and how many events the database holds now."""

    worked_example_added: bool
    story_events: int  # the worked example's and the office history's own events
    generated_events: int
    events_total: int

    @property
    def events_added(self) -> int:
        return self.story_events + self.generated_events


def fill_demo(
    db: Database,
    *,
    events: int | None = None,
    seed: int = 2024,
    progress: Callable[[int, int], None] | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill ``db`` with the demo: the worked example, the office history, generated events.

    Without ``events``: an empty database gets the worked example, the office history and
    ``DEFAULT_EVENTS`` generated events; a database that holds events is refused. With
    ``events=N``: N generated events are added; the worked example and the office history are
    added too when the worked example is not there yet (they are never added twice).
    ``progress(done, total)`` follows the generated events.

    The office history and the generated events are moved to ``today`` (by default the real
    current date), so that what is on this week, who arrives soon, what expires and what is
    overdue are about that day; the worked example keeps its own dates in 2024. The same
    ``seed`` and ``today`` always give the same rows.
    """
    today = today or date.today()
    if events is not None and events < 0:
        raise KnownError(
            f"The number of events must be zero or more, not {events}.", field="events"
        )
    with db.session() as session, session.begin():
        existing = session.scalar(select(func.count()).select_from(Event)) or 0
        if events is None and existing:
            raise KnownError(
                f"The database already holds {existing} events; the demo fills only an empty "
                "database. To add generated events to it for scale tests, give a number of "
                "events (diplotrack demo --events N).",
                field="events",
            )
        add_example = find_meeting(session) is None
        story_events = 0
        if add_example:
            example = build_worked_example(session)
            story_events += len(example.events)
            history = build_office_history(session, seed=seed, today=today)
            story_events += history.events
            for kind, ids in (
                ("event", example.events),
                ("delegation", (example.delegation, *history.delegations)),
                ("agreement", (example.memorandum, *history.agreements)),
                ("person", (*example.people, *history.people)),
                ("organization", (*example.organizations, *history.organizations)),
                ("place", (*example.places, *history.places)),
                ("followup", (*example.followups, *history.followups)),
            ):
                search.reindex(session, kind, ids)
        count = DEFAULT_EVENTS if events is None else events
        generate_events(session, count, seed=seed, today=today, progress=progress)
        total = session.scalar(select(func.count()).select_from(Event)) or 0
    return DemoSummary(
        worked_example_added=add_example,
        story_events=story_events,
        generated_events=count,
        events_total=total,
    )
