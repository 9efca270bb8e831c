"""The note as HTML and as a QTextDocument: heading, numbered sections, tables.

Every string that comes from the database or from the person preparing the note is escaped,
so a note containing ``<b>`` or ``<img src=…>`` prints as text, never as markup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import (
    QFont,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from .markup import STYLE, Section, facts, grid, paragraphs, text
from .model import AgreementLine, Briefing, Contact, Counterpart
from .subjects import SubjectKind
from .visit_sections import (
    agreement_cell,
    documents,
    goals,
    host_side,
    members,
    programme,
    topics,
)
from .vocabulary import name_of, role_of
from .wording import QT_TRANSLATE_NOOP, Wording

FONT_FAMILY = "DejaVu Serif"
FONT_POINTS = 10.5
HEADING_POINTS = 11.5


def _heading(briefing: Briefing) -> str:
    heading = briefing.heading
    parts = []
    if briefing.options.marking.strip():
        parts.append(f'<p class="marking">{text(briefing.options.marking.strip())}</p>')
    parts.append(f'<p class="label">{text(heading.label)}</p>')
    if heading.purpose:
        parts.append(f'<p class="purpose">{text(heading.purpose)}</p>')
    parts.append(f'<p class="subject">{text(heading.subject)}</p>')
    if heading.subject_other:
        parts.append(f'<p class="other">{text(heading.subject_other)}</p>')
    parts.append(f'<p class="when">{text(heading.when)}</p>')
    return "".join(parts)


def _person(w: Wording, person: Counterpart, *, with_role: bool) -> str:
    name = f"<b>{text(person.name)}</b>"
    if person.name_other:
        name += f' <span class="dim">({text(person.name_other)})</span>'
    post = ", ".join(text(part) for part in (person.post, person.organization) if part)
    if post:
        name += f" — {post}"
    if person.since is not None:
        name += f" ({text(w.since(person.since))})"
    if with_role and person.role:
        name += f"; <i>{text(role_of(w, person.role))}</i>"
    return f"<p>{name}</p>"


def _facts(w: Wording, b: Briefing) -> Section | None:
    if not b.facts:
        return None
    titles = {
        SubjectKind.EVENT: QT_TRANSLATE_NOOP("Briefing", "About the event"),
        SubjectKind.DELEGATION: QT_TRANSLATE_NOOP("Briefing", "About the visit"),
    }
    title = titles.get(b.subject.kind, QT_TRANSLATE_NOOP("Briefing", "General information"))
    return w(title), facts([(f.label, f.value) for f in b.facts])


def _counterparts(w: Wording, b: Briefing) -> Section | None:
    if not b.counterparts:
        return None
    if b.subject.kind == SubjectKind.EVENT:
        title = (
            QT_TRANSLATE_NOOP("Briefing", "Counterpart")
            if len(b.counterparts) == 1
            else QT_TRANSLATE_NOOP("Briefing", "Counterparts")
        )
    else:
        title = QT_TRANSLATE_NOOP("Briefing", "Key people")
    body = "".join(
        _person(w, p, with_role=b.subject.kind == SubjectKind.EVENT) for p in b.counterparts
    )
    return w(title), body


def _posts(w: Wording, b: Briefing) -> Section | None:
    if not b.posts:
        return None
    rows = []
    for post in b.posts:
        start = w.short_date(post.started_on) if post.started_on else "…"
        end = (
            w.short_date(post.ended_on)
            if post.ended_on
            else w(QT_TRANSLATE_NOOP("Briefing", "now"))
        )
        rows.append((text(f"{start} – {end}"), text(post.title), text(post.organization or "")))
    headers = (
        w(QT_TRANSLATE_NOOP("Briefing", "Period")),
        w(QT_TRANSLATE_NOOP("Briefing", "Post")),
        w(QT_TRANSLATE_NOOP("Briefing", "Organization")),
    )
    return w(QT_TRANSLATE_NOOP("Briefing", "Career")), grid(headers, (24, 38, 38), rows)


def _agreement_rows(
    w: Wording, found: tuple[AgreementLine, ...], *, in_force: bool
) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for a in found:
        until = (
            text(w.short_date(a.valid_until))
            if a.valid_until
            else text(w(QT_TRANSLATE_NOOP("Briefing", "open-ended")))
        )
        if a.days_to_expiry is not None and in_force:
            left = w(QT_TRANSLATE_NOOP("Briefing", "{days} left"))
            left = left.format(days=w.days(a.days_to_expiry))
            until += f'<br/><span class="dim">{text(left)}</span>'
        elif not in_force:
            until += f'<br/><span class="dim">{text(name_of(w, "renewal", a.renewal))}</span>'
        title = agreement_cell(w, a)
        rows.append(
            (
                title,
                "<br/>".join(text(p) for p in a.parties),
                text(w.short_date(a.signed_on)) if a.signed_on else "—",
                until,
            )
        )
    return rows


def _agreement_headers(w: Wording) -> tuple[str, ...]:
    return (
        w(QT_TRANSLATE_NOOP("Briefing", "Agreement")),
        w(QT_TRANSLATE_NOOP("Briefing", "Parties")),
        w(QT_TRANSLATE_NOOP("Briefing", "Signed")),
        w(QT_TRANSLATE_NOOP("Briefing", "Valid until")),
    )


def _contacts_table(w: Wording, found: tuple[Contact, ...], outcome: str) -> str:
    rows = []
    for c in found:
        kind = name_of(w, "direction" if c.item == "delegation" else "event_kind", c.kind)
        what = f'{text(c.title)}<br/><span class="dim">{text(kind)}'
        what += f", {text(c.place)}</span>" if c.place else "</span>"
        rows.append(
            (
                text(w.span(c.starts, c.ends, c.date_precision)),
                what,
                text(name_of(w, "event_status", c.status)),
            )
        )
    headers = (
        w(QT_TRANSLATE_NOOP("Briefing", "Date")),
        w(QT_TRANSLATE_NOOP("Briefing", "Contact")),
        outcome,
    )
    return grid(headers, (20, 62, 18), rows)


def _history(w: Wording, b: Briefing) -> Section | None:
    if not b.history:
        return None
    if b.history_total > len(b.history):
        title = w(
            QT_TRANSLATE_NOOP("Briefing", "History of contacts (the last {shown} of {total})")
        ).format(shown=len(b.history), total=b.history_total)
    else:
        title = w(QT_TRANSLATE_NOOP("Briefing", "History of contacts"))
    return title, _contacts_table(w, b.history, w(QT_TRANSLATE_NOOP("Briefing", "Outcome")))


def _agreements(w: Wording, b: Briefing) -> Section | None:
    if not b.agreements:
        return None
    return w(QT_TRANSLATE_NOOP("Briefing", "Agreements in force")), grid(
        _agreement_headers(w), (44, 26, 13, 17), _agreement_rows(w, b.agreements, in_force=True)
    )


def _lapsed(w: Wording, b: Briefing) -> Section | None:
    if not b.lapsed_agreements:
        return None
    return w(QT_TRANSLATE_NOOP("Briefing", "Expired agreements worth renewing")), grid(
        _agreement_headers(w),
        (44, 26, 13, 17),
        _agreement_rows(w, b.lapsed_agreements, in_force=False),
    )


def _followups(w: Wording, b: Briefing) -> Section | None:
    if not b.followups:
        return None
    rows = []
    for f in b.followups:
        due = text(w.short_date(f.due_on)) if f.due_on else "—"
        status = text(name_of(w, "followup_status", f.status))
        if f.overdue:
            overdue = w(QT_TRANSLATE_NOOP("Briefing", "overdue"))
            status += f'<br/><span class="overdue">{text(overdue)}</span>'
        rows.append((text(f.title), text(f.responsible or "—"), due, status))
    headers = (
        w(QT_TRANSLATE_NOOP("Briefing", "What")),
        w(QT_TRANSLATE_NOOP("Briefing", "Responsible")),
        w(QT_TRANSLATE_NOOP("Briefing", "Due")),
        w(QT_TRANSLATE_NOOP("Briefing", "Status")),
    )
    return w(QT_TRANSLATE_NOOP("Briefing", "Follow-ups")), grid(headers, (46, 26, 13, 15), rows)


def _planned(w: Wording, b: Briefing) -> Section | None:
    if not b.planned:
        return None
    table = _contacts_table(w, b.planned, w(QT_TRANSLATE_NOOP("Briefing", "Status")))
    more = b.planned_total - len(b.planned)
    if more > 0:  # the table stops at PLANNED_LIMIT: say that it does, and how far
        line = w.plural(QT_TRANSLATE_NOOP("Briefing", "+%n more planned"), more)
        table += f'<p><span class="dim">{text(line)}</span></p>'
    return w(QT_TRANSLATE_NOOP("Briefing", "Planned events")), table


def _talking_points(w: Wording, b: Briefing) -> Section | None:
    found = paragraphs(b.options.talking_points)
    if not found:
        return None
    return w(QT_TRANSLATE_NOOP("Briefing", "Talking points")), "".join(found)


def _notes(w: Wording, b: Briefing) -> Section | None:
    found = [p for note in b.notes for p in paragraphs(note)]
    if not found:
        return None
    return w(QT_TRANSLATE_NOOP("Briefing", "For reference")), "".join(found)


def _sources(w: Wording, b: Briefing) -> Section | None:
    items = [f"<p>{number}. {text(source)}</p>" for number, source in enumerate(b.sources, 1)]
    if b.attachments:
        label = text(w(QT_TRANSLATE_NOOP("Briefing", "Attached files")))
        items.append(f"<p>{label}: {', '.join(text(a) for a in b.attachments)}</p>")
    if not items:
        return None
    return w(QT_TRANSLATE_NOOP("Briefing", "Sources")), "".join(items)


# In the order of the sketch in SCREENS.md: who, what happened, what binds, what is open,
# what is next, what to say, where it comes from.
SECTIONS: tuple[Callable[[Wording, Briefing], Section | None], ...] = (
    _facts,
    _counterparts,
    members,
    host_side,
    _posts,
    programme,
    topics,
    goals,
    documents,
    _history,
    _agreements,
    _lapsed,
    _followups,
    _planned,
    _talking_points,
    _notes,
    _sources,
)


def briefing_html(briefing: Briefing) -> str:
    """The whole note as HTML (what the QTextDocument is built from)."""
    w = Wording(briefing.options.language)
    parts = [_heading(briefing)]
    number = 0
    for section in SECTIONS:
        found = section(w, briefing)
        if found is None:
            continue
        number += 1
        title, body = found
        parts.append(f"<h2>{number}. {text(title)}</h2>{body}")
    language = text(w.language)
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"/>'
        f"<title>{text(briefing.title)}</title></head>"
        f"<body>{''.join(parts)}</body></html>"
    )


def _settle_headings(document: QTextDocument) -> None:
    """Section headings at HEADING_POINTS exactly.

    Qt's HTML reader gives <h2> a relative size step (the FontSizeAdjustment property, ×1.5)
    that its layout applies on top of any CSS font-size, so 11.5pt printed as 17pt; and with
    the step merely set to 0 the layout ignores the point size. So the property is removed
    from each piece of heading text, and the size set on it.
    """
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            pieces = block.begin()
            while not pieces.atEnd():
                fragment = pieces.fragment()
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                settled = fragment.charFormat()
                settled.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                settled.setFontPointSize(HEADING_POINTS)
                cursor.setCharFormat(settled)
                pieces += 1
            cursor = QTextCursor(block)
            settled = cursor.blockCharFormat()
            settled.clearProperty(QTextFormat.Property.FontSizeAdjustment)
            settled.setFontPointSize(HEADING_POINTS)
            cursor.setBlockCharFormat(settled)
        block = block.next()


def briefing_document(briefing: Briefing, html: str | None = None) -> QTextDocument:
    """A QTextDocument of the note (or of ``html``, the note's HTML as pagination has cut its
    tables) in the note's font; pagination is left to the caller."""
    document = QTextDocument()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(FONT_POINTS)
    document.setDefaultFont(font)
    document.setDefaultStyleSheet(STYLE)
    document.setDocumentMargin(0)
    # a long link or name without spaces breaks where it must rather than run off the page
    option = document.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(briefing_html(briefing) if html is None else html)
    _settle_headings(document)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, briefing.title)
    return document
