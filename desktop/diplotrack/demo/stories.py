"""The office history's own stories: delegations both ways with their programmes (one arriving in
the days after the demo is made), agreement signings and follow-ups in every status; the series,
the forum and the day's own meeting are in ``stories_series``."""

from __future__ import annotations

import random
from datetime import timedelta
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Agreement, Person, Place, Topic

from . import vocabulary as v
from .bulk import participant as guest_row
from .stories_series import add_series
from .story_rows import HOME_TZ, TIMEZONES, StoryRows, local_time, record
from .timeline import Timeline

if TYPE_CHECKING:
    from .history import OfficeHistory


def add_stories(
    session: Session,
    rng: random.Random,
    history: OfficeHistory,
    when: Timeline,
    *,
    home: int,
    administration: int,
    mayor: int,
    staff: list[int],
    partner_cities: list[tuple[str, int, int, int]],  # country, place, city hall, its mayor
) -> None:
    """Write the stories (the history's cast must be written already) into ``history``."""
    today = when.today
    topics = dict(session.execute(select(Topic.name_en, Topic.id)).all())
    places = dict(session.execute(select(Place.id, Place.name)).all())
    people_of: dict[str, list[int]] = {}
    for person_id, code in session.execute(
        select(Person.id, Person.country_code).where(Person.id.in_(history.people))
    ):
        people_of.setdefault(code or "", []).append(person_id)
    story = StoryRows(session, rng, history, when, administration=administration, staff=staff)
    followup, event = story.followup, story.event
    # Delegations both ways, each with a programme of two or three events.
    chosen = rng.sample(partner_cities, k=min(24, len(partner_cities)))
    for number, (code, place, hall, head) in enumerate(chosen):
        delegation_id = story.first_delegation + number
        incoming = number % 2 == 0
        arrives = when.day(2019, 3, 1) + timedelta(days=rng.randrange(2800))
        if number == 0:  # the visit the Today page shows arriving soon, its programme this week
            arrives = today + timedelta(days=rng.randint(1, 4))
        departs = arrives + timedelta(days=rng.randint(2, 5))
        # both drawn, so that the random stream does not depend on the day
        ahead = "postponed" if number % 11 == 5 else rng.choice(("planned", "confirmed"))
        preparing = rng.choice(("open", "in_progress"))
        past = "cancelled" if number % 7 == 3 else "held"
        status = past if departs < today else ahead
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
        story.delegations.append(
            record(
                delegation_id,
                story.stamp(arrives),
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
            story.members.append(
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
                # a visit under way has held the part of its programme before today
                status="held" if day < today and status in ("planned", "confirmed") else status,
                starts_at=local_time(day, 10 + 3 * (day_number % 2), timezone),
                ends_at=local_time(day, 12 + 3 * (day_number % 2), timezone),
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
            "done" if before < today else preparing,
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

    add_series(story, session, topics, home=home, mayor=mayor)

    # Signings of the agreements signed since the register began, and their follow-ups.
    reported = False
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
        if signed is not None and signed >= when.day(2019, 1, 1) and at is not None:
            timezone = HOME_TZ if at == home else TIMEZONES.get(country or "", "UTC")
            event(
                kind="signing",
                title=f"Подписание: {title}",
                status="held",
                starts_at=local_time(signed, 12, timezone),
                ends_at=local_time(signed, 13, timezone),
                timezone=timezone,
                place_id=at,
                agreements=[agreement_id],
                countries=["RU", *([country] if country else [])],
                participants=[guest_row(role="host", person_id=mayor)],
            )
        if until is not None and status == "in_force" and until - today < timedelta(days=90):
            followup(
                f"Подготовить решение о продлении: {title}",
                rng.choice(("open", "in_progress")),
                until - timedelta(days=30),
                agreement_id=agreement_id,
            )
        elif status == "in_force":
            report_due = when.day(2025, 2, 28)
            chosen_status = rng.choice(("done", "in_progress", "open"))
            followup(
                f"Отчёт о выполнении за {report_due.year - 1} год: {title}",
                # the first report is late, so that there is always something overdue
                chosen_status if reported else "in_progress",
                report_due,
                agreement_id=agreement_id,
            )
            reported = True
    followup(
        "Согласовать новую дату Дней культуры",
        "open",
        when.day(2027, 3, 1),
        country_code="DE",
        agreement_id=None,
    )
    followup(
        "Уточнить состав делегации для форума «Енисей»",
        "in_progress",
        today + timedelta(days=20),
        country_code="MN",
    )
    followup(
        "Организовать выставку немецких художников",
        "cancelled",
        when.day(2022, 5, 1),
        country_code="DE",
    )

    story.write(session)
