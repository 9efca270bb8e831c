"""Any text pasted as a press release — the sample cut, shuffled or sprinkled with other
characters, or text of no language at all — gives a draft (maybe empty) or a clear refusal,
never a traceback; and a draft it gives can be saved or is refused whole."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from press_kit import labelled, sample_text
from sqlalchemy import func, select

from diplotrack.domain import Event, KnownError
from diplotrack.interchange.press import Draft, analyse_press_release
from diplotrack.services.drafts import save_draft
from diplotrack.store.database import Database, open_database

SAMPLE_WORDS = re.findall(r"\S+", sample_text())
SENTENCES = [s for s in re.split(r"(?<=[.!?])\s+", sample_text()) if s]


@st.composite
def pasted(draw: st.DrawFn) -> str:
    """The sample cut and mixed, random words of it, or any text at all."""
    how = draw(st.sampled_from(["cut", "sentences", "words", "noise", "any"]))
    text = sample_text()
    if how == "cut":
        first = draw(st.integers(0, len(text)))
        return text[first : first + draw(st.integers(0, 600))]
    if how == "sentences":
        return " ".join(draw(st.lists(st.sampled_from(SENTENCES), max_size=6)))
    if how == "words":
        return " ".join(draw(st.lists(st.sampled_from(SAMPLE_WORDS), max_size=40)))
    if how == "noise":
        changed = list(text[: draw(st.integers(0, 800))])
        for _ in range(draw(st.integers(0, 30))):
            if changed:
                changed[draw(st.integers(0, len(changed) - 1))] = draw(st.characters())
        return "".join(changed)
    return draw(st.text(max_size=300))


@pytest.fixture(scope="module")
def shared_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('press') / 'db.sqlite3'}")
    yield db
    db.close()


def _events(db: Database) -> int:
    with db.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Event)) or 0)


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=pasted(), published=st.none() | st.dates(date(1990, 1, 1), date(2040, 12, 31)))
@example(text="\ud800б", published=None)  # a lone surrogate the language models cannot encode
def test_any_text_gives_a_draft_or_a_clear_refusal(
    shared_database: Database, text: str, published: date | None
) -> None:
    try:
        with shared_database.sessions() as session:
            draft = analyse_press_release(session, text, published=published)
    except KnownError as refused:
        assert not text.strip(), f"only empty text is refused, not {text!r}: {refused}"
        assert refused.field == "text" and refused.template is not None
        return
    assert isinstance(draft, Draft)
    assert draft.text == text
    if draft.is_empty:
        assert draft.messages, "an empty draft says why"
    keys = [item.key for item in draft.items()]
    assert len(keys) == len(set(keys)), "every item has its own key"
    before = _events(shared_database)
    try:
        save_draft(shared_database, draft)
    except KnownError as refused:
        # e.g. no date: the person must set one; nothing of the draft was written
        assert refused.message
        assert _events(shared_database) == before


def test_the_whole_sample_still_reads_after_the_noise(shared_database: Database) -> None:
    with shared_database.sessions() as session:
        draft = analyse_press_release(session, sample_text(), published=date(2024, 4, 11))
    labelled(draft, "person", "Азамат Кабаев")
