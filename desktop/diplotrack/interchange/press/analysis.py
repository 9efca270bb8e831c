"""Reading a press release into a draft: the language models, the rules, the matching."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from . import nlp
from .draft import Draft


def warm_up() -> None:
    """Loads the Russian language models now (about a second), e.g. in the window's worker
    thread while the person is still pasting, so that the analysis itself is quick."""
    nlp.models()


def analyse_press_release(session: Session, text: str, *, published: date | None = None) -> Draft:
    """The draft ``text`` gives: pure reads through ``session``; safe in a worker thread with
    its own session. ``published`` is the publication date that "10 апреля" or "last Thursday"
    are resolved against (and the event's date when the text gives none)."""
    return Draft(text=text, language="ru", published=published)
