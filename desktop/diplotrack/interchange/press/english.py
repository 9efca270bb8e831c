"""English press releases read with simple rules: no language model, just capitalized names,
the titles that come before them ("Mayor", "Ambassador") and the organizations' words."""

from __future__ import annotations

import re

from .reading import Mention, Reading, Token

_TOKEN = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")
_SENTENCE_END = frozenset(".!?")

TITLES = frozenset(
    {
        "mayor",
        "ambassador",
        "consul",
        "consul-general",
        "governor",
        "minister",
        "head",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "director",
        "deputy",
        "secretary",
        "rector",
        "counsellor",
        "attaché",
        "mr",
        "ms",
        "mrs",
        "dr",
    }
)
ORGANIZATION_WORDS = frozenset(
    {
        "embassy",
        "consulate",
        "office",
        "administration",
        "ministry",
        "university",
        "council",
        "committee",
        "hall",
        "association",
        "organization",
        "organisation",
        "company",
        "government",
        "chancery",
        "autonomy",
        "laboratory",
        "school",
    }
)
# Capitalized words that are not names: sentence starts, months, days, function words.
_NOT_NAMES = frozenset(
    {
        "the",
        "a",
        "an",
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "last",
        "this",
        "they",
        "he",
        "she",
        "we",
        "it",
        "our",
        "his",
        "her",
        "their",
        "today",
        "yesterday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "national",
        "international",
        "city",
        "republic",
        "federation",
    }
)
_CONNECTORS = frozenset({"of", "the", "for", "to", "in", "and"})


def _is_capitalized(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


def read_english(text: str) -> Reading:
    tokens: list[Token] = []
    sentence = 0
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if tokens and (
            tokens[-1].text in _SENTENCE_END or "\n" in text[tokens[-1].stop : match.start()]
        ):
            sentence += 1
        pos = "PUNCT" if not word[0].isalnum() else "PROPN" if word[0].isupper() else "NOUN"
        tokens.append(Token(word, match.start(), match.end(), word.casefold(), pos, {}, sentence))
    reading = Reading(text, "en", tuple(tokens), ())
    return Reading(text, "en", reading.tokens, tuple(_mentions(reading)))


def _run_end(tokens: tuple[Token, ...], index: int) -> int:
    """The last token of the capitalized run starting at ``index``, within its sentence."""
    last = index
    while (
        last + 1 < len(tokens)
        and _is_capitalized(tokens[last + 1])
        and tokens[last + 1].sentence == tokens[index].sentence
        and tokens[last + 1].lemma not in TITLES
    ):
        last += 1
    return last


def _mentions(reading: Reading) -> list[Mention]:
    tokens = reading.tokens
    found: list[Mention] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if not _is_capitalized(token) or token.lemma in TITLES or token.lemma in _NOT_NAMES:
            index += 1
            continue
        last = _run_end(tokens, index)
        words = {t.lemma for t in tokens[index : last + 1]}
        if words & ORGANIZATION_WORDS:
            last = _organization_end(reading, index, last, found)
            found.append(_mention(reading, "ORG", index, last))
        elif last > index:
            # a name is the run's last two words; what comes before them is a place:
            # "Mayor of Krasnoyarsk Vladislav Loginov"
            if last - index >= 2:
                found.append(_mention(reading, "LOC", index, last - 2))
            found.append(_mention(reading, "PER", last - 1, last))
        else:
            found.append(_mention(reading, "LOC", index, last))
        index = last + 1
    return found


def _organization_end(reading: Reading, index: int, last: int, found: list[Mention]) -> int:
    """Organizations run on through "of the …" and "in …": "Office of the Embassy of the Kyrgyz
    Republic in Krasnoyarsk"; the names inside after a connector are places or countries."""
    tokens = reading.tokens
    while last + 1 < len(tokens) and tokens[last + 1].lemma in _CONNECTORS - {"and"}:
        step = last + 1
        while step < len(tokens) and tokens[step].lemma in _CONNECTORS:
            step += 1
        if step >= len(tokens) or not _is_capitalized(tokens[step]):
            break
        if tokens[step].sentence != tokens[index].sentence:
            break
        end = _run_end(tokens, step)
        if not {t.lemma for t in tokens[step : end + 1]} & ORGANIZATION_WORDS:
            found.append(_mention(reading, "LOC", step, end))
        last = end
    return last


def _mention(reading: Reading, kind: str, first: int, last: int) -> Mention:
    words = reading.words(first, last)
    start, stop = reading.tokens[first].start, reading.tokens[last].stop
    return Mention(kind, words, start, stop, words, first, last)


def english_position(reading: Reading, mention: Mention) -> tuple[str, int, int] | None:
    """The position the text gives a person: the title words just before the name ("Mayor of
    Krasnoyarsk Vladislav Loginov") or after it, set off by a comma ("Azamat Kabaev, Head of
    the Office of …"); with the first and last token of the position."""
    tokens = reading.tokens
    first = mention.first
    start = first
    while start > 0 and tokens[start - 1].sentence == tokens[first].sentence:
        previous = tokens[start - 1]
        if (
            previous.lemma in TITLES
            or (_is_capitalized(previous) and previous.lemma not in _NOT_NAMES)
            or (previous.lemma in _CONNECTORS - {"and"} and start - 2 >= 0)
        ):
            start -= 1
        else:
            break
    while start < first and tokens[start].lemma not in TITLES:
        start += 1
    if start < first:
        return reading.words(start, first - 1), start, first - 1
    after = mention.last + 1
    if after + 1 < len(tokens) and tokens[after].text == "," and tokens[after + 1].lemma in TITLES:
        stop = after + 1
        while stop + 1 < len(tokens) and tokens[stop + 1].text not in {",", ".", ";", "(", ")"}:
            stop += 1
        return reading.words(after + 1, stop), after + 1, stop
    return None
