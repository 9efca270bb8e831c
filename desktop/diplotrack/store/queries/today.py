"""The Today page: today and this week, who arrives soon, what expires, what is late."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, timedelta, tzinfo

from sqlalchemy.orm import Session

from diplotrack.domain import Agreement, Delegation, FollowUp
from diplotrack.domain.filters import RecordFilter

from .calendar import calendar_items
from .calendar_item import CalendarItem
from .filtering import day_start
from .kinds import AGREEMENTS, DELEGATIONS, FOLLOWUPS
from .register import list_rows
from .rows import AgreementRow, DelegationRow, FollowUpRow

ARRIVALS_AHEAD = timedelta(days=14)
EXPIRY_AHEAD = timedelta(days=90)
OPEN_FOLLOWUP = ("open", "in_progress")
LIVE_AGREEMENT = ("signed", "in_force")


@dataclass(frozen=True)
class TodaySummary:
    today: date
    today_items: tuple[CalendarItem, ...]
    week_items: tuple[CalendarItem, ...]  # today and the six days after it
    arriving: tuple[DelegationRow, ...]  # delegations arriving within 14 days
    expiring: tuple[AgreementRow, ...]  # agreements in force ending within 90 days
    overdue: tuple[FollowUpRow, ...]


def overdue_followups(session: Session, flt: RecordFilter, today: date) -> list[FollowUpRow]:
    """Follow-ups due before ``today`` and neither done nor cancelled, oldest due first."""
    return list_rows(
        session,
        FOLLOWUPS,
        flt,
        order_by="due_on",
        extra=[FollowUp.due_on < today, FollowUp.status.in_(OPEN_FOLLOWUP)],
    )


def expiring_agreements(
    session: Session, flt: RecordFilter, today: date, within: timedelta = EXPIRY_AHEAD
) -> list[AgreementRow]:
    return list_rows(
        session,
        AGREEMENTS,
        flt,
        order_by="valid_until",
        extra=[
            Agreement.status.in_(LIVE_AGREEMENT),
            Agreement.valid_until >= today,
            Agreement.valid_until <= today + within,
        ],
    )


def today_summary(session: Session, today: date, *, zone: tzinfo = UTC) -> TodaySummary:
    everything = RecordFilter()
    start = day_start(today, zone)
    # an event whose date is not fixed yet (only its month, season or year is known) is not
    # "on" today or this week: the calendar keeps those in its "Date not fixed" strip
    week = [
        item
        for item in calendar_items(session, start, day_start(today + timedelta(days=7), zone))
        if not item.approximate
    ]
    end_of_today = day_start(today + timedelta(days=1), zone)
    arriving = list_rows(
        session,
        DELEGATIONS,
        everything,
        order_by="arrives_on",
        extra=[Delegation.arrives_on >= today, Delegation.arrives_on <= today + ARRIVALS_AHEAD],
    )
    return TodaySummary(
        today=today,
        today_items=tuple(item for item in week if item.start < end_of_today and item.end > start),
        week_items=tuple(week),
        arriving=tuple(arriving),
        expiring=tuple(expiring_agreements(session, everything, today)),
        overdue=tuple(overdue_followups(session, everything, today)),
    )
