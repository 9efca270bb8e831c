"""Helpers of the briefing tests: the worked example's ids, and reading a PDF back with poppler."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Select, select

from diplotrack.demo.example_keys import (
    CHANCERY,
    CONFERENCE,
    DELEGATION,
    JALAL_ABAD,
    KABAEV,
    MEETING,
)
from diplotrack.domain import Delegation, Event, Organization, Person, Place
from diplotrack.store.database import Database

#: the day the demo of these tests is made, and the day the notes are made on
DEMO_DAY = date(2026, 11, 26)


@dataclass(frozen=True)
class Story:
    """Ids of the worked example's records the notes are about."""

    meeting: int
    conference: int
    delegation: int
    jalal_abad: int
    chancery: int
    kabaev: int


def story_of(db: Database) -> Story:
    with db.session() as session:

        def one(statement: Select[tuple[int]]) -> int:
            found = session.scalar(statement)
            assert isinstance(found, int)
            return found

        return Story(
            meeting=one(select(Event.id).where(Event.title == MEETING)),
            conference=one(select(Event.id).where(Event.title == CONFERENCE)),
            delegation=one(select(Delegation.id).where(Delegation.title == DELEGATION)),
            jalal_abad=one(select(Place.id).where(Place.name == JALAL_ABAD)),
            chancery=one(select(Organization.id).where(Organization.name == CHANCERY)),
            kabaev=one(select(Person.id).where(Person.name == KABAEV)),
        )


# -- reading PDFs back -------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    """The text layer, ligatures (“ﬀ”) spelt out as letters."""
    found = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return unicodedata.normalize("NFKC", found)


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True)
    found = re.search(r"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)
    assert found, info.stdout
    return int(found.group(1))


@dataclass(frozen=True)
class Word:
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


@dataclass(frozen=True)
class PageBox:
    width: float
    height: float


def pdf_words(path: Path) -> tuple[list[PageBox], list[Word]]:
    """Every word of the text layer with its box (points, from the top left of its page)."""
    found = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    pages: list[PageBox] = []
    words: list[Word] = []
    for line in found.splitlines():
        page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', line)
        if page:
            pages.append(PageBox(float(page.group(1)), float(page.group(2))))
            continue
        word = re.search(
            r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" '
            r'xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)</word>',
            line,
        )
        if word:
            x0, y0, x1, y1 = (float(word.group(i)) for i in range(1, 5))
            words.append(Word(len(pages), x0, y0, x1, y1, word.group(5)))
    return pages, words
