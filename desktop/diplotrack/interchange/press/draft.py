"""The draft a press release gives: what it proposes to record, each item matched or new.

A ``Draft`` is a frozen tree of plain values (no ORM objects), safe to hand from a worker thread
to the window. Every item has a ``key`` unique in its draft ("person:2"), by which other items
refer to it; a ``label`` to show; ``match`` — the id of the existing record it is (None: a new
record would be made); ``include`` — whether saving the draft uses it; and ``evidence`` — the
words of the text it came from, so a person can see why it is proposed. Editing is
``dataclasses.replace`` on an item and ``Draft.with_item`` to put it back.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, time
from enum import StrEnum
from typing import Any, TypeVar

from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    DelegationDirection,
    EventKind,
    EventLevel,
    EventStatus,
    FollowUpStatus,
    OrganizationKind,
    ParticipantRole,
    PlaceKind,
)


class ItemKind(StrEnum):
    """What a draft item would become."""

    EVENT = "event"
    PERSON = "person"
    ORGANIZATION = "organization"
    PLACE = "place"
    COUNTRY = "country"
    AGREEMENT = "agreement"
    DELEGATION = "delegation"
    FOLLOWUP = "followup"
    TOPIC = "topic"


@dataclass(frozen=True, kw_only=True)
class DraftItem:
    """What every item has. ``match`` is the id of the existing record (None: new)."""

    key: str
    label: str
    match: int | None = None
    include: bool = True
    evidence: str = ""

    kind: ItemKind = field(init=False, default=ItemKind.EVENT)

    @property
    def is_new(self) -> bool:
        return self.match is None


@dataclass(frozen=True, kw_only=True)
class DraftCountry(DraftItem):
    """A country the text names. Countries are reference data, so one is always known: ``code``
    is its ISO code and ``match`` stays None (countries have no numeric id)."""

    code: str
    kind: ItemKind = field(init=False, default=ItemKind.COUNTRY)

    @property
    def is_new(self) -> bool:
        return False


@dataclass(frozen=True, kw_only=True)
class DraftTopic(DraftItem):
    """A subject of cooperation the text names; ``match`` is the topic's id."""

    name: str
    kind: ItemKind = field(init=False, default=ItemKind.TOPIC)


@dataclass(frozen=True, kw_only=True)
class DraftPlace(DraftItem):
    """A city or region, its name in the nominative, and its country (ISO code, if known)."""

    name: str
    country_code: str | None = None
    place_kind: PlaceKind = PlaceKind.CITY
    kind: ItemKind = field(init=False, default=ItemKind.PLACE)


@dataclass(frozen=True, kw_only=True)
class DraftOrganization(DraftItem):
    """An organization: name in the nominative, kind, country, and the keys of its place and
    parent organization in the same draft."""

    name: str
    organization_kind: OrganizationKind = OrganizationKind.OTHER
    country_code: str | None = None
    place_key: str | None = None
    parent_key: str | None = None
    kind: ItemKind = field(init=False, default=ItemKind.ORGANIZATION)


@dataclass(frozen=True, kw_only=True)
class DraftPerson(DraftItem):
    """A person, named in the nominative, with the position the text gives them (title as
    written, the organization's key, since when) and their country."""

    name: str
    position: str | None = None
    organization_key: str | None = None
    position_since: date | None = None
    country_code: str | None = None
    kind: ItemKind = field(init=False, default=ItemKind.PERSON)


@dataclass(frozen=True, kw_only=True)
class DraftParticipant:
    """Who took part in an event and in which role: a person of the draft, or an organization
    without names ("руководители департаментов администрации", told in ``description``)."""

    person_key: str | None = None
    organization_key: str | None = None
    role: ParticipantRole = ParticipantRole.PARTICIPANT
    description: str | None = None
    include: bool = True


@dataclass(frozen=True, kw_only=True)
class DraftEvent(DraftItem):
    """An event: the one the press release is about, another it mentions (``mentioned``), or
    one it says is coming (status planned).

    ``starts_on``/``ends_on`` are local days in ``timezone``; with ``start_time`` the event is
    timed, without it all-day. A planned event whose date is not fixed has a ``date_precision``
    coarser than a day and ``starts_on`` at the start of that month or year.
    """

    title: str
    event_kind: EventKind = EventKind.MEETING
    status: EventStatus = EventStatus.HELD
    level: EventLevel = EventLevel.OFFICIAL
    starts_on: date | None = None
    ends_on: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    date_precision: DatePrecision = DatePrecision.EXACT
    timezone: str = "Asia/Krasnoyarsk"
    place_key: str | None = None
    venue: str | None = None
    edition: int | None = None
    country_keys: tuple[str, ...] = ()
    organization_keys: tuple[str, ...] = ()
    topic_keys: tuple[str, ...] = ()
    agreement_keys: tuple[str, ...] = ()
    participants: tuple[DraftParticipant, ...] = ()
    source: str | None = None
    notes: str | None = None
    mentioned: bool = False
    kind: ItemKind = field(init=False, default=ItemKind.EVENT)


@dataclass(frozen=True, kw_only=True)
class DraftAgreement(DraftItem):
    """An agreement the text mentions, with the keys of its parties (places of the draft)."""

    title: str
    agreement_kind: AgreementKind = AgreementKind.OTHER
    status: AgreementStatus = AgreementStatus.IN_FORCE
    party_keys: tuple[str, ...] = ()
    kind: ItemKind = field(init=False, default=ItemKind.AGREEMENT)


@dataclass(frozen=True, kw_only=True)
class DraftDelegation(DraftItem):
    """A delegation the text says is coming (or going): from where, which organization."""

    title: str
    direction: DelegationDirection = DelegationDirection.INCOMING
    status: EventStatus = EventStatus.PLANNED
    country_code: str | None = None
    place_key: str | None = None
    organization_key: str | None = None
    arrives_on: date | None = None
    departs_on: date | None = None
    purpose: str | None = None
    kind: ItemKind = field(init=False, default=ItemKind.DELEGATION)


@dataclass(frozen=True, kw_only=True)
class DraftFollowUp(DraftItem):
    """A task that comes out of the text, linked to items of the draft by their keys."""

    title: str
    status: FollowUpStatus = FollowUpStatus.OPEN
    due_on: date | None = None
    event_key: str | None = None
    delegation_key: str | None = None
    agreement_key: str | None = None
    country_code: str | None = None
    notes: str | None = None
    kind: ItemKind = field(init=False, default=ItemKind.FOLLOWUP)


ItemT = TypeVar("ItemT", bound=DraftItem)


@dataclass(frozen=True, kw_only=True)
class Draft:
    """Everything a press release proposes. ``event`` is the event it reports (None when the
    text names none); ``events`` are the other events it mentions or announces. ``messages``
    says, in English, what the reader could not do (e.g. "no date in the text: the publication
    date is used"); ``language`` is the text's ("ru"/"en")."""

    text: str
    language: str
    published: date | None = None
    event: DraftEvent | None = None
    people: tuple[DraftPerson, ...] = ()
    organizations: tuple[DraftOrganization, ...] = ()
    places: tuple[DraftPlace, ...] = ()
    countries: tuple[DraftCountry, ...] = ()
    topics: tuple[DraftTopic, ...] = ()
    agreements: tuple[DraftAgreement, ...] = ()
    events: tuple[DraftEvent, ...] = ()
    delegations: tuple[DraftDelegation, ...] = ()
    followups: tuple[DraftFollowUp, ...] = ()
    messages: tuple[str, ...] = ()

    def items(self) -> Iterator[DraftItem]:
        """Every item, in the order saving makes them: the things others refer to first."""
        yield from self.countries
        yield from self.topics
        yield from self.places
        yield from self.organizations
        yield from self.people
        yield from self.agreements
        yield from self.delegations
        if self.event is not None:
            yield self.event
        yield from self.events
        yield from self.followups

    def item(self, key: str) -> DraftItem:
        """The item with this key; KeyError if the draft has none."""
        for item in self.items():
            if item.key == key:
                return item
        raise KeyError(key)

    def find(self, key: str | None, kind: type[ItemT]) -> ItemT | None:
        """The item with this key if it is of ``kind`` and included, else None."""
        if key is None:
            return None
        try:
            item = self.item(key)
        except KeyError:
            return None
        return item if isinstance(item, kind) and item.include else None

    @property
    def is_empty(self) -> bool:
        return next(self.items(), None) is None

    def with_item(self, item: DraftItem) -> Draft:
        """The draft with the item of the same key replaced by ``item``."""
        if self.event is not None and self.event.key == item.key:
            if not isinstance(item, DraftEvent):
                raise TypeError(f"{item.key} is the draft's event; {item!r} is not an event")
            return replace(self, event=item)
        for name in _GROUPS:
            group: tuple[DraftItem, ...] = getattr(self, name)
            if any(each.key == item.key for each in group):
                changed: dict[str, Any] = {
                    name: tuple(item if each.key == item.key else each for each in group)
                }
                return replace(self, **changed)
        raise KeyError(item.key)

    def with_included(self, key: str, include: bool) -> Draft:
        """The draft with one item kept or dropped."""
        return self.with_item(replace(self.item(key), include=include))

    def to_object(self) -> dict[str, Any]:
        """The draft as JSON-ready data (`diplotrack draft --format json`): every item with
        its kind, match id (or null) and include flag."""
        from diplotrack.output import plain

        return {
            "language": self.language,
            "published": plain(self.published),
            "messages": list(self.messages),
            "items": [plain(item) for item in self.items()],
        }


_GROUPS = (
    "people",
    "organizations",
    "places",
    "countries",
    "topics",
    "agreements",
    "events",
    "delegations",
    "followups",
)
