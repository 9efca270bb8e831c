"""Text the way the office's search compares it: case-folded, ё as е, Russian word forms reduced.

Search stores the words of a record as written (normalized); a query word is reduced to its
Snowball stem and matched as a prefix. "Кабаева" → "кабаев…" finds "Кабаев"; "Джалал-Абаде" →
"джалал" + "абад…" finds "Джалал-Абад". Stems are always prefixes of the forms they come from,
so the prefix match finds every form the stemmer would, and more.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[0-9a-zа-яё]+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def normalize(text: str) -> str:
    """Case-folded, ё→е, runs of whitespace as one space, trimmed."""
    return _SPACES.sub(" ", text.casefold().replace("ё", "е")).strip()


def words(text: str) -> list[str]:
    """The normalized words of ``text``: letters and digits, hyphens and punctuation split."""
    return _WORD.findall(normalize(text))


@lru_cache(maxsize=1)
def _stemmers() -> tuple[Any, Any]:
    # imported on the first search, not at start-up (the stemmer tables take tens of ms)
    import snowballstemmer

    return snowballstemmer.stemmer("russian"), snowballstemmer.stemmer("english")


@lru_cache(maxsize=4096)
def stem(word: str) -> str:
    """The prefix a query word is matched by: its Snowball stem (Russian or English by script).

    Very short words are kept whole; a stem is never shorter than three letters, so that a
    search for "ЕС" or "ООН" does not turn into a match on every word starting with "е".
    """
    word = normalize(word)
    if len(word) <= 3:
        return word
    russian, english = _stemmers()
    stemmer = russian if _CYRILLIC.search(word) else english
    stemmed: str = stemmer.stemWord(word)
    # A stem can change the word's last letters ("city" → "citi", "agreed" → "agre"): keep only
    # what the stem shares with the word, so that it stays a prefix of every form.
    shared = 0
    for mine, theirs in zip(word, stemmed, strict=False):
        if mine != theirs:
            break
        shared += 1
    stemmed = word[:shared]
    if len(stemmed) < 3:
        return word[:3]
    return stemmed


def query_prefixes(text: str) -> list[str]:
    """The word prefixes a free-text query asks for, in order, without repeats."""
    seen: dict[str, None] = {}
    for word in words(text):
        seen.setdefault(stem(word), None)
    return list(seen)


def index_text(*parts: str | None) -> str:
    """The searchable words of a record: normalized words of every non-empty part, space-joined."""
    return " ".join(w for part in parts if part for w in words(part))


def is_cyrillic(text: str) -> bool:
    return bool(_CYRILLIC.search(text))
