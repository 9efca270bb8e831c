"""What a service call changed, so that every open view can re-query what it shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class RecordRef(NamedTuple):
    """A record by its kind (table name: "event", "person", …) and id."""

    kind: str
    id: int


@dataclass(frozen=True)
class Changes:
    """The records one service call created, updated, archived or restored."""

    created: frozenset[RecordRef] = frozenset()
    updated: frozenset[RecordRef] = frozenset()
    archived: frozenset[RecordRef] = frozenset()
    restored: frozenset[RecordRef] = frozenset()

    @property
    def records(self) -> frozenset[RecordRef]:
        return self.created | self.updated | self.archived | self.restored

    @property
    def kinds(self) -> frozenset[str]:
        """The record kinds touched: a view showing none of them need not re-query."""
        return frozenset(ref.kind for ref in self.records)

    @property
    def is_empty(self) -> bool:
        return not self.records

    def touches(self, *kinds: str) -> bool:
        return not self.kinds.isdisjoint(kinds)

    def ids(self, kind: str) -> frozenset[int]:
        return frozenset(ref.id for ref in self.records if ref.kind == kind)

    def created_id(self, kind: str) -> int:
        """The id of the one record of ``kind`` this call created (e.g. the new event)."""
        ids = sorted(ref.id for ref in self.created if ref.kind == kind)
        if len(ids) != 1:
            raise LookupError(f"{len(ids)} records of kind {kind!r} were created, not one")
        return ids[0]

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            created=self.created | other.created,
            updated=self.updated | other.updated,
            archived=self.archived | other.archived,
            restored=self.restored | other.restored,
        )
