"""The one filter the calendar, the registers and the command line share."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class RecordFilter:
    """What the person asked to see. Empty fields do not filter.

    ``countries`` are ISO codes (several at once: a record matches if it involves any of them);
    ``kinds`` and ``statuses`` are enum values of the record kind being filtered; ``date_from``
    and ``date_to`` are inclusive days; ``text`` is free text in any word form, and a country's
    alias typed as text also matches that country's records.
    """

    countries: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    topic_ids: tuple[int, ...] = ()
    person_ids: tuple[int, ...] = ()
    organization_ids: tuple[int, ...] = ()
    place_ids: tuple[int, ...] = ()
    text: str = ""
    include_archived: bool = False

    @property
    def is_empty(self) -> bool:
        return self == RecordFilter()

    def cleared(self) -> RecordFilter:
        return RecordFilter()

    def with_countries(self, *codes: str) -> RecordFilter:
        return replace(self, countries=tuple(dict.fromkeys(c.upper() for c in codes)))
