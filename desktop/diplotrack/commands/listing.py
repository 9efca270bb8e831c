"""`diplotrack list REGISTER`: a register filtered like the window's, as a table, JSON or CSV."""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import KnownError, Organization, Person, Place, Topic
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.text import normalize, stem
from diplotrack.output import plain, render
from diplotrack.store.database import open_database
from diplotrack.store.queries import registers as queries
from diplotrack.store.queries.rows import EventRow
from diplotrack.store.search import resolve_countries

from . import UsageError


@dataclass(frozen=True)
class Register:
    """How one register is read and shown: its query, its table columns, its JSON objects."""

    read: Callable[..., Sequence[Any]]
    count: Callable[[Session, RecordFilter], int]
    columns: tuple[str, ...]
    to_object: Callable[[Any], dict[str, Any]] = field(default=plain)
    to_table: Callable[[dict[str, Any]], dict[str, Any]] = field(default=lambda obj: obj)


def local_zone() -> tzinfo:
    """The zone whose days ``--from``/``--to`` mean: the computer's own (IANA when known)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    localtime = Path("/etc/localtime")
    if localtime.is_symlink():
        candidates.append(str(localtime.resolve()).partition("zoneinfo/")[2])
    for name in candidates:
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def _event_zone(row: EventRow) -> tzinfo:
    try:
        return ZoneInfo(row.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def event_object(row: EventRow) -> dict[str, Any]:
    """An event for scripts. A timed event's ``start``/``end`` are datetimes in its own zone
    with their offset; an all-day event's are dates, ``end`` being its last day."""
    if row.all_day:
        start: Any = row.starts_at.date()
        end: Any = max(row.starts_at, row.ends_at - timedelta(days=1)).date()
    else:
        zone = _event_zone(row)
        start, end = row.starts_at.astimezone(zone), row.ends_at.astimezone(zone)
    shown: dict[str, Any] = plain(
        {
            "id": row.id,
            "kind": row.kind,
            "title": row.title,
            "start": start,
            "end": end,
            "all_day": row.all_day,
            "timezone": row.timezone,
            "date_precision": row.date_precision,
            "status": row.status,
            "level": row.level,
            "format": row.format,
            "countries": row.countries,
            "place": row.place,
            "place_id": row.place_id,
            "participants": row.participants,
            "topics": row.topics,
            "recurrence": row.recurrence,
            "delegation_id": row.delegation_id,
            "archived": row.archived,
            "version": row.version,
        }
    )
    return shown


def event_table_row(obj: dict[str, Any]) -> dict[str, Any]:
    """The start as a person reads it: "2024-04-10 11:00" (no seconds, no offset), a span of
    days, or only the month or year a planned event is known by."""
    start, end = str(obj["start"]), str(obj["end"])
    if obj["date_precision"] == "year":
        shown = start[:4]
    elif obj["date_precision"] == "month":
        shown = start[:7]
    elif not obj["all_day"]:
        shown = start[:16].replace("T", " ")
    else:
        shown = start if end == start else f"{start} – {end}"
    return {**obj, "start": shown}


REGISTERS: dict[str, Register] = {
    "events": Register(
        queries.list_events,
        queries.count_events,
        ("id", "start", "title", "kind", "status", "countries", "place"),
        event_object,
        event_table_row,
    ),
    "delegations": Register(
        queries.list_delegations,
        queries.count_delegations,
        ("id", "arrives_on", "departs_on", "title", "direction", "status", "country", "head"),
    ),
    "agreements": Register(
        queries.list_agreements,
        queries.count_agreements,
        ("id", "title", "kind", "status", "signed_on", "valid_until", "parties"),
    ),
    "people": Register(
        queries.list_people,
        queries.count_people,
        ("id", "name", "name_alt", "country", "position", "organization"),
    ),
    "organizations": Register(
        queries.list_organizations,
        queries.count_organizations,
        ("id", "name", "kind", "country", "place", "parent"),
    ),
    "places": Register(
        queries.list_places, queries.count_places, ("id", "name", "name_alt", "kind", "country")
    ),
    "followups": Register(
        queries.list_followups,
        queries.count_followups,
        ("id", "due_on", "title", "status", "responsible", "country"),
    ),
}


# The JSON of an event says ``start``/``end``; sorting by those names means the stored times.
SORT_ALIASES = {"start": "starts_at", "end": "ends_at"}


def countries_of(session: Session, given: Sequence[str]) -> tuple[str, ...]:
    codes: dict[str, None] = {}
    for text in given:
        found = resolve_countries(session, text)
        if not found:
            raise UsageError(
                f"--country “{text}”: no country of that name or code is known "
                "(write an ISO code such as KG, or a name such as Киргизия or Kyrgyzstan)",
                field="countries",
            )
        codes.update(dict.fromkeys(found))
    return tuple(codes)


def topics_of(session: Session, given: Sequence[str]) -> tuple[int, ...]:
    """Topic ids by name in Russian or English, in any word form ("культуре" → культура)."""
    if not given:
        return ()
    topics = session.execute(select(Topic.id, Topic.name_ru, Topic.name_en)).all()
    found: dict[int, None] = {}
    for text in given:
        wanted = normalize(text)
        prefix = stem(wanted) if " " not in wanted else wanted
        matches = [
            topic_id
            for topic_id, *names in topics
            if any(name and normalize(name).startswith(prefix) for name in names)
        ]
        if not matches:
            known = ", ".join(sorted(name_ru for _, name_ru, _ in topics))
            raise UsageError(f"--topic “{text}”: no such topic; known topics: {known}")
        found.update(dict.fromkeys(matches))
    return tuple(found)


def existing_ids(session: Session, record: type[Any], ids: Sequence[int]) -> tuple[int, ...]:
    present = set(session.scalars(select(record.id).where(record.id.in_(ids)))) if ids else set()
    for record_id in ids:
        if record_id not in present:
            what = record.__name__.lower()
            raise UsageError(f"--{what} {record_id}: there is no {what} with the id {record_id}")
    return tuple(ids)


def record_filter(session: Session, args: argparse.Namespace) -> RecordFilter:
    """The filter the command line asks for; a name or id that matches nothing is a usage
    error, so a typo is never taken for "no records"."""
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise UsageError(f"--to {args.date_to} is before --from {args.date_from}")
    return RecordFilter(
        countries=countries_of(session, args.country),
        kinds=tuple(getattr(args, "kind", ())),
        statuses=tuple(getattr(args, "status", ())),
        date_from=args.date_from,
        date_to=args.date_to,
        topic_ids=topics_of(session, args.topic),
        person_ids=existing_ids(session, Person, args.person),
        organization_ids=existing_ids(session, Organization, args.organization),
        place_ids=existing_ids(session, Place, args.place),
        text=args.text,
        include_archived=args.archived,
    )


def read_rows(session: Session, register: Register, args: argparse.Namespace) -> list[Any]:
    flt = record_filter(session, args)
    options: dict[str, Any] = {"descending": args.desc, "limit": args.limit}
    if args.sort:
        options["order_by"] = SORT_ALIASES.get(args.sort, args.sort)
    if args.register == "events":
        options["zone"] = local_zone()
    try:
        return list(register.read(session, flt, **options))
    except KnownError as error:
        if error.field == "order_by":
            raise UsageError(f"--sort: {error.message}") from error
        raise


def write(text: str, output_format: str) -> None:
    """JSON and CSV are always UTF-8; a table follows the terminal, replacing what it lacks."""
    stream = sys.stdout
    if isinstance(stream, io.TextIOWrapper):
        if output_format in ("json", "csv"):
            stream.reconfigure(encoding="utf-8")
        else:
            stream.reconfigure(errors="replace")
    stream.write(text)
    stream.flush()


def run(args: argparse.Namespace) -> int:
    register = REGISTERS[args.register]
    db = open_database(args.database)
    try:
        with db.session() as session:
            rows = read_rows(session, register, args)
    finally:
        db.close()
    objects = [register.to_object(row) for row in rows]
    if args.format == "table":
        text = render([register.to_table(obj) for obj in objects], "table", register.columns)
    elif args.format == "csv":
        columns = tuple(objects[0]) if objects else register.columns
        text = render(objects, "csv", columns)
    else:
        text = render(objects, "json", register.columns)
    write(text, args.format)
    return 0
