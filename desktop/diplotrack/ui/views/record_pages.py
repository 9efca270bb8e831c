"""Record pages of agreements, follow-ups, people, organizations, places and countries for the
detail panel."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    FollowUpStatus,
    OrganizationKind,
    PlaceKind,
    Renewal,
)
from diplotrack.services.changes import RecordRef
from diplotrack.store.queries import details as q
from diplotrack.store.queries.dossiers import DossierHeader
from diplotrack.ui.labels import label, record_name
from diplotrack.ui.refs import COUNTRY

from .page_writer import OPEN_FOLLOWUP, RECENT_EVENTS, PageWriter
from .record_text import (
    OVERDUE_COLOR,
    display_name,
    esc,
    flag,
    link,
    muted,
    rows_table,
    second_name,
    section,
)

translate = QCoreApplication.translate


def _validity(r: PageWriter, valid_from: date | None, valid_until: date | None) -> str:
    if valid_until is None:
        start = r.date(valid_from)
        open_ended = translate("DetailPanel", "no end date")
        return esc(f"{start} – {open_ended}" if start else open_ended)
    text = esc(
        f"{r.date(valid_from)} – {r.date(valid_until)}" if valid_from else r.date(valid_until)
    )
    left = (valid_until - r.today).days
    if left < 0:
        expired = translate("DetailPanel", "expired")
        return f'{text}<br><span class="overdue">{esc(expired)}</span>'
    # English has no plural rules without a translation file: "1 day" is said apart
    remaining = QCoreApplication.translate("DetailPanel", "%n days to expiry", "", left)
    if left == 1:
        remaining = translate("DetailPanel", "one day to expiry")
    style = "overdue" if left <= 90 else "muted"
    return f'{text}<br><span class="{style}">{esc(remaining)}</span>'


def agreement_html(r: PageWriter, d: q.AgreementDetail) -> str:
    row = d.row
    kicker = esc(f"{record_name('agreement')} · {label(row.kind, AgreementKind)}")
    title, other = r.title_of("agreement", row.id, row.title)
    parties = [
        (flag(p.country) + "&nbsp;" if p.country else "") + r.ref_link(p.party, p.record_id, p.name)
        if p.party != COUNTRY
        else r.countries([p.country])
        if p.country
        else esc(p.name)
        for p in row.parties
    ]
    table = rows_table(
        [
            (translate("DetailPanel", "Status"), esc(label(row.status, AgreementStatus))),
            (translate("DetailPanel", "Signed on"), esc(r.date(row.signed_on))),
            (translate("DetailPanel", "Valid"), _validity(r, row.valid_from, row.valid_until)),
            (translate("DetailPanel", "Renewal"), esc(label(row.renewal, Renewal))),
        ]
    )
    return "".join(
        (
            r.heading(kicker, title, other),
            table,
            section(translate("DetailPanel", "Parties"), parties),
            section(translate("DetailPanel", "Signatories"), [esc(s) for s in row.signatories]),
            r.notes(translate("DetailPanel", "Summary"), d.summary),
            section(translate("DetailPanel", "Linked events"), [r.event_line(e) for e in d.events]),
            section(
                record_name("followup", plural=True), [r.followup_line(f) for f in d.followups]
            ),
            r.attachments(d.attachments),
            r.notes(translate("DetailPanel", "Notes"), d.notes),
        )
    )


def followup_html(r: PageWriter, d: q.FollowUpDetail) -> str:
    row = d.row
    due = esc(r.date(row.due_on))
    if row.due_on is not None and row.due_on < r.today and row.status in OPEN_FOLLOWUP:
        late = esc(translate("DetailPanel", "overdue"))
        due = f'<span style="color: {OVERDUE_COLOR}"><b>{due} · {late}</b></span>'
    table = rows_table(
        [
            (translate("DetailPanel", "Status"), esc(label(row.status, FollowUpStatus))),
            (translate("DetailPanel", "Due"), due),
            (translate("DetailPanel", "Done on"), esc(r.date(row.done_on))),
            (translate("DetailPanel", "Responsible"), esc(row.responsible or "")),
            (
                translate("DetailPanel", "Country"),
                r.countries([row.country]) if row.country else "",
            ),
        ]
    )
    linked = [
        f"{esc(record_name(item.kind))}: {r.ref_link(item.kind, item.id, item.title)}"
        for item in d.linked
    ]
    return "".join(
        (
            r.heading(esc(record_name("followup")), row.title, None),
            table,
            section(translate("DetailPanel", "Came from"), linked),
            r.notes(translate("DetailPanel", "Notes"), d.notes),
        )
    )


def person_html(r: PageWriter, d: q.PersonDetail) -> str:
    row = d.row
    current = [p for p in d.positions if p.ended_on is None]
    earlier = [p for p in d.positions if p.ended_on is not None]

    def post(p: q.PostHeld) -> str:
        where = r.ref_link("organization", p.organization_id, p.organization or "")
        since = (
            muted(translate("DetailPanel", "since {date}").format(date=r.date(p.started_on)))
            if p.started_on and p.ended_on is None
            else muted(f"{r.date(p.started_on)} – {r.date(p.ended_on)}")
            if p.ended_on
            else ""
        )
        title = p.title_alt if r.language == "en" and p.title_alt else p.title
        return f"{esc(title)}<br>{where} {since}"

    table = rows_table(
        [
            (
                translate("DetailPanel", "Country"),
                r.countries([row.country]) if row.country else "",
            ),
            (translate("DetailPanel", "E-mail"), esc(row.email or "")),
        ]
    )
    return "".join(
        (
            r.heading(
                esc(record_name("person")),
                display_name(row.name, row.name_alt, r.language),
                second_name(row.name, row.name_alt, r.language),
            ),
            table,
            section(translate("DetailPanel", "Current position"), [post(p) for p in current]),
            section(translate("DetailPanel", "Earlier positions"), [post(p) for p in earlier]),
            section(
                translate("DetailPanel", "Recent events"),
                [r.event_line(e) for e in d.events[:RECENT_EVENTS]],
            ),
            r.notes(translate("DetailPanel", "Contact notes"), d.contact_notes),
            r.notes(translate("DetailPanel", "Notes"), d.notes),
        )
    )


def organization_html(r: PageWriter, d: q.OrganizationDetail) -> str:
    row = d.row
    table = rows_table(
        [
            (translate("DetailPanel", "Kind"), esc(label(row.kind, OrganizationKind))),
            (
                translate("DetailPanel", "Country"),
                r.countries([row.country]) if row.country else "",
            ),
            (
                translate("DetailPanel", "Place"),
                r.ref_link("place", row.place_id, row.place) if row.place else "",
            ),
            (
                translate("DetailPanel", "Part of"),
                r.ref_link("organization", row.parent_id, row.parent) if row.parent else "",
            ),
        ]
    )
    people = [
        link(RecordRef("person", p.id), display_name(p.name, p.name_alt, r.language))
        + (f"<br>{muted(p.position)}" if p.position else "")
        for p in d.people
    ]
    return "".join(
        (
            r.heading(
                esc(record_name("organization")),
                display_name(row.name, row.name_alt, r.language),
                second_name(row.name, row.name_alt, r.language),
            ),
            table,
            section(translate("DetailPanel", "People"), people),
            section(
                translate("DetailPanel", "Departments and offices"),
                [link(RecordRef("organization", c.id), c.name) for c in d.children],
            ),
            section(
                translate("DetailPanel", "Recent events"),
                [r.event_line(e) for e in d.events[:RECENT_EVENTS]],
            ),
            r.notes(translate("DetailPanel", "Notes"), d.notes),
        )
    )


def subject_html(r: PageWriter, d: DossierHeader) -> str:
    fields = dict(d.details)
    if d.subject == "country":
        code = str(d.country)
        name = d.title if r.language == "ru" else (d.title_alt or d.title)
        other = d.title_alt if r.language == "ru" else d.title
        official = fields.get("official_name_ru" if r.language == "ru" else "official_name_en")
        return (
            f'<p class="muted">{esc(record_name("country"))}</p>'
            f"<h2>{flag(code, 20)}&nbsp;{esc(name)}</h2>"
            f'<p class="muted">{esc(other or "")} · {esc(code)}</p>'
            + (f"<p>{esc(official)}</p>" if official else "")
        )
    table = rows_table(
        [
            (translate("DetailPanel", "Kind"), esc(label(fields.get("kind", ""), PlaceKind))),
            (
                translate("DetailPanel", "Country"),
                r.countries([d.country]) if d.country else "",
            ),
        ]
    )
    return (
        r.heading(
            esc(record_name("place")),
            display_name(d.title, d.title_alt, r.language),
            second_name(d.title, d.title_alt, r.language),
        )
        + table
    )
