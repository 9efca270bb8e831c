"""What the one filter lets through, said in words for the Export dialog: "Kyrgyzstan · 2024"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import enums
from diplotrack.domain.events import Topic
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.geography import Country, Place
from diplotrack.domain.people import Organization, Person

from ..formatting import format_date, format_month
from ..labels import label
from .history_values import quoted

#: the vocabularies a filter's kinds and statuses come from, in the filter bar's order
_KINDS: tuple[type[StrEnum], ...] = (
    enums.EventKind,
    enums.DelegationDirection,
    enums.AgreementKind,
)
_STATUSES: tuple[type[StrEnum], ...] = (
    enums.EventStatus,
    enums.AgreementStatus,
    enums.FollowUpStatus,
)
#: parts of the description are joined by this; a part's own values by ", "
SEPARATOR = " · "


def _labels(values: Sequence[str], vocabularies: Sequence[type[StrEnum]]) -> list[str]:
    named = []
    for value in values:
        owner = next((v for v in vocabularies if value in {m.value for m in v}), None)
        named.append(label(value, owner) if owner is not None else value)
    return list(dict.fromkeys(named))  # a status shared by two vocabularies is said once


def describe_dates(first: date | None, last: date | None, language: str) -> str:
    """'2024', 'April 2024', '1 April 2024 – 15 May 2024', 'from …', 'until …'; '' for none."""
    if first is not None and last is not None:
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
            if first.year == last.year:
                return str(first.year)
            return f"{first.year}–{last.year}"
        next_month = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        whole_month = first.day == 1 and (next_month - last).days == 1
        if whole_month and (first.year, first.month) == (last.year, last.month):
            return format_month(first.year, first.month, language)
        if first == last:
            return format_date(first, language)
        return f"{format_date(first, language)} – {format_date(last, language)}"
    if first is not None:
        return QCoreApplication.translate("ExportFilter", "from %1").replace(
            "%1", format_date(first, language)
        )
    if last is not None:
        return QCoreApplication.translate("ExportFilter", "until %1").replace(
            "%1", format_date(last, language)
        )
    return ""


def describe_filter(session: Session, flt: RecordFilter, language: str) -> str:
    """The filter's countries, dates, kinds, statuses, topics, people, organizations, places
    and text, each named in ``language``; '' when the filter lets everything through."""
    russian = language == "ru"
    parts: list[str] = []
    if flt.countries:
        names = dict(
            session.execute(
                select(Country.code, Country.name_ru if russian else Country.name_en).where(
                    Country.code.in_(flt.countries)
                )
            ).all()
        )
        parts.append(", ".join(names.get(code, code) for code in flt.countries))
    dates = describe_dates(flt.date_from, flt.date_to, language)
    if dates:
        parts.append(dates)
    if flt.kinds:
        parts.append(", ".join(_labels(flt.kinds, _KINDS)))
    if flt.statuses:
        parts.append(", ".join(_labels(flt.statuses, _STATUSES)))
    if flt.topic_ids:
        column = Topic.name_ru if russian else Topic.name_en
        topics = session.execute(
            select(column, Topic.name_ru).where(Topic.id.in_(flt.topic_ids)).order_by(Topic.id)
        ).all()
        parts.append(", ".join(name or fallback for name, fallback in topics))
    for model, ids in (
        (Person, flt.person_ids),
        (Organization, flt.organization_ids),
        (Place, flt.place_ids),
    ):
        if ids:
            names_of = session.scalars(select(model.name).where(model.id.in_(ids))).all()
            parts.append(", ".join(sorted(names_of)))
    if flt.text.strip():
        parts.append(quoted(flt.text.strip(), language))
    if flt.include_archived:
        parts.append(QCoreApplication.translate("ExportFilter", "archived included"))
    return SEPARATOR.join(parts)
