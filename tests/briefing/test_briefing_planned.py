"""A note's planned events stop at ``PLANNED_LIMIT`` and say how many more there are: the plans
counted by the database as the section chooses them (SQLite and PostgreSQL), the line printed
in the note's language («и ещё N запланированных», "+N more planned")."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest
from briefingkit import DEMO_DAY, pdf_text, story_of

from diplotrack.briefing import BriefingOptions, BriefingSubject, SubjectKind, gather_briefing
from diplotrack.briefing.model import Briefing
from diplotrack.briefing.pages import write_pdf
from diplotrack.briefing.sections import PLANNED_LIMIT
from diplotrack.demo import fill_demo
from diplotrack.services.events import EventInput, create_event
from diplotrack.store.database import Database

PLANS = 25


def _gather(db: Database, kind: SubjectKind, key: int | str, language: str = "ru") -> Briefing:
    with db.session() as session:
        return gather_briefing(
            session, BriefingSubject(kind, key), BriefingOptions(language=language), today=DEMO_DAY
        )


def _plan(db: Database, title: str, days_ahead: int, status: str = "planned") -> int:
    start = datetime.combine(DEMO_DAY + timedelta(days=days_ahead), time(3), UTC)
    changes = create_event(
        db,
        EventInput(
            title=title,
            starts_at=start,
            ends_at=start + timedelta(hours=2),
            status=status,
            countries=("KG",),
        ),
    )
    [created] = changes.created
    return created.id


def _add_plans(db: Database) -> list[int]:
    return [_plan(db, f"Консультации по проекту, этап {n}", 10 + n) for n in range(1, PLANS + 1)]


def test_the_plans_beyond_the_limit_are_counted(database: Database) -> None:
    fill_demo(database, events=0, today=DEMO_DAY)
    story_of(database)  # the worked example is there
    before = _gather(database, SubjectKind.COUNTRY, "KG")
    # under the limit the count is what was read: the database counts as the section chooses
    assert 0 < len(before.planned) == before.planned_total < PLANNED_LIMIT
    plans = _add_plans(database)
    _plan(database, "Не обновлённый план", -3)  # an exact date in the past: no plan any more
    _plan(database, "Состоявшаяся встреча", 5, status="held")  # not a plan either
    note = _gather(database, SubjectKind.COUNTRY, "KG")
    assert len(note.planned) == PLANNED_LIMIT
    assert note.planned_total == before.planned_total + PLANS
    # an event's own note leaves the event out of its plans, and out of their count
    own = _gather(database, SubjectKind.EVENT, plans[-1])
    assert all(p.id != plans[-1] for p in own.planned)
    assert own.planned_total == note.planned_total - 1


def _russian_plans(count: int) -> str:
    ending = "ое" if count % 10 == 1 and count % 100 != 11 else "ых"
    return f"и ещё {count} запланированн{ending}"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_note_says_how_many_more_are_planned(
    qapp: object, demo_db: Database, tmp_path: Path, language: str
) -> None:
    _add_plans(demo_db)
    note = _gather(demo_db, SubjectKind.COUNTRY, "KG", language)
    more = note.planned_total - PLANNED_LIMIT
    assert more >= PLANS - PLANNED_LIMIT
    path = tmp_path / f"planned-{language}.pdf"
    write_pdf(note, path)
    printed = " ".join(pdf_text(path).split())
    line = _russian_plans(more) if language == "ru" else f"+{more} more planned"
    heading = "Планируемые мероприятия" if language == "ru" else "Planned events"
    assert printed.count(line) == 1
    # the line closes the planned events: after their heading and the last plan listed
    last = note.planned[-1].title
    assert printed.index(heading) < printed.rindex(last) < printed.index(line)


def test_a_note_within_the_limit_says_nothing_more(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    note = _gather(demo_db, SubjectKind.COUNTRY, "KG")
    assert note.planned and note.planned_total == len(note.planned)
    path = tmp_path / "planned.pdf"
    write_pdf(note, path)
    printed = " ".join(pdf_text(path).split())
    assert "Планируемые мероприятия" in printed and "запланированн" not in printed
