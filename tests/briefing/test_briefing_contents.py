"""What each note holds, point 2 of issue 4 and the briefing pack of a visit, one by one: posts
and since when, the last N contacts, agreements in force with the days left and lapsed ones
worth renewing, open follow-ups (those carrying out the agreements shown too) with who and
when, plans, sources; for a visit its programme, both sides in both scripts, the topics of the
talks, the goals and the documents to sign."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from briefingkit import DEMO_DAY, Story, pdf_text
from sqlalchemy import select

from diplotrack.briefing import (
    BriefingOptions,
    BriefingSubject,
    SubjectKind,
    gather_briefing,
    write_pdf,
)
from diplotrack.briefing.model import Briefing
from diplotrack.domain import Delegation
from diplotrack.store.database import Database

BAKU_VISIT = "Визит делегации города Баку в Красноярск"


def make(db: Database, kind: SubjectKind, key: int | str, **options: object) -> Briefing:
    with db.session() as session:
        return gather_briefing(
            session,
            BriefingSubject(kind, key),
            BriefingOptions(**options),  # type: ignore[arg-type]
            today=DEMO_DAY,
        )


def _baku_visit(db: Database) -> int:
    with db.session() as session:
        found = session.scalar(select(Delegation.id).where(Delegation.title == BAKU_VISIT))
    assert found is not None
    return int(found)


def test_the_meetings_counterpart_with_post_and_since_when(
    qapp: object, demo_db: Database, story: Story
) -> None:
    note = make(demo_db, SubjectKind.EVENT, story.meeting, language="en")
    kabaev = next(c for c in note.counterparts if c.name == "Azamat Kabaev")
    assert kabaev.post is not None and kabaev.post.startswith("Head of the Office")
    assert kabaev.since == date(2023, 11, 1) and kabaev.role == "guest"
    assert note.sources and "Логинов" in note.sources[0]


def test_the_history_is_the_last_n_in_time_order(qapp: object, demo_db: Database) -> None:
    note = make(demo_db, SubjectKind.COUNTRY, "KG", history_limit=4)
    assert len(note.history) == 4 and note.history_total > 4
    days = [c.starts or date.min for c in note.history]
    assert days == sorted(days) and days[-1] <= DEMO_DAY


def test_agreements_in_force_with_days_left_and_lapsed_ones_worth_renewing(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    note = make(demo_db, SubjectKind.COUNTRY, "RU", language="en")
    ending = [a for a in note.agreements if a.valid_until is not None]
    assert ending and all(a.days_to_expiry == (a.valid_until - DEMO_DAY).days for a in ending)  # type: ignore[operator]
    assert [a.days_to_expiry for a in ending] == sorted(a.days_to_expiry or 0 for a in ending)
    assert note.lapsed_agreements
    assert all(
        a.valid_until is not None and a.valid_until < DEMO_DAY for a in note.lapsed_agreements
    )
    path = tmp_path / "ru.pdf"
    write_pdf(note, path)
    text = " ".join(pdf_text(path).split())
    assert f"{ending[0].days_to_expiry} days left" in text
    assert "Expired agreements worth renewing" in text and "renewed by" in text


def test_follow_ups_carrying_out_the_place_s_agreement_are_in_its_note(
    qapp: object, demo_db: Database, story: Story
) -> None:
    note = make(demo_db, SubjectKind.PLACE, story.jalal_abad)
    assert [a.title for a in note.agreements] == [
        "Меморандум о побратимских отношениях между городами Красноярск и Джалал-Абад"
    ]
    assert any(f.title.startswith("Уточнить сроки строительства") for f in note.followups)


def test_open_follow_ups_say_who_and_when_and_what_is_overdue(
    qapp: object, demo_db: Database
) -> None:
    note = make(demo_db, SubjectKind.COUNTRY, "KG")
    assert all(f.status in ("open", "in_progress") for f in note.followups)
    dated = [f for f in note.followups if f.due_on is not None]
    assert dated and any(f.responsible for f in dated)
    assert all(f.overdue == (f.due_on < DEMO_DAY) for f in dated)  # type: ignore[operator]


def test_a_country_note_cites_the_sources_of_its_contacts(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    note = make(demo_db, SubjectKind.COUNTRY, "KG", history_limit=50)
    assert any("Кабаев" in s or "канцелярии" in s for s in note.sources)
    path = tmp_path / "kg.pdf"
    write_pdf(note, path)
    assert "Источники" in pdf_text(path)


def test_a_visit_s_pack_has_both_sides_the_topics_and_the_documents_to_sign(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    visit = _baku_visit(demo_db)
    note = make(demo_db, SubjectKind.DELEGATION, visit, language="en")
    assert note.delegation_members[0].name == "Elchin Mammadov"
    assert all(m.name_other for m in note.delegation_members)  # the list in both scripts
    assert [(h.name, h.name_other) for h in note.host_side] == [
        ("Vladislav Loginov", "Владислав Логинов")
    ]
    assert note.topics == ("municipal services", "education")
    assert note.goals and note.programme
    assert [d.status for d in note.documents_to_sign] == ["negotiating"]
    path = tmp_path / "baku.pdf"
    write_pdf(note, path)
    text = " ".join(pdf_text(path).split())
    for expected in (
        "The receiving side",
        "Topics of the talks",
        "1. municipal services",
        "Documents to sign",
        "Local time, Krasnoyarsk (UTC+7)",
    ):
        assert expected in text, expected
    russian = make(demo_db, SubjectKind.DELEGATION, visit)
    assert russian.topics == ("городское хозяйство", "образование")
    assert [h.name for h in russian.host_side] == ["Владислав Логинов"]


def test_an_organization_abroad_is_placed_where_it_sits_and_named_whose_it_is(
    qapp: object, demo_db: Database, story: Story
) -> None:
    note = make(demo_db, SubjectKind.ORGANIZATION, story.chancery, language="en")
    facts = {f.label: f.value for f in note.facts}
    assert facts["Location"] == "Krasnoyarsk, Russia" and facts["Country"] == "Kyrgyzstan"
    assert (
        facts["Parent organization"] == "Embassy of the Kyrgyz Republic to the Russian Federation"
    )
