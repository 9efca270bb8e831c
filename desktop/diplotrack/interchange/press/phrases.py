"""Phrases of a reading: the title before a name, the words that depend on a noun, the
organization inside a position. Word-order rules over tokens; no database."""

from __future__ import annotations

from dataclasses import dataclass

from .reading import Mention, Reading
from .vocabulary import ORGANIZATION_WORDS, TITLE_ADJECTIVES, TITLE_WORDS

# Prepositions that stay inside a name: «посольства … в Российской Федерации», «из Бишкека».
_INNER_PREPOSITIONS = frozenset({"в", "во", "при", "по", "из", "о", "об"})
_NAME_PARTS = frozenset({"ADJ", "NOUN", "PROPN", "NUM", "X", "DET"})
_ENGLISH_CONNECTORS = frozenset({"of", "the", "from", "in", "for", "on"})
_OPENING, _CLOSING = '«"“„', '»"”'


@dataclass(frozen=True)
class Phrase:
    """Tokens ``first``..``last`` of a reading."""

    first: int
    last: int


def _quote_end(reading: Reading, index: int) -> int:
    """The index of the closing quote that matches the opening one at ``index``."""
    tokens = reading.tokens
    for step in range(index + 1, len(tokens)):
        if tokens[step].text in _CLOSING or tokens[step].sentence != tokens[index].sentence:
            return step if tokens[step].text in _CLOSING else step - 1
    return len(tokens) - 1


def _quote_start(reading: Reading, index: int) -> int:
    tokens = reading.tokens
    for step in range(index - 1, -1, -1):
        if tokens[step].text in _OPENING or tokens[step].sentence != tokens[index].sentence:
            return step if tokens[step].text in _OPENING else step + 1
    return 0


def person_starts(reading: Reading) -> set[int]:
    return {m.first for m in reading.mentions if m.type == "PER"}


def chain_after(reading: Reading, head: int) -> int:
    """The last token of the words that depend on the noun at ``head``: genitives, «в …»,
    «по …», a quoted name. Stops at a comma, a conjunction, a verb, a name of a person or a
    word in the nominative (the next part of the sentence)."""
    tokens = reading.tokens
    if reading.language != "ru":
        return _english_chain_after(reading, head)
    people = person_starts(reading)
    last = head
    index = head + 1
    while index < len(tokens) and tokens[index].sentence == tokens[head].sentence:
        token = tokens[index]
        if index in people:
            break
        if token.text in _OPENING:
            last = index = _quote_end(reading, index)
            index += 1
            continue
        if token.lemma in _INNER_PREPOSITIONS and token.pos == "ADP":
            following = tokens[index + 1] if index + 1 < len(tokens) else None
            if following is None or following.pos not in _NAME_PARTS or index + 1 in people:
                break
            index += 1
            continue
        if token.pos in _NAME_PARTS and (token.case != "Nom" or token.pos in ("NUM", "X")):
            last = index
            index += 1
            continue
        break
    return last


def _english_chain_after(reading: Reading, head: int) -> int:
    """English names run on through "of", "the", "from", "in" and capitalized words."""
    tokens = reading.tokens
    last = head
    index = head + 1
    while index < len(tokens) and tokens[index].sentence == tokens[head].sentence:
        token = tokens[index]
        if token.lemma in _ENGLISH_CONNECTORS:
            index += 1
            continue
        if token.text[:1].isupper() or token.text[:1].isdigit():
            last = index
            index += 1
            continue
        break
    return last


def phrase_before(reading: Reading, index: int) -> Phrase | None:
    """The title that comes just before the token at ``index`` (a person's first name):
    «Мэр Красноярска Владислав…», «руководитель канцелярии … в Красноярске Азамат…»."""
    tokens = reading.tokens
    if index == 0:
        return None
    sentence = tokens[index].sentence
    start = index
    step = index - 1
    while step >= 0 and tokens[step].sentence == sentence:
        token = tokens[step]
        if token.text in _CLOSING:
            step = _quote_start(reading, step) - 1
            start = step + 1
            continue
        is_part = token.pos in _NAME_PARTS or (
            token.pos == "ADP" and token.lemma in _INNER_PREPOSITIONS
        )
        inside_name = any(
            m.type == "PER" and m.first <= step <= m.last and m.first != index
            for m in reading.mentions
        )
        if not is_part or inside_name:
            break
        start = step
        step -= 1
    titles = [i for i in range(start, index) if tokens[i].lemma in TITLE_WORDS]
    if not titles:
        return None
    first = titles[0]
    while first > start and tokens[first - 1].lemma in TITLE_ADJECTIVES:
        first -= 1
    # a person named right after another's name: «Мэр Владислав Логинов и руководитель …»
    for mention in reading.mentions:
        if mention.type == "PER" and first <= mention.last < index:
            return None
    return Phrase(first, index - 1)


def organization_in(reading: Reading, phrase: Phrase) -> Phrase | None:
    """The organization a position names: from its leading adjectives through the organization's
    word to the end («Красноярской местной общественной организации «…»», «канцелярии
    посольства … в Красноярске»)."""
    tokens = reading.tokens
    for index in range(phrase.first + 1, phrase.last + 1):
        if tokens[index].lemma in ORGANIZATION_WORDS and tokens[index].pos in ("NOUN", "PROPN"):
            start = index
            while start - 1 > phrase.first and tokens[start - 1].pos == "ADJ":
                start -= 1
            return Phrase(start, phrase.last)
    return None


def parent_in(reading: Reading, organization: Phrase, is_place: set[int]) -> Phrase | None:
    """The organization an organization belongs to, when it is named right after it: «канцелярии
    посольства Киргизской Республики в Российской Федерации в Красноярске» → «посольства …
    в Российской Федерации» (without the city the child sits in, ``is_place`` tokens)."""
    tokens = reading.tokens
    head = organization.first
    while head <= organization.last and tokens[head].lemma not in ORGANIZATION_WORDS:
        head += 1
    following = head + 1
    if following > organization.last or tokens[following].lemma not in ORGANIZATION_WORDS:
        return None
    last = organization.last
    # drop a trailing «в <city>»: where the child is, not part of the parent's name
    for index in range(organization.last, following, -1):
        if index in is_place and tokens[index - 1].lemma in ("в", "во"):
            last = index - 2
            break
    return Phrase(following, last) if last >= following else None


def mentions_within(reading: Reading, phrase: Phrase, kind: str) -> list[Mention]:
    return [
        m
        for m in reading.mentions
        if m.type == kind and phrase.first <= m.first and m.last <= phrase.last
    ]


def lead_sentences(reading: Reading, count: int = 3) -> list[int]:
    """Indices of the tokens of the first ``count`` sentences (headline and lead)."""
    return [i for i, t in enumerate(reading.tokens) if t.sentence < count]
