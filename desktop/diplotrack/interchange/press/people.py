"""People, their positions and organizations, and the roles they play: «мэр Красноярска
Владислав Логинов», «руководитель канцелярии посольства … Азамат Кабаев»."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from diplotrack.domain.enums import OrganizationKind, ParticipantRole

from .builder import ReadingState
from .draft import DraftOrganization, DraftParticipant, DraftPerson
from .english import english_position
from .matching import name_key
from .phrases import Phrase, chain_after, organization_in, parent_in
from .phrases import phrase_before as title_before
from .reading import Mention, Token, nominative
from .vocabulary import CITY_HEAD_WORDS, GROUP_WORDS, ORGANIZATION_WORDS

_MONTHS_IN = {
    "январе": 1,
    "феврале": 2,
    "марте": 3,
    "апреле": 4,
    "мае": 5,
    "июне": 6,
    "июле": 7,
    "августе": 8,
    "сентябре": 9,
    "октябре": 10,
    "ноябре": 11,
    "декабре": 12,
}
_SINCE = re.compile(
    r"(?:приступил\w*|назначен\w*|вступил\w*)[^.]*?\bв\s+(" + "|".join(_MONTHS_IN) + r")\s+(\d{4})",
    re.IGNORECASE,
)


def _name_of(state: ReadingState, mention: Mention) -> str:
    """The person's name in the nominative: as written when the first name is so, else the
    first name's dictionary form and the surname without its case ending («Азамата Кабаева» →
    «Азамат Кабаев»; a woman's surname keeps its «-а»: «Назгуль Батаевой» → «Назгуль
    Батаева»). The first name decides, since taggers misread surnames' cases."""
    tokens = state.reading.tokens
    first, last = tokens[mention.first], tokens[mention.last]
    if _is_nominative(first):
        return mention.text
    given = first.lemma[:1].upper() + first.lemma[1:]
    surname = name_key(last.text)
    if first.feats.get("Gender") == "Fem" and surname.endswith(("ов", "ев", "ин", "ын")):
        surname += "а"
    return f"{given} {surname[:1].upper()}{surname[1:]}"


def _is_nominative(token: Token) -> bool:
    return token.case in (None, "Nom")


def _is_name(state: ReadingState, mention: Mention) -> bool:
    if state.reading.language == "ru":
        return mention.last > mention.first and all(
            state.reading.tokens[i].pos == "PROPN" for i in range(mention.first, mention.last + 1)
        )
    return True


def read_people(state: ReadingState) -> None:
    """Every person named (one item per person, whatever the word form), with the longest
    position the text gives them, its organization, and since when they hold it."""
    reading = state.reading
    mentions = [m for m in reading.mentions if m.type == "PER" and _is_name(state, m)]
    # nominative mentions first, so that a person's item is named as the text names them
    mentions.sort(key=lambda m: not _is_nominative(reading.tokens[m.first]))
    positions: dict[str, tuple[str, Phrase]] = {}
    for mention in mentions:
        person = state.builder.person(_name_of(state, mention), mention.text)
        phrase = _position_phrase(state, mention)
        if phrase is None:
            continue
        known = positions.get(person.key)
        if known is None or phrase.last - phrase.first > known[1].last - known[1].first:
            positions[person.key] = (reading.words(phrase.first, phrase.last), phrase)
    for person in list(state.builder.people.values()):
        if person.key in positions:
            _give_position(state, person, positions[person.key][1])


def _position_phrase(state: ReadingState, mention: Mention) -> Phrase | None:
    if state.reading.language == "ru":
        return title_before(state.reading, mention.first)
    found = english_position(state.reading, mention)
    return None if found is None else Phrase(found[1], found[2])


def _give_position(state: ReadingState, person: DraftPerson, phrase: Phrase) -> None:
    reading = state.reading
    title = nominative(reading, phrase.first, phrase.last)
    if reading.language == "ru":
        title = title[:1].lower() + title[1:]
    organization = _position_organization(state, phrase)
    since = _since(state, person)
    country = person.country_code or (organization.country_code if organization else None)
    evidence = f"{reading.words(phrase.first, phrase.last)} {person.evidence}"
    changed = replace(
        person,
        position=title,
        organization_key=organization.key if organization else None,
        position_since=since,
        country_code=country,
        evidence=evidence,
    )
    state.builder.set_person(changed)


def _position_organization(state: ReadingState, phrase: Phrase) -> DraftOrganization | None:
    reading = state.reading
    inner = organization_in(reading, phrase)
    if inner is not None:
        return organization_at(state, inner)
    head = reading.tokens[phrase.first]
    place = state.place_in(phrase.first, phrase.last)
    if head.lemma in CITY_HEAD_WORDS and place is not None:
        # «мэр Красноярска»: the head of the city's administration
        written = reading.words(phrase.first + 1, phrase.last)
        if reading.language == "ru":
            name = f"Администрация города {written}"
        else:
            name = f"{written.removeprefix('of ')} City Administration"
        return state.builder.organization(
            name,
            reading.words(phrase.first, phrase.last),
            kind=OrganizationKind.CITY_ADMINISTRATION,
            country_code=place.country_code or state.home,
            place=place,
        )
    return None


def organization_at(state: ReadingState, phrase: Phrase) -> DraftOrganization:
    """The organization named by tokens of ``phrase`` (with its parent, place and country)."""
    reading = state.reading
    tokens = reading.tokens
    name = nominative(reading, phrase.first, phrase.last)
    name = name[:1].upper() + name[1:]
    head = next(
        (t.lemma for t in tokens[phrase.first : phrase.last + 1] if t.lemma in ORGANIZATION_WORDS),
        "",
    )
    kind = ORGANIZATION_WORDS.get(head, OrganizationKind.OTHER)
    place = state.place_in(phrase.first, phrase.last)
    country = state.country_in(phrase.first, phrase.last)
    parent_phrase = parent_in(reading, phrase, set(state.place_at))
    parent = None
    if parent_phrase is not None:
        parent = organization_at(state, parent_phrase)
        country = country or parent.country_code
    if kind is OrganizationKind.CITY_ADMINISTRATION and place is not None:
        country = country or place.country_code or state.home
    state.used_tokens.update(range(phrase.first, phrase.last + 1))
    return state.builder.organization(
        name,
        reading.words(phrase.first, phrase.last),
        kind=kind,
        country_code=country,
        place=place,
        parent=parent,
    )


def read_organizations(state: ReadingState) -> list[tuple[int, DraftOrganization]]:
    """Organizations named outside positions: a quoted or located name («Красноярская местная
    общественная организация «…»», «мэрии Джалал-Абада», «команды … из Бишкека»), each with the
    sentence it is in."""
    reading = state.reading
    tokens = reading.tokens
    found: list[tuple[int, DraftOrganization]] = []
    for mention in reading.mentions:
        if mention.type == "ORG" and mention.last > mention.first:
            if mention.first in state.used_tokens:
                continue
            phrase = Phrase(mention.first, mention.last)
            found.append((tokens[mention.first].sentence, organization_at(state, phrase)))
    for index, token in enumerate(tokens):
        if index in state.used_tokens or token.lemma not in ORGANIZATION_WORDS:
            continue
        if token.pos != "NOUN" or token.plural or reading.language != "ru":
            continue
        last = chain_after(reading, index)
        named = state.place_in(index, last) is not None or any(
            t.text in '«"' for t in tokens[index : last + 1]
        )
        if last > index and named:
            found.append((token.sentence, organization_at(state, Phrase(index, last))))
    return found


def group_participants(state: ReadingState) -> list[DraftParticipant]:
    """People of an organization named as a group: «руководители департаментов администрации
    Красноярска» take part as the administration, described in words."""
    reading = state.reading
    found: list[DraftParticipant] = []
    for index, token in enumerate(reading.tokens):
        if token.lemma not in GROUP_WORDS or not token.plural:
            continue
        last = chain_after(reading, index)
        for inner in range(index + 1, last + 1):
            if (
                reading.tokens[inner].lemma in ORGANIZATION_WORDS
                and not reading.tokens[inner].plural
            ):
                organization = organization_at(state, Phrase(inner, last))
                description = reading.words(index, last)
                found.append(
                    DraftParticipant(
                        organization_key=organization.key,
                        role=ParticipantRole.PARTICIPANT,
                        description=description[:1].lower() + description[1:],
                    )
                )
                break
    return found


def role_of(state: ReadingState, person: DraftPerson, host_key: str | None) -> ParticipantRole:
    """The host is the head of the office's city; people of a foreign country are guests."""
    if person.key == host_key:
        return ParticipantRole.HOST
    if person.country_code and state.home and person.country_code != state.home:
        return ParticipantRole.GUEST
    return ParticipantRole.PARTICIPANT


def host_of(state: ReadingState) -> DraftPerson | None:
    """The person who heads the office's city («мэр Красноярска», «глава города»)."""
    for person in state.builder.people.values():
        title = (person.position or "").casefold().split()
        if title and title[0] in CITY_HEAD_WORDS | {"мэра", "главы"}:
            organization = state.builder.organization_by_key(person.organization_key)
            if organization is None or organization.country_code in (None, state.home):
                return person
    return None


def _since(state: ReadingState, person: DraftPerson) -> date | None:
    """Since when a person holds their post: «приступил к своим обязанностям в ноябре 2023
    года», in a sentence that names them (or the next one)."""
    reading = state.reading
    text = reading.text
    surname = person.name.split()[-1][:5].casefold()
    for match in _SINCE.finditer(text):
        start = max(0, text.rfind(".", 0, match.start()))
        if surname in text[start : match.end()].casefold():
            return date(int(match.group(2)), _MONTHS_IN[match.group(1).casefold()], 1)
    return None
