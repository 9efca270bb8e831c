"""The Today page's names in the other language, where known: titles, the places its lines
name, and the heads of arriving delegations."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from .today import TodaySummary


@dataclass(frozen=True)
class OtherNames:
    """Names in the other language: records by (kind, id), places by the name a row carries
    (calendar items and delegation rows name their place, not its id)."""

    records: dict[tuple[str, int], str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)


def today_other_names(session: Session, summary: TodaySummary) -> OtherNames:
    """The other names of what ``summary`` shows: event and agreement titles, the heads of
    the delegations arriving, and the places of the week's events and the arriving visits."""
    from .details import other_names, other_names_by_name  # loaded with the first English page

    refs = [(item.item, item.id) for item in summary.week_items]
    refs += [("agreement", row.id) for row in summary.expiring]
    refs += [("person", row.head_id) for row in summary.arriving if row.head_id is not None]
    places = {item.place for item in summary.week_items if item.place}
    places |= {row.place for row in summary.arriving if row.place}
    return OtherNames(other_names(session, refs), other_names_by_name(session, "place", places))
