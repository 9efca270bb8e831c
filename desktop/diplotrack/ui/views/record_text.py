"""Shared rendering of records for the detail panel and the dossiers: names in the interface
language's script, approximate dates, and escaped HTML with record links and flags."""

from __future__ import annotations

import html
from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from diplotrack.services.changes import RecordRef
from diplotrack.ui.formatting import (
    APPROXIMATE,
    format_date,
    format_period,
    locale_for,
    qdate,
    season_name,
)
from diplotrack.ui.refs import COUNTRY, country_ref
from diplotrack.ui.widgets.flags import flag_pixmap

translate = QCoreApplication.translate

RECORD_SCHEME = "record"
FLAG_SCHEME = "flag"
LINK_COLOR = "#0b57d0"
MUTED_COLOR = "#5f6673"
OVERDUE_COLOR = "#b3261e"

#: the look of every record page; Qt's rich text understands this subset of CSS
STYLE_SHEET = f"""
a {{ color: {LINK_COLOR}; text-decoration: none; }}
h2 {{ font-size: large; margin-top: 0px; margin-bottom: 2px; }}
h3 {{ font-size: small; color: {MUTED_COLOR}; margin-top: 10px; margin-bottom: 2px; }}
p {{ margin-top: 0px; margin-bottom: 3px; }}
td {{ padding-right: 8px; padding-bottom: 2px; vertical-align: top; }}
td.label {{ color: {MUTED_COLOR}; }}
.muted {{ color: {MUTED_COLOR}; }}
.overdue {{ color: {OVERDUE_COLOR}; font-weight: bold; }}
.year {{ font-weight: bold; }}
"""


# -- names ------------------------------------------------------------------------------------


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= letter <= "\u04ff" for letter in text)


def display_name(name: str, name_alt: str | None, language: str) -> str:
    """The name in the interface language's script when known: the Latin one in English when
    the name is Cyrillic, the Cyrillic one in Russian when the name is Latin."""
    if not name_alt:
        return name
    if language == "ru":
        return name_alt if not has_cyrillic(name) and has_cyrillic(name_alt) else name
    return name_alt if has_cyrillic(name) and not has_cyrillic(name_alt) else name


def second_name(name: str, name_alt: str | None, language: str) -> str | None:
    """The other of the two names, the one ``display_name`` did not choose (if any)."""
    shown = display_name(name, name_alt, language)
    other = name if shown != name else name_alt
    return other if other and other != shown else None


# -- dates ------------------------------------------------------------------------------------


def last_day(starts: date, ends: date | None, *, all_day: bool) -> date:
    """The last day a record covers: all-day events store the day after the last."""
    if ends is None:
        return starts
    last = ends - timedelta(days=1) if all_day else ends
    return max(last, starts)


def _day_month(day: date, language: str) -> str:
    return locale_for(language).toString(qdate(day), "d MMMM")


def format_days(first: date, last: date, language: str, *, with_year: bool = True) -> str:
    """'10 апреля 2024', '5–7 April 2024', '30 April – 2 May 2024' (without the year inside a
    year's group of a timeline)."""
    year = f" {first.year}" if with_year else ""
    if first == last:
        return format_date(first, language) if with_year else _day_month(first, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{_day_month(last, language)}{year}"
    if first.year == last.year:
        return f"{_day_month(first, language)} – {_day_month(last, language)}{year}"
    return f"{format_date(first, language)} – {format_date(last, language)}"


def format_entry_date(
    starts: date | None,
    ends: date | None,
    *,
    precision: str,
    all_day: bool,
    language: str,
    with_year: bool = True,
) -> str:
    """The date of an event or a visit as precisely as it is known: a day or days, a month,
    a season or only a year (a planned conference whose date is not fixed)."""
    if starts is None:
        return translate("RecordText", "date not set")
    if precision in APPROXIMATE and with_year:
        return format_period(starts, precision, language)
    if precision == "year":
        return translate("RecordText", "during the year")
    if precision == "season":
        return season_name(starts.month, language)
    if precision == "month":
        return format_period(starts, precision, language).rsplit(" ", 1)[0]
    return format_days(
        starts, last_day(starts, ends, all_day=all_day), language, with_year=with_year
    )


# -- HTML -------------------------------------------------------------------------------------


def esc(value: object) -> str:
    """Any value from the database as HTML text: a note containing <b> shows as written."""
    return html.escape(str(value), quote=True)


def text_block(value: str) -> str:
    """Free text (notes, purposes) escaped, its line breaks kept."""
    return "<br>".join(esc(line) for line in value.splitlines())


def href(ref: RecordRef) -> str:
    return f"{RECORD_SCHEME}:{ref.kind}:{ref.id}"


def ref_of_url(url: QUrl | str) -> RecordRef | None:
    """The record a link inside a record page points to (None for anything else)."""
    text = url.toString() if isinstance(url, QUrl) else url
    scheme, _, rest = text.partition(":")
    kind, _, number = rest.partition(":")
    if scheme != RECORD_SCHEME or not kind or not number.isdigit():
        return None
    return RecordRef(kind, int(number))


def link(ref: RecordRef | None, text: str) -> str:
    """``text`` (escaped) as a link to ``ref``; plain text when there is no record to link."""
    if ref is None:
        return esc(text)
    return f'<a href="{href(ref)}">{esc(text)}</a>'


def flag(code: str, height: int = 12) -> str:
    """The country's flag as an inline image (served by ``RecordBrowser``)."""
    width = round(height * 4 / 3)
    return (
        f'<img src="{FLAG_SCHEME}:{esc(code.upper())}" width="{width}" height="{height}" '
        f'style="vertical-align: middle">'
    )


def country_links(
    codes: tuple[str, ...] | list[str],
    height: int = 12,
    *,
    names: Mapping[str, str] | None = None,
) -> str:
    """Flags and names (or codes, where no name is given), each a link to the country:
    '🇷🇺 Россия  🇰🇬 Киргизия', '🇷🇺 RU  🇰🇬 KG'."""
    names = names or {}
    return "&nbsp;&nbsp;".join(
        f"{flag(code, height)}&nbsp;{link(country_ref(code), names.get(code, code))}"
        for code in codes
    )


def swatch(color: QColor) -> str:
    """A small square in a kind's colour, before its name."""
    return f'<span style="color: {color.name()}">&#9632;</span>'


def muted(text: str) -> str:
    return f'<span class="muted">{esc(text)}</span>'


def rows_table(rows: list[tuple[str, str]]) -> str:
    """A compact two-column table of label and HTML value; rows without a value are left out."""
    cells = "".join(
        f'<tr><td class="label">{esc(name)}</td><td>{value}</td></tr>'
        for name, value in rows
        if value
    )
    return f'<table cellspacing="0" cellpadding="0">{cells}</table>' if cells else ""


def section(title: str, lines: list[str]) -> str:
    """A heading and its lines (HTML each); nothing at all when there are no lines."""
    if not lines:
        return ""
    return f"<h3>{esc(title.upper())}</h3>" + "".join(f"<p>{line}</p>" for line in lines)


class RecordBrowser(QTextBrowser):
    """Read-only rich text of a record whose links select records and whose images are flags.

    Tab moves between links and Enter follows the focused one (``record_clicked``); Enter with
    no link focused emits ``enter_pressed`` (the panel opens its record).
    """

    record_clicked = Signal(object)
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE_SHEET)
        self.document().setDocumentMargin(8)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.anchorClicked.connect(self._follow)

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        url = QUrl(name) if isinstance(name, str) else name
        if kind == QTextDocument.ResourceType.ImageResource.value and url.scheme() == FLAG_SCHEME:
            return flag_pixmap(url.path(), 24)  # drawn at twice the size: sharp when scaled
        return super().loadResource(kind, url)

    def focused_ref(self) -> RecordRef | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return ref_of_url(cursor.charFormat().anchorHref())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ref = self.focused_ref()
            if ref is not None:
                self.record_clicked.emit(ref)
            else:
                self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _follow(self, url: QUrl) -> None:
        ref = ref_of_url(url)
        if ref is not None:
            self.record_clicked.emit(ref)


def plain_text(browser: QTextBrowser) -> str:
    """A page's text without its images (flags), lines stripped: what it says, read aloud."""
    text = browser.toPlainText().replace("\ufffc", "").replace("\xa0", " ")
    return "\n".join(line.strip() for line in text.splitlines())


def is_subject(ref: RecordRef) -> bool:
    """Whether the record opens as a dossier (rather than in an editor)."""
    return ref.kind in (COUNTRY, "place", "organization", "person")
