"""What the text says happened or will happen: the event it reports, other events it names
(a championship, a planned conference), agreements, delegations to come, topics, and the
follow-ups they call for."""

from __future__ import annotations

import re
from datetime import date

from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    DelegationDirection,
    EventKind,
    EventStatus,
)

from .builder import ReadingState
from .draft import (
    DraftAgreement,
    DraftDelegation,
    DraftEvent,
    DraftFollowUp,
    DraftPlace,
    DraftTopic,
)
from .people import organization_at
from .phrases import Phrase, chain_after
from .reading import nominative
from .vocabulary import (
    AGREEMENT_WORDS,
    DELEGATION_WORDS,
    NAMED_EVENT_WORDS,
    ORGANIZATION_WORDS,
    PLANNED_WORDS,
    SISTER_CITY_STEMS,
)

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN = re.compile(r"^[IVXLC]+$")


def roman(text: str) -> int | None:
    """The number a Roman numeral writes ("XI" → 11), or None."""
    if not _ROMAN.match(text):
        return None
    total = 0
    for letter, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[letter]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def read_topics(state: ReadingState) -> None:
    """The known topics the text names as such («культура, образование, спорт, экономика»)."""
    lemmas = [t.lemma for t in state.reading.tokens]
    text = " ".join(lemmas)
    for topic_id, name_ru, name_en in state.catalog.topics():
        name = name_ru if state.reading.language == "ru" else (name_en or "")
        wanted = name.casefold().replace("ё", "е")
        if wanted and re.search(rf"(?<![\w-]){re.escape(wanted)}(?![\w-])", text):
            label = name_ru if state.reading.language == "ru" else name
            state.builder.topics.append(
                DraftTopic(
                    key=f"topic:{topic_id}", label=label, name=label, match=topic_id, evidence=name
                )
            )


def _planned_before(state: ReadingState, index: int, reach: int = 4) -> bool:
    tokens = state.reading.tokens
    start = max(0, index - reach)
    return any(
        t.lemma in PLANNED_WORDS and t.sentence == tokens[index].sentence
        for t in tokens[start:index]
    )


def read_agreements(state: ReadingState) -> None:
    """Agreements named: «меморандумом о побратимских отношениях» with the places around it."""
    reading = state.reading
    tokens = reading.tokens
    for index, token in enumerate(tokens):
        kind = AGREEMENT_WORDS.get(token.lemma)
        if kind is None or token.pos != "NOUN":
            continue
        last = chain_after(reading, index)
        words = reading.words(index, last)
        if any(s in words.casefold() for s in SISTER_CITY_STEMS):
            kind = AgreementKind.SISTER_CITY
        sentence = token.sentence
        parties: list[DraftPlace] = []
        for position, place in sorted(state.place_at.items()):
            if tokens[position].sentence == sentence and place.key not in [p.key for p in parties]:
                parties.append(state.builder.place_by_key(place.key) or place)
        title = nominative(reading, index, last)
        title = title[:1].upper() + title[1:]
        if len(parties) >= 2:
            title = f"{title} ({' — '.join(p.name for p in parties)})"
        matched = state.catalog.agreement(
            title,
            [p.match for p in parties if p.match is not None],
            kind is AgreementKind.SISTER_CITY,
        )
        state.builder.agreements.append(
            DraftAgreement(
                key=state.builder.key("agreement"),
                label=matched.title if matched else title,
                title=matched.title if matched else title,
                match=matched.id if matched else None,
                agreement_kind=kind,
                status=AgreementStatus.IN_FORCE,
                party_keys=tuple(p.key for p in parties),
                evidence=reading.words(index, last),
            )
        )


def _event_phrase(state: ReadingState, head: int) -> Phrase:
    """A named event from its edition and adjectives («XI Российско-Киргизской межрегиональной»)
    through its name («по робототехнике «Красноярск 5.0»»)."""
    tokens = state.reading.tokens
    first = head
    while first > 0 and tokens[first - 1].sentence == tokens[head].sentence:
        before = tokens[first - 1]
        if before.pos == "ADJ" or roman(before.text) or before.pos == "X":
            first -= 1
        else:
            break
    return Phrase(first, chain_after(state.reading, head))


def read_named_events(
    state: ReadingState, main_head: int | None, published: date | None
) -> list[tuple[int, DraftEvent]]:
    """Events the text names besides the one it reports, each with the sentence it is in."""
    reading = state.reading
    tokens = reading.tokens
    found: list[tuple[int, DraftEvent]] = []
    for index, token in enumerate(tokens):
        if token.lemma not in NAMED_EVENT_WORDS or index == main_head or token.pos != "NOUN":
            continue
        phrase = _event_phrase(state, index)
        if phrase.last == phrase.first == index:
            continue  # a bare «конференция»: nothing to tell it by
        edition = next((roman(t.text) for t in tokens[phrase.first : index] if roman(t.text)), None)
        start = phrase.first + (1 if edition else 0)
        title = nominative(reading, start, phrase.last)
        if edition:
            title = f"{tokens[phrase.first].text} {title}"
        title = title[:1].upper() + title[1:]
        kind = next(k for w, k in _kinds() if w == token.lemma)
        planned = _planned_before(state, phrase.first)
        countries = _countries_of(state, phrase)
        place = state.place_in(max(0, phrase.first - 3), phrase.last) or state.host_place
        matched = state.catalog.named_event(title, kind.value, edition)
        day = published or date.today()
        event = DraftEvent(
            key=state.builder.key("event"),
            label=matched.title if matched else title,
            title=matched.title if matched else title,
            match=matched.id if matched else None,
            event_kind=kind,
            status=EventStatus.PLANNED if planned else EventStatus.HELD,
            starts_on=date(day.year, 1 if planned else day.month, 1),
            date_precision=DatePrecision.YEAR if planned else DatePrecision.MONTH,
            place_key=place.key if place else None,
            edition=edition,
            country_keys=tuple(f"country:{c}" for c in countries),
            mentioned=True,
            evidence=reading.words(max(0, phrase.first - (2 if planned else 0)), phrase.last),
        )
        found.append((token.sentence, event))
    return found


def _kinds() -> list[tuple[str, EventKind]]:
    from .vocabulary import EVENT_KIND_WORDS

    return list(EVENT_KIND_WORDS.items())


def _countries_of(state: ReadingState, phrase: Phrase) -> list[str]:
    """Countries an event's name gives («Российско-Киргизской» → RU, KG)."""
    codes: list[str] = []
    for token in state.reading.tokens[phrase.first : phrase.last + 1]:
        for part in token.text.split("-"):
            code = state.catalog.country_adjective(part) if len(part) > 4 else None
            if code and code not in codes:
                codes.append(code)
                state.builder.country(code, token.text)
    return codes


def read_delegations(state: ReadingState, published: date | None) -> None:
    """Delegations to come: «предстоящий визит в Красноярск делегации мэрии Джалал-Абада» is a
    planned incoming delegation of that city hall, with a follow-up to prepare its programme."""
    reading = state.reading
    tokens = reading.tokens
    for index, token in enumerate(tokens):
        if token.lemma not in DELEGATION_WORDS:
            continue
        last = chain_after(reading, index)
        if last == index:
            continue
        names_organization = any(
            t.lemma in ORGANIZATION_WORDS for t in tokens[index + 1 : last + 1]
        )
        organization = (
            organization_at(state, Phrase(index + 1, last)) if names_organization else None
        )
        place = state.place_in(index + 1, last)
        country = (
            place.country_code if place else (organization.country_code if organization else None)
        )
        own = country is not None and country == state.home
        planned = _planned_before(state, index, reach=6)
        title = nominative(reading, index, last)
        title = title[:1].upper() + title[1:]
        direction = DelegationDirection.OUTGOING if own else DelegationDirection.INCOMING
        matched = state.catalog.delegation(
            place.match if place else None,
            organization.match if organization else None,
            direction.value,
            published if planned else None,
        )
        delegation = DraftDelegation(
            key=state.builder.key("delegation"),
            label=matched.title if matched else title,
            title=matched.title if matched else title,
            match=matched.id if matched else None,
            direction=direction,
            status=EventStatus.PLANNED if planned else EventStatus.HELD,
            country_code=country,
            place_key=place.key if place else None,
            organization_key=organization.key if organization else None,
            evidence=reading.words(max(0, index - 4), last),
        )
        state.builder.delegations.append(delegation)
        if planned:
            _programme_followup(state, delegation, reading.words(index, last))


def _programme_followup(state: ReadingState, delegation: DraftDelegation, written: str) -> None:
    matched = state.catalog.followup(delegation.match) if delegation.match else None
    if state.reading.language == "ru":
        title = f"Подготовить программу визита {written[:1].lower()}{written[1:]}"
    else:
        title = f"Prepare the programme of the visit: {written}"
    state.builder.followups.append(
        DraftFollowUp(
            key=state.builder.key("followup"),
            label=matched.title if matched else title,
            title=matched.title if matched else title,
            match=matched.id if matched else None,
            delegation_key=delegation.key,
            country_code=delegation.country_code,
            evidence=delegation.evidence,
        )
    )
