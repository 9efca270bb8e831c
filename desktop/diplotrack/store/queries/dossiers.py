"""Dossiers of a country, place, organization or person: contacts in time, agreements, people."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    Country,
    Delegation,
    NotFoundError,
    Organization,
    Person,
    Place,
)
from diplotrack.domain.enums import AgreementKind
from diplotrack.domain.filters import RecordFilter

from .details import other_names
from .dossier_people import (
    CurrentPost,
    PostOverTime,
    Subject,
    current_posts,
    people_of,
    positions_of,
)
from .kinds import DELEGATIONS, PLACES
from .register import list_rows
from .registers import (
    count_delegations,
    count_events,
    list_agreements,
    list_delegations,
    list_events,
)
from .rows import AgreementRow, DelegationRow, EventRow, FollowUpRow, PersonRow, PlaceRow
from .today import LIVE_AGREEMENT, overdue_followups

__all__ = [
    "AgreementInForce",
    "CurrentPost",
    "Dossier",
    "DossierHeader",
    "PostOverTime",
    "Subject",
    "TimelineEntry",
    "dossier",
    "dossier_header",
]

PLANNED = ("planned", "confirmed")


@dataclass(frozen=True)
class TimelineEntry:
    """An event or a delegation in a dossier's timeline."""

    item: str  # "event" or "delegation"
    id: int
    title: str
    starts: date | None
    ends: date | None
    kind: str
    status: str
    countries: tuple[str, ...]
    place: str | None
    date_precision: str = "exact"  # a planned event may be known only to the month, season, year
    title_alt: str | None = None  # the title in the other language, when known
    all_day: bool = False  # then ``ends`` is the day after the last (as events store it)
    place_id: int | None = None
    place_alt: str | None = None  # the place's name in the other language, when known


@dataclass(frozen=True)
class AgreementInForce:
    agreement: AgreementRow
    days_to_expiry: int | None  # None: no end date


@dataclass(frozen=True)
class Dossier:
    subject: Subject
    key: str | int
    title: str
    title_alt: str | None
    country: str | None
    details: tuple[tuple[str, str], ...]  # header fields: (field, value)
    timeline: tuple[TimelineEntry, ...]  # newest first
    agreements: tuple[AgreementInForce, ...]
    people: tuple[PersonRow, ...]
    planned: tuple[TimelineEntry, ...]  # soonest first
    overdue: tuple[FollowUpRow, ...]
    partner_places: tuple[PlaceRow, ...]
    timeline_total: int = 0  # every contact; more than len(timeline) when the timeline is limited
    posts: tuple[CurrentPost, ...] = ()  # the current posts of ``people``
    positions: tuple[PostOverTime, ...] = ()  # a person's posts: current first, then newest
    #: still planned or confirmed, but their time is over: never marked as held (newest first)
    unconfirmed: tuple[TimelineEntry, ...] = ()


@dataclass(frozen=True)
class DossierHeader:
    """What a dossier is about, without its contents: for a compact header of the subject."""

    subject: Subject
    key: str | int
    title: str
    title_alt: str | None
    country: str | None
    details: tuple[tuple[str, str], ...]


def _entry_of_event(row: EventRow) -> TimelineEntry:
    return TimelineEntry(
        "event",
        row.id,
        row.title,
        row.starts_at.date(),
        row.ends_at.date(),
        row.kind,
        row.status,
        row.countries,
        row.place,
        row.date_precision,
        all_day=row.all_day,
        place_id=row.place_id,
    )


def _entry_of_delegation(row: DelegationRow) -> TimelineEntry:
    return TimelineEntry(
        "delegation",
        row.id,
        row.title,
        row.arrives_on,
        row.departs_on,
        row.direction,
        row.status,
        (row.country,),
        row.place,
        place_id=row.place_id,
    )


_Header = tuple[str, str | None, str | None, tuple[tuple[str, str], ...], RecordFilter]


def _header(session: Session, subject: Subject, key: str | int) -> _Header:
    """Title, title in the other script, country, header fields, and the dossier's filter."""
    missing = NotFoundError(f"There is no {subject} “{key}”")
    if subject == "country":
        country = session.get(Country, str(key).upper())
        if country is None:
            raise missing
        details: tuple[tuple[str, str], ...] = tuple(
            (name, value)
            for name, value in (
                ("code", country.code),
                ("name_en", country.name_en),
                ("official_name_ru", country.official_name_ru),
                ("official_name_en", country.official_name_en),
            )
            if value
        )
        return (
            country.name_ru,
            country.name_en,
            country.code,
            details,
            RecordFilter(countries=(country.code,)),
        )
    model = {"place": Place, "organization": Organization, "person": Person}[subject]
    record = session.get(model, int(key))
    if record is None:
        raise missing
    if isinstance(record, Place):
        details = (("kind", record.kind.value), ("country", record.country_code))
        return (
            record.name,
            record.name_alt,
            record.country_code,
            details,
            RecordFilter(place_ids=(record.id,)),
        )
    if isinstance(record, Organization):
        details = tuple(
            (name, value)
            for name, value in (
                ("kind", record.kind.value),
                ("short_name", record.short_name),
                ("parent", record.parent.name if record.parent else None),
                ("place", record.place.name if record.place else None),
            )
            if value
        )
        return (
            record.name,
            record.name_alt,
            record.country_code,
            details,
            RecordFilter(organization_ids=(record.id,)),
        )
    assert isinstance(record, Person)
    details = tuple(
        (n, v) for n, v in (("email", record.email), ("contact_notes", record.contact_notes)) if v
    )
    return (
        record.name,
        record.name_alt,
        record.country_code,
        details,
        RecordFilter(person_ids=(record.id,)),
    )


def _partner_places(session: Session, code: str) -> list[PlaceRow]:
    sister = (
        select(AgreementParty.place_id)
        .join(Agreement, AgreementParty.agreement_id == Agreement.id)
        .where(
            Agreement.kind == AgreementKind.SISTER_CITY,
            Agreement.archived_at.is_(None),
            AgreementParty.place_id.is_not(None),
        )
    )
    return list_rows(
        session,
        PLACES,
        RecordFilter(countries=(code,)),
        order_by="name",
        extra=[Place.id.in_(sister)],
    )


def dossier_header(session: Session, subject: Subject, key: str | int) -> DossierHeader:
    """The subject's title (both scripts), country and header fields, without the contents."""
    title, title_alt, country, details, _ = _header(session, subject, key)
    return DossierHeader(subject, key, title, title_alt, country, details)


def _with_other_names(session: Session, entries: list[TimelineEntry]) -> list[TimelineEntry]:
    """The entries with their titles and places in the other language, where known."""
    refs = [(entry.item, entry.id) for entry in entries if entry.item == "event"]
    found = other_names(session, refs + [("place", e.place_id) for e in entries if e.place_id])
    return [
        replace(
            entry,
            title_alt=found.get((entry.item, entry.id)) if entry.item == "event" else None,
            place_alt=found.get(("place", entry.place_id)) if entry.place_id else None,
        )
        for entry in entries
    ]


def _is_over(entry: TimelineEntry, today: date) -> bool:
    """The entry's last day (of its month, season or year when only those are known) is past."""
    if entry.starts is None:
        return False
    last = entry.ends or entry.starts
    if entry.ends is not None and entry.all_day and entry.ends > entry.starts:
        last = entry.ends - timedelta(days=1)  # all-day events store the day after the last
    return last < today


def _is_planned(entry: TimelineEntry, today: date) -> bool:
    """Still to come: planned or confirmed and not over, or postponed to a day not yet past.
    A contact already marked held or cancelled is in the timeline, not among the plans."""
    if entry.status in PLANNED:
        return not _is_over(entry, today)
    return entry.status == "postponed" and entry.starts is not None and entry.starts >= today


def _is_unconfirmed(entry: TimelineEntry, today: date) -> bool:
    return entry.status in PLANNED and _is_over(entry, today)


def _candidates(
    session: Session, flt: RecordFilter, limit: int, *, descending: bool
) -> list[TimelineEntry]:
    events = list_events(session, flt, order_by="starts_at", descending=descending, limit=limit)
    delegations = list_delegations(
        session, flt, order_by="arrives_on", descending=descending, limit=limit
    )
    return [_entry_of_event(row) for row in events] + [
        _entry_of_delegation(row) for row in delegations
    ]


def _planned(
    session: Session, flt: RecordFilter, today: date, limit: int
) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """What is planned and what was never marked as held, when the timeline is limited: each
    asked for on its own (what is still to come soonest first, what is over newest first)."""
    # only what can still be a plan is read, so that the limit counts plans
    ahead = tuple(s for s in (*PLANNED, "postponed") if not flt.statuses or s in flt.statuses)
    coming = (
        _candidates(session, replace(flt, date_from=today, statuses=ahead), limit, descending=False)
        if ahead
        else []
    )
    coming += [  # a visit being planned may have no dates yet; a date filter never finds it
        _entry_of_delegation(row)
        for row in list_rows(
            session,
            DELEGATIONS,
            replace(flt, statuses=PLANNED),
            order_by="title",
            limit=limit,
            extra=[Delegation.arrives_on.is_(None)],
        )
    ]
    past = replace(flt, statuses=PLANNED, date_to=today - timedelta(days=1))
    return (
        [entry for entry in coming if _is_planned(entry, today)],
        [
            entry
            for entry in _candidates(session, past, limit, descending=True)
            if _is_unconfirmed(entry, today)
        ],
    )


def dossier(
    session: Session,
    subject: Subject,
    key: str | int,
    *,
    today: date,
    limit: int | None = None,
) -> Dossier:
    """Everything the office knows about one country, place, organization or person.

    ``limit`` keeps the timeline (and the planned list) to the most recent ``limit`` contacts,
    so that a busy country's dossier stays quick; ``timeline_total`` says how many there are.
    """
    title, title_alt, country, details, flt = _header(session, subject, key)
    events = [
        _entry_of_event(row)
        for row in list_events(session, flt, order_by="starts_at", descending=True, limit=limit)
    ]
    delegations = [
        _entry_of_delegation(row)
        for row in list_delegations(
            session, flt, order_by="arrives_on", descending=True, limit=limit
        )
    ]
    never = date.min
    timeline = sorted(
        events + delegations, key=lambda e: (e.starts or never, e.item, e.id), reverse=True
    )[:limit]
    if limit is None:
        total = len(timeline)
        coming = [e for e in timeline if _is_planned(e, today)]
        unconfirmed = [e for e in timeline if _is_unconfirmed(e, today)]
    else:
        total = count_events(session, flt) + count_delegations(session, flt)
        coming, unconfirmed = _planned(session, flt, today, limit)
    planned = sorted(coming, key=lambda e: (e.starts or date.max, e.item, e.id))[:limit]
    unconfirmed = sorted(
        unconfirmed, key=lambda e: (e.starts or date.min, e.item, e.id), reverse=True
    )[:limit]
    agreements = [
        AgreementInForce(row, (row.valid_until - today).days if row.valid_until else None)
        for row in list_agreements(session, _with_statuses(flt), order_by="valid_until")
        if row.valid_until is None or row.valid_until >= today
    ]
    people = people_of(session, subject, key, today)
    return Dossier(
        subject=subject,
        key=key,
        title=title,
        title_alt=title_alt,
        country=country,
        details=details,
        timeline=tuple(_with_other_names(session, timeline)),
        agreements=tuple(agreements),
        people=tuple(people),
        planned=tuple(_with_other_names(session, planned)),
        overdue=tuple(overdue_followups(session, flt, today)),
        partner_places=tuple(
            _partner_places(session, country) if subject == "country" and country else ()
        ),
        timeline_total=total,
        posts=current_posts(session, people),
        positions=positions_of(session, int(key), today) if subject == "person" else (),
        unconfirmed=tuple(_with_other_names(session, unconfirmed)),
    )


def _with_statuses(flt: RecordFilter) -> RecordFilter:
    return replace(flt, statuses=LIVE_AGREEMENT)
