"""Follow-ups (поручения): tasks out of an event, delegation or agreement; done or not."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from diplotrack.domain import Agreement, Delegation, Event, FollowUp, Organization, Person
from diplotrack.domain.enums import FollowUpStatus
from diplotrack.store.database import Database

from . import checks
from . import messages as msg
from .base import UnitOfWork, archive_record, restore_record, unit_of_work
from .changes import Changes

_FINISHED = (FollowUpStatus.DONE, FollowUpStatus.CANCELLED)


@dataclass(frozen=True, kw_only=True)
class FollowUpInput:
    """A task: what, who is responsible (a person, an organization or just words), by when,
    and the record it came from; ``country`` as an ISO code or a name."""

    title: str
    status: str = FollowUpStatus.OPEN
    due_on: date | None = None
    done_on: date | None = None
    responsible_person_id: int | None = None
    responsible_organization_id: int | None = None
    responsible_text: str | None = None
    event_id: int | None = None
    delegation_id: int | None = None
    agreement_id: int | None = None
    country: str | None = None
    notes: str | None = None


def _today() -> date:
    return date.today()


def _done_on(status: FollowUpStatus, done_on: date | None) -> date | None:
    """A finished task is done on the day given, else today; an unfinished one has no such day.

    A day later than tomorrow is refused (tomorrow, because the office's clock and the
    database's may sit on either side of midnight)."""
    if status not in _FINISHED:
        if done_on is not None:
            raise checks.invalid(msg.DONE_ON_NOT_DONE, "done_on", status=status.value)
        return None
    day = done_on or _today()
    if day > _today() + timedelta(days=1):
        raise checks.invalid(msg.IN_THE_FUTURE, "done_on", value=day.isoformat())
    return day


def _apply(work: UnitOfWork, followup: FollowUp, data: FollowUpInput) -> None:
    session = work.session
    old = followup if followup.id is not None else None
    person = checks.record(
        session,
        Person,
        data.responsible_person_id,
        "responsible_person_id",
        keep=old.responsible_person_id if old else None,
    )
    organization = checks.record(
        session,
        Organization,
        data.responsible_organization_id,
        "responsible_organization_id",
        keep=old.responsible_organization_id if old else None,
    )
    event = checks.record(
        session, Event, data.event_id, "event_id", keep=old.event_id if old else None
    )
    delegation = checks.record(
        session,
        Delegation,
        data.delegation_id,
        "delegation_id",
        keep=old.delegation_id if old else None,
    )
    agreement = checks.record(
        session,
        Agreement,
        data.agreement_id,
        "agreement_id",
        keep=old.agreement_id if old else None,
    )
    status = checks.choice(FollowUpStatus, data.status, "status")
    checks.assign(
        followup,
        {
            "title": checks.required_text(data.title, "title"),
            "status": status,
            "due_on": data.due_on,
            "done_on": _done_on(status, data.done_on),
            "responsible_person_id": person.id if person else None,
            "responsible_organization_id": organization.id if organization else None,
            "responsible_text": checks.optional_text(
                data.responsible_text, "responsible_text", limit=500
            ),
            "event_id": event.id if event else None,
            "delegation_id": delegation.id if delegation else None,
            "agreement_id": agreement.id if agreement else None,
            "country_code": checks.optional_country_code(session, data.country, "country"),
            "notes": checks.optional_text(data.notes, "notes"),
        },
    )


def create_followup(db: Database, data: FollowUpInput) -> Changes:
    with unit_of_work(db) as work:
        followup = FollowUp()
        _apply(work, followup, data)
        work.add(followup)
    return work.changes


def update_followup(
    db: Database, followup_id: int, data: FollowUpInput, *, expected_version: int
) -> Changes:
    with unit_of_work(db) as work:
        _apply(work, work.load(FollowUp, followup_id, expected_version), data)
    return work.changes


def complete_followup(
    db: Database, followup_id: int, *, expected_version: int, done_on: date | None = None
) -> Changes:
    """Marks a follow-up done, on ``done_on`` or today."""
    with unit_of_work(db) as work:
        followup = work.load(FollowUp, followup_id, expected_version)
        day = _done_on(FollowUpStatus.DONE, done_on)
        checks.assign(followup, {"status": FollowUpStatus.DONE, "done_on": day})
    return work.changes


def archive_followup(db: Database, followup_id: int, *, expected_version: int) -> Changes:
    return archive_record(db, FollowUp, followup_id, expected_version)


def restore_followup(db: Database, followup_id: int, *, expected_version: int) -> Changes:
    return restore_record(db, FollowUp, followup_id, expected_version)
