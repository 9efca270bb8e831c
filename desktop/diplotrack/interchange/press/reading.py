"""A press release as words: tokens with their dictionary forms and grammar, sentences, and
the names of people, places and organizations found in it.

Russian text is read with natasha (``nlp``); English text with simple rules (``english``). The
rest of the analysis sees only this ``Reading``, whatever the language.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field

from diplotrack.domain.text import is_cyrillic

from . import nlp

# Roman numerals typed with Cyrillic look-alikes («ХI конференция»: Cyrillic Х, Latin I).
_ROMAN = re.compile(r"(?<![\w-])[IVXХІ]{2,7}(?![\w-])")
_LOOKALIKES = str.maketrans({"Х": "X", "І": "I"})
_ROMAN_VALID = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")

# natasha's taggers are shared by every thread; one analysis at a time keeps them safe (an
# analysis takes tens of milliseconds once the models are loaded).
_analysis_lock = threading.Lock()


@dataclass(frozen=True)
class Token:
    """A word or mark: as written, where, its dictionary form, part of speech and grammar."""

    text: str
    start: int
    stop: int
    lemma: str
    pos: str
    feats: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    sentence: int = 0

    @property
    def case(self) -> str | None:
        return self.feats.get("Case")

    @property
    def plural(self) -> bool:
        return self.feats.get("Number") == "Plur"


@dataclass(frozen=True)
class Mention:
    """A name the reader found: PER, LOC or ORG, its tokens, and its nominative form."""

    type: str
    text: str
    start: int
    stop: int
    normal: str
    first: int  # index of its first token
    last: int  # index of its last token


@dataclass(frozen=True)
class Reading:
    text: str
    language: str
    tokens: tuple[Token, ...]
    mentions: tuple[Mention, ...]

    def sentence_tokens(self, sentence: int) -> Sequence[Token]:
        return [t for t in self.tokens if t.sentence == sentence]

    def token_at(self, offset: int) -> int | None:
        """The index of the token that starts at ``offset``."""
        for index, token in enumerate(self.tokens):
            if token.start == offset:
                return index
        return None

    def words(self, first: int, last: int) -> str:
        """The text from token ``first`` to token ``last`` inclusive, as written."""
        return self.text[self.tokens[first].start : self.tokens[last].stop]


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """The text as analysed: Roman numerals made of Cyrillic look-alikes become Latin («ХI» →
    «XI»), and a lone surrogate (text pasted from a broken source) the replacement character
    the language models can encode — character for character, so offsets stay the same."""

    def latin(match: re.Match[str]) -> str:
        candidate = match.group(0).translate(_LOOKALIKES)
        return candidate if _ROMAN_VALID.match(candidate) else match.group(0)

    return _SURROGATE.sub("\ufffd", _ROMAN.sub(latin, text))


def language_of(text: str) -> str:
    """ "ru" when most letters are Cyrillic, "en" otherwise."""
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if is_cyrillic(c))
    return "ru" if letters and cyrillic * 2 >= len(letters) else "en"


def read(text: str) -> Reading:
    """The reading of ``text`` (already ``clean``) in its own language."""
    if language_of(text) == "en":
        from .english import read_english

        return read_english(text)
    return _read_russian(text)


def _read_russian(text: str) -> Reading:
    from natasha import Doc

    found = nlp.models()
    with _analysis_lock:
        doc = Doc(text)
        doc.segment(found.segmenter)
        doc.tag_morph(found.morph)
        doc.tag_ner(found.ner)
        tokens: list[Token] = []
        starts: dict[int, int] = {}
        for number, sentence in enumerate(doc.sents):
            for token in sentence.tokens:
                token.lemmatize(found.vocabulary)
                starts[token.start] = len(tokens)
                tokens.append(
                    Token(
                        text=token.text,
                        start=token.start,
                        stop=token.stop,
                        lemma=(token.lemma or token.text).casefold().replace("ё", "е"),
                        pos=token.pos or "X",
                        feats=dict(token.feats or {}),
                        sentence=number,
                    )
                )
        mentions: list[Mention] = []
        for span in doc.spans:
            span.normalize(found.vocabulary)
            first = starts.get(span.start)
            last = max((i for i, t in enumerate(tokens) if t.start < span.stop), default=first or 0)
            if first is None:
                continue
            mentions.append(
                Mention(span.type, span.text, span.start, span.stop, span.normal, first, last)
            )
    return Reading(text, "ru", tuple(tokens), tuple(mentions))


def nominative(reading: Reading, first: int, last: int) -> str:
    """Tokens ``first``..``last`` with the head phrase put in the nominative: the leading
    adjectives and the first noun inflected, the words that depend on it kept as written.
    «Национального чемпионата по робототехнике» → «Национальный чемпионат по робототехнике»."""
    tokens = reading.tokens[first : last + 1]
    if reading.language != "ru":
        return reading.words(first, last)
    head = next((t for t in tokens if t.pos in ("NOUN", "PROPN")), None)
    parts: list[str] = []
    inflecting = True
    previous_stop: int | None = None
    for token in tokens:
        word = token.text
        if inflecting and token.pos in ("ADJ", "NOUN", "PROPN"):
            word = _inflected(token, head)
            if token.pos in ("NOUN", "PROPN"):
                inflecting = False
        elif token.pos not in ("X", "NUM", "DET"):
            inflecting = False
        if previous_stop is not None:
            parts.append(" " * (token.start - previous_stop))
        parts.append(word)
        previous_stop = token.stop
    return "".join(parts)


def _inflected(token: Token, head: Token | None) -> str:
    """One word of a head phrase in the nominative; an adjective the tagger left without a
    case («Российско-Киргизской») takes its noun's case, gender and number."""
    from natasha.norm import inflect_word
    from natasha.shape import recover_shape

    feats = token.feats
    if token.pos == "ADJ" and "Case" not in feats and head is not None:
        feats = {k: v for k, v in head.feats.items() if k in ("Case", "Gender", "Number")}
    if feats.get("Case") in (None, "Nom"):
        return token.text
    prefix, _, word = token.text.rpartition("-")
    stand_in = Token(word, token.start, token.stop, token.lemma, token.pos, feats)
    inflected = recover_shape(inflect_word(nlp.models().vocabulary, stand_in), word)
    return f"{prefix}-{inflected}" if prefix else inflected
