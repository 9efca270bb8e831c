"""The office history's own stories: delegations both ways with their programmes, recurring
series, a forum with its sessions, agreement signings, and follow-ups in every status."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    Delegation,
    DelegationMember,
    Event,
    FollowUp,
    Organization,
    Person,
    Place,
    Position,
    Topic,
)

from . import vocabulary as v
from .bulk import (
    EventRows,
    EventWords,
    Row,
    advance_sequences,
    event_row,
    insert_rows,
    next_id,
    table_of,
)
from .bulk import participant as guest_row
from .bulk import write_events as write_event_rows
from .generator import recurrence_end

if TYPE_CHECKING:
    from .history import OfficeHistory

ANCHOR = date(v.ANCHOR_YEAR, v.ANCHOR_MONTH, v.ANCHOR_DAY)
HOME_TZ = "Asia/Krasnoyarsk"
TIMEZONES = {p.code: p.timezone for p in v.PARTNERS}


def _at(day: date, hour: int, timezone: str, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZoneInfo(timezone)).astimezone(UTC)


def _stamp(day: date) -> datetime:
    return datetime.combine(min(day, ANCHOR), time(8, 0), UTC) - timedelta(days=7)


def _record(record_id: int, created: datetime, **values: Any) -> Row:
    return {
        "id": record_id,
        "version": 1,
        "created_at": created,
        "updated_at": created,
        "archived_at": None,
        **values,
    }


def add_stories(
    session: Session,
    rng: random.Random,
    history: OfficeHistory,
    *,
    home: int,
    administration: int,
    mayor: int,
    staff: list[int],
    partner_cities: list[tuple[str, int, int, int]],  # country, place, city hall, its mayor
) -> None:
    """Write the stories (the history's cast must be written already) into ``history``."""
    topics = dict(session.execute(select(Topic.name_en, Topic.id)).all())
    places = dict(session.execute(select(Place.id, Place.name)).all())
    people_of: dict[str, list[int]] = {}
    for person_id, code in session.execute(
        select(Person.id, Person.country_code).where(Person.id.in_(history.people))
    ):
        people_of.setdefault(code or "", []).append(person_id)
    event_id = next_id(session, table_of(Event))
    first_delegation = next_id(session, table_of(Delegation))
    followup_id = next_id(session, table_of(FollowUp))
    rows = EventRows()
    delegations: list[Row] = []
    members: list[Row] = []
    followups: list[Row] = []

    def followup(title: str, status: str, due: date | None, **links: Any) -> None:
        nonlocal followup_id
        responsible: dict[str, Any] = {
            "responsible_person_id": None,
            "responsible_organization_id": None,
            "responsible_text": None,
        }
        pick = followup_id % 3
        if pick == 0:
            responsible["responsible_person_id"] = rng.choice(staff)
        elif pick == 1:
            responsible["responsible_organization_id"] = administration
        else:
            responsible["responsible_text"] = "Управление международных связей"
        done = due - timedelta(days=rng.randint(0, 5)) if status == "done" and due else None
        followups.append(
            _record(
                followup_id,
                _stamp(due or ANCHOR),
                title=title,
                status=status,
                due_on=due,
                done_on=done,
                **responsible,
                **{
                    "event_id": None,
                    "delegation_id": None,
                    "agreement_id": None,
                    "country_code": None,
                    "notes": None,
                    **links,
                },
            )
        )
        history.followups.append(followup_id)
        followup_id += 1

    def event(**values: Any) -> int:
        nonlocal event_id
        links = {
            k: values.pop(k)
            for k in ("participants", "countries", "organizations", "topics", "agreements")
            if k in values
        }
        values.setdefault("created_at", _stamp(values["starts_at"].date()))
        rows.add(event_row(id=event_id, **values), **links)
        event_id += 1
        return event_id - 1

    # Delegations both ways, each with a programme of two or three events.
    chosen = rng.sample(partner_cities, k=min(24, len(partner_cities)))
    for number, (code, place, hall, head) in enumerate(chosen):
        delegation_id = first_delegation + number
        incoming = number % 2 == 0
        arrives = date(2019, 3, 1) + timedelta(days=rng.randrange(2800))
        departs = arrives + timedelta(days=rng.randint(2, 5))
        if departs < ANCHOR:
            status = "cancelled" if number % 7 == 3 else "held"
        else:
            status = "postponed" if number % 11 == 5 else rng.choice(("planned", "confirmed"))
        city = places[place]
        guests = [p for p in people_of.get(code, []) if p != head]
        ours = [mayor if number % 4 == 0 else staff[0], *rng.sample(staff[1:], k=2)]
        delegation_head = head if incoming else ours[0]
        team = rng.sample(guests, k=min(2, len(guests))) if incoming else ours[1:]
        title = (
            f"Визит делегации города {city} в Красноярск"
            if incoming
            else f"Визит делегации Красноярска в город {city}"
        )
        delegations.append(
            _record(
                delegation_id,
                _stamp(arrives),
                title=title,
                direction="incoming" if incoming else "outgoing",
                status=status,
                organization_id=hall if incoming else administration,
                place_id=place,
                country_code=code,
                head_id=delegation_head,
                arrives_on=arrives,
                departs_on=departs,
                purpose=rng.choice(v.DELEGATION_PURPOSES),
                notes=None,
            )
        )
        history.delegations.append(delegation_id)
        for position, person in enumerate(team):
            members.append(
                {
                    "delegation_id": delegation_id,
                    "person_id": person,
                    "role": "член делегации",
                    "position": position,
                }
            )
        timezone = HOME_TZ if incoming else TIMEZONES.get(code, "UTC")
        host = ours[0] if incoming else head
        for day_number, (kind, part, part_en) in enumerate(
            rng.sample(v.PROGRAMME_PARTS, k=rng.randint(2, 3))
        ):
            day = min(arrives + timedelta(days=day_number + 1), departs)
            event(
                kind=kind,
                title=f"{part}: {city}",
                title_alt=f"{part_en}: {city}",
                status=status,
                starts_at=_at(day, 10 + 3 * (day_number % 2), timezone),
                ends_at=_at(day, 12 + 3 * (day_number % 2), timezone),
                timezone=timezone,
                place_id=home if incoming else place,
                delegation_id=delegation_id,
                participants=[
                    guest_row(role="host", person_id=host),
                    guest_row(role="head_of_delegation", person_id=delegation_head),
                    *(guest_row(role="member", person_id=p) for p in team),
                ],
                countries=["RU", code],
                organizations=[administration, hall],
                topics=[
                    topics[rng.choice(("culture", "economy", "municipal services", "education"))]
                ],
            )
        if status == "cancelled":
            followup(
                f"Подготовить программу визита: {city}",
                "cancelled",
                arrives - timedelta(days=7),
                delegation_id=delegation_id,
                country_code=code,
            )
            continue
        before = arrives - timedelta(days=7)
        followup(
            f"Подготовить программу визита: {city}",
            "done" if before < ANCHOR else rng.choice(("open", "in_progress")),
            before,
            delegation_id=delegation_id,
            country_code=code,
        )
        if status == "held":
            after = departs + timedelta(days=14)
            followup(
                f"Направить благодарственные письма по итогам визита: {city}",
                "open" if number % 5 == 0 else "done",
                after,  # some are overdue
                delegation_id=delegation_id,
                country_code=code,
            )

    # Recurring series: a yearly forum, a monthly consultation, an endless briefing.
    consul = session.scalar(
        select(Position.person_id)
        .join(Organization, Position.organization_id == Organization.id)
        .where(Organization.name.startswith("Генеральное консульство Китайской"))
        .limit(1)
    )
    for kind, title, title_alt, first, hour, length, rule, status, countries in v.SERIES:
        all_day = hour is None
        starts = datetime.combine(first, time(), UTC) if all_day else _at(first, hour or 0, HOME_TZ)
        ends = starts + (timedelta(days=length) if all_day else timedelta(hours=length))
        event(
            kind=kind,
            title=title,
            title_alt=title_alt,
            status=status,
            starts_at=starts,
            ends_at=ends,
            timezone=HOME_TZ,
            all_day=all_day,
            date_precision="day" if all_day else "exact",
            recurrence=rule,
            recurrence_ends_at=recurrence_end(rule, starts, ends, HOME_TZ, all_day),
            format="online" if kind == "call" else "in_person",
            level="working",
            place_id=home,
            participants=[
                guest_row(role="host", person_id=staff[1]),
                *([guest_row(role="guest", person_id=consul)] if consul and "КНР" in title else []),
            ],
            countries=["RU", *countries],
            organizations=[administration],
            topics=[topics["culture"], topics["economy"]],
        )

    # A forum with its sessions (child events).
    forum = event(
        kind="conference",
        title="Форум «Сибирь — Азия: города-партнёры»",
        title_alt="Forum “Siberia — Asia: Partner Cities”",
        status="held",
        starts_at=datetime(2023, 9, 20, tzinfo=UTC),
        ends_at=datetime(2023, 9, 23, tzinfo=UTC),
        timezone=HOME_TZ,
        all_day=True,
        date_precision="day",
        place_id=home,
        venue="МВДЦ «Сибирь»",
        countries=["RU", "KG", "CN", "MN", "KZ", "UZ"],
        organizations=[administration],
        participants=[guest_row(role="host", person_id=mayor)],
        topics=[topics["economy"], topics["municipal services"], topics["education"]],
    )
    for day_of_month, hour, part, part_en in (
        (20, 10, "Пленарное заседание", "Plenary session"),
        (21, 10, "Секция «Городское хозяйство и транспорт»", "Municipal services and transport"),
        (21, 15, "Секция «Образование и молодёжные обмены»", "Education and youth exchanges"),
    ):
        event(
            kind="conference",
            title=part,
            title_alt=part_en,
            status="held",
            starts_at=_at(date(2023, 9, day_of_month), hour, HOME_TZ),
            ends_at=_at(date(2023, 9, day_of_month), hour + 2, HOME_TZ),
            timezone=HOME_TZ,
            place_id=home,
            venue="МВДЦ «Сибирь»",
            parent_id=forum,
            countries=["RU"],
            participants=[guest_row(role="participant", person_id=rng.choice(staff))],
        )
    followup(
        "Разослать итоговую резолюцию форума «Сибирь — Азия»",
        "done",
        date(2023, 10, 15),
        event_id=forum,
    )

    # Signings of the agreements signed since the register began, and their follow-ups.
    for agreement_id, title, signed, at, until, status in session.execute(
        select(
            Agreement.id,
            Agreement.title,
            Agreement.signed_on,
            Agreement.signed_at_id,
            Agreement.valid_until,
            Agreement.status,
        )
        .where(Agreement.id.in_(history.agreements))
        .order_by(Agreement.id)
    ):
        country = next((c for c, place, _h, _m in partner_cities if place == at), None)
        if signed is not None and signed >= date(2019, 1, 1) and at is not None:
            timezone = HOME_TZ if at == home else TIMEZONES.get(country or "", "UTC")
            event(
                kind="signing",
                title=f"Подписание: {title}",
                status="held",
                starts_at=_at(signed, 12, timezone),
                ends_at=_at(signed, 13, timezone),
                timezone=timezone,
                place_id=at,
                agreements=[agreement_id],
                countries=["RU", *([country] if country else [])],
                participants=[guest_row(role="host", person_id=mayor)],
            )
        if until is not None and status == "in_force" and until - ANCHOR < timedelta(days=90):
            followup(
                f"Подготовить решение о продлении: {title}",
                rng.choice(("open", "in_progress")),
                until - timedelta(days=30),
                agreement_id=agreement_id,
            )
        elif status == "in_force":
            followup(
                f"Отчёт о выполнении за 2024 год: {title}",
                rng.choice(("done", "in_progress", "open")),
                date(2025, 2, 28),
                agreement_id=agreement_id,
            )
    followup(
        "Согласовать новую дату Дней культуры",
        "open",
        date(2027, 3, 1),
        country_code="DE",
        agreement_id=None,
    )
    followup(
        "Уточнить состав делегации для форума «Енисей»",
        "in_progress",
        ANCHOR + timedelta(days=20),
        country_code="MN",
    )
    followup(
        "Организовать выставку немецких художников",
        "cancelled",
        date(2022, 5, 1),
        country_code="DE",
    )

    insert_rows(session, table_of(Delegation), delegations)
    insert_rows(session, table_of(DelegationMember), members)
    write_event_rows(session, rows, EventWords(session))
    insert_rows(session, table_of(FollowUp), followups)
    advance_sequences(session, [table_of(Delegation), table_of(Event), table_of(FollowUp)])
    history.events += len(rows)
