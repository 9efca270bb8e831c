"""The sections only a visit's note has: the members of the delegation and the receiving side
(in both scripts), the programme by day at local time, the topics of the talks, the goals, the
documents to sign."""

from __future__ import annotations

from .markup import Section, grid, paragraphs, text
from .model import AgreementLine, Briefing, Counterpart, ProgrammeItem
from .vocabulary import name_of, role_of
from .wording import QT_TRANSLATE_NOOP, Wording, utc_offset


def _people(w: Wording, people: tuple[Counterpart, ...]) -> str:
    """A numbered list of people in both scripts, with their posts (and roles)."""
    rows = [
        (
            str(number),
            f"<b>{text(m.name)}</b>",
            text(m.name_other or ""),
            ", ".join(text(p) for p in (m.post, m.organization) if p)
            + (f" <i>({text(role_of(w, m.role))})</i>" if m.role else ""),
        )
        for number, m in enumerate(people, start=1)
    ]
    headers = (
        w(QT_TRANSLATE_NOOP("Briefing", "No.")),
        w(QT_TRANSLATE_NOOP("Briefing", "Name")),
        # the name in the script the note is not written in: Latin in Russian, and back
        w(QT_TRANSLATE_NOOP("Briefing", "In Cyrillic")),
        w(QT_TRANSLATE_NOOP("Briefing", "Post")),
    )
    return grid(headers, (6, 26, 26, 42), rows)


def members(w: Wording, b: Briefing) -> Section | None:
    if not b.delegation_members:
        return None
    title = w(QT_TRANSLATE_NOOP("Briefing", "Members of the delegation"))
    return title, _people(w, b.delegation_members)


def host_side(w: Wording, b: Briefing) -> Section | None:
    if not b.host_side:
        return None
    return w(QT_TRANSLATE_NOOP("Briefing", "The receiving side")), _people(w, b.host_side)


def topics(w: Wording, b: Briefing) -> Section | None:
    if not b.topics:
        return None
    items = "".join(f"<p>{number}. {text(t)}</p>" for number, t in enumerate(b.topics, 1))
    return w(QT_TRANSLATE_NOOP("Briefing", "Topics of the talks")), items


def _clock(item: ProgrammeItem, *, with_zone: bool) -> str:
    """An item's hours, and (when the programme runs in several zones) its place and offset."""
    if item.starts is None or item.ends is None:
        return ""
    hours = text(f"{item.starts:%H:%M}–{item.ends:%H:%M}")
    if not with_zone or item.local_time is None:
        return hours
    zone = item.local_time
    where = ", ".join(part for part in (zone.place, utc_offset(zone.utc_offset)) if part)
    return f'{hours}<br/><span class="dim">{text(where)}</span>'


def programme(w: Wording, b: Briefing) -> Section | None:
    if not b.programme:
        return None
    zones = {item.local_time for day in b.programme for item in day.items if item.local_time}
    # the zone said once above the table when every time is in it, else beside each time
    one_zone = next(iter(zones)) if len(zones) == 1 else None
    cells = []
    for day in b.programme:
        cells.append(f'<tr><td class="day" colspan="3">{text(w.full_date(day.day))}</td></tr>')
        for item in day.items:
            when = _clock(item, with_zone=len(zones) > 1)
            cells.append(
                f'<tr><td width="16%">{when}</td><td width="52%">{text(item.title)}</td>'
                f'<td width="32%">{text(item.venue or "")}</td></tr>'
            )
    head = "".join(
        f'<th width="{width}%">{text(w(label))}</th>'
        for label, width in (
            (QT_TRANSLATE_NOOP("Briefing", "Time"), 16),
            (QT_TRANSLATE_NOOP("Briefing", "Event"), 52),
            (QT_TRANSLATE_NOOP("Briefing", "Venue"), 32),
        )
    )
    table = (
        '<table class="grid" width="100%" cellspacing="0" cellpadding="3" border="1" '
        'style="border-collapse: collapse; border-color: #808080; border-style: solid">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(cells)}</tbody></table>"
    )
    if zones:
        said = (
            w.local_time(one_zone) if one_zone else w(QT_TRANSLATE_NOOP("Briefing", "local time"))
        )
        table = f'<p class="zone">{text(said[:1].upper() + said[1:])}</p>{table}'
    return w(QT_TRANSLATE_NOOP("Briefing", "Programme of the visit")), table


def goals(w: Wording, b: Briefing) -> Section | None:
    if not b.goals or not b.goals.strip():
        return None
    return w(QT_TRANSLATE_NOOP("Briefing", "Goals of the visit")), "".join(paragraphs(b.goals))


def agreement_cell(w: Wording, agreement: AgreementLine) -> str:
    kind = name_of(w, "agreement_kind", agreement.kind)
    return f'{text(agreement.title)}<br/><span class="dim">{text(kind)}</span>'


def documents(w: Wording, b: Briefing) -> Section | None:
    if not b.documents_to_sign:
        return None
    rows = [
        (
            agreement_cell(w, a),
            "<br/>".join(text(p) for p in a.parties),
            text(name_of(w, "agreement_status", a.status)),
        )
        for a in b.documents_to_sign
    ]
    headers = (
        w(QT_TRANSLATE_NOOP("Briefing", "Document")),
        w(QT_TRANSLATE_NOOP("Briefing", "Parties")),
        w(QT_TRANSLATE_NOOP("Briefing", "Status")),
    )
    return w(QT_TRANSLATE_NOOP("Briefing", "Documents to sign")), grid(headers, (50, 32, 18), rows)
