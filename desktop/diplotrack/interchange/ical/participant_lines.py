"""Participants with their posts as readable lines after an event's notes in DESCRIPTION.

Calendar programs show an ATTENDEE's name but no parameter of ours, so a participant's post at
the event («Азамат Кабаев — руководитель канцелярии …») or an organization's description of
who came is written a second time as a line of DESCRIPTION. The lines are made from the
attendees alone, so our import can tell them from the notes: a DESCRIPTION that ends in exactly
the lines its attendees make gets its notes back without them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from diplotrack.domain import EventParticipant, Position

# An ATTENDEE's post at the event (a person) or who of an organization took part.
POST = "X-DIPLOTRACK-POST"
SEPARATOR = " — "
_GAP = "\n\n"

Line = tuple[str, str | None]  # a participant's name (CN) and post


def post_on(positions: Sequence[Position], day: date) -> str | None:
    """The title of the post held on ``day`` (the latest started of those held then)."""
    held = sorted((p for p in positions if p.is_current(day)), key=lambda p: p.id or 0)
    if not held:
        return None
    latest = max(held, key=lambda p: (p.started_on is not None, p.started_on or date.min))
    return latest.title


def participant_post(participant: EventParticipant, day: date) -> str | None:
    """What the participant's line tells besides the name: the description the event gives,
    else a person's post on the event's day."""
    if participant.description:
        return participant.description
    if participant.person is not None:
        return post_on(participant.person.positions, day)
    return None


def block(lines: Sequence[Line]) -> str | None:
    """One line per participant, or nothing when no participant has a post to show (their
    names alone the calendar programs show from the attendees already)."""
    if not any(post for _, post in lines):
        return None
    return "\n".join(f"{name}{SEPARATOR}{post}" if post else name for name, post in lines)


def with_lines(notes: str | None, lines: Sequence[Line]) -> str | None:
    """DESCRIPTION as exported: the notes, a blank line, the participants' lines."""
    written = block(lines)
    if written is None:
        return notes or None
    return _GAP.join(text for text in (notes, written) if text)


def without_lines(description: str | None, lines: Sequence[Line]) -> str | None:
    """The notes of a DESCRIPTION that ends in the lines ``lines`` make; any other text whole."""
    written = block(lines)
    if description is None or written is None:
        return description
    text = description.replace("\r\n", "\n")
    if text == written:
        return None
    if text.endswith(_GAP + written):
        return text[: -len(_GAP + written)].rstrip() or None
    return description
