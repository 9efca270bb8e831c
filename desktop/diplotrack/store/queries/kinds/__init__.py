"""What each register reads: its columns (also sort keys), joins, and a page's related values;
one module per family of records."""

from __future__ import annotations

from typing import Any

from ..register import Register
from .agreements import AGREEMENTS, agreement_parties
from .directory import ORGANIZATIONS, PEOPLE, PLACES, current_positions
from .events import DELEGATIONS, EVENTS, event_extras
from .followups import FOLLOWUPS

__all__ = [
    "AGREEMENTS",
    "DELEGATIONS",
    "EVENTS",
    "FOLLOWUPS",
    "ORGANIZATIONS",
    "PEOPLE",
    "PLACES",
    "REGISTERS",
    "agreement_parties",
    "current_positions",
    "event_extras",
]

REGISTERS: dict[str, Register[Any]] = {
    "event": EVENTS,
    "delegation": DELEGATIONS,
    "agreement": AGREEMENTS,
    "person": PEOPLE,
    "organization": ORGANIZATIONS,
    "place": PLACES,
    "followup": FOLLOWUPS,
}
