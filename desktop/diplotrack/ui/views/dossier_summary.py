"""The dossier's header and side column as text: names in both languages, partner cities,
counts, people and their posts, agreements in force, what is planned, what is overdue."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from diplotrack.domain.enums import AgreementKind, AgreementStatus, EventStatus, PlaceKind
from diplotrack.services.changes import RecordRef
from diplotrack.store.queries.dossiers import (
    AgreementInForce,
    Dossier,
    PostOverTime,
    TimelineEntry,
)
from diplotrack.store.queries.rows import FollowUpRow
from diplotrack.ui.formatting import format_date, format_month, locale_for, qdate
from diplotrack.ui.labels import label
from diplotrack.ui.style import delegation_color, kind_color

from .record_text import (
    OVERDUE_COLOR,
    display_name,
    esc,
    format_entry_date,
    link,
    muted,
    second_name,
    section,
    swatch,
)

translate = QCoreApplication.translate
EXPIRY_AHEAD_DAYS = 90


def dossier_title(d: Dossier, language: str) -> tuple[str, str]:
    """The subject's name in the interface language, and a line with its other names."""
    fields = dict(d.details)
    if d.subject == "country":
        title = d.title if language == "ru" else (d.title_alt or d.title)
        other = d.title_alt if language == "ru" else d.title
        official = fields.get("official_name_ru" if language == "ru" else "official_name_en")
        parts = [p for p in (other, official, d.country) if p]
        return title, " · ".join(parts)
    title = display_name(d.title, d.title_alt, language)
    other = second_name(d.title, d.title_alt, language)
    parts = [p for p in (other, fields.get("short_name"), d.country) if p]
    return title, " · ".join(parts)


def expiring(d: Dossier) -> list[AgreementInForce]:
    return [
        a
        for a in d.agreements
        if a.days_to_expiry is not None and a.days_to_expiry <= EXPIRY_AHEAD_DAYS
    ]


def counts_html(d: Dossier) -> str:
    """'Agreements in force: 1 · expiring within 90 days: 0 · overdue follow-ups: 0'."""
    overdue = translate("Dossier", "overdue follow-ups: {n}").format(n=len(d.overdue))
    if d.overdue:
        overdue = f'<span style="color: {OVERDUE_COLOR}"><b>{esc(overdue)}</b></span>'
    else:
        overdue = esc(overdue)
    return " · ".join(
        (
            esc(translate("Dossier", "Agreements in force: {n}").format(n=len(d.agreements))),
            esc(translate("Dossier", "expiring within 90 days: {n}").format(n=len(expiring(d)))),
            overdue,
        )
    )


def _since(day: date | None, language: str) -> str:
    if day is None:
        return ""
    month = locale_for(language).toString(qdate(day), "MMMM yyyy")  # "ноября 2023" in Russian
    return translate("Dossier", "since {month}").format(month=month)


def _expiry(a: AgreementInForce, language: str) -> str:
    if a.days_to_expiry is None:
        return muted(translate("Dossier", "no end date"))
    until = a.agreement.valid_until
    text = translate("Dossier", "until {date}").format(
        date=format_date(until, language) if until else ""
    )
    days = a.days_to_expiry
    # "1 day left" in English too: its forms are in dossier_en.ts
    left = QCoreApplication.translate("Dossier", "%n days left", "", days)
    if days <= EXPIRY_AHEAD_DAYS:
        return f'<span style="color: {OVERDUE_COLOR}">{esc(text)} · {esc(left)}</span>'
    return muted(f"{text} · {left}")


def _month(day: date, language: str) -> str:
    """'ноябрь 2023' / 'November 2023': inside a line, so lower case in Russian."""
    month = format_month(day.year, day.month, language)
    return month[:1].lower() + month[1:] if language == "ru" else month


def _post_line(post: PostOverTime, language: str) -> str:
    """A post over time: the title (bold while held), where, and from when to when."""
    title = post.title_alt if language == "en" and post.title_alt else post.title
    where = post.organization_alt if language == "en" and post.organization_alt else None
    where = where or post.organization
    if post.ended_on is not None:
        first = _month(post.started_on, language) if post.started_on else "…"
        when = f"{first} – {_month(post.ended_on, language)}"
    elif post.started_on is not None and post.current:
        when = _since(post.started_on, language)
    elif post.started_on is not None:  # not yet begun
        when = translate("Dossier", "from {month}").format(month=_month(post.started_on, language))
    else:
        when = ""
    line = f"<b>{esc(title)}</b>" if post.current else esc(title)
    if where:
        organization = (
            link(RecordRef("organization", post.organization_id), where)
            if post.organization_id is not None
            else esc(where)
        )
        line += f"<br>{organization}"
    marks = [when] if when else []
    if post.current:
        marks.append(translate("Dossier", "current"))
    return line + (f"<br>{muted(' · '.join(marks))}" if marks else "")


def _agreement_line(a: AgreementInForce, language: str) -> str:
    row = a.agreement
    kind = label(row.kind, AgreementKind)
    status = label(row.status, AgreementStatus)
    return (
        f"{link(RecordRef('agreement', row.id), row.title)}<br>"
        f"{muted(f'{kind} · {status} · ')}{_expiry(a, language)}"
    )


def _entry_line(entry: TimelineEntry, language: str) -> str:
    color = delegation_color() if entry.item == "delegation" else kind_color(entry.kind)
    when = format_entry_date(
        entry.starts,
        entry.ends,
        precision=entry.date_precision,
        all_day=entry.all_day,
        language=language,
    )
    title = display_name(entry.title, entry.title_alt, language)
    status = label(entry.status, EventStatus)
    return (
        f"{swatch(color)} {muted(when)} {link(RecordRef(entry.item, entry.id), title)} "
        f"{muted('· ' + status)}"
    )


def _overdue_line(row: FollowUpRow, language: str) -> str:
    due = format_date(row.due_on, language) if row.due_on else ""
    late = translate("Dossier", "due {date}").format(date=due)
    who = f" · {row.responsible}" if row.responsible else ""
    return (
        f"{link(RecordRef('followup', row.id), row.title)}<br>"
        f'<span style="color: {OVERDUE_COLOR}">{esc(late)}</span>{muted(who)}'
    )


def summary_html(d: Dossier, language: str) -> str:
    """The side column of a dossier: every value escaped, every record a link."""
    partners = []
    for place in d.partner_places:
        theirs = [
            _agreement_line(a, language)
            for a in d.agreements
            if any(p.party == "place" and p.record_id == place.id for p in a.agreement.parties)
        ]
        name = display_name(place.name, place.name_alt, language)
        line = f"<b>{link(RecordRef('place', place.id), name)}</b>"
        if place.kind != PlaceKind.CITY.value:
            line += f" {muted(label(place.kind, PlaceKind))}"
        partners.append("<br>".join([line, *theirs]))
    posts = {post.person_id: post for post in d.posts}
    people = []
    for person in d.people:
        line = link(
            RecordRef("person", person.id), display_name(person.name, person.name_alt, language)
        )
        post = posts.get(person.id)
        if post is not None:
            title = post.title_alt if language == "en" and post.title_alt else post.title
            where = post.organization_alt if language == "en" and post.organization_alt else None
            where = where or post.organization
            since = _since(post.started_on, language)
            details = ", ".join(p for p in (title, where) if p)
            line += f"<br>{muted(details)}" + (f" <b>{esc(since)}</b>" if since else "")
        people.append(line)
    names = _field_names()
    fields = [
        f"{muted(names[name])} {esc(value)}"
        for name, value in d.details
        if name in names and d.subject != "country"
    ]
    positions = [_post_line(post, language) for post in d.positions]
    if d.subject == "person" and not positions:
        positions = [muted(translate("Dossier", "No posts recorded: add them in the editor."))]
    html = "".join(
        (
            section(translate("Dossier", "Partner cities"), partners),
            section(translate("Dossier", "Positions"), positions),
            section(
                translate("Dossier", "Agreements in force"),
                [_agreement_line(a, language) for a in d.agreements],
            ),
            section(
                translate("Dossier", "Overdue follow-ups"),
                [_overdue_line(f, language) for f in d.overdue],
            ),
            section(
                translate("Dossier", "Not marked as held"),
                [_entry_line(e, language) for e in d.unconfirmed],
            ),
            section(translate("Dossier", "Planned"), [_entry_line(e, language) for e in d.planned]),
            section(translate("Dossier", "People"), people),
            section(translate("Dossier", "About"), fields),
        )
    )
    return html or f"<p>{muted(_nothing_else(d))}</p>"


def _nothing_else(d: Dossier) -> str:
    """What an otherwise blank side column says: what was looked for and not found."""
    if d.subject == "country":
        return translate(
            "Dossier",
            "No partner cities, agreements in force, plans, overdue follow-ups or people "
            "of this country yet.",
        )
    return translate(
        "Dossier", "No agreements in force, plans, overdue follow-ups or people here yet."
    )


def _field_names() -> dict[str, str]:
    """The names of the header fields shown, in the interface language."""
    return {
        "short_name": translate("Dossier", "Short name:"),
        "parent": translate("Dossier", "Part of:"),
        "place": translate("Dossier", "Place:"),
        "email": translate("Dossier", "E-mail:"),
        "contact_notes": translate("Dossier", "Contacts:"),
    }
