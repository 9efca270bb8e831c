"""Light, frozen rows the registers, the calendar and the command line show: no ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

# the calendar's row lives alone, so the window's first paint need not build these dataclasses


@dataclass(frozen=True)
class Participation:
    """Who took part in an event: a person's name (both scripts) or an unnamed group."""

    name: str
    name_alt: str | None
    role: str
    person_id: int | None = None
    organization_id: int | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime
    all_day: bool
    timezone: str
    date_precision: str
    status: str
    level: str
    format: str
    place: str | None
    place_id: int | None
    recurrence: str | None
    delegation_id: int | None
    archived: bool
    version: int
    countries: tuple[str, ...] = ()
    participants: tuple[Participation, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class DelegationRow:
    id: int
    title: str
    direction: str
    status: str
    arrives_on: date | None
    departs_on: date | None
    country: str
    place: str | None
    place_id: int | None
    organization: str | None
    organization_id: int | None
    head: str | None
    head_id: int | None
    archived: bool
    version: int
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class AgreementParty:
    """One side of an agreement as shown: its name, the kind of party, and its country."""

    name: str
    party: str  # "place", "organization" or "country"
    country: str | None
    record_id: int | None


@dataclass(frozen=True)
class AgreementRow:
    id: int
    kind: str
    title: str
    status: str
    signed_on: date | None
    valid_from: date | None
    valid_until: date | None
    renewal: str
    archived: bool
    version: int
    parties: tuple[AgreementParty, ...] = ()
    countries: tuple[str, ...] = ()
    signatories: tuple[str, ...] = ()


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    name_alt: str | None
    country: str | None
    email: str | None
    archived: bool
    version: int
    position: str | None = None  # the current (latest started) post, if any
    organization: str | None = None


@dataclass(frozen=True)
class OrganizationRow:
    id: int
    name: str
    name_alt: str | None
    short_name: str | None
    kind: str
    country: str | None
    place: str | None
    place_id: int | None
    parent: str | None
    parent_id: int | None
    archived: bool
    version: int


@dataclass(frozen=True)
class PlaceRow:
    id: int
    name: str
    name_alt: str | None
    kind: str
    country: str
    country_name: str
    archived: bool
    version: int


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    title: str
    status: str
    due_on: date | None
    done_on: date | None
    responsible: str | None  # the person, else the organization, else the text
    country: str | None
    event_id: int | None
    delegation_id: int | None
    agreement_id: int | None
    archived: bool
    version: int
