"""Notes for an upcoming event or a delegation's visit: who comes, the programme, the goals,
the documents to sign, and the cooperation so far with the partner country."""

from __future__ import annotations

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

from .model import Briefing, Fact
from .naming import Names
from .programme import event_when, is_timed, local_time, programme
from .request import NoteRequest
from .sections import agreement_line, common, counterparts, delegation_title
from .vocabulary import name_of
from .wording import QT_TRANSLATE_NOOP

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


def gather_event(request: NoteRequest) -> Briefing:
    names, wording, session, today = request.names, request.wording, request.session, request.today
    event_id = request.live(Event).id
    detail = event_detail(session, event_id)
    row = detail.row
    title, other = names.both(row.title, detail.title_alt)
    home = home_country(session)
    partners = tuple(code for code in row.countries if code != home) or row.countries
    guests = [p for p in detail.participants if p.person_id is not None and p.role != "host"]
    hosts = [p for p in detail.participants if p.person_id is not None and p.role == "host"]
    names.learn([("place", row.place_id)])
    when = event_when(wording, row)
    if is_timed(row):
        when += f" ({wording.local_time(local_time(names, row), with_place=False)})"
    facts = [Fact(wording(QT_TRANSLATE_NOOP("Briefing", "When")), when)]
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
        request.options.history_limit,
        until=min(today, row.starts_at.date()),
        skip={("event", event_id)},
        agreements_also=[link.id for link in detail.agreements],
        followups_also=detail.followups,
    )
    purpose = wording(_PURPOSES.get(row.kind, _ANY_EVENT))
    return request.note(
        wording(QT_TRANSLATE_NOOP("Briefing", "Briefing note {purpose}: {subject}")).format(
            purpose=purpose, subject=title
        ),
        request.heading(purpose, title, other, event_when(wording, row).split(", ")[0]),
        sections,
        facts=tuple(facts),
        counterparts=counterparts(
            names,
            [p.person_id for p in guests if p.person_id is not None],
            today,
            {p.person_id: p.role for p in guests if p.person_id is not None},
        ),
        notes=(detail.notes,) if detail.notes else (),
        sources=(detail.source,) if detail.source else (),
        attachments=tuple(a.file_name for a in detail.attachments),
    )


def gather_delegation(request: NoteRequest) -> Briefing:
    names, wording, session, today = request.names, request.wording, request.session, request.today
    delegation_id = request.live(Delegation).id
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
        request.options.history_limit,
        until=min(today, row.arrives_on or today),
        skip={("delegation", delegation_id), *(("event", i) for i in programme_ids)},
        agreements_also=linked,
        followups_also=detail.followups,
    )
    particulars = event_particulars(session, programme_ids)
    sources = tuple(dict.fromkeys(p[2] for p in particulars.values() if p[2]))
    purpose = wording(QT_TRANSLATE_NOOP("Briefing", "for the visit of the delegation"))
    return request.note(
        wording(QT_TRANSLATE_NOOP("Briefing", "Briefing note {purpose}: {subject}")).format(
            purpose=purpose, subject=title
        ),
        request.heading(purpose, title, row.title if title != row.title else None, when),
        sections,
        facts=tuple(facts),
        delegation_members=counterparts(names, [m.person_id for m in members], today, roles),
        host_side=counterparts(names, _hosts(detail.programme, set(roles)), today),
        topics=_topics(names, detail.programme),
        programme=programme(names, detail.programme),
        goals=detail.purpose,
        documents_to_sign=tuple(agreement_line(names, a, today) for a in to_sign),
        notes=(detail.notes,) if detail.notes else (),
        sources=sources,
        attachments=tuple(a.file_name for a in detail.attachments),
    )


def _hosts(programme: tuple[EventRow, ...], visitors: set[int]) -> list[int]:
    """Who receives the visit: the hosts of its programme's events, in the order they appear."""
    found = [
        p.person_id
        for row in programme
        for p in row.participants
        if p.role == "host" and p.person_id is not None and p.person_id not in visitors
    ]
    return list(dict.fromkeys(found))


def _topics(names: Names, programme: tuple[EventRow, ...]) -> tuple[str, ...]:
    """The topics of the programme's events: what the talks are about, in the note's language."""
    found = dict.fromkeys(topic for row in programme for topic in row.topics)
    english = topic_names_en(names.session) if names.language == "en" and found else {}
    return tuple(english.get(topic, topic) for topic in found)
