"""Validation rules shared by the services: text, choices, times, countries and references."""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, tzinfo
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Base, Country, CountryAlias, NotFoundError, Record, ValidationError
from diplotrack.domain.text import normalize

from . import messages as msg

E = TypeVar("E", bound=enum.StrEnum)
R = TypeVar("R", bound=Record)
B = TypeVar("B", bound=Base)


def invalid(template: str, field: str, **values: object) -> ValidationError:
    """A ``ValidationError`` about ``field``, its message naming the field in plain words."""
    return msg.refusal(ValidationError, template, field=field, **values)


def required_text(value: str, field: str, *, limit: int = 1000) -> str:
    text = " ".join(value.split())
    if not text:
        raise invalid(msg.EMPTY_TEXT, field)
    if len(text) > limit:
        raise invalid(msg.TOO_LONG, field, length=len(text), limit=limit)
    return text


def optional_text(value: str | None, field: str, *, limit: int | None = None) -> str | None:
    """Trimmed text, or None for nothing but spaces. Long texts (notes) keep their lines."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if limit is not None:
        text = " ".join(text.split())
        if len(text) > limit:
            raise invalid(msg.TOO_LONG, field, length=len(text), limit=limit)
    return text


def choice(enum_type: type[E], value: str, field: str) -> E:
    try:
        return enum_type(value)
    except ValueError:
        choices = ", ".join(member.value for member in enum_type)
        raise invalid(msg.NOT_A_CHOICE, field, value=value, choices=choices) from None


def aware(value: datetime, field: str) -> datetime:
    """``value`` in UTC; a time without a zone is refused rather than guessed."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise invalid(msg.NAIVE_TIME, field)
    return value.astimezone(UTC)


def time_zone(value: str, field: str = "timezone") -> ZoneInfo:
    name = value.strip()
    try:
        if not name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise invalid(msg.UNKNOWN_TIMEZONE, field, value=value) from None


def not_before(
    end: date | datetime | None,
    start: date | datetime | None,
    end_field: str,
    start_field: str,
    *,
    zone: tzinfo | None = None,
) -> None:
    """Refuses an end (departure, expiry, …) earlier than its start; times are shown in
    ``zone`` (the event's own), as the person typed them."""
    if end is None or start is None or end >= start:
        return
    raise invalid(
        msg.END_BEFORE_START,
        end_field,
        end=_moment(end, zone),
        start_label=msg.field_label(start_field),
        start=_moment(start, zone),
    )


def _moment(value: date | datetime, zone: tzinfo | None) -> str:
    """A date (2024-04-10) or a wall-clock time (2024-04-10 11:00), the same in either
    language and on the command line."""
    if isinstance(value, datetime):
        local = value.astimezone(zone) if zone is not None and value.tzinfo else value
        return local.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def positive(value: int | None, field: str) -> int | None:
    if value is not None and value < 1:
        raise invalid(msg.NOT_POSITIVE, field, value=value)
    return value


def within(value: float | None, low: float, high: float, field: str) -> float | None:
    if value is not None and not low <= value <= high:
        raise invalid(msg.OUT_OF_RANGE, field, low=low, high=high, value=value)
    return value


# -- countries ------------------------------------------------------------------------------


def country_code(session: Session, value: str, field: str = "country") -> str:
    """The ISO code for what was written: "kg", "KG", "Киргизия", "Kyrgyzstan" → "KG"."""
    text = value.strip()
    if len(text) == 2 and session.get(Country, text.upper()) is not None:
        return text.upper()
    code = session.scalar(
        select(CountryAlias.country_code).where(CountryAlias.normalized == normalize(text))
    )
    if code is None:
        raise invalid(msg.UNKNOWN_COUNTRY, field, value=value)
    return code


def optional_country_code(session: Session, value: str | None, field: str) -> str | None:
    if value is None or not value.strip():
        return None
    return country_code(session, value, field)


def country_codes(session: Session, values: Iterable[str], field: str = "countries") -> list[str]:
    """Codes for every country written, each once, in the order given."""
    return list(dict.fromkeys(country_code(session, value, field) for value in values))


# -- references -----------------------------------------------------------------------------


def records(
    session: Session,
    model: type[R],
    ids: Sequence[int],
    field: str,
    *,
    keep: Iterable[int] = (),
) -> list[R]:
    """The records ``ids`` point to, in order; refused if one is missing or archived.

    Ids in ``keep`` (what the record already pointed to) may stay archived: archiving a place
    must not make every event held there impossible to edit.
    """
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {
        record.id: record for record in session.scalars(select(model).where(model.id.in_(wanted)))
    }
    kept = set(keep)
    kind = msg.kind_label(str(model.__tablename__))
    for record_id in wanted:
        record = found.get(record_id)
        if record is None:
            raise msg.refusal(
                NotFoundError, msg.NO_SUCH_RECORD, field=field, kind=kind, id=record_id
            )
        if record.archived_at is not None and record_id not in kept:
            raise msg.refusal(
                NotFoundError,
                msg.RECORD_ARCHIVED,
                field=field,
                kind=kind,
                name=display_name(record),
            )
    return [found[record_id] for record_id in wanted]


def record(
    session: Session, model: type[R], record_id: int | None, field: str, *, keep: int | None = None
) -> R | None:
    """The record ``record_id`` points to (None for none); see ``records``."""
    if record_id is None:
        return None
    kept = () if keep is None else (keep,)
    return records(session, model, [record_id], field, keep=kept)[0]


def rows(session: Session, model: type[B], ids: Sequence[int], field: str) -> list[B]:
    """Reference rows that are never archived (topics): refused only when missing."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    found = {row_id: row for row_id in wanted if (row := session.get(model, row_id)) is not None}
    for row_id in wanted:
        if row_id not in found:
            raise msg.refusal(
                NotFoundError,
                msg.NO_SUCH_RECORD,
                field=field,
                kind=msg.kind_label(str(model.__tablename__)),
                id=row_id,
            )
    return [found[row_id] for row_id in wanted]


def no_duplicates(names: Sequence[tuple[object, str]], field: str) -> None:
    """Refuses a list naming the same thing twice; ``names`` pairs a key with its display name."""
    seen: set[object] = set()
    for key, name in names:
        if key in seen:
            raise invalid(msg.DUPLICATE, field, name=name)
        seen.add(key)


def display_name(record: object) -> str:
    for attribute in ("title", "name", "file_name"):
        value = getattr(record, attribute, None)
        if value:
            return str(value)
    return f"#{getattr(record, 'id', '?')}"


def no_parent_cycle(
    session: Session, model: type[R], record_id: int | None, parent: R | None, field: str
) -> None:
    """Refuses making a record part of itself, directly or through its parents' parents."""
    if parent is None or record_id is None:
        return  # a new record has no children yet, so it cannot close a loop
    kind = msg.kind_label(str(model.__tablename__))
    if parent.id == record_id:
        raise invalid(msg.OWN_PARENT, field, kind=kind)
    seen = {parent.id}
    current: R | None = parent
    while current is not None:
        parent_id = getattr(current, "parent_id", None)
        if parent_id is None or parent_id in seen:
            return
        if parent_id == record_id:
            raise invalid(msg.PARENT_CYCLE, field, name=display_name(parent), kind=kind)
        seen.add(parent_id)
        current = session.get(model, parent_id)


def assign(target: object, values: Mapping[str, object]) -> None:
    """Sets the attributes that differ, so an unchanged save writes no history."""
    for name, value in values.items():
        if getattr(target, name) != value:
            setattr(target, name, value)
