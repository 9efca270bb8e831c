"""The office history's stories as rows: events, delegations and follow-ups with ids assigned in
Python, gathered by the stories and written together at the end."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from diplotrack.domain import Delegation, DelegationMember, Event, FollowUp

from . import vocabulary as v
from .bulk import (
    EventRows,
    EventWords,
    Row,
    advance_sequences,
    event_row,
    insert_rows,
    next_id,
    table_of,
)
from .bulk import write_events as write_event_rows
from .timeline import Timeline

if TYPE_CHECKING:
    from .history import OfficeHistory

HOME_TZ = "Asia/Krasnoyarsk"
TIMEZONES = {p.code: p.timezone for p in v.PARTNERS}


def local_time(day: date, hour: int, timezone: str, minute: int = 0) -> datetime:
    """``day`` at a local hour of ``timezone``, in UTC."""
    return datetime.combine(day, time(hour, minute), ZoneInfo(timezone)).astimezone(UTC)


def record(record_id: int, created: datetime, **values: Any) -> Row:
    return {
        "id": record_id,
        "version": 1,
        "created_at": created,
        "updated_at": created,
        "archived_at": None,
        **values,
    }


class StoryRows:
    """The stories' events, delegations, members and follow-ups, written by ``write``."""

    def __init__(
        self,
        session: Session,
        rng: random.Random,
        history: OfficeHistory,
        when: Timeline,
        *,
        administration: int,
        staff: list[int],
    ) -> None:
        self.rng = rng
        self.history = history
        self.when = when
        self.administration = administration
        self.staff = staff
        self.next_event = next_id(session, table_of(Event))
        self.first_delegation = next_id(session, table_of(Delegation))
        self.next_followup = next_id(session, table_of(FollowUp))
        self.events = EventRows()
        self.delegations: list[Row] = []
        self.members: list[Row] = []
        self.followups: list[Row] = []

    def stamp(self, day: date) -> datetime:
        """When a record about ``day`` was entered: a week before it, and never after today."""
        return datetime.combine(min(day, self.when.today), time(8, 0), UTC) - timedelta(days=7)

    def followup(self, title: str, status: str, due: date | None, **links: Any) -> None:
        rng, followup_id = self.rng, self.next_followup
        responsible: dict[str, Any] = {
            "responsible_person_id": None,
            "responsible_organization_id": None,
            "responsible_text": None,
        }
        pick = followup_id % 3
        # drawn whatever is chosen, so that the random stream does not depend on the day
        person, early = rng.choice(self.staff), timedelta(days=rng.randint(0, 5))
        if pick == 0:
            responsible["responsible_person_id"] = person
        elif pick == 1:
            responsible["responsible_organization_id"] = self.administration
        else:
            responsible["responsible_text"] = "Управление международных связей"
        done = due - early if status == "done" and due else None
        self.followups.append(
            record(
                followup_id,
                self.stamp(due or self.when.today),
                title=title,
                status=status,
                due_on=due,
                done_on=done,
                **responsible,
                **{
                    "event_id": None,
                    "delegation_id": None,
                    "agreement_id": None,
                    "country_code": None,
                    "notes": None,
                    **links,
                },
            )
        )
        self.history.followups.append(followup_id)
        self.next_followup += 1

    def event(self, **values: Any) -> int:
        """Add an event (its links as lists among the values); its id."""
        event_id = self.next_event
        links = {
            k: values.pop(k)
            for k in ("participants", "countries", "organizations", "topics", "agreements")
            if k in values
        }
        values.setdefault("created_at", self.stamp(values["starts_at"].date()))
        self.events.add(event_row(id=event_id, **values), **links)
        self.next_event += 1
        return event_id

    def write(self, session: Session) -> None:
        insert_rows(session, table_of(Delegation), self.delegations)
        insert_rows(session, table_of(DelegationMember), self.members)
        write_event_rows(session, self.events, EventWords(session))
        insert_rows(session, table_of(FollowUp), self.followups)
        advance_sequences(session, [table_of(Delegation), table_of(Event), table_of(FollowUp)])
        self.history.events += len(self.events)
