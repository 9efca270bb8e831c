"""The Russian of what the press-release analysis and the draft's save say in English.

The analysis (``interchange/press``) and ``services/drafts.py`` write their notes and refusals
as English sentences, translated in the context "messages" where they are shown. These marks
let lupdate put them in this area's .ts; a test checks that they are still the sentences the
analysis writes, so a reworded note shows a failing test, not an English line.
"""

from __future__ import annotations

from ..labels import QT_TRANSLATE_NOOP

ANALYSIS_NOTES = (
    QT_TRANSLATE_NOOP("messages", "The press release is empty: paste or open its text first."),
    QT_TRANSLATE_NOOP(
        "messages", "Nothing in the text could be read as an event, a person or a place."
    ),
    QT_TRANSLATE_NOOP("messages", "The text gives no date: the publication date is used."),
    QT_TRANSLATE_NOOP(
        "messages",
        "The text gives no date and no publication date is known: set the date.",
    ),
    QT_TRANSLATE_NOOP("messages", "{label}: the draft gives no date; set one before saving."),
)
