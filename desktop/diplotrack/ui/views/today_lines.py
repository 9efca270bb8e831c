"""The Today page's lines: what is on today and this week, who arrives soon, what expires, what
is late — as text in the interface language, section by section."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from diplotrack.domain.enums import DelegationDirection, EventKind, EventStatus
from diplotrack.services.changes import RecordRef
from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.store.queries.rows import AgreementRow, DelegationRow, FollowUpRow
from diplotrack.store.queries.today import TodaySummary
from diplotrack.store.queries.today_names import OtherNames

from ..formatting import (
    first_weekday,
    format_date,
    format_period,
    format_span,
    format_time,
    locale_for,
    qdate,
    weekday_name,
)
from ..labels import label
from .record_text import display_name


@dataclass(frozen=True)
class TodayLine:
    """One line of the page: a section heading, a record, or a section's 'nothing here'."""

    role: str  # "heading", "record" or "empty"
    text: str
    ref: RecordRef | None = None
    country: str | None = None  # the flag shown before the line
    warning: bool = False


def _heading(text: str, count: int) -> TodayLine:
    return TodayLine("heading", f"{text} ({count})")


def last_day_of_week(day: date, language: str) -> date:
    """The last day of ``day``'s week: Sunday where weeks start on Monday (Russian, British
    English), Saturday where they start on Sunday."""
    first = first_weekday(language)  # ISO: 1 = Monday … 7 = Sunday
    return day + timedelta(days=(first - day.isoweekday() - 1) % 7)


def _local_day(item: CalendarItem, zone: tzinfo) -> date:
    """The day an item starts, where the office is (all-day items keep their UTC date)."""
    return item.start.date() if item.all_day else item.start.astimezone(zone).date()


def _place(item_place: str | None, names: OtherNames, language: str) -> str | None:
    if item_place is None or language == "ru":
        return item_place
    return names.places.get(item_place, item_place)


def _event_line(
    item: CalendarItem, today: date, zone: tzinfo, language: str, names: OtherNames
) -> TodayLine:
    start = item.start.astimezone(zone)
    if item.approximate:  # all-day over its period, stored from 00:00 UTC of the first day
        when = format_period(item.start.date(), item.date_precision, language)
    elif item.all_day:
        when = format_span(item.start, item.end, all_day=True, zone=zone, language=language)
    elif start.date() == today:
        when = f"{format_time(item.start, zone)}–{format_time(item.end, zone)}"
    else:
        day = weekday_name(start.isoweekday(), language)
        when = f"{day} {format_date(start.date(), language)}, {format_time(item.start, zone)}"
    if item.item == "delegation":
        what = label(DelegationDirection(item.kind))
    else:
        what = label(EventKind(item.kind))
    status = (
        f" · {label(EventStatus(item.status))}"
        if item.item == "event" and item.status in (EventStatus.CANCELLED, EventStatus.POSTPONED)
        else ""
    )
    where = _place(item.place, names, language)
    place = f" · {where}" if where else ""
    countries = f" · {' '.join(item.countries)}" if item.countries else ""
    return TodayLine(
        "record",
        f"{when}   {_title(names, item.item, item.id, item.title, language)}"
        f"{countries}{place} · {what}{status}",
        RecordRef(item.item, item.id),
        item.countries[0] if item.countries else None,
    )


def _delegation_line(row: DelegationRow, language: str, names: OtherNames) -> TodayLine:
    when = format_date(row.arrives_on, language) if row.arrives_on else ""
    if row.departs_on and row.arrives_on and row.departs_on > row.arrives_on:
        when = f"{when} – {format_date(row.departs_on, language)}"
    head_word = QCoreApplication.translate("TodayView", "head:")
    head_name = (
        display_name(row.head, names.records.get(("person", row.head_id)), language)
        if row.head and row.head_id is not None
        else row.head
    )
    head = f" · {head_word} {head_name}" if head_name else ""
    where = _place(row.place, names, language)
    place = f" · {where}" if where else ""
    return TodayLine(
        "record",
        f"{when}   {row.title} · {row.country}{place}{head}",
        RecordRef("delegation", row.id),
        row.country or None,
    )


def _agreement_line(row: AgreementRow, today: date, language: str, names: OtherNames) -> TodayLine:
    until = row.valid_until
    left = (until - today).days if until else 0
    when = QCoreApplication.translate("TodayView", "until %1 (%2 d.)").replace(
        "%1", format_date(until, language) if until else ""
    )
    return TodayLine(
        "record",
        f"{when.replace('%2', str(left))}   "
        f"{_title(names, 'agreement', row.id, row.title, language)}",
        RecordRef("agreement", row.id),
        row.countries[0] if row.countries else None,
        warning=left <= 30,
    )


def _followup_line(row: FollowUpRow, language: str) -> TodayLine:
    due = QCoreApplication.translate("TodayView", "due %1").replace(
        "%1", format_date(row.due_on, language) if row.due_on else ""
    )
    who = f" · {row.responsible}" if row.responsible else ""
    return TodayLine(
        "record",
        f"{due}   {row.title}{who}",
        RecordRef("followup", row.id),
        row.country,
        warning=True,
    )


def _title(names: OtherNames, kind: str, record_id: int, title: str, language: str) -> str:
    return display_name(title, names.records.get((kind, record_id)), language)


def today_lines(
    summary: TodaySummary, zone: tzinfo, language: str, names: OtherNames | None = None
) -> list[TodayLine]:
    """The page's lines, section by section, in the interface language; ``names`` gives the
    names in the other language where known (English titles and places of Russian records).

    The summary's seven days are split at the end of this week (Sunday in Russian): what
    falls after it is "next week", up to the seventh day."""
    names = names or OtherNames()
    today = summary.today
    later = [item for item in summary.week_items if item not in summary.today_items]
    week_end = last_day_of_week(today, language)
    this_week = [item for item in later if _local_day(item, zone) <= week_end]
    next_week = [item for item in later if _local_day(item, zone) > week_end]
    sections: list[tuple[str, str, list[TodayLine]]] = [
        (
            QCoreApplication.translate("TodayView", "Today"),
            QCoreApplication.translate("TodayView", "Nothing is planned for today."),
            [_event_line(item, today, zone, language, names) for item in summary.today_items],
        ),
        (
            QCoreApplication.translate("TodayView", "Later this week"),
            QCoreApplication.translate("TodayView", "Nothing else this week."),
            [_event_line(item, today, zone, language, names) for item in this_week],
        ),
    ]
    last_shown = today + timedelta(days=6)
    if week_end < last_shown:  # the seven days reach into next week
        until = locale_for(language).toString(qdate(last_shown), "d MMMM")
        sections.append(
            (
                QCoreApplication.translate("TodayView", "Next week, until %1").replace("%1", until),
                QCoreApplication.translate("TodayView", "Nothing planned for these days yet."),
                [_event_line(item, today, zone, language, names) for item in next_week],
            )
        )
    sections += [
        (
            QCoreApplication.translate("TodayView", "Visits arriving within 14 days"),
            QCoreApplication.translate("TodayView", "No delegation arrives in the next 14 days."),
            [_delegation_line(row, language, names) for row in summary.arriving],
        ),
        (
            QCoreApplication.translate("TodayView", "Agreements expiring within 90 days"),
            QCoreApplication.translate(
                "TodayView", "No agreement in force expires in the next 90 days."
            ),
            [_agreement_line(row, today, language, names) for row in summary.expiring],
        ),
        (
            QCoreApplication.translate("TodayView", "Overdue follow-ups"),
            QCoreApplication.translate("TodayView", "Nothing is overdue."),
            [_followup_line(row, language) for row in summary.overdue],
        ),
    ]
    lines: list[TodayLine] = []
    for title, nothing, records in sections:
        lines.append(_heading(title, len(records)))
        lines.extend(records or [TodayLine("empty", nothing)])
    return lines
