"""The draft while it is being read: items added once each (the same place or person named
twice is one item), matched to existing records as they are added, then frozen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from diplotrack.domain.enums import OrganizationKind, PlaceKind

from .draft import (
    Draft,
    DraftAgreement,
    DraftCountry,
    DraftDelegation,
    DraftEvent,
    DraftFollowUp,
    DraftOrganization,
    DraftPerson,
    DraftPlace,
    DraftTopic,
)
from .matching import Catalog, person_key, similar, stems
from .reading import Reading
from .vocabulary import REGION_WORDS


class DraftBuilder:
    def __init__(self, catalog: Catalog, text: str, language: str, published: date | None):
        self.catalog = catalog
        self.text = text
        self.language = language
        self.published = published
        self.countries: dict[str, DraftCountry] = {}
        self.topics: list[DraftTopic] = []
        self.places: dict[tuple[str, ...], DraftPlace] = {}
        self.organizations: list[DraftOrganization] = []
        self.people: dict[tuple[str, ...], DraftPerson] = {}
        self.agreements: list[DraftAgreement] = []
        self.delegations: list[DraftDelegation] = []
        self.event: DraftEvent | None = None
        self.events: list[DraftEvent] = []
        self.followups: list[DraftFollowUp] = []
        self.messages: list[str] = []
        self._numbers: dict[str, int] = {}

    def key(self, kind: str) -> str:
        self._numbers[kind] = self._numbers.get(kind, 0) + 1
        return f"{kind}:{self._numbers[kind]}"

    def country(self, code: str, evidence: str) -> DraftCountry:
        found = self.countries.get(code)
        if found is None:
            name = self.catalog.country_name(code, self.language)
            found = DraftCountry(key=f"country:{code}", label=name, code=code, evidence=evidence)
            self.countries[code] = found
        return found

    def place(self, name: str, evidence: str, country_code: str | None = None) -> DraftPlace:
        """The place of this name (any word form gives the same item), matched if known."""
        key = stems(name)
        for known_key, known in self.places.items():
            if known_key == key:
                return known
        region = any(w in REGION_WORDS for w in name.casefold().split())
        match = self.catalog.place(name)
        place = DraftPlace(
            key=self.key("place"),
            label=match.name if match else name,
            name=match.name if match else name,
            match=match.id if match else None,
            country_code=match.country_code if match else country_code,
            place_kind=PlaceKind.REGION if region else PlaceKind.CITY,
            # a region named in passing («столица Красноярского края») is offered, not assumed
            include=not region or match is not None,
            evidence=evidence,
        )
        self.places[key] = place
        return place

    def set_place(self, place: DraftPlace) -> None:
        for key, known in self.places.items():
            if known.key == place.key:
                self.places[key] = place

    def organization(
        self,
        name: str,
        evidence: str,
        *,
        kind: OrganizationKind,
        country_code: str | None = None,
        place: DraftPlace | None = None,
        parent: DraftOrganization | None = None,
    ) -> DraftOrganization:
        """The organization of this name, or the one already in the draft it is: the same
        name by stems, or the same city administration of the same place."""
        key = stems(name)
        for index, known in enumerate(self.organizations):
            other = stems(known.name)
            if key and other and key[0] == other[0] and similar(key, other) >= 0.7:
                if len(key) > len(other) and known.match is None:
                    # the fuller name the text gives later may be the one the office knows
                    better = self.catalog.organization(name)
                    known = replace(
                        known,
                        name=better.name if better else name,
                        label=better.name if better else name,
                        match=better.id if better else None,
                        country_code=known.country_code
                        or (better.country_code if better else country_code),
                    )
                    self.organizations[index] = known
                return known
            same_admin = (
                kind is OrganizationKind.CITY_ADMINISTRATION
                and known.organization_kind is kind
                and place is not None
                and known.place_key == place.key
                and key[:1] == stems(known.name)[:1]
            )
            if stems(known.name) == key or same_admin:
                return known
        match = self.catalog.organization(name)
        if match is not None:
            for known in self.organizations:
                if known.match == match.id:
                    return known
        found = DraftOrganization(
            key=self.key("organization"),
            label=match.name if match else name,
            name=match.name if match else name,
            match=match.id if match else None,
            organization_kind=match.kind if match else kind,
            country_code=(match.country_code if match else country_code),
            place_key=place.key if place else None,
            parent_key=parent.key if parent else None,
            evidence=evidence,
        )
        self.organizations.append(found)
        return found

    def person(self, name: str, evidence: str) -> DraftPerson:
        key = person_key(name)
        found = self.people.get(key)
        if found is None:
            match = self.catalog.person(name)
            found = DraftPerson(
                key=self.key("person"),
                label=match.name if match else name,
                name=match.name if match else name,
                match=match.id if match else None,
                country_code=match.country_code if match else None,
                evidence=evidence,
            )
            self.people[key] = found
        return found

    def set_person(self, person: DraftPerson) -> None:
        for key, known in self.people.items():
            if known.key == person.key:
                self.people[key] = person

    def set_organization(self, organization: DraftOrganization) -> None:
        self.organizations = [
            organization if o.key == organization.key else o for o in self.organizations
        ]

    def place_by_key(self, key: str | None) -> DraftPlace | None:
        return next((p for p in self.places.values() if p.key == key), None)

    def organization_by_key(self, key: str | None) -> DraftOrganization | None:
        return next((o for o in self.organizations if o.key == key), None)

    def draft(self) -> Draft:
        people = tuple(self.people.values())
        return Draft(
            text=self.text,
            language=self.language,
            published=self.published,
            event=self.event,
            people=people,
            organizations=tuple(self.organizations),
            places=tuple(self.places.values()),
            countries=tuple(self.countries.values()),
            topics=tuple(self.topics),
            agreements=tuple(self.agreements),
            events=tuple(self.events),
            delegations=tuple(self.delegations),
            followups=tuple(self.followups),
            messages=tuple(self.messages),
        )


def with_country(place: DraftPlace, code: str | None) -> DraftPlace:
    return place if place.country_code or code is None else replace(place, country_code=code)


class ReadingState:
    """What the rules share while reading one text: the reading, the draft being built, and
    which tokens name which place or country."""

    def __init__(self, reading: Reading, builder: DraftBuilder) -> None:
        self.reading = reading
        self.builder = builder
        self.catalog = builder.catalog
        self.place_at: dict[int, DraftPlace] = {}
        self.country_at: dict[int, str] = {}
        self.home: str | None = None
        self.host_place: DraftPlace | None = None
        # organizations that belong to an event other than the main one, by that event's key
        self.used_tokens: set[int] = set()

    def place_in(self, first: int, last: int) -> DraftPlace | None:
        """The last place named in tokens ``first``..``last`` (the city in «… в Красноярске»)."""
        found = None
        for index in range(first, last + 1):
            place = self.place_at.get(index)
            if place is not None:
                found = self.builder.place_by_key(place.key) or place
        return found

    def country_in(self, first: int, last: int) -> str | None:
        for index in range(first, last + 1):
            if index in self.country_at:
                return self.country_at[index]
        return None

    def foreign(self) -> list[str]:
        return [code for code in self.builder.countries if code != self.home]
