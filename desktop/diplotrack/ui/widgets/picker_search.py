"""A picker's search run off the GUI thread while the person types, the newest text winning.

Finding records among 100,000 events takes a picker's query 15–100 ms (every match of a common
word is ranked by date), too long between two keys. Pickers over big tables (people,
organizations, places, agreements, events, delegations) therefore search in a thread of their
own (``BackgroundRead``: a short session per search; a search for text typed before finishes
unheard) and show what it finds when it arrives. Countries and topics are few and stay in the
GUI thread. Enter, Down and taking a suggestion search at once when the list is not yet for the
text shown, so nothing is ever taken from an older list.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal

from diplotrack.store.database import Database

from ..background import BackgroundRead
from .choices import Choice, find_choices

#: kinds searched in the GUI thread: a few hundred rows at most
SMALL_KINDS = frozenset({"country", "topic"})
#: letters typed before a big table is searched while typing: one letter matches thousands of
#: names and ranks them all (64 ms for «К» among places), to show twenty no one asked for
#: (Enter or Down still searches one letter)
MIN_LETTERS = 2
#: how often a search under way is looked at
COLLECT_EVERY_MS = 5


@dataclass(frozen=True)
class ChoiceRequest:
    """What a picker asks for: records of ``kind`` named by ``text``, described in ``language``."""

    kind: str
    text: str
    language: str


def letters(text: str) -> int:
    """How many letters or digits ``text`` holds: what a prefix search has to go on."""
    return sum(1 for char in text if char.isalnum())


def searched_while_typing(kind: str, text: str) -> bool:
    """Whether typing ``text`` searches at all: small kinds always, big ones from two letters."""
    return kind in SMALL_KINDS or letters(text) >= MIN_LETTERS


def read_choices(db: Database, request: ChoiceRequest) -> list[Choice]:
    """The choices for one request, read in a short session of its own."""
    with db.session() as session:
        return find_choices(session, request.kind, request.text, language=request.language)


class PickerSearch(BackgroundRead[ChoiceRequest, list[Choice]]):
    """Searches a picker's records in the background; announces the newest request's choices."""

    #: the newest request's choices have arrived: (ChoiceRequest, list of Choice)
    found = Signal(object, object)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(
            partial(read_choices, db),
            parent,
            thread_name="picker-search",
            collect_every_ms=COLLECT_EVERY_MS,
        )

    def _announce(self, request: ChoiceRequest, result: list[Choice]) -> None:
        self.found.emit(request, result)
