"""The parts every record page is written from: names in the right script, dates, lines of
events and follow-ups, attachments and notes, as escaped HTML."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication

from diplotrack.domain.enums import EventStatus, FollowUpStatus
from diplotrack.services.changes import RecordRef
from diplotrack.store.queries.details import AttachmentInfo
from diplotrack.store.queries.rows import EventRow, FollowUpRow
from diplotrack.ui.formatting import format_date, format_span
from diplotrack.ui.labels import label
from diplotrack.ui.style import kind_color

from .record_text import (
    country_links,
    display_name,
    esc,
    format_entry_date,
    link,
    muted,
    second_name,
    section,
    swatch,
    text_block,
)

translate = QCoreApplication.translate

OPEN_FOLLOWUP = (FollowUpStatus.OPEN.value, FollowUpStatus.IN_PROGRESS.value)
RECENT_EVENTS = 5


class PageWriter:
    """Writes the parts of a record page in a language, in the office's zone, as of ``today``;
    ``names`` are records' names in the other script by (kind, id), ``countries`` the Russian
    and English names of the countries the page shows, by code."""

    def __init__(
        self,
        names: Mapping[tuple[str, int], str],
        topics_en: Mapping[str, str],
        *,
        language: str,
        zone: tzinfo,
        today: date,
        countries: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.names, self.topics_en = names, topics_en
        self.language, self.zone, self.today = language, zone, today
        self.country_names = {
            code: name_ru if language == "ru" else name_en
            for code, (name_ru, name_en) in (countries or {}).items()
        }

    def countries(self, codes: tuple[str, ...] | list[str]) -> str:
        """Flags and the countries' names in the page's language, each a link to the country."""
        return country_links(codes, names=self.country_names)

    def name(self, kind: str, record_id: int | None, name: str) -> str:
        alt = self.names.get((kind, record_id)) if record_id is not None else None
        return display_name(name, alt, self.language)

    def ref_link(self, kind: str, record_id: int | None, name: str) -> str:
        ref = RecordRef(kind, record_id) if record_id is not None else None
        return link(ref, self.name(kind, record_id, name))

    def heading(self, kicker: str, title: str, other: str | None) -> str:
        parts = [f'<p class="muted">{kicker}</p>', f"<h2>{esc(title)}</h2>"]
        if other:
            parts.append(f'<p class="muted">{esc(other)}</p>')
        return "".join(parts)

    def title_of(self, kind: str, record_id: int, title: str) -> tuple[str, str | None]:
        alt = self.names.get((kind, record_id))
        return display_name(title, alt, self.language), second_name(title, alt, self.language)

    def date(self, day: date | None) -> str:
        return format_date(day, self.language) if day else ""

    def event_when(self, row: EventRow) -> str:
        if row.date_precision in ("month", "season", "year"):
            return esc(
                format_entry_date(
                    row.starts_at.date(),
                    row.ends_at.date(),
                    precision=row.date_precision,
                    all_day=row.all_day,
                    language=self.language,
                )
            )
        text = format_span(
            row.starts_at, row.ends_at, all_day=row.all_day, zone=self.zone, language=self.language
        )
        return esc(text)

    def event_day(self, row: EventRow) -> str:
        """The day an event starts in the office's zone, or its month, season or year."""
        if row.date_precision in ("month", "season", "year"):
            return format_entry_date(
                row.starts_at.date(),
                row.ends_at.date(),
                precision=row.date_precision,
                all_day=row.all_day,
                language=self.language,
            )
        return format_date(row.starts_at.astimezone(self.zone).date(), self.language)

    def event_line(self, row: EventRow) -> str:
        status = label(row.status, EventStatus)
        return (
            f"{swatch(kind_color(row.kind))} {muted(self.event_day(row))} "
            f"{self.ref_link('event', row.id, row.title)} {muted('· ' + status)}"
        )

    @property
    def overdue_word(self) -> str:
        return translate("DetailPanel", "overdue")

    def followup_line(self, row: FollowUpRow) -> str:
        due = ""
        if row.due_on is not None:
            due = "· " + translate("DetailPanel", "due {date}").format(date=self.date(row.due_on))
            late = row.due_on < self.today and row.status in OPEN_FOLLOWUP
            due = (
                f'<span class="overdue">{esc(due)} · {esc(self.overdue_word)}</span>'
                if late
                else muted(due)
            )
        status = muted("· " + label(row.status, FollowUpStatus))
        return f"{link(RecordRef('followup', row.id), row.title)} {status} {due}".rstrip()

    def attachments(self, items: tuple[AttachmentInfo, ...]) -> str:
        lines = [f"{esc(item.file_name)} {muted(file_size(item.size))}" for item in items]
        return section(translate("DetailPanel", "Attachments"), lines)

    def notes(self, title: str, text: str | None) -> str:
        return section(title, [text_block(text)]) if text else ""


def file_size(size: int) -> str:
    if size < 1024:
        return translate("DetailPanel", "{n} B").format(n=size)
    if size < 1024 * 1024:
        return translate("DetailPanel", "{n} KB").format(n=round(size / 1024))
    return translate("DetailPanel", "{n} MB").format(n=round(size / 1024 / 1024, 1))
