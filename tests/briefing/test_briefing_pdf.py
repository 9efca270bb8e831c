"""Briefing notes from the demo as PDFs: what their text layer says, their pages, and that
nothing runs outside the text area of A4 with its margins."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefingkit import DEMO_DAY, Story, pdf_pages, pdf_text, pdf_words
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from diplotrack.briefing import (
    BriefingOptions,
    BriefingSubject,
    SubjectKind,
    briefing_html,
    gather_briefing,
    write_pdf,
)
from diplotrack.briefing.model import Briefing
from diplotrack.domain import Event
from diplotrack.store.database import Database

MM = 72 / 25.4
# A4 in points, and the text area inside the margins (20 mm left, 15 mm right, top, bottom)
LEFT, RIGHT, TOP, BOTTOM = 20 * MM, 595.28 - 15 * MM, 15 * MM, 841.89 - 15 * MM
TOLERANCE = 0.75


def subject_of(kind: str, story: Story) -> BriefingSubject:
    keys: dict[str, int | str] = {
        "event": story.meeting,
        "delegation": story.delegation,
        "country": "KG",
        "place": story.jalal_abad,
        "organization": story.chancery,
        "person": story.kabaev,
    }
    return BriefingSubject(SubjectKind(kind), keys[kind])


def make(db: Database, subject: BriefingSubject, **options: object) -> Briefing:
    with db.session() as session:
        return gather_briefing(session, subject, BriefingOptions(**options), today=DEMO_DAY)  # type: ignore[arg-type]


def written(briefing: Briefing, folder: Path) -> tuple[Path, int]:
    path = folder / "note.pdf"
    count = write_pdf(briefing, path)
    return path, count


def assert_inside_text_area(path: Path) -> None:
    """Every word lies inside the margins; every body word lies above the footer (a line cut
    by a page's edge would be painted, clipped, below the body: into the footer's band)."""
    pages, words = pdf_words(path)
    assert pages and words
    for page_number in range(1, len(pages) + 1):
        on_page = [w for w in words if w.page == page_number]
        assert on_page, f"page {page_number} is empty"
        footer_top = max(w.y_min for w in on_page)
        footer = [w for w in on_page if w.y_min > footer_top - 2]
        body = [w for w in on_page if w not in footer]
        for word in on_page:
            where = f"“{word.text}” on page {page_number} at ({word.x_min:.1f}, {word.y_min:.1f})"
            assert word.x_min >= LEFT - TOLERANCE, where
            assert word.x_max <= RIGHT + TOLERANCE, where
            assert word.y_min >= TOP - TOLERANCE, where
            assert word.y_max <= BOTTOM + TOLERANCE, where
        for word in body:
            assert word.y_max <= footer_top - 2, f"“{word.text}” runs into the footer"
        assert any(w.text == str(page_number) for w in footer)


EXPECTED: dict[tuple[str, str], tuple[str, ...]] = {
    ("event", "ru"): ("СПРАВКА", "к встрече", "Кабаев", "Батаева", "гость", "Джалал-Абад"),
    ("event", "en"): ("BRIEFING NOTE", "for the meeting", "Kabaev", "Bataeva", "Jalal-Abad"),
    ("delegation", "ru"): ("к визиту делегации", "Иманалиев", "Kubanychbek", "Программа"),
    ("delegation", "en"): ("for the visit of the delegation", "Imanaliev", "Jalal-Abad"),
    ("country", "ru"): ("о сотрудничестве", "Киргизия", "Кабаев", "Джалал-Абад", "Меморандум"),
    ("country", "en"): ("on cooperation with", "Kyrgyzstan", "Kabaev", "Jalal-Abad", "Memorandum"),
    ("place", "ru"): ("Джалал-Абад", "Иманалиев", "Меморандум"),
    ("place", "en"): ("Jalal-Abad", "Imanaliev", "Memorandum"),
    ("organization", "ru"): ("Канцелярия", "Кабаев", "Посольство"),
    ("organization", "en"): ("Office of the Embassy", "Kabaev"),
    ("person", "ru"): ("БИОГРАФИЧЕСКАЯ СПРАВКА", "Кабаев", "руководитель канцелярии"),
    ("person", "en"): ("BIOGRAPHICAL NOTE", "Kabaev", "Head of the Office"),
}


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize(
    "kind", ["event", "delegation", "country", "place", "organization", "person"]
)
def test_every_subject_makes_a_note_inside_its_margins(
    qapp: object, demo_db: Database, story: Story, tmp_path: Path, kind: str, language: str
) -> None:
    briefing = make(
        demo_db,
        subject_of(kind, story),
        language=language,
        marking="Для служебного пользования",
        prepared_by="И. Петров",
    )
    path, count = written(briefing, tmp_path)
    assert pdf_pages(path) == count >= 1
    text = " ".join(pdf_text(path).split())
    for expected in EXPECTED[(kind, language)]:
        assert expected in text, expected
    assert "Для служебного пользования" in text and "И. Петров" in text
    page_word = "стр." if language == "ru" else "page"
    assert f"{page_word} {count} {'из' if language == 'ru' else 'of'} {count}" in text
    assert_inside_text_area(path)


def test_the_country_note_tells_the_worked_example(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    briefing = make(demo_db, BriefingSubject(SubjectKind.COUNTRY, "KG"), history_limit=200)
    path, count = written(briefing, tmp_path)
    text = " ".join(pdf_text(path).split())
    for expected in (
        "Кабаев",
        "Джалал-Абад",
        "Меморандум о побратимских отношениях",
        "Делегация мэрии города Джалал-Абад",
        "XI Российско-Киргизская межрегиональная конференция",
        "Рабочая встреча Главы города с руководителем канцелярии",
        "Уточнить сроки строительства",
        "История контактов",
        "Действующие соглашения",
        "Поручения",
        "Планируемые мероприятия",
    ):
        assert expected in text, expected
    assert count > 2  # every contact of the office with Kyrgyzstan runs onto more pages
    assert_inside_text_area(path)


def test_the_russian_note_has_no_english_headings_and_back(
    qapp: object, demo_db: Database, story: Story, tmp_path: Path
) -> None:
    russian = " ".join(
        pdf_text(written(make(demo_db, subject_of("event", story)), tmp_path)[0]).split()
    )
    for english in ("History of contacts", "Agreements in force", "page 1 of", "Counterpart"):
        assert english not in russian
    english_note = make(demo_db, subject_of("event", story), language="en")
    english_text = " ".join(pdf_text(written(english_note, tmp_path)[0]).split())
    for heading in ("About the event", "Counterparts", "History of contacts", "Sources"):
        assert heading in english_text
    for russian_word in ("История", "Собеседник", "стр.", "Источники", "проведено"):
        assert russian_word not in english_text


def test_markup_from_the_database_and_the_talking_points_prints_as_text(
    qapp: object, demo_db: Database, story: Story, tmp_path: Path
) -> None:
    with demo_db.session() as session, session.begin():
        event = session.get_one(Event, story.meeting)
        event.notes = 'Итоги: <b>x</b> и <img src="file:///etc/passwd"> & <a href="x">ссылка</a>'
        event.source = "https://admin.krasnoyarsk.ru/" + "очень-длинный-адрес-" * 12
    briefing = make(
        demo_db,
        subject_of("event", story),
        talking_points="Поблагодарить за <b>x</b>\n\n<img src=a.png> второй тезис",
    )
    html = briefing_html(briefing)
    assert "<b>x</b>" not in html and "<img" not in html and "&lt;img src=" in html
    path, _ = written(briefing, tmp_path)
    text = pdf_text(path)
    assert "<b>x</b>" in text
    assert '<img src="file:///etc/passwd">' in text
    assert "<img src=a.png> второй тезис" in text
    assert '<a href="x">ссылка</a>' in text
    assert_inside_text_area(path)  # the long address wraps instead of running off the page


def test_a_tall_note_repeats_table_headers_and_numbers_its_pages(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    briefing = make(
        demo_db, BriefingSubject(SubjectKind.COUNTRY, "KG"), language="en", history_limit=500
    )
    path, count = written(briefing, tmp_path)
    pages = pdf_text(path).split("\f")
    for number, page in enumerate(pages[:count], start=1):
        assert f"page {number} of {count}" in " ".join(page.split())
    # the history runs over several pages, each with the table's header row
    continued = [page for page in pages if "Outcome" in page]
    assert len(continued) >= 2


def test_a_window_can_paint_the_pages_itself(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPdfWriter

    from diplotrack.briefing import render_pages

    briefing = make(demo_db, BriefingSubject(SubjectKind.COUNTRY, "KG"))
    writer = QPdfWriter(str(tmp_path / "painted.pdf"))
    count = render_pages(briefing, writer)
    del writer
    assert pdf_pages(tmp_path / "painted.pdf") == count


def test_the_meeting_exists_in_the_demo(demo_db: Database, story: Story) -> None:
    with demo_db.session() as session:
        assert session.scalar(select(Event.title).where(Event.id == story.meeting))
