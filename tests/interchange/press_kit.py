"""What the press-release tests share: the sample text, its publication day, item lookups."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from diplotrack.interchange.press import Draft, DraftItem

SAMPLE = Path(__file__).resolve().parents[2] / ".." / "shared" / "samples"
SAMPLE_FILE = SAMPLE / "krasnoyarsk-kyrgyz-chancery-meeting.ru.txt"
# the city's English news page carried it on 11 April 2024; the meeting was on the 10th
PUBLISHED = date(2024, 4, 11)
DEMO_DAY = date(2026, 11, 26)


def sample_text() -> str:
    return SAMPLE_FILE.read_text(encoding="utf-8")


def labelled(draft: Draft, kind: str, label: str) -> DraftItem:
    """The one item of ``kind`` whose label is ``label``; fails listing what there is."""
    found = [i for i in draft.items() if i.kind.value == kind and i.label == label]
    shown = [i.label for i in draft.items() if i.kind.value == kind]
    assert len(found) == 1, f"{kind} «{label}» not found once among {shown}"
    return found[0]
