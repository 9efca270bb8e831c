"""The office history's regular and conference stories: recurring series, a forum with its
sessions, and a meeting on the day the demo is made (so that the Today page has a "today")."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Organization, Position
from diplotrack.domain.recurrence import recurrence_end

from . import vocabulary as v
from .bulk import participant as guest_row
from .story_rows import HOME_TZ, StoryRows, local_time

CONSULATE_OF_CHINA = "Генеральное консульство Китайской"


def working_day(day: date) -> date:
    """``day``, or the Monday after it when it falls on a weekend."""
    return day + timedelta(days=max(0, 7 - day.weekday()) if day.weekday() >= 5 else 0)


def add_series(
    story: StoryRows,
    session: Session,
    topics: dict[str | None, int],
    *,
    home: int,
    mayor: int,
) -> None:
    """Recurring series, the forum «Сибирь — Азия» with its sessions, and today's meeting."""
    when, rng, staff, administration = story.when, story.rng, story.staff, story.administration
    consul = session.scalar(
        select(Position.person_id)
        .join(Organization, Position.organization_id == Organization.id)
        .where(Organization.name.startswith(CONSULATE_OF_CHINA))
        .limit(1)
    )
    # A yearly forum, a monthly consultation, an endless briefing.
    for kind, title, title_alt, composed, hour, length, lines, status, countries in v.SERIES:
        first, rule = when.series(composed, hour, lines)
        all_day = hour is None
        starts = (
            datetime.combine(first, time(), UTC)
            if all_day
            else local_time(first, hour or 0, HOME_TZ)
        )
        ends = starts + (timedelta(days=length) if all_day else timedelta(hours=length))
        story.event(
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
            recurrence_ends_at=recurrence_end(starts, ends, HOME_TZ, rule, all_day=all_day),
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

    forum = story.event(
        kind="conference",
        title="Форум «Сибирь — Азия: города-партнёры»",
        title_alt="Forum “Siberia — Asia: Partner Cities”",
        status="held",
        starts_at=when.moved(datetime(2023, 9, 20, tzinfo=UTC)),
        ends_at=when.moved(datetime(2023, 9, 23, tzinfo=UTC)),
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
        story.event(
            kind="conference",
            title=part,
            title_alt=part_en,
            status="held",
            starts_at=local_time(when.day(2023, 9, day_of_month), hour, HOME_TZ),
            ends_at=local_time(when.day(2023, 9, day_of_month), hour + 2, HOME_TZ),
            timezone=HOME_TZ,
            place_id=home,
            venue="МВДЦ «Сибирь»",
            parent_id=forum,
            countries=["RU"],
            participants=[guest_row(role="participant", person_id=rng.choice(staff))],
        )
    story.followup(
        "Разослать итоговую резолюцию форума «Сибирь — Азия»",
        "done",
        when.day(2023, 10, 15),
        event_id=forum,
    )

    # The mayor receives the Consul General of China on the day the demo is made (or on the
    # Monday after, when that is a weekend: the office does not meet guests on Sundays).
    day = working_day(when.today)
    consulate = session.scalar(
        select(Organization.id).where(Organization.name.startswith(CONSULATE_OF_CHINA)).limit(1)
    )
    story.event(
        kind="meeting",
        title="Встреча Главы города с Генеральным консулом КНР в Иркутске",
        title_alt="Mayor's meeting with the Consul General of China in Irkutsk",
        status="confirmed",
        starts_at=local_time(day, 11, HOME_TZ),
        ends_at=local_time(day, 12, HOME_TZ),
        timezone=HOME_TZ,
        place_id=home,
        venue="Администрация города Красноярска, кабинет Главы города",
        notes="Подготовлена справка к встрече.",
        countries=["RU", "CN"],
        organizations=[administration, *([consulate] if consulate else [])],
        participants=[
            guest_row(role="host", person_id=mayor),
            *([guest_row(role="guest", person_id=consul)] if consul else []),
        ],
        topics=[topics["economy"], topics["culture"]],
        created_at=datetime.combine(day - timedelta(days=10), time(9, 0), UTC),
    )
