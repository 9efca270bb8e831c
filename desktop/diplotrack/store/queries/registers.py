"""The registers of events, delegations, agreements, people, organizations, places, follow-ups.

``list_<kind>(session, flt, *, order_by=…, descending=False, offset=0, limit=None)`` gives one
sorted page of light rows; ``count_<kind>(session, flt)`` how many match. ``order_by`` is a
field name of the row; an unknown one raises KnownError.
"""

from __future__ import annotations

from datetime import UTC, tzinfo

from sqlalchemy.orm import Session

from diplotrack.domain.filters import RecordFilter

from . import rows as r
from .kinds import AGREEMENTS, DELEGATIONS, EVENTS, FOLLOWUPS, ORGANIZATIONS, PEOPLE, PLACES
from .register import count_rows, list_rows

# -- the public functions ---------------------------------------------------------------


def list_events(
    session: Session,
    flt: RecordFilter,
    *,
    order_by: str = "starts_at",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
    zone: tzinfo = UTC,
) -> list[r.EventRow]:
    return list_rows(
        session,
        EVENTS,
        flt,
        order_by=order_by,
        descending=descending,
        offset=offset,
        limit=limit,
        zone=zone,
    )


def count_events(session: Session, flt: RecordFilter, *, zone: tzinfo = UTC) -> int:
    return count_rows(session, EVENTS, flt, zone=zone)


def list_delegations(
    session: Session,
    flt: RecordFilter,
    *,
    order_by: str = "arrives_on",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[r.DelegationRow]:
    return list_rows(
        session,
        DELEGATIONS,
        flt,
        order_by=order_by,
        descending=descending,
        offset=offset,
        limit=limit,
    )


def count_delegations(session: Session, flt: RecordFilter) -> int:
    return count_rows(session, DELEGATIONS, flt)


def list_agreements(
    session: Session,
    flt: RecordFilter,
    *,
    order_by: str = "signed_on",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[r.AgreementRow]:
    return list_rows(
        session,
        AGREEMENTS,
        flt,
        order_by=order_by,
        descending=descending,
        offset=offset,
        limit=limit,
    )


def count_agreements(session: Session, flt: RecordFilter) -> int:
    return count_rows(session, AGREEMENTS, flt)


def list_people(
    session: Session,
    flt: RecordFilter,
    *,
    order_by: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[r.PersonRow]:
    return list_rows(
        session, PEOPLE, flt, order_by=order_by, descending=descending, offset=offset, limit=limit
    )


def count_people(session: Session, flt: RecordFilter) -> int:
    return count_rows(session, PEOPLE, flt)


def list_organizations(
    session: Session,
    flt: RecordFilter,
    *,
    order_by: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[r.OrganizationRow]:
    return list_rows(
        session,
        ORGANIZATIONS,
        flt,
        order_by=order_by,
        descending=descending,
        offset=offset,
        limit=limit,
    )


def count_organizations(session: Session, flt: RecordFilter) -> int:
    return count_rows(session, ORGANIZATIONS, flt)


def list_places(
    session: Session,
    flt: RecordFilter,
    *,
    order_by: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[r.PlaceRow]:
    return list_rows(
        session, PLACES, flt, order_by=order_by, descending=descending, offset=offset, limit=limit
    )


def count_places(session: Session, flt: RecordFilter) -> int:
    return count_rows(session, PLACES, flt)


def list_followups(
    session: Session,
    flt: RecordFilter,
    *,
    order_by: str = "due_on",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[r.FollowUpRow]:
    return list_rows(
        session,
        FOLLOWUPS,
        flt,
        order_by=order_by,
        descending=descending,
        offset=offset,
        limit=limit,
    )


def count_followups(session: Session, flt: RecordFilter) -> int:
    return count_rows(session, FOLLOWUPS, flt)
