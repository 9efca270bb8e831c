"""What each register shows, column by column: header, SQL sort key, text, flags, warnings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta, tzinfo
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from diplotrack.domain import enums
from diplotrack.store.queries import rows as r

from ..formatting import format_month, format_short_date, format_time
from ..labels import QT_TRANSLATE_NOOP, label, record_name

CONTEXT = "registers"
#: an agreement expiring within this many days shows the days left
EXPIRY_WARNING_DAYS = 90
LIVE_FOLLOWUP = (enums.FollowUpStatus.OPEN.value, enums.FollowUpStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class Render:
    """What a cell's text depends on besides its row: language, the office's zone, today."""

    language: str
    zone: tzinfo
    today: date


@dataclass(frozen=True)
class Column:
    """One column of a register.

    ``order_by`` is the row field the query layer sorts by, or None when the database cannot
    sort by this column (then the header does not sort). ``countries`` gives the codes whose
    flags are drawn in the cell; ``warning`` marks a cell to be shown in red.
    """

    header: str  # English source text in the context "registers"
    order_by: str | None
    text: Callable[[Any, Render], str]
    countries: Callable[[Any], tuple[str, ...]] | None = None
    warning: Callable[[Any, Render], bool] | None = None
    tooltip: Callable[[Any, Render], str] | None = None

    def title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.header)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _day(value: date | None, how: Render) -> str:
    return format_short_date(value, how.language) if value is not None else ""


def _enum(enum_type: type[StrEnum], field: str) -> Callable[[Any, Render], str]:
    return lambda row, _how: label(getattr(row, field), enum_type)


def _field(field: str) -> Callable[[Any, Render], str]:
    return lambda row, _how: getattr(row, field) or ""


def _codes(field: str) -> Callable[[Any], tuple[str, ...]]:
    def codes(row: Any) -> tuple[str, ...]:
        value = getattr(row, field)
        if value is None:
            return ()
        return (value,) if isinstance(value, str) else tuple(value)

    return codes


def _joined_codes(field: str) -> Callable[[Any, Render], str]:
    return lambda row, _how: " ".join(_codes(field)(row))


# -- events -----------------------------------------------------------------------------

_SEASONS = (
    QT_TRANSLATE_NOOP("registers", "Winter {year}"),
    QT_TRANSLATE_NOOP("registers", "Spring {year}"),
    QT_TRANSLATE_NOOP("registers", "Summer {year}"),
    QT_TRANSLATE_NOOP("registers", "Autumn {year}"),
)


def event_when(row: r.EventRow, how: Render) -> str:
    """'10.04.2024 11:00', '05.04.2024 – 07.04.2024', 'April 2025' for a planned month; a
    recurring series shows its first occurrence after a ↻ (it matches every range it spans)."""
    text = _event_when(row, how)
    return f"↻ {text}" if row.recurrence else text


def _event_when(row: r.EventRow, how: Render) -> str:
    precision = row.date_precision
    start = row.starts_at if row.all_day else row.starts_at.astimezone(how.zone)
    if precision == enums.DatePrecision.YEAR:
        return str(start.year)
    if precision == enums.DatePrecision.SEASON:
        return tr(_SEASONS[start.month % 12 // 3]).format(year=start.year)
    if precision == enums.DatePrecision.MONTH:
        return format_month(start.year, start.month, how.language)
    if row.all_day:
        first = row.starts_at.date()
        last = row.ends_at.date() - timedelta(days=1)
        if last <= first:
            return _day(first, how)
        return f"{_day(first, how)} – {_day(last, how)}"
    end = row.ends_at.astimezone(how.zone)
    text = f"{_day(start.date(), how)} {format_time(start, how.zone)}"
    if end.date() != start.date():
        text += f" – {_day(end.date(), how)}"
    return text


def _participants(row: r.EventRow, _how: Render) -> str:
    return ", ".join(p.name for p in row.participants)


def _participant_roles(row: r.EventRow, _how: Render) -> str:
    return "\n".join(f"{p.name} — {label(p.role, enums.ParticipantRole)}" for p in row.participants)


def _event_span(row: r.EventRow, how: Render) -> str:
    return f"{row.title}\n{event_when(row, how)}"


EVENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Date and time"), "starts_at", event_when),
    Column(QT_TRANSLATE_NOOP("registers", "Title"), "title", _field("title"), tooltip=_event_span),
    Column(QT_TRANSLATE_NOOP("registers", "Kind"), "kind", _enum(enums.EventKind, "kind")),
    Column(QT_TRANSLATE_NOOP("registers", "Status"), "status", _enum(enums.EventStatus, "status")),
    Column(QT_TRANSLATE_NOOP("registers", "Place"), "place", _field("place")),
    Column(
        QT_TRANSLATE_NOOP("registers", "Countries"),
        "countries",
        _joined_codes("countries"),
        countries=_codes("countries"),
    ),
    Column(
        QT_TRANSLATE_NOOP("registers", "Participants"),
        None,
        _participants,
        tooltip=_participant_roles,
    ),
)

# -- delegations ------------------------------------------------------------------------


def _stay(row: r.DelegationRow, how: Render) -> str:
    if row.arrives_on is None:
        return QCoreApplication.translate("registers", "not fixed")
    if row.departs_on is None or row.departs_on == row.arrives_on:
        return _day(row.arrives_on, how)
    return f"{_day(row.arrives_on, how)} – {_day(row.departs_on, how)}"


DELEGATION_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Arrival – departure"), "arrives_on", _stay),
    Column(QT_TRANSLATE_NOOP("registers", "Title"), "title", _field("title")),
    Column(
        QT_TRANSLATE_NOOP("registers", "Direction"),
        "direction",
        _enum(enums.DelegationDirection, "direction"),
    ),
    Column(
        QT_TRANSLATE_NOOP("registers", "Country"),
        "country",
        _field("country"),
        countries=_codes("country"),
    ),
    Column(QT_TRANSLATE_NOOP("registers", "Head"), "head", _field("head")),
    Column(QT_TRANSLATE_NOOP("registers", "Status"), "status", _enum(enums.EventStatus, "status")),
)

# -- agreements -------------------------------------------------------------------------


def days_left(row: r.AgreementRow, today: date) -> int | None:
    """Days until a live agreement expires, when that is under the warning threshold."""
    if row.valid_until is None or row.status in (
        enums.AgreementStatus.EXPIRED,
        enums.AgreementStatus.TERMINATED,
    ):
        return None
    left = (row.valid_until - today).days
    return left if 0 <= left < EXPIRY_WARNING_DAYS else None


def _valid_until(row: r.AgreementRow, how: Render) -> str:
    text = _day(row.valid_until, how)
    left = days_left(row, how.today)
    if left is not None:
        text += " " + QCoreApplication.translate("registers", "(days left: {days})").format(
            days=left
        )
    return text


def _parties(row: r.AgreementRow, _how: Render) -> str:
    return " – ".join(party.name for party in row.parties)


AGREEMENT_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Title"), "title", _field("title")),
    Column(QT_TRANSLATE_NOOP("registers", "Kind"), "kind", _enum(enums.AgreementKind, "kind")),
    Column(
        QT_TRANSLATE_NOOP("registers", "Parties"),
        None,
        _parties,
        countries=_codes("countries"),
    ),
    Column(
        QT_TRANSLATE_NOOP("registers", "Signed on"),
        "signed_on",
        lambda row, how: _day(row.signed_on, how),
    ),
    Column(
        QT_TRANSLATE_NOOP("registers", "Valid until"),
        "valid_until",
        _valid_until,
        warning=lambda row, how: days_left(row, how.today) is not None,
    ),
    Column(
        QT_TRANSLATE_NOOP("registers", "Status"),
        "status",
        _enum(enums.AgreementStatus, "status"),
    ),
)

# -- follow-ups -------------------------------------------------------------------------


def is_overdue(row: r.FollowUpRow, today: date) -> bool:
    return row.due_on is not None and row.due_on < today and row.status in LIVE_FOLLOWUP


def _linked(row: r.FollowUpRow, _how: Render) -> str:
    for kind, linked in (
        ("event", row.event_id),
        ("delegation", row.delegation_id),
        ("agreement", row.agreement_id),
    ):
        if linked is not None:
            return record_name(kind)
    return ""


FOLLOWUP_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("registers", "Due"),
        "due_on",
        lambda row, how: _day(row.due_on, how),
        warning=lambda row, how: is_overdue(row, how.today),
    ),
    Column(
        QT_TRANSLATE_NOOP("registers", "What"),
        "title",
        _field("title"),
        warning=lambda row, how: is_overdue(row, how.today),
    ),
    Column(QT_TRANSLATE_NOOP("registers", "Responsible"), "responsible", _field("responsible")),
    Column(
        QT_TRANSLATE_NOOP("registers", "Status"),
        "status",
        _enum(enums.FollowUpStatus, "status"),
    ),
    Column(
        QT_TRANSLATE_NOOP("registers", "Linked record"),
        None,
        _linked,
        countries=_codes("country"),
    ),
)

# -- people, organizations, places ------------------------------------------------------

_COUNTRY = QT_TRANSLATE_NOOP("registers", "Country")

PERSON_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Full name"), "name", _field("name")),
    Column(QT_TRANSLATE_NOOP("registers", "In the other script"), "name_alt", _field("name_alt")),
    Column(QT_TRANSLATE_NOOP("registers", "Current position"), None, _field("position")),
    Column(QT_TRANSLATE_NOOP("registers", "Organization"), None, _field("organization")),
    Column(_COUNTRY, "country", _field("country"), countries=_codes("country")),
)

ORGANIZATION_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Name"), "name", _field("name")),
    Column(
        QT_TRANSLATE_NOOP("registers", "Kind"),
        "kind",
        _enum(enums.OrganizationKind, "kind"),
    ),
    Column(_COUNTRY, "country", _field("country"), countries=_codes("country")),
    Column(QT_TRANSLATE_NOOP("registers", "Place"), "place", _field("place")),
    Column(QT_TRANSLATE_NOOP("registers", "Parent organization"), "parent", _field("parent")),
)

PLACE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("registers", "Name"), "name", _field("name")),
    Column(QT_TRANSLATE_NOOP("registers", "In the other script"), "name_alt", _field("name_alt")),
    Column(_COUNTRY, "country", _field("country"), countries=_codes("country")),
    Column(QT_TRANSLATE_NOOP("registers", "Kind"), "kind", _enum(enums.PlaceKind, "kind")),
)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "event": EVENT_COLUMNS,
    "delegation": DELEGATION_COLUMNS,
    "agreement": AGREEMENT_COLUMNS,
    "followup": FOLLOWUP_COLUMNS,
    "person": PERSON_COLUMNS,
    "organization": ORGANIZATION_COLUMNS,
    "place": PLACE_COLUMNS,
}
REGISTER_KINDS = tuple(COLUMNS)

#: the order each register opens in: (column index, descending)
DEFAULT_SORT: dict[str, tuple[int, bool]] = {
    "event": (0, True),
    "delegation": (0, True),
    "agreement": (0, False),
    "followup": (0, False),
    "person": (0, False),
    "organization": (0, False),
    "place": (0, False),
}
