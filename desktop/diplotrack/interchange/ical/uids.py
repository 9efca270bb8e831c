"""The UIDs DiploTrack gives the events it exports, and how it knows them again.

An event that came from a calendar keeps that calendar's UID (``Event.ical_uid``). One made in
DiploTrack is ``event-<id>-<created>@diplotrack``: its id and the second it was created (UTC)
together name it in this database and in no other — a copy or a restored backup of the
database is the same database and gives the same UIDs; two offices' databases do not.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

_OWN = re.compile(r"event-(\d{1,18})-(\d{8}T\d{6})@diplotrack")


def own_uid(event_id: int, created_at: datetime) -> str:
    return f"event-{event_id}-{created_at.astimezone(UTC):%Y%m%dT%H%M%S}@diplotrack"


def own_event_id(uid: str) -> int | None:
    """The event id an own UID names (to be confirmed against its creation time), or None."""
    match = _OWN.fullmatch(uid)
    return int(match.group(1)) if match else None
