"""Gathering a note: what the database says about its subject, read in one session.

Pure reads, so a window may gather in a worker thread with a session of its own; the result
holds no ORM objects.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy.orm import Session

from diplotrack.domain import Country, Organization, Person, Place
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.queries.briefings import people_with_posts
from diplotrack.store.queries.details import organization_detail, person_detail

from .model import Briefing, Fact, PostLine
from .naming import Names
from .request import NoteRequest
from .sections import common, counterparts
from .subjects import BriefingOptions, BriefingSubject, SubjectKind, missing
from .visits import gather_delegation, gather_event
from .vocabulary import name_of
from .wording import QT_TRANSLATE_NOOP, Wording

COUNTERPART_LIMIT = 20


def gather_briefing(
    session: Session, subject: BriefingSubject, options: BriefingOptions, *, today: date
) -> Briefing:
    """Everything the note about ``subject`` says, as of ``today``, in ``options.language``.

    Raises NotFoundError when the subject does not exist or is archived.
    """
    request = NoteRequest(
        names=Names(session, options.language),
        wording=Wording(options.language),
        subject=subject,
        options=options,
        today=today,
        prepared_on=options.prepared_on or today,
    )
    gather = {
        SubjectKind.EVENT: gather_event,
        SubjectKind.DELEGATION: gather_delegation,
        SubjectKind.PERSON: _person,
    }.get(subject.kind, _partner)
    return gather(request)


def _partner(request: NoteRequest) -> Briefing:
    """A country, a place or an organization: the office's cooperation with it."""
    names, wording, subject, today = request.names, request.wording, request.subject, request.today
    session = request.session
    facts: list[Fact] = []
    notes: tuple[str, ...] = ()
    if subject.kind == SubjectKind.COUNTRY:
        country = session.get(Country, str(subject.key).strip().upper())
        if country is None:
            raise missing(subject)
        title, other = names.both(country.name_ru, country.name_en)
        official = country.official_name_ru if names.language == "ru" else country.official_name_en
        if official and official != title:
            facts.append(Fact(wording(QT_TRANSLATE_NOOP("Briefing", "Official name")), official))
        flt = RecordFilter(countries=(country.code,))
        people = people_with_posts(session, on=today, country=country.code, limit=COUNTERPART_LIMIT)
    elif subject.kind == SubjectKind.PLACE:
        place = request.live(Place)
        title, other = names.both(place.name, place.name_alt)
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Kind")),
                name_of(wording, "place_kind", place.kind.value),
            )
        )
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Country")), names.country(place.country_code)
            )
        )
        if place.population:
            facts.append(
                Fact(
                    wording(QT_TRANSLATE_NOOP("Briefing", "Population")),
                    f"{place.population:,}".replace(",", "\u00a0"),
                )
            )
        notes = (place.notes,) if place.notes else ()
        flt = RecordFilter(place_ids=(place.id,))
        people = people_with_posts(session, on=today, place_id=place.id, limit=COUNTERPART_LIMIT)
    else:
        organization = request.live(Organization)
        detail = organization_detail(session, organization.id)
        title, other = names.both(organization.name, organization.name_alt)
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Kind")),
                name_of(wording, "organization_kind", organization.kind.value),
            )
        )
        if organization.parent is not None:
            parent = organization.parent
            facts.append(
                Fact(
                    wording(QT_TRANSLATE_NOOP("Briefing", "Parent organization")),
                    names.pick(parent.name, parent.name_alt),
                )
            )
        facts.extend(_organization_place(names, wording, organization))
        notes = (detail.notes,) if detail.notes else ()
        flt = RecordFilter(organization_ids=(organization.id,))
        people = people_with_posts(
            session, on=today, organization_id=organization.id, limit=COUNTERPART_LIMIT
        )
    sections = common(names, flt, today, request.options.history_limit)
    note_title = wording(
        QT_TRANSLATE_NOOP("Briefing", "Briefing note on cooperation with {subject}")
    )
    purpose = wording(QT_TRANSLATE_NOOP("Briefing", "on cooperation with"))
    return request.note(
        note_title.format(subject=title),
        request.heading(purpose, title, other),
        sections,
        facts=tuple(facts),
        counterparts=counterparts(names, people, today),
        notes=notes,
        sources=sections.sources,
    )


def _person(request: NoteRequest) -> Briefing:
    """A biographical note: posts held, contacts with the office, what is open and planned."""
    names, wording, session = request.names, request.wording, request.session
    person = request.live(Person)
    detail = person_detail(session, person.id)
    names.learn(("organization", post.organization_id) for post in detail.positions)
    posts = tuple(
        PostLine(
            title=names.pick(post.title, post.title_alt),
            organization=names.record("organization", post.organization_id, post.organization),
            started_on=post.started_on,
            ended_on=post.ended_on,
        )
        for post in detail.positions
    )
    name, other = names.both(person.name, person.name_alt)
    facts = []
    if person.country_code:
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Citizenship")),
                names.country(person.country_code),
            )
        )
    sections = common(
        names, RecordFilter(person_ids=(person.id,)), request.today, request.options.history_limit
    )
    heading = replace(
        request.heading("", name, other),
        label=wording(QT_TRANSLATE_NOOP("Briefing", "BIOGRAPHICAL NOTE")),
    )
    return request.note(
        wording(QT_TRANSLATE_NOOP("Briefing", "Biographical note: {subject}")).format(subject=name),
        heading,
        sections,
        facts=tuple(facts),
        posts=posts,
        notes=tuple(text for text in (person.notes, person.contact_notes) if text),
        sources=sections.sources,
    )


def _organization_place(names: Names, wording: Wording, organization: Organization) -> list[Fact]:
    """Where an organization sits (its place and that place's country) and, when that is not
    its own country (an embassy's chancery in Krasnoyarsk), whose it is."""
    place = organization.place
    where = (
        [names.pick(place.name, place.name_alt), names.country(place.country_code)]
        if place is not None
        else [names.country(organization.country_code)]
    )
    facts = []
    if any(where):
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Location")),
                ", ".join(part for part in where if part),
            )
        )
    if place is not None and organization.country_code not in (None, place.country_code):
        facts.append(
            Fact(
                wording(QT_TRANSLATE_NOOP("Briefing", "Country")),
                names.country(organization.country_code),
            )
        )
    return facts
