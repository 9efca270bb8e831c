"""The registers of events, delegations, agreements, people, organizations, places, follow-ups.

``list_<kind>(session, flt, *, order_by=…, descending=False, offset=0, limit=None, zone=UTC)``
gives one sorted page of light rows; ``count_<kind>(session, flt, *, zone=UTC)`` how many match.
``order_by`` is a field name of the row; an unknown one raises KnownError. ``zone`` is where a
filter's dates are days.
"""

from __future__ import annotations

from datetime import UTC, tzinfo
from typing import Protocol, TypeVar

from sqlalchemy.orm import Session

from diplotrack.domain.filters import RecordFilter

from . import rows as r
from .kinds import AGREEMENTS, DELEGATIONS, EVENTS, FOLLOWUPS, ORGANIZATIONS, PEOPLE, PLACES
from .register import Register, count_rows, list_rows

RowT = TypeVar("RowT")


class ListRows(Protocol[RowT]):
    """One register's ``list_<kind>``."""

    def __call__(
        self,
        session: Session,
        flt: RecordFilter,
        *,
        order_by: str = ...,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
        zone: tzinfo = UTC,
    ) -> list[RowT]: ...


class CountRows(Protocol):
    """One register's ``count_<kind>``."""

    def __call__(self, session: Session, flt: RecordFilter, *, zone: tzinfo = UTC) -> int: ...


def _lister(register: Register[RowT], default_order: str) -> ListRows[RowT]:
    def list_page(
        session: Session,
        flt: RecordFilter,
        *,
        order_by: str = default_order,
        descending: bool = False,
        offset: int = 0,
        limit: int | None = None,
        zone: tzinfo = UTC,
    ) -> list[RowT]:
        return list_rows(
            session,
            register,
            flt,
            order_by=order_by,
            descending=descending,
            offset=offset,
            limit=limit,
            zone=zone,
        )

    list_page.__name__ = f"list_{register.kind}"
    return list_page


def _counter(register: Register[RowT]) -> CountRows:
    def count(session: Session, flt: RecordFilter, *, zone: tzinfo = UTC) -> int:
        return count_rows(session, register, flt, zone=zone)

    count.__name__ = f"count_{register.kind}"
    return count


list_events: ListRows[r.EventRow] = _lister(EVENTS, "starts_at")
count_events = _counter(EVENTS)
list_delegations: ListRows[r.DelegationRow] = _lister(DELEGATIONS, "arrives_on")
count_delegations = _counter(DELEGATIONS)
list_agreements: ListRows[r.AgreementRow] = _lister(AGREEMENTS, "signed_on")
count_agreements = _counter(AGREEMENTS)
list_people: ListRows[r.PersonRow] = _lister(PEOPLE, "name")
count_people = _counter(PEOPLE)
list_organizations: ListRows[r.OrganizationRow] = _lister(ORGANIZATIONS, "name")
count_organizations = _counter(ORGANIZATIONS)
list_places: ListRows[r.PlaceRow] = _lister(PLACES, "name")
count_places = _counter(PLACES)
list_followups: ListRows[r.FollowUpRow] = _lister(FOLLOWUPS, "due_on")
count_followups = _counter(FOLLOWUPS)
