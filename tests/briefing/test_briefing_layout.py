"""How a note is laid out: heading sizes, table rows never torn across pages, a visit's
programme with the zone its times are in, roles in the note's language."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from briefingkit import DEMO_DAY, Story, pdf_text, pdf_words
from sqlalchemy import select

from diplotrack.briefing import (
    BriefingOptions,
    BriefingSubject,
    SubjectKind,
    briefing_html,
    gather_briefing,
)
from diplotrack.briefing.markup import split_table
from diplotrack.briefing.model import Briefing
from diplotrack.briefing.pages import first_torn_row, paginated, write_pdf
from diplotrack.domain import Delegation, DelegationMember, Event, Place
from diplotrack.store.database import Database

# DejaVu Serif's line box (ascent + descent) is 1.164 of the point size: pdftotext's word boxes
LINE_BOX = 1.164


def make(db: Database, kind: SubjectKind, key: int | str, language: str = "ru") -> Briefing:
    with db.session() as session:
        return gather_briefing(
            session,
            BriefingSubject(kind, key),
            BriefingOptions(language=language, history_limit=500),
            today=DEMO_DAY,
        )


def test_section_headings_print_at_eleven_and_a_half_points(
    qapp: object, demo_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "kg.pdf"
    write_pdf(make(demo_db, SubjectKind.COUNTRY, "KG"), path)
    _, words = pdf_words(path)
    heading = [w for w in words if w.text == "сведения" and w.page == 1]
    label = [w for w in words if w.text == "СПРАВКА"]
    assert heading and label
    assert (heading[0].y_max - heading[0].y_min) / LINE_BOX == pytest.approx(11.5, abs=0.3)
    assert (label[0].y_max - label[0].y_min) / LINE_BOX == pytest.approx(13, abs=0.3)


def test_split_table_moves_a_torn_first_row_with_the_whole_table() -> None:
    head = "<thead><tr><th>h</th></tr></thead>"
    html = f'<p>x</p><table class="grid">{head}<tbody><tr><td>1</td></tr><tr><td>2</td></tr>'
    html += "</tbody></table>"
    moved = split_table(html, 0, 1)
    assert moved.count("<table") == 1 and "page-break-before: always" in moved
    assert split_table(moved, 0, 1) == moved  # already on a page of its own: left as it is
    headed = split_table(html.replace("<p>x</p>", "<p>x</p><h2>3. Поручения</h2>"), 0, 1)
    # the heading goes over with its table: a break before the table alone would part them
    assert '<h2 style="page-break-before: always">3. Поручения</h2><table class="grid">' in headed
    cut = split_table(html, 0, 2)
    assert cut.count("<table") == 2 and cut.count(head) == 2
    assert cut.index("<td>1</td>") < cut.index("page-break-before") < cut.index("<td>2</td>")


@pytest.mark.parametrize("language", ["ru", "en"])
def test_no_table_row_of_a_long_note_runs_across_a_page_end(
    qapp: object, demo_db: Database, language: str
) -> None:
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPdfWriter

    for kind, key in ((SubjectKind.COUNTRY, "RU"), (SubjectKind.COUNTRY, "KG")):
        briefing = make(demo_db, kind, key, language)
        writer = QPdfWriter("/dev/null")
        writer.setResolution(600)
        body = QSizeF(4000, 2400)  # a short page: many page ends to fall inside rows
        document = paginated(briefing, writer, body)
        assert document.pageCount() > 3
        assert first_torn_row(document, body.height()) is None


def _timed_programme(db: Database, delegation_id: int, zones: tuple[str, str]) -> None:
    """Two timed events of the delegation's programme, in the given zones."""
    with db.session() as session, session.begin():
        delegation = session.get_one(Delegation, delegation_id)
        programme = list(
            session.scalars(
                select(Event).where(Event.delegation_id == delegation_id).order_by(Event.id)
            )
        )
        assert len(programme) >= 2
        bishkek = session.scalar(select(Place).where(Place.name == "Бишкек"))
        assert bishkek is not None
        for event, zone in zip(programme, zones, strict=False):
            event.timezone = zone
            event.all_day = False
            event.date_precision = "exact"
            event.starts_at = datetime(2024, 4, 22, 3, 0, tzinfo=UTC)
            event.ends_at = datetime(2024, 4, 22, 5, 0, tzinfo=UTC)
            if zone == "Asia/Bishkek":
                event.place = bishkek
        assert delegation.title


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ru", "Время местное, Красноярск (UTC+7)"),
        ("en", "Local time, Krasnoyarsk (UTC+7)"),
    ],
)
def test_the_programme_says_once_in_which_zone_its_times_are(
    qapp: object, demo_db: Database, story: Story, tmp_path: Path, language: str, said: str
) -> None:
    _timed_programme(demo_db, story.delegation, ("Asia/Krasnoyarsk", "Asia/Krasnoyarsk"))
    path = tmp_path / "visit.pdf"
    write_pdf(make(demo_db, SubjectKind.DELEGATION, story.delegation, language), path)
    text = " ".join(pdf_text(path).split())
    assert text.count(said) == 1
    assert "10:00–12:00" in text  # 03:00 UTC is 10:00 in Krasnoyarsk


def test_a_programme_across_zones_gives_each_time_its_own(
    qapp: object, demo_db: Database, story: Story, tmp_path: Path
) -> None:
    _timed_programme(demo_db, story.delegation, ("Asia/Krasnoyarsk", "Asia/Bishkek"))
    briefing = make(demo_db, SubjectKind.DELEGATION, story.delegation, "en")
    path = tmp_path / "visit.pdf"
    write_pdf(briefing, path)
    text = " ".join(pdf_text(path).split())
    assert "Local time, Krasnoyarsk" not in text and "Local time" in text
    assert text.count("UTC+7") == 2 and text.count("UTC+6") == 1
    html = briefing_html(briefing)
    assert html.count("Krasnoyarsk, UTC+7") == 2 and html.count("Bishkek, UTC+6") == 1
    assert "09:00–11:00" in text  # 03:00 UTC is 09:00 in Bishkek


def test_a_timed_event_says_its_zone(qapp: object, demo_db: Database, story: Story) -> None:
    meeting = make(demo_db, SubjectKind.EVENT, story.meeting, "ru")
    when = next(f.value for f in meeting.facts if f.label == "Дата и время")
    assert when == "10 апреля 2024 г., 11:00–12:00 (время местное, UTC+7)"


def test_a_members_role_written_as_words_is_given_in_the_notes_language(
    qapp: object, demo_db: Database, story: Story, tmp_path: Path
) -> None:
    with demo_db.session() as session, session.begin():
        session.add(
            DelegationMember(
                delegation_id=story.delegation, person_id=story.kabaev, role="Член  делегации"
            )
        )
    path = tmp_path / "visit.pdf"
    write_pdf(make(demo_db, SubjectKind.DELEGATION, story.delegation, "en"), path)
    text = " ".join(pdf_text(path).split())
    assert "(member of delegation)" in text and "елегации" not in text.split("Goals")[0]


@pytest.mark.parametrize(
    ("role", "language", "word"),
    [
        ("член делегации", "en", "member of delegation"),
        ("Member of delegation", "ru", "член делегации"),
        ("head_of_delegation", "ru", "глава делегации"),
        ("начальник управления ЖКХ", "en", "начальник управления ЖКХ"),
    ],
)
def test_role_words(qapp: object, role: str, language: str, word: str) -> None:
    from diplotrack.briefing.vocabulary import role_of
    from diplotrack.briefing.wording import Wording

    assert role_of(Wording(language), role) == word


MM = 72 / 25.4


@pytest.mark.parametrize(
    ("paper", "width", "height"),
    [("Letter", 612.0, 792.0), ("A4", 595.28, 841.89), ("A5", 419.53, 595.28)],
)
def test_a_printer_with_other_paper_gets_the_note_laid_out_on_it(
    qapp: object, demo_db: Database, tmp_path: Path, paper: str, width: float, height: float
) -> None:
    from PySide6.QtGui import QPageSize
    from PySide6.QtPrintSupport import QPrinter

    from diplotrack.briefing import render_pages

    path = tmp_path / f"{paper}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(getattr(QPageSize.PageSizeId, paper)))
    count = render_pages(make(demo_db, SubjectKind.COUNTRY, "KG", "en"), printer)
    del printer
    pages, words = pdf_words(path)
    assert len(pages) == count
    for page in pages:
        assert (page.width, page.height) == (
            pytest.approx(width, abs=1),
            pytest.approx(height, abs=1),
        )
    for word in words:  # inside our margins on that paper: nothing clipped at its edges
        assert word.x_min >= 20 * MM - 0.75 and word.x_max <= width - 15 * MM + 0.75, word
        assert word.y_min >= 15 * MM - 0.75 and word.y_max <= height - 15 * MM + 0.75, word
    last = [w.text for w in words if w.page == count]
    assert "page" in last and str(count) in last


def test_the_window_offers_a4_portrait_to_print_on(qapp: object) -> None:
    from PySide6.QtGui import QPageLayout, QPageSize

    from diplotrack.ui.dialogs.briefing_output import system_printer

    layout = system_printer().pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait


def test_a_pdf_written_in_a_thread_of_its_own_is_the_same_and_quiet(
    qapp: object, demo_db: Database, tmp_path: Path, qtlog: Any
) -> None:
    briefing = make(demo_db, SubjectKind.COUNTRY, "RU")
    here = tmp_path / "here.pdf"
    there = tmp_path / "there.pdf"
    counts: list[int] = []
    write_pdf(briefing, here)
    worker = threading.Thread(target=lambda: counts.append(write_pdf(briefing, there)))
    worker.start()
    worker.join()
    assert counts and counts[0] > 3
    assert pdf_text(there) == pdf_text(here)
    # Qt's paged layout finds an event dispatcher to start its timer on in that thread too
    assert [record.message for record in qtlog.records] == []


def test_headings_and_paragraphs_keep_their_spacing(qapp: object, demo_db: Database) -> None:
    from diplotrack.briefing.document import briefing_document

    document = briefing_document(make(demo_db, SubjectKind.COUNTRY, "KG"))
    block = document.begin()
    headings, paragraphs = [], []
    while block.isValid():
        target = headings if block.blockFormat().headingLevel() else paragraphs
        target.append((block.blockFormat().topMargin(), block.blockFormat().bottomMargin()))
        block = block.next()
    # Qt reads a CSS margin in pt as 0: the style gives them in px
    assert headings and set(headings) == {(14.0, 6.0)}
    assert (0.0, 5.0) in paragraphs
