"""What the detail panel shows of one record: read in one short session, rendered as HTML in
the interface language (every value from the database escaped)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from diplotrack.domain import NotFoundError
from diplotrack.domain.enums import (
    DelegationDirection,
    EventFormat,
    EventKind,
    EventLevel,
    EventStatus,
    ParticipantRole,
)
from diplotrack.services.changes import RecordRef
from diplotrack.store.queries import details as q
from diplotrack.store.queries.country_names import names_of_countries
from diplotrack.store.queries.dossiers import DossierHeader, dossier_header
from diplotrack.store.queries.programmes import ProgrammeEntry
from diplotrack.ui.formatting import format_time
from diplotrack.ui.labels import label, record_name
from diplotrack.ui.refs import COUNTRY, country_code_of
from diplotrack.ui.style import delegation_color, kind_color

from .page_writer import RECENT_EVENTS, PageWriter
from .programme import by_day, day_heading, time_text, where_text, who_text
from .record_pages import (
    agreement_html,
    followup_html,
    organization_html,
    person_html,
    subject_html,
)
from .record_text import (
    display_name,
    esc,
    format_days,
    muted,
    rows_table,
    section,
    swatch,
)

translate = QCoreApplication.translate

Detail = (
    q.EventDetail
    | q.DelegationDetail
    | q.AgreementDetail
    | q.FollowUpDetail
    | q.PersonDetail
    | q.OrganizationDetail
    | DossierHeader
)


@dataclass(frozen=True)
class RecordPage:
    """One record as read for the panel: its detail value and the names it needs."""

    ref: RecordRef
    detail: Detail
    names: Mapping[tuple[str, int], str] = field(default_factory=dict)  # in the other script
    topics_en: Mapping[str, str] = field(default_factory=dict)
    #: the Russian and English names of the countries the page shows, by code
    countries: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def _refs_named(detail: Detail) -> list[tuple[str, int]]:
    """The records whose names in the other script the page shows."""
    refs: list[tuple[str, int]] = []
    if isinstance(detail, q.EventDetail):
        refs.append(("event", detail.row.id))
        if detail.row.place_id:
            refs.append(("place", detail.row.place_id))
        refs += [(link.kind, link.id) for link in (*detail.organizations, *detail.agreements)]
        refs += [(p.kind, p.id) for p in (detail.parent, detail.delegation) if p]
    elif isinstance(detail, q.DelegationDetail):
        visit = detail.row
        refs += [("place", visit.place_id)] if visit.place_id else []
        refs += [("organization", visit.organization_id)] if visit.organization_id else []
        refs += [("person", visit.head_id)] if visit.head_id else []
        refs += [("event", event.id) for event in detail.programme]
        refs += [("place", event.place_id) for event in detail.programme if event.place_id]
    elif isinstance(detail, q.AgreementDetail):
        refs.append(("agreement", detail.row.id))
        refs += [(p.party, p.record_id) for p in detail.row.parties if p.record_id]
        refs += [("event", event.id) for event in detail.events]
    elif isinstance(detail, q.FollowUpDetail):
        refs += [(link.kind, link.id) for link in detail.linked]
    elif isinstance(detail, q.PersonDetail):
        refs += [("event", event.id) for event in detail.events[:RECENT_EVENTS]]
        refs += [("organization", p.organization_id) for p in detail.positions if p.organization_id]
    elif isinstance(detail, q.OrganizationDetail):
        row = detail.row
        refs += [("place", row.place_id)] if row.place_id else []
        refs += [("organization", row.parent_id)] if row.parent_id else []
        refs += [("event", event.id) for event in detail.events[:RECENT_EVENTS]]
    return refs


def _countries_shown(detail: Detail) -> list[str]:
    """The codes of the countries the page names (a party, a follow-up's country, …)."""
    if isinstance(detail, q.EventDetail):
        return list(detail.row.countries)
    if isinstance(detail, q.AgreementDetail):
        return [party.country for party in detail.row.parties if party.country]
    if isinstance(detail, DossierHeader):
        return [detail.country] if detail.country and detail.subject != "country" else []
    country = detail.row.country
    return [country] if country else []


def load_page(session: Session, ref: RecordRef) -> RecordPage | None:
    """The record ``ref`` for the panel, or None when it is not there (any more)."""
    try:
        detail: Detail
        if ref.kind == "event":
            detail = q.event_detail(session, ref.id)
        elif ref.kind == "delegation":
            detail = q.delegation_detail(session, ref.id)
        elif ref.kind == "agreement":
            detail = q.agreement_detail(session, ref.id)
        elif ref.kind == "followup":
            detail = q.followup_detail(session, ref.id)
        elif ref.kind == "person":
            detail = q.person_detail(session, ref.id)
        elif ref.kind == "organization":
            detail = q.organization_detail(session, ref.id)
        elif ref.kind == "place":
            detail = dossier_header(session, "place", ref.id)
        elif ref.kind == COUNTRY:
            detail = dossier_header(session, "country", country_code_of(ref))
        else:
            return None
    except (NotFoundError, ValueError):
        return None
    topics = q.topic_names_en(session) if isinstance(detail, q.EventDetail) else {}
    return RecordPage(
        ref,
        detail,
        q.other_names(session, _refs_named(detail)),
        topics,
        names_of_countries(session, _countries_shown(detail)),
    )


# -- rendering ----------------------------------------------------------------------------------


def event_html(r: PageWriter, d: q.EventDetail) -> str:
    row = d.row
    kicker = " · ".join(
        (
            label(row.kind, EventKind),
            label(row.level, EventLevel),
            label(row.format, EventFormat),
        )
    )
    title, other = r.title_of("event", row.id, row.title)
    when = r.event_when(row)
    if not row.all_day and row.date_precision not in ("month", "season", "year"):
        local = row.starts_at.astimezone(r.zone).utcoffset()
        there = ZoneInfo(row.timezone)
        if row.starts_at.astimezone(there).utcoffset() != local:
            times = f"{format_time(row.starts_at, there)}–{format_time(row.ends_at, there)}"
            when += "<br>" + muted(f"{times} {row.timezone}")
    place = r.ref_link("place", row.place_id, row.place) if row.place else ""
    if d.venue:
        place = f"{place}<br>{muted(d.venue)}" if place else esc(d.venue)
    table = rows_table(
        [
            (translate("DetailPanel", "When"), when),
            (translate("DetailPanel", "Place"), place),
            (translate("DetailPanel", "Countries"), r.countries(row.countries)),
            (
                translate("DetailPanel", "Status"),
                f"{swatch(kind_color(row.kind))} {esc(label(row.status, EventStatus))}",
            ),
            (translate("DetailPanel", "Edition"), esc(d.edition) if d.edition else ""),
            (
                translate("DetailPanel", "Part of"),
                r.ref_link("event", d.parent.id, d.parent.title) if d.parent else "",
            ),
            (
                translate("DetailPanel", "Delegation"),
                r.ref_link("delegation", d.delegation.id, d.delegation.title)
                if d.delegation
                else "",
            ),
            (
                translate("DetailPanel", "Repeats"),
                esc(translate("DetailPanel", "yes")) if row.recurrence else "",
            ),
        ]
    )
    participants = []
    for p in d.participants:
        who = (
            r.ref_link("person", p.person_id, display_name(p.name, p.name_alt, r.language))
            if p.person_id
            else r.ref_link("organization", p.organization_id, p.name)
            if p.organization_id
            else esc(p.name)
        )
        line = f"{who} — {esc(label(p.role, ParticipantRole))}"
        post = p.position_alt if r.language == "en" and p.position_alt else p.position
        if post:
            line += f"<br>{muted(post)}"
        participants.append(line)
    topics = [
        esc(r.topics_en.get(name, name) if r.language == "en" else name) for name in row.topics
    ]
    return "".join(
        (
            r.heading(esc(kicker), title, other),
            table,
            section(translate("DetailPanel", "Participants"), participants),
            section(
                translate("DetailPanel", "Organizations"),
                [r.ref_link(o.kind, o.id, o.title) for o in d.organizations],
            ),
            section(translate("DetailPanel", "Topics"), [", ".join(topics)] if topics else []),
            section(
                translate("DetailPanel", "Agreements"),
                [r.ref_link(a.kind, a.id, a.title) for a in d.agreements],
            ),
            section(
                record_name("followup", plural=True), [r.followup_line(f) for f in d.followups]
            ),
            r.attachments(d.attachments),
            r.notes(translate("DetailPanel", "Notes"), d.notes),
            r.notes(translate("DetailPanel", "Source"), d.source),
        )
    )


def delegation_html(r: PageWriter, d: q.DelegationDetail) -> str:
    row = d.row
    kicker = f"{swatch(delegation_color())} " + esc(
        f"{record_name('delegation')} · {label(row.direction, DelegationDirection)}"
    )
    days = (
        format_days(row.arrives_on, row.departs_on or row.arrives_on, r.language)
        if row.arrives_on
        else ""
    )
    where = r.ref_link("place", row.place_id, row.place) if row.place else ""
    table = rows_table(
        [
            (translate("DetailPanel", "Dates"), esc(days)),
            (translate("DetailPanel", "Country"), r.countries([row.country])),
            (translate("DetailPanel", "From"), where),
            (
                translate("DetailPanel", "Organization"),
                r.ref_link("organization", row.organization_id, row.organization)
                if row.organization
                else "",
            ),
            (
                translate("DetailPanel", "Head"),
                r.ref_link("person", row.head_id, row.head) if row.head else "",
            ),
            (translate("DetailPanel", "Status"), esc(label(row.status, EventStatus))),
        ]
    )
    programme = _programme_html(r, d)
    return "".join(
        (
            r.heading(kicker, row.title, None),
            table,
            section(translate("DetailPanel", "Members"), [esc(m) for m in row.members]),
            r.notes(translate("DetailPanel", "Purpose"), d.purpose),
            programme,
            section(
                record_name("followup", plural=True), [r.followup_line(f) for f in d.followups]
            ),
            r.attachments(d.attachments),
            r.notes(translate("DetailPanel", "Notes"), d.notes),
        )
    )


def _programme_html(r: PageWriter, d: q.DelegationDetail) -> str:
    """The programme as a table by day: the time, then what, with where and who under it."""
    entries = [ProgrammeEntry(event, d.venues.get(event.id)) for event in d.programme]
    if not entries:
        return ""
    rows: list[str] = []
    for day, items in by_day(entries, r.zone):
        heading = esc(day_heading(day, r.language))
        rows.append(f'<tr><td colspan="2" style="padding-top: 6px"><b>{heading}</b></td></tr>')
        for entry in items:
            event = entry.event
            what = f"{swatch(kind_color(event.kind))} {r.ref_link('event', event.id, event.title)}"
            place = r.name("place", event.place_id, event.place) if event.place else None
            for text in (where_text(entry, place), who_text(event, r.language)):
                if text:
                    what += "<br>" + muted(text)
            time = esc(time_text(event, r.zone))
            rows.append(f'<tr><td class="label">{time}</td><td>{what}</td></tr>')
    title = esc(translate("DetailPanel", "Programme").upper())
    return f'<h3>{title}</h3><table cellspacing="0" cellpadding="0">{"".join(rows)}</table>'


def render_page(page: RecordPage, language: str, zone: tzinfo, today: date) -> str:
    """The page's HTML in ``language``, times in the office's ``zone``, expiry as of ``today``."""
    r = PageWriter(
        page.names,
        page.topics_en,
        language=language,
        zone=zone,
        today=today,
        countries=page.countries,
    )
    detail = page.detail
    if isinstance(detail, q.EventDetail):
        return event_html(r, detail)
    if isinstance(detail, q.DelegationDetail):
        return delegation_html(r, detail)
    if isinstance(detail, q.AgreementDetail):
        return agreement_html(r, detail)
    if isinstance(detail, q.FollowUpDetail):
        return followup_html(r, detail)
    if isinstance(detail, q.PersonDetail):
        return person_html(r, detail)
    if isinstance(detail, q.OrganizationDetail):
        return organization_html(r, detail)
    return subject_html(r, detail)
