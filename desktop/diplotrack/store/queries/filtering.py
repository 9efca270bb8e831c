"""A RecordFilter as SQL conditions for each kind of record, all evaluated in the database.

Every condition is a column test or a correlated EXISTS on the record's own table, so the same
conditions serve a count, a sorted page and a calendar range without extra joins. Dates of
agreements, delegations and follow-ups compare as dates; events' (instants, zones, recurring
series) are ``event_conditions.py``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, true
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Delegation,
    DelegationMember,
    Event,
    FollowUp,
    KnownError,
    Organization,
    Person,
    Place,
    Position,
    Record,
    event_agreement,
    event_country,
    event_topic,
)
from diplotrack.domain.filters import RecordFilter
from diplotrack.domain.text import query_prefixes

from ..search import has_words, matching_ids, resolve_countries
from .event_conditions import (
    day_start,
    event_countries,
    event_dates,
    event_organizations,
    event_people,
    event_topics,
    recurring_without_occurrence,
)

Condition = ColumnElement[bool]

# day_start lives with the event conditions; importers have always found it here
__all__ = [
    "HOOKS",
    "Condition",
    "FilterHooks",
    "agreement_countries",
    "conditions",
    "day_start",
    "delegation_overlaps",
    "text_condition",
]


# -- agreements -------------------------------------------------------------------------


def agreement_countries(codes: Sequence[str], agreement_id: Any = Agreement.id) -> Condition:
    """Agreements with a party in these countries: the country itself, or a place or an
    organization there."""
    return exists().where(
        AgreementParty.agreement_id == agreement_id,
        or_(
            AgreementParty.country_code.in_(codes),
            AgreementParty.place_id.in_(select(Place.id).where(Place.country_code.in_(codes))),
            AgreementParty.organization_id.in_(
                select(Organization.id).where(Organization.country_code.in_(codes))
            ),
        ),
    )


def _agreement_dates(flt: RecordFilter, zone: tzinfo) -> Condition:
    signed: list[Condition] = [Agreement.signed_on.is_not(None)]
    valid: list[Condition] = [func.coalesce(Agreement.valid_from, Agreement.signed_on).is_not(None)]
    if flt.date_from:
        signed.append(Agreement.signed_on >= flt.date_from)
        valid.append(or_(Agreement.valid_until.is_(None), Agreement.valid_until >= flt.date_from))
    if flt.date_to:
        signed.append(Agreement.signed_on <= flt.date_to)
        valid.append(func.coalesce(Agreement.valid_from, Agreement.signed_on) <= flt.date_to)
    return or_(and_(*signed), and_(*valid))


def _agreement_parties(column: Any, ids: Sequence[Any]) -> Condition:
    return exists().where(AgreementParty.agreement_id == Agreement.id, column.in_(ids))


def _agreement_people(ids: Sequence[int]) -> Condition:
    return exists().where(
        AgreementSignatory.agreement_id == Agreement.id, AgreementSignatory.person_id.in_(ids)
    )


# -- delegations ------------------------------------------------------------------------


def delegation_overlaps(
    first: date | ColumnElement[date] | None, last: date | ColumnElement[date] | None
) -> Condition:
    conditions: list[Condition] = [Delegation.arrives_on.is_not(None)]
    if last is not None:
        conditions.append(Delegation.arrives_on <= last)
    if first is not None:
        conditions.append(func.coalesce(Delegation.departs_on, Delegation.arrives_on) >= first)
    return and_(*conditions)


def _delegation_people(ids: Sequence[int]) -> Condition:
    return or_(
        Delegation.head_id.in_(ids),
        exists().where(
            DelegationMember.delegation_id == Delegation.id, DelegationMember.person_id.in_(ids)
        ),
    )


# -- follow-ups -------------------------------------------------------------------------


def _followup_countries(codes: Sequence[str]) -> Condition:
    return or_(
        FollowUp.country_code.in_(codes),
        FollowUp.event_id.in_(
            select(event_country.c.event_id).where(event_country.c.country_code.in_(codes))
        ),
        FollowUp.delegation_id.in_(select(Delegation.id).where(Delegation.country_code.in_(codes))),
        and_(FollowUp.agreement_id.is_not(None), agreement_countries(codes, FollowUp.agreement_id)),
    )


def _followup_places(ids: Sequence[int]) -> Condition:
    return or_(
        FollowUp.event_id.in_(select(Event.id).where(Event.place_id.in_(ids))),
        FollowUp.delegation_id.in_(select(Delegation.id).where(Delegation.place_id.in_(ids))),
    )


def _followup_topics(ids: Sequence[int]) -> Condition:
    return FollowUp.event_id.in_(
        select(event_topic.c.event_id).where(event_topic.c.topic_id.in_(ids))
    )


# -- the hooks of each kind -------------------------------------------------------------

_Codes = Callable[[Sequence[str]], Condition]
_Ids = Callable[[Sequence[int]], Condition]


@dataclass(frozen=True)
class FilterHooks:
    """How each field of a RecordFilter applies to one kind; None: the field does not apply."""

    search_kind: str
    model: type[Record]
    countries: _Codes
    kinds: Any = None  # the column ``kinds`` selects on
    statuses: Any = None
    dates: Callable[[RecordFilter, tzinfo], Condition] | None = None
    topics: _Ids | None = None
    people: _Ids | None = None
    organizations: _Ids | None = None
    places: _Ids | None = None


HOOKS: dict[str, FilterHooks] = {
    "event": FilterHooks(
        "event",
        Event,
        countries=event_countries,
        kinds=Event.kind,
        statuses=Event.status,
        dates=event_dates,
        topics=event_topics,
        people=event_people,
        organizations=event_organizations,
        places=lambda ids: Event.place_id.in_(ids),
    ),
    "delegation": FilterHooks(
        "delegation",
        Delegation,
        countries=lambda codes: Delegation.country_code.in_(codes),
        kinds=Delegation.direction,
        statuses=Delegation.status,
        dates=lambda flt, _zone: delegation_overlaps(flt.date_from, flt.date_to),
        topics=lambda ids: exists().where(
            Event.delegation_id == Delegation.id,
            Event.id.in_(select(event_topic.c.event_id).where(event_topic.c.topic_id.in_(ids))),
        ),
        people=_delegation_people,
        organizations=lambda ids: Delegation.organization_id.in_(ids),
        places=lambda ids: Delegation.place_id.in_(ids),
    ),
    "agreement": FilterHooks(
        "agreement",
        Agreement,
        countries=agreement_countries,
        kinds=Agreement.kind,
        statuses=Agreement.status,
        dates=_agreement_dates,
        topics=lambda ids: exists().where(
            event_agreement.c.agreement_id == Agreement.id,
            event_agreement.c.event_id.in_(
                select(event_topic.c.event_id).where(event_topic.c.topic_id.in_(ids))
            ),
        ),
        people=_agreement_people,
        organizations=lambda ids: _agreement_parties(AgreementParty.organization_id, ids),
        places=lambda ids: or_(
            _agreement_parties(AgreementParty.place_id, ids), Agreement.signed_at_id.in_(ids)
        ),
    ),
    "person": FilterHooks(
        "person",
        Person,
        countries=lambda codes: Person.country_code.in_(codes),
        people=lambda ids: Person.id.in_(ids),
        organizations=lambda ids: exists().where(
            Position.person_id == Person.id, Position.organization_id.in_(ids)
        ),
    ),
    "organization": FilterHooks(
        "organization",
        Organization,
        countries=lambda codes: Organization.country_code.in_(codes),
        kinds=Organization.kind,
        organizations=lambda ids: or_(Organization.id.in_(ids), Organization.parent_id.in_(ids)),
        places=lambda ids: Organization.place_id.in_(ids),
    ),
    "place": FilterHooks(
        "place",
        Place,
        countries=lambda codes: Place.country_code.in_(codes),
        kinds=Place.kind,
        places=lambda ids: Place.id.in_(ids),
    ),
    "followup": FilterHooks(
        "followup",
        FollowUp,
        countries=_followup_countries,
        statuses=FollowUp.status,
        dates=lambda flt, _zone: and_(
            FollowUp.due_on.is_not(None),
            FollowUp.due_on >= flt.date_from if flt.date_from else true(),
            FollowUp.due_on <= flt.date_to if flt.date_to else true(),
        ),
        topics=_followup_topics,
        people=lambda ids: FollowUp.responsible_person_id.in_(ids),
        organizations=lambda ids: FollowUp.responsible_organization_id.in_(ids),
        places=_followup_places,
    ),
}


def _known_values(field: str, values: Sequence[str], column: Any) -> list[str]:
    allowed: list[str] = list(column.type.enums)
    unknown = [value for value in values if value not in allowed]
    if unknown:
        raise KnownError(
            f"Unknown {field} value “{unknown[0]}”; known: {', '.join(allowed)}", field=field
        )
    return list(values)


def text_condition(
    session: Session, hooks: FilterHooks, text: str, *, one_by_one: bool = False
) -> Condition | None:
    """Records whose words match every query prefix, or that involve the country the whole
    text names ("Кыргызстан"). None when the text holds no word: then it does not filter.
    ``one_by_one`` tests each record's own words rather than collecting every match first,
    for a page that walks its order and stops once full."""
    if not query_prefixes(text):
        return None
    if one_by_one:
        by_words = has_words(hooks.search_kind, text, hooks.model.id)
    else:
        by_words = hooks.model.id.in_(matching_ids(hooks.search_kind, text))
    codes = resolve_countries(session, text)
    return or_(by_words, hooks.countries(codes)) if codes else by_words


def conditions(
    session: Session, kind: str, flt: RecordFilter, *, zone: tzinfo = UTC
) -> list[Condition]:
    """The WHERE conditions of ``flt`` for records of ``kind``; fields that do not apply to the
    kind (topics of a place, …) are left out rather than matching nothing."""
    hooks = HOOKS[kind]
    found: list[Condition] = []
    if not flt.include_archived:
        found.append(hooks.model.archived_at.is_(None))
    if flt.countries:
        found.append(hooks.countries([code.upper() for code in flt.countries]))
    for field, values, column in (
        ("kinds", flt.kinds, hooks.kinds),
        ("statuses", flt.statuses, hooks.statuses),
    ):
        if values and column is not None:
            found.append(column.in_(_known_values(field, values, column)))
    if (flt.date_from or flt.date_to) and hooks.dates is not None:
        found.append(hooks.dates(flt, zone))
        outside = recurring_without_occurrence(session, flt, zone) if kind == "event" else None
        if outside is not None:
            found.append(outside)
    for ids, hook in (
        (flt.topic_ids, hooks.topics),
        (flt.person_ids, hooks.people),
        (flt.organization_ids, hooks.organizations),
        (flt.place_ids, hooks.places),
    ):
        if ids and hook is not None:
            found.append(hook(ids))
    if flt.text.strip():
        by_text = text_condition(session, hooks, flt.text)
        if by_text is not None:
            found.append(by_text)
    return found
