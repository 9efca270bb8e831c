"""Notes for an upcoming event or a delegation's visit: who comes, the programme, the goals,
the documents to sign, and the cooperation so far with the partner country."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplotrack.domain import Delegation, Event
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.queries.briefings import (
    delegation_members,
    event_particulars,
    home_country,
    linked_agreements,
)
from diplotrack.store.queries.details import delegation_detail, event_detail, topic_names_en
from diplotrack.store.queries.registers import list_agreements
from diplotrack.store.queries.rows import EventRow

from .model import Briefing, Fact, Heading, ProgrammeDay, ProgrammeItem
from .naming import Names
from .sections import agreement_line, common, counterparts, delegation_title
from .subjects import BriefingOptions, BriefingSubject, missing, record_id
from .vocabulary import name_of
from .wording import QT_TRANSLATE_NOOP, Wording

TO_SIGN = ("draft", "negotiating")

# The purpose line of a note for an event, by the event's kind.
_PURPOSES = {
    "meeting": QT_TRANSLATE_NOOP("Briefing", "for the meeting"),
    "visit": QT_TRANSLATE_NOOP("Briefing", "for the visit"),
    "conference": QT_TRANSLATE_NOOP("Briefing", "for the conference"),
    "signing": QT_TRANSLATE_NOOP("Briefing", "for the signing"),
    "reception": QT_TRANSLATE_NOOP("Briefing", "for the reception"),
    "call": QT_TRANSLATE_NOOP("Briefing", "for the talks"),
}
_ANY_EVENT = QT_TRANSLATE_NOOP("Briefing", "for the event")


def zone_of(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_span(row: EventRow) -> tuple[datetime, datetime]:
    zone = zone_of(row.timezone)
    return row.starts_at.astimezone(zone), row.ends_at.astimezone(zone)


def event_when(wording: Wording, row: EventRow) -> str:
    """When an event happens, as exactly as it is known, at the local time of its place."""
    first = row.starts_at.date()
    if row.date_precision in ("year", "season", "month"):
        return wording.span(first, None, row.date_precision)
    if row.all_day:
        return wording.long_span(first, row.ends_at.date() - timedelta(days=1))
    start, end = local_span(row)
    if start.date() == end.date():
        return f"{wording.full_date(start.date())}, {start:%H:%M}–{end:%H:%M}"
    first_day, last_day = wording.full_date(start.date()), wording.full_date(end.date())
    return f"{first_day} {start:%H:%M} – {last_day} {end:%H:%M}"


def gather_event(
    names: Names,
    wording: Wording,
    subject: BriefingSubject,
    options: BriefingOptions,
    today: date,
    prepared_on: date,
) -> Briefing:
    session = names.session
    event_id = record_id(subject)
    event = session.get(Event, event_id)
    if event is None or event.is_archived:
        raise missing(subject)
    detail = event_detail(session, event_id)
    row = detail.row
    title, other = names.both(row.title, detail.title_alt)
    home = home_country(session)
    partners = tuple(code for code in row.countries if code != home) or row.countries
    guests = [p for p in detail.participants if p.person_id is not None and p.role != "host"]
    hosts = [p for p in detail.participants if p.person_id is not None and p.role == "host"]
    names.learn([("place", row.place_id)])
    facts = [Fact(wording(QT_TRANSLATE_NOOP("Briefing", "When")), event_when(wording, row))]
    where = [names.record("place", row.place_id, row.place) or "", detail.venue or ""]
    if any(where):
        facts.append(
            Fact(wording(QT_TRANSLATE_NOOP("Briefing", "Where")), ", ".join(w for w in where if w))
        )
    facts.append(
        Fact(
            wording(QT_TRANSLATE_NOOP("Briefing", "Kind")),
            ", ".join(
                (
                    name_of(wording, "event_kind", row.kind),
                    name_of(wording, "level", row.level),
                    name_of(wording, "format", row.format),
                )
            ),
        )
    )
    facts.append(
        Fact(
            wording(QT_TRANSLATE_NOOP("Briefing", "Status")),
            name_of(wording, "event_status", row.status),
        )
    )
    if row.countries:
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Countries")), names.countries(row.countries)
            )
        )
    if hosts:
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Host")),
                ", ".join(names.pick(p.name, p.name_alt) for p in hosts),
            )
        )
    if row.topics:
        english = topic_names_en(session) if names.language == "en" else {}
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Topics")),
                ", ".join(english.get(topic, topic) for topic in row.topics),
            )
        )
    sections = common(
        names,
        RecordFilter(countries=partners),
        today,
        options.history_limit,
        until=min(today, row.starts_at.date()),
        skip={("event", event_id)},
        agreements_also=[link.id for link in detail.agreements],
        followups_also=detail.followups,
    )
    purpose = wording(_PURPOSES.get(row.kind, _ANY_EVENT))
    return Briefing(
        subject=subject,
        options=options,
        title=wording(QT_TRANSLATE_NOOP("Briefing", "Briefing note {purpose}: {subject}")).format(
            purpose=purpose, subject=title
        ),
        prepared_on=prepared_on,
        heading=Heading(
            label=wording(QT_TRANSLATE_NOOP("Briefing", "BRIEFING NOTE")),
            purpose=purpose,
            subject=title,
            subject_other=other,
            when=event_when(wording, row).split(", ")[0],
        ),
        facts=tuple(facts),
        counterparts=counterparts(
            names,
            [p.person_id for p in guests if p.person_id is not None],
            today,
            {p.person_id: p.role for p in guests if p.person_id is not None},
        ),
        history=sections.history,
        history_total=sections.history_total,
        agreements=sections.agreements,
        lapsed_agreements=sections.lapsed_agreements,
        followups=sections.followups,
        planned=sections.planned,
        notes=(detail.notes,) if detail.notes else (),
        sources=(detail.source,) if detail.source else (),
        attachments=tuple(a.file_name for a in detail.attachments),
    )


def _programme(names: Names, rows: tuple[EventRow, ...]) -> tuple[ProgrammeDay, ...]:
    particulars = event_particulars(names.session, [row.id for row in rows])
    days: dict[date, list[ProgrammeItem]] = defaultdict(list)
    for row in rows:
        venue, title_alt, _source = particulars.get(row.id, (None, None, None))
        title = names.pick(row.title, title_alt)
        if row.all_day or row.date_precision != "exact":
            days[row.starts_at.date()].append(ProgrammeItem(None, None, title, venue))
            continue
        start, end = local_span(row)
        days[start.date()].append(
            ProgrammeItem(start.replace(tzinfo=None), end.replace(tzinfo=None), title, venue)
        )
    return tuple(
        ProgrammeDay(day, tuple(sorted(items, key=lambda i: (i.starts or datetime.min, i.title))))
        for day, items in sorted(days.items())
    )


def gather_delegation(
    names: Names,
    wording: Wording,
    subject: BriefingSubject,
    options: BriefingOptions,
    today: date,
    prepared_on: date,
) -> Briefing:
    session = names.session
    delegation_id = record_id(subject)
    delegation = session.get(Delegation, delegation_id)
    if delegation is None or delegation.is_archived:
        raise missing(subject)
    detail = delegation_detail(session, delegation_id)
    row = detail.row
    names.learn([("organization", row.organization_id), ("place", row.place_id)])
    title = delegation_title(names, row)
    members = delegation_members(session, delegation_id)
    roles = {
        m.person_id: "head_of_delegation" if m.is_head else (m.role or "member") for m in members
    }
    facts = [
        Fact(
            wording(QT_TRANSLATE_NOOP("Briefing", "Direction")),
            name_of(wording, "direction", row.direction),
        )
    ]
    if row.organization:
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Organization")),
                names.record("organization", row.organization_id, row.organization) or "",
            )
        )
    where = [names.record("place", row.place_id, row.place) or "", names.country(row.country)]
    facts.append(
        Fact(wording(QT_TRANSLATE_NOOP("Briefing", "From")), ", ".join(w for w in where if w))
    )
    when = wording.span(row.arrives_on, row.departs_on)
    if row.arrives_on is not None:
        when = wording.long_span(row.arrives_on, row.departs_on)
        facts.append(Fact(wording(QT_TRANSLATE_NOOP("Briefing", "Dates of the visit")), when))
    facts.append(
        Fact(
            wording(QT_TRANSLATE_NOOP("Briefing", "Status")),
            name_of(wording, "event_status", row.status),
        )
    )
    programme_ids = [event.id for event in detail.programme]
    linked = linked_agreements(session, programme_ids)
    to_sign = list_agreements(
        session, RecordFilter(countries=(row.country,), statuses=TO_SIGN), order_by="title"
    )
    to_sign_ids = {a.id for a in to_sign}
    for agreement in list_agreements(session, RecordFilter(statuses=TO_SIGN), order_by="title"):
        if agreement.id in linked and agreement.id not in to_sign_ids:
            to_sign.append(agreement)
    sections = common(
        names,
        RecordFilter(countries=(row.country,)),
        today,
        options.history_limit,
        until=min(today, row.arrives_on or today),
        skip={("delegation", delegation_id), *(("event", i) for i in programme_ids)},
        agreements_also=linked,
        followups_also=detail.followups,
    )
    particulars = event_particulars(session, programme_ids)
    sources = tuple(dict.fromkeys(p[2] for p in particulars.values() if p[2]))
    purpose = wording(QT_TRANSLATE_NOOP("Briefing", "for the visit of the delegation"))
    return Briefing(
        subject=subject,
        options=options,
        title=wording(QT_TRANSLATE_NOOP("Briefing", "Briefing note {purpose}: {subject}")).format(
            purpose=purpose, subject=title
        ),
        prepared_on=prepared_on,
        heading=Heading(
            label=wording(QT_TRANSLATE_NOOP("Briefing", "BRIEFING NOTE")),
            purpose=purpose,
            subject=title,
            subject_other=row.title if title != row.title else None,
            when=when,
        ),
        facts=tuple(facts),
        delegation_members=counterparts(names, [m.person_id for m in members], today, roles),
        programme=_programme(names, detail.programme),
        goals=detail.purpose,
        documents_to_sign=tuple(agreement_line(names, a, today) for a in to_sign),
        history=sections.history,
        history_total=sections.history_total,
        agreements=sections.agreements,
        lapsed_agreements=sections.lapsed_agreements,
        followups=sections.followups,
        planned=sections.planned,
        notes=(detail.notes,) if detail.notes else (),
        sources=sources,
        attachments=tuple(a.file_name for a in detail.attachments),
    )
