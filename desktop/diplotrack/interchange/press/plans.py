"""What the text tells besides who met whom: works being prepared in a partner city (a new
school in Jalal-Abad) become follow-ups linked to the city's agreement and country, and the
greetings exchanged go to the event's notes."""

from __future__ import annotations

from dataclasses import replace

from .builder import ReadingState
from .draft import DraftAgreement, DraftFollowUp, DraftPlace
from .matching import stems
from .phrases import chain_after

# Works that are announced before they happen («готовится строительство … школ»).
WORK_WORDS = frozenset(
    {"строительство", "открытие", "создание", "reconstruction", "construction", "opening"}
)
# Words that make such a work something being prepared, not something done.
PREPARING_WORDS = frozenset(
    {
        "готовиться",
        "планироваться",
        "предстоять",
        "будущий",
        "планируемый",
        "plan",
        "planned",
        "prepare",
        "prepared",
        "upcoming",
        "will",
    }
)
# Greetings the host gives («поздравил гостей с … Ураза-Байрамом»): said in the event's notes.
GREETING_WORDS = frozenset({"поздравить", "congratulate", "congratulated", "greet", "greeted"})
# A work's place may be named in the sentence after the one that announces it
# («… новых русских школ. И одна из них будет … в Джалал-Абаде»).
SENTENCES_AHEAD = 1


def read_works(state: ReadingState) -> None:
    """Follow-ups for works being prepared in a place of the draft other than the host city."""
    reading = state.reading
    tokens = reading.tokens
    for index, token in enumerate(tokens):
        if token.lemma not in WORK_WORDS or token.pos != "NOUN":
            continue
        sentence = token.sentence
        if not any(
            t.lemma in PREPARING_WORDS for t in tokens if t.sentence == sentence and t is not token
        ):
            continue
        place = _partner_place(state, sentence)
        if place is None:
            continue
        work = _work_phrase(state, index)
        title = f"{work[:1].upper()}{work[1:]} ({place.name})"
        agreement = _agreement_of(state, place)
        matched = (
            state.catalog.agreement_followup(agreement.match, stems(work))
            if agreement is not None and agreement.match is not None
            else None
        )
        evidence = " ".join(
            reading.text[s[0].start : s[-1].stop]
            for s in (
                reading.sentence_tokens(n) for n in range(sentence, sentence + SENTENCES_AHEAD + 1)
            )
            if s
        )
        state.builder.followups.append(
            DraftFollowUp(
                key=state.builder.key("followup"),
                label=matched.title if matched else title,
                title=matched.title if matched else title,
                match=matched.id if matched else None,
                agreement_key=agreement.key if agreement else None,
                country_code=place.country_code,
                notes=evidence,
                evidence=evidence,
            )
        )


def _partner_place(state: ReadingState, sentence: int) -> DraftPlace | None:
    """The first place, not the host city, named in the sentence or the next one."""
    host = state.host_place.key if state.host_place else None
    for position in sorted(state.place_at):
        named = state.reading.tokens[position].sentence
        place = state.builder.place_by_key(state.place_at[position].key)
        if sentence <= named <= sentence + SENTENCES_AHEAD and place and place.key != host:
            return place
    return None


def _work_phrase(state: ReadingState, head: int) -> str:
    """«строительство новых русских школ»: the work and what it makes, without where
    («в республике»), since the follow-up names its place itself."""
    tokens = state.reading.tokens
    kept: list[str] = []
    skipping = False
    for token in tokens[head : chain_after(state.reading, head) + 1]:
        if token.pos == "ADP" and token.lemma in ("в", "на", "in"):
            skipping = True
            continue
        if skipping and (token.case == "Loc" or token.pos in ("PROPN", "DET")):
            continue
        skipping = False
        kept.append(token.text)
    return " ".join(kept)


def _agreement_of(state: ReadingState, place: DraftPlace) -> DraftAgreement | None:
    return next((a for a in state.builder.agreements if place.key in a.party_keys), None)


def greetings(state: ReadingState) -> str | None:
    """The greetings the text reports, from the greeting word to the end of its sentence
    («Поздравил гостей с главным праздником для всех мусульман – Ураза-Байрамом.»)."""
    reading = state.reading
    said: list[str] = []
    for token in reading.tokens:
        if token.lemma not in GREETING_WORDS:
            continue
        last = reading.sentence_tokens(token.sentence)[-1]
        text = reading.text[token.start : last.stop].strip()
        said.append(text[:1].upper() + text[1:])
    return "\n".join(dict.fromkeys(said)) or None


def with_greetings(state: ReadingState) -> None:
    """The main event with the greetings in its notes."""
    event = state.builder.event
    notes = greetings(state)
    if event is not None and notes:
        state.builder.event = replace(event, notes=notes)
