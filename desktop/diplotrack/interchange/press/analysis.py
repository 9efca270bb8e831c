"""Reading a press release into a draft: places and countries, people, what happened, when."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from diplotrack.domain import ValidationError
from diplotrack.domain.enums import EventKind, EventLevel, EventStatus
from diplotrack.services.messages import tr_noop

from . import nlp
from .builder import DraftBuilder, ReadingState, with_country
from .dates import event_date, event_time
from .draft import Draft, DraftEvent, DraftOrganization, DraftParticipant, DraftPlace
from .events import read_agreements, read_delegations, read_named_events, read_topics
from .matching import Catalog, stems
from .people import group_participants, host_of, read_organizations, read_people, role_of
from .phrases import lead_sentences
from .plans import read_works, with_greetings
from .reading import clean, read
from .vocabulary import CITY_HEAD_WORDS, EVENT_KIND_WORDS, WORKING_WORDS

EMPTY_TEXT = tr_noop("The press release is empty: paste or open its text first.")
NOTHING_FOUND = "Nothing in the text could be read as an event, a person or a place."
NO_DATE = "The text gives no date: the publication date is used."
NO_DATE_AT_ALL = "The text gives no date and no publication date is known: set the date."


def warm_up() -> None:
    """Loads the Russian language models now (about a second), e.g. in the window's worker
    thread while the person is still pasting, so that the analysis itself is quick."""
    nlp.models()


def analyse_press_release(session: Session, text: str, *, published: date | None = None) -> Draft:
    """The draft ``text`` gives: pure reads through ``session``; safe in a worker thread with
    its own session. ``published`` is the publication date that "10 апреля" or "last Thursday"
    are resolved against (and the event's date when the text gives none).

    Empty text is refused with a ``ValidationError``; text with nothing to record gives an
    empty draft whose ``messages`` say so."""
    if not text.strip():
        raise ValidationError(EMPTY_TEXT, field="text", template=EMPTY_TEXT)
    reading = read(clean(text))
    builder = DraftBuilder(Catalog(session), text, reading.language, published)
    state = ReadingState(reading, builder)
    _read_locations(state)
    read_people(state)
    _settle_countries(state)
    groups = group_participants(state)
    organizations = read_organizations(state)
    read_topics(state)
    read_agreements(state)
    main_head = _main_kind_token(state)
    named = read_named_events(state, main_head, published)
    builder.events.extend(event for _, event in named)
    read_delegations(state, published)
    _settle_countries(state)
    read_works(state)
    _main_event(state, main_head, groups, organizations, named)
    _countries_of_named_events(state)
    with_greetings(state)
    draft = builder.draft()
    if draft.is_empty:
        return replace(draft, messages=(*draft.messages, NOTHING_FOUND))
    return draft


def _read_locations(state: ReadingState) -> None:
    """Every LOC name: a country (by its aliases, in any word form) or a place."""
    reading, builder = state.reading, state.builder
    for mention in reading.mentions:
        if mention.type != "LOC":
            continue
        code = state.catalog.country(mention.text) or state.catalog.country(mention.normal)
        tokens = range(mention.first, mention.last + 1)
        if code is not None:
            builder.country(code, mention.text)
            state.country_at.update(dict.fromkeys(tokens, code))
            continue
        place = builder.place(mention.normal, mention.text)
        state.place_at.update(dict.fromkeys(tokens, place))
    state.host_place = _host_place(state)
    if state.host_place is not None and state.host_place.country_code:
        state.home = state.host_place.country_code
    elif reading.language == "ru":
        state.home = "RU"  # a Russian press release comes from a Russian city's office
    if state.home is not None and state.host_place is not None:
        builder.country(state.home, state.host_place.name)


def _host_place(state: ReadingState) -> DraftPlace | None:
    """The office's own city: the one whose mayor («мэр Красноярска») or administration the
    text names, else the first place named."""
    tokens = state.reading.tokens
    for index in sorted(state.place_at):
        before = tokens[index - 1].lemma if index else ""
        if before == "of" and index >= 2:  # "Mayor of Krasnoyarsk"
            before = tokens[index - 2].lemma
        if before in CITY_HEAD_WORDS or before in ("администрация", "мэрия"):
            return state.builder.place_by_key(state.place_at[index].key)
    first = min(state.place_at, default=None)
    return None if first is None else state.builder.place_by_key(state.place_at[first].key)


def _settle_countries(state: ReadingState) -> None:
    """New places get a country: the office's own city (and its region) the home country, the
    others the one foreign country the text is about, when there is just one."""
    builder = state.builder
    foreign = state.foreign()
    host = stems(state.host_place.name)[:1] if state.host_place else ()
    for place in list(builder.places.values()):
        if place.country_code:
            continue
        home_side = host and stems(place.name)[:1] == host
        code = state.home if home_side else (foreign[0] if len(foreign) == 1 else None)
        builder.set_place(with_country(place, code))
    for organization in list(builder.organizations):
        located = builder.place_by_key(organization.place_key)
        if organization.country_code is None and located is not None and located.country_code:
            builder.set_organization(replace(organization, country_code=located.country_code))
    for person in list(builder.people.values()):
        employer = builder.organization_by_key(person.organization_key)
        if person.country_code is None and employer is not None:
            builder.set_person(replace(person, country_code=employer.country_code))
    if state.host_place is not None:
        state.host_place = builder.place_by_key(state.host_place.key)


def _main_kind_token(state: ReadingState) -> int | None:
    """The word of the headline or lead that says what the event was («встретился»)."""
    tokens = state.reading.tokens
    for index in lead_sentences(state.reading):
        if tokens[index].lemma in EVENT_KIND_WORDS:
            return index
    return None


def _main_event(
    state: ReadingState,
    head: int | None,
    groups: list[DraftParticipant],
    organizations: list[tuple[int, DraftOrganization]],
    named: list[tuple[int, DraftEvent]],
) -> None:
    reading, builder = state.reading, state.builder
    people = list(builder.people.values())
    if head is None and not people:
        return
    tokens = reading.tokens
    kind = EVENT_KIND_WORDS[tokens[head].lemma] if head is not None else EventKind.MEETING
    working = any(
        t.lemma in WORKING_WORDS and i + 1 < len(tokens) and tokens[i + 1].lemma in EVENT_KIND_WORDS
        for i, t in enumerate(tokens)
    )
    found = event_date(reading.text, builder.published)
    day = found.day if found else builder.published
    if found is None:
        builder.messages.append(NO_DATE if builder.published else NO_DATE_AT_ALL)
    reference = builder.published or date.today()
    host = host_of(state)
    participants = [
        DraftParticipant(person_key=p.key, role=role_of(state, p, host.key if host else None))
        for p in people
    ]
    participants.sort(key=lambda p: ["host", "guest", "participant"].index(p.role.value))
    participants += groups
    # organizations of people, groups and delegations belong to the main event; the others
    # named in a sentence with another event («команда … из Бишкека») belong to that one
    own = {p.organization_key for p in people} | {g.organization_key for g in groups}
    own |= {d.organization_key for d in builder.delegations}
    elsewhere = {
        o.key for s, o in organizations if o.key not in own and any(s == s2 for s2, _ in named)
    }
    organization_keys = [p.organization_key for p in people if p.organization_key]
    organization_keys += [g.organization_key for g in groups if g.organization_key]
    delegations = {d.organization_key for d in builder.delegations}
    organization_keys += [
        o.key for _, o in organizations if o.key not in elsewhere and o.key not in delegations
    ]
    matched = builder.catalog.event(
        kind.value, day, [p.match for p in people if p.match is not None], "Asia/Krasnoyarsk"
    )
    title = _headline(reading.text)
    timezone = "Asia/Krasnoyarsk"
    if matched is not None:
        # the record's own day: the text may give only the publication's
        timezone = matched.timezone
        day = matched.starts_at.astimezone(_zone(timezone)).date()
    builder.event = DraftEvent(
        key="event:main",
        label=matched.title if matched else title,
        title=matched.title if matched else title,
        match=matched.id if matched else None,
        event_kind=kind,
        status=EventStatus.HELD if day is None or day <= reference else EventStatus.PLANNED,
        level=EventLevel.WORKING if working else EventLevel.OFFICIAL,
        starts_on=day,
        start_time=event_time(reading.text),
        timezone=timezone,
        place_key=state.host_place.key if state.host_place else None,
        country_keys=tuple(c.key for c in builder.countries.values()),
        organization_keys=tuple(dict.fromkeys(organization_keys)),
        topic_keys=tuple(t.key for t in builder.topics),
        agreement_keys=tuple(a.key for a in builder.agreements),
        participants=tuple(participants),
        source=builder.text,
        evidence=_headline(reading.text) if head is None else _sentence_of(state, head),
    )
    for sentence, event in named:
        extra = [o.key for s, o in organizations if s == sentence and o.key in elsewhere]
        if extra:
            builder.events = [
                replace(e, organization_keys=(*e.organization_keys, *extra))
                if e.key == event.key
                else e
                for e in builder.events
            ]


def _countries_of_named_events(state: ReadingState) -> None:
    """A named event whose name gives no country («чемпионат … «Красноярск 5.0»») is in the
    countries of its place and of the organizations taking part (the team from Bishkek: KG)."""
    builder = state.builder
    for index, event in enumerate(builder.events):
        if event.country_keys:
            continue
        place = builder.place_by_key(event.place_key)
        codes = [place.country_code if place else None]
        for key in event.organization_keys:
            organization = builder.organization_by_key(key)
            codes.append(organization.country_code if organization else None)
        found = [c for c in dict.fromkeys(codes) if c]
        if found:
            for code in found:
                builder.country(code, event.evidence)
            builder.events[index] = replace(
                event, country_keys=tuple(f"country:{c}" for c in found)
            )


def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return UTC


def _headline(text: str) -> str:
    """The press release's headline: its first line of four words or more."""
    for line in text.splitlines():
        if len(line.split()) >= 4:
            return line.strip()
    return text.strip().splitlines()[0][:200]


def _sentence_of(state: ReadingState, index: int) -> str:
    tokens = [t for t in state.reading.tokens if t.sentence == state.reading.tokens[index].sentence]
    return state.reading.text[tokens[0].start : tokens[-1].stop]
