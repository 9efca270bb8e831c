"""The sections every note shares: history of contacts, agreements, follow-ups, planned events,
counterparts' posts; read for a record filter (a country, a place, an organization, a person)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from diplotrack.domain import Agreement, Delegation, Event, FollowUp
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.recurrence import occurrences
from diplotrack.store.queries.briefings import (
    event_particulars,
    posts_now,
    responsibles,
)
from diplotrack.store.queries.details import other_names_by_name
from diplotrack.store.queries.kinds import AGREEMENTS, EVENTS, FOLLOWUPS
from diplotrack.store.queries.register import list_rows, row_ids
from diplotrack.store.queries.registers import (
    count_delegations,
    count_events,
    list_agreements,
    list_delegations,
    list_events,
    list_followups,
)
from diplotrack.store.queries.rows import AgreementRow, DelegationRow, EventRow, FollowUpRow

from .model import AgreementLine, Contact, Counterpart, FollowUpLine
from .naming import Names
from .wording import QT_TRANSLATE_NOOP, Wording, has_cyrillic

PAST = ("held", "postponed", "cancelled")
AHEAD = ("planned", "confirmed")
VAGUE = ("month", "season", "year")
LIVE = ("signed", "in_force")
OPEN = ("open", "in_progress")
# An agreement that lapsed this recently is still worth renewing, whatever its renewal terms.
RECENTLY_LAPSED = timedelta(days=2 * 365)
PLANNED_LIMIT = 20
# How far ahead the next occurrence of a recurring event is looked for.
LOOK_AHEAD = timedelta(days=5 * 366)

Key = tuple[str, int]


@dataclass(frozen=True)
class Common:
    history: tuple[Contact, ...]
    history_total: int
    agreements: tuple[AgreementLine, ...]
    lapsed_agreements: tuple[AgreementLine, ...]
    followups: tuple[FollowUpLine, ...]
    planned: tuple[Contact, ...]
    planned_total: int  # every plan known, beyond the limit
    sources: tuple[str, ...] = ()  # of the contacts in the history shown


def _event_contact(row: EventRow) -> Contact:
    last = row.ends_at.date() - timedelta(days=1) if row.all_day else row.ends_at.date()
    return Contact(
        "event",
        row.id,
        row.title,
        row.starts_at.date(),
        max(last, row.starts_at.date()),
        row.date_precision,
        row.kind,
        row.status,
        row.place,
    )


def _delegation_contact(row: DelegationRow) -> Contact:
    return Contact(
        "delegation",
        row.id,
        row.title,
        row.arrives_on,
        row.departs_on,
        "exact",
        row.direction,
        row.status,
        row.place,
    )


def _occurrence(row: EventRow, today: date, *, ahead: bool) -> EventRow:
    """A recurring event as its next occurrence from today (``ahead``), or its last one up
    to today: a yearly forum is planned for this year's date, not for its first edition's."""
    if not row.recurrence:
        return row
    start = datetime.combine(today, time(), UTC)
    window = (start, start + LOOK_AHEAD) if ahead else (row.starts_at, start + timedelta(days=1))
    found = occurrences(
        row.starts_at, row.ends_at, row.timezone, row.recurrence, *window, all_day=row.all_day
    )
    if not found:
        return row
    first, last = found[0] if ahead else found[-1]
    return replace(row, starts_at=first, ends_at=last)


def _contacts(
    names: Names,
    events: list[EventRow],
    delegations: list[DelegationRow],
    skip: Collection[Key],
    today: date,
    *,
    ahead: bool,
) -> list[Contact]:
    names.learn([("event", e.id) for e in events])
    names.learn([("place", e.place_id) for e in events])
    names.learn([("place", d.place_id) for d in delegations])
    names.learn([("organization", d.organization_id) for d in delegations])
    found = []
    for row in events:
        if ("event", row.id) not in skip:
            contact = _event_contact(_occurrence(row, today, ahead=ahead))
            found.append(
                replace(
                    contact,
                    title=names.record("event", row.id, row.title) or row.title,
                    place=names.record("place", row.place_id, row.place),
                )
            )
    for delegation in delegations:
        if ("delegation", delegation.id) not in skip:
            contact = _delegation_contact(delegation)
            found.append(
                replace(
                    contact,
                    title=delegation_title(names, delegation),
                    place=names.record("place", delegation.place_id, delegation.place),
                )
            )
    return found


def delegation_title(names: Names, row: DelegationRow) -> str:
    """A delegation has one title, as written; a note in the other script names it by whom
    it brings (incoming) or where it goes (outgoing), where those have names in its script."""
    if has_cyrillic(row.title) == (names.language == "ru"):
        return row.title
    wording = Wording(names.language)
    if row.direction == "incoming" and row.organization:
        organization = names.record("organization", row.organization_id, row.organization)
        if organization and organization != row.organization:
            return wording(QT_TRANSLATE_NOOP("Briefing", "Delegation of {organization}")).format(
                organization=organization
            )
    if row.direction == "outgoing" and row.place:
        place = names.record("place", row.place_id, row.place)
        if place and place != row.place:
            return wording(QT_TRANSLATE_NOOP("Briefing", "Visit to {place}")).format(place=place)
    return row.title


def history(
    names: Names, flt: RecordFilter, today: date, limit: int, skip: Collection[Key] = ()
) -> tuple[tuple[Contact, ...], int]:
    """The last ``limit`` contacts up to today, oldest first, and how many there are."""
    past = replace(flt, statuses=PAST, date_to=today)
    extra = len(skip)
    session = names.session
    events = list_events(session, past, order_by="starts_at", descending=True, limit=limit + extra)
    delegations = list_delegations(
        session, past, order_by="arrives_on", descending=True, limit=limit + extra
    )
    contacts = _contacts(names, events, delegations, skip, today, ahead=False)
    contacts.sort(key=lambda c: (c.starts or date.min, c.item, c.id), reverse=True)
    skipped = sum(1 for e in events if ("event", e.id) in skip) + sum(
        1 for d in delegations if ("delegation", d.id) in skip
    )
    total = count_events(session, past) + count_delegations(session, past) - skipped
    return tuple(reversed(contacts[:limit])), max(total, min(limit, len(contacts)))


def planned(
    names: Names, flt: RecordFilter, today: date, skip: Collection[Key] = ()
) -> tuple[tuple[Contact, ...], int]:
    """What is planned or confirmed from today on, soonest first, and what is planned with a
    vague date (a month, a season, a year) even if that has passed: still a plan. A plan with
    an exact date in the past is left out: it was never updated, not a plan any more. The
    first ``PLANNED_LIMIT`` of them, and how many there are."""
    ahead = replace(flt, statuses=AHEAD)
    upcoming = replace(ahead, date_from=today)
    session = names.session
    events = list_events(session, upcoming, limit=PLANNED_LIMIT)
    vague = list_rows(
        session,
        EVENTS,
        ahead,
        order_by="starts_at",
        limit=PLANNED_LIMIT,
        extra=[Event.date_precision.in_(VAGUE)],
    )
    known = {row.id for row in events}
    events += [row for row in vague if row.id not in known]
    delegations = list_delegations(session, upcoming, order_by="arrives_on", limit=PLANNED_LIMIT)
    contacts = _contacts(names, events, delegations, skip, today, ahead=True)
    contacts.sort(key=lambda c: (c.starts or date.max, c.item, c.id))
    return tuple(contacts[:PLANNED_LIMIT]), _count_planned(session, ahead, upcoming, skip)


def _count_planned(
    session: Session, ahead: RecordFilter, upcoming: RecordFilter, skip: Collection[Key]
) -> int:
    """How many plans ``planned`` chooses from: the same records, counted by the database."""
    skipped = {kind: [key for of, key in skip if of == kind] for kind in ("event", "delegation")}
    events = select(func.count(Event.id)).where(
        Event.id.in_(row_ids(session, "event", ahead)),
        or_(Event.id.in_(row_ids(session, "event", upcoming)), Event.date_precision.in_(VAGUE)),
        Event.id.not_in(skipped["event"]),
    )
    delegations = select(func.count(Delegation.id)).where(
        Delegation.id.in_(row_ids(session, "delegation", upcoming)),
        Delegation.id.not_in(skipped["delegation"]),
    )
    return sum(session.scalar(count) or 0 for count in (events, delegations))


def agreement_line(names: Names, row: AgreementRow, today: date) -> AgreementLine:
    names.learn([("agreement", row.id)])
    names.learn([(p.party, p.record_id) for p in row.parties if p.party != "country"])
    parties = tuple(
        names.country(p.country)
        if p.party == "country"
        else names.record(p.party, p.record_id, p.name) or p.name
        for p in row.parties
    )
    return AgreementLine(
        id=row.id,
        title=names.record("agreement", row.id, row.title) or row.title,
        kind=row.kind,
        status=row.status,
        parties=parties,
        signed_on=row.signed_on,
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        days_to_expiry=(row.valid_until - today).days if row.valid_until else None,
        renewal=row.renewal,
    )


def agreements(
    names: Names, flt: RecordFilter, today: date, also: Iterable[int] = ()
) -> tuple[tuple[AgreementLine, ...], tuple[AgreementLine, ...]]:
    """Agreements in force (soonest to expire first), and those lapsed but worth renewing:
    renewed automatically or by decision, or lapsed within the last two years."""
    session = names.session
    linked = list(also)
    rows = list_agreements(session, replace(flt, statuses=()), order_by="valid_until")
    if linked:
        known = {row.id for row in rows}
        rows += list_rows(
            session,
            AGREEMENTS,
            RecordFilter(),
            order_by="valid_until",
            extra=[Agreement.id.in_([i for i in linked if i not in known])],
        )
    in_force, lapsed = [], []
    for row in rows:
        ended = row.valid_until is not None and row.valid_until < today
        if row.status in LIVE and not ended:
            in_force.append(agreement_line(names, row, today))
        elif (
            (row.status in LIVE or row.status == "expired")
            and row.valid_until is not None
            and (row.renewal != "none" or row.valid_until >= today - RECENTLY_LAPSED)
        ):
            lapsed.append(agreement_line(names, row, today))
    in_force.sort(key=lambda a: (a.valid_until or date.max, a.id))
    lapsed.sort(key=lambda a: (a.valid_until or date.min, a.id), reverse=True)
    return tuple(in_force), tuple(lapsed)


def followups(
    names: Names, flt: RecordFilter, today: date, also: Iterable[FollowUpRow] = ()
) -> tuple[FollowUpLine, ...]:
    """Open follow-ups (and the given ones, if open), due first, undated last."""
    session = names.session
    rows = {row.id: row for row in list_followups(session, replace(flt, statuses=OPEN))}
    for row in also:
        if row.status in OPEN and not row.archived:
            rows.setdefault(row.id, row)
    who = responsibles(session, list(rows))
    names.learn([("person", w.person_id) for w in who.values()])
    names.learn([("organization", w.organization_id) for w in who.values()])
    written = [w.text for w in who.values() if w.text and w.person_id is w.organization_id is None]
    known = other_names_by_name(session, "organization", written) if written else {}
    lines = []
    for row in rows.values():
        answer = who.get(row.id)
        responsible = row.responsible
        if answer is not None and answer.person_id is not None:
            responsible = names.record("person", answer.person_id, row.responsible)
        elif answer is not None and answer.organization_id is not None:
            responsible = names.record("organization", answer.organization_id, row.responsible)
        elif responsible is not None:
            responsible = names.pick(responsible, known.get(responsible))
        lines.append(
            FollowUpLine(
                id=row.id,
                title=row.title,
                responsible=responsible,
                due_on=row.due_on,
                status=row.status,
                overdue=row.due_on is not None and row.due_on < today,
            )
        )
    lines.sort(key=lambda f: (f.due_on or date.max, f.id))
    return tuple(lines)


def common(
    names: Names,
    flt: RecordFilter,
    today: date,
    limit: int,
    *,
    until: date | None = None,
    skip: Collection[Key] = (),
    agreements_also: Iterable[int] = (),
    followups_also: Iterable[FollowUpRow] = (),
) -> Common:
    """The shared sections as of ``today``; the history up to ``until`` (a past event's
    note tells what had happened before it), by default today."""
    contacts, total = history(names, flt, until or today, limit, skip)
    in_force, lapsed = agreements(names, flt, today, agreements_also)
    # how the agreements shown are being carried out: their open follow-ups too
    carried = agreement_followups(names.session, [a.id for a in (*in_force, *lapsed)])
    sources = event_particulars(names.session, [c.id for c in contacts if c.item == "event"])
    plans, plans_total = planned(names, flt, today, skip)
    return Common(
        history=contacts,
        history_total=total,
        agreements=in_force,
        lapsed_agreements=lapsed,
        followups=followups(names, flt, today, (*followups_also, *carried)),
        planned=plans,
        planned_total=plans_total,
        sources=tuple(
            dict.fromkeys(
                found[2]
                for c in contacts
                if c.item == "event" and (found := sources.get(c.id)) and found[2]
            )
        ),
    )


def agreement_followups(session: Session, ids: list[int]) -> list[FollowUpRow]:
    """The open follow-ups of these agreements."""
    if not ids:
        return []
    return list_rows(
        session,
        FOLLOWUPS,
        RecordFilter(statuses=OPEN),
        order_by="due_on",
        extra=[FollowUp.agreement_id.in_(ids)],
    )


def counterparts(
    names: Names, person_ids: list[int], today: date, roles: dict[int, str] | None = None
) -> tuple[Counterpart, ...]:
    """These people in the given order, with their current posts in the note's script."""
    posts = posts_now(names.session, person_ids, today)
    found = []
    for person_id in person_ids:
        post = posts.get(person_id)
        if post is None:
            continue
        name, other = names.both(post.name, post.name_alt)
        found.append(
            Counterpart(
                name=name,
                name_other=other,
                post=names.pick(post.title, post.title_alt) if post.title else None,
                organization=(
                    names.pick(post.organization, post.organization_alt)
                    if post.organization
                    else None
                ),
                since=post.started_on,
                role=(roles or {}).get(person_id),
            )
        )
    return tuple(found)
