"""Known records a table's names are matched to: countries by any name, places, organizations,
people — each read once per import, so 13,000 rows cost a handful of queries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Organization, Person, Place
from diplotrack.domain.text import normalize
from diplotrack.store.search import resolve_countries

# Names registers written elsewhere use for countries that DiploTrack's alias table (ISO names,
# the office's own aliases) does not know: former and common English names. Kosovo, historical
# states and Wikidata's unlabelled items stay unknown and their rows are reported.
FORMER_NAMES: dict[str, str] = {
    "republic of macedonia": "MK",
    "macedonia": "MK",
    "palestine": "PS",
    "palestinian territories": "PS",
    "palestinian national authority": "PS",
    "ivory coast": "CI",
    "swaziland": "SZ",
    "cape verde": "CV",
    "east timor": "TL",
    "sao tomé and príncipe": "ST",
    "sao tome and principe": "ST",
    "burma": "MM",
    "zaire": "CD",
}


# Two places of one name in one country are the same place when they lie this close (in degrees
# of latitude and longitude added up, about 30 km): namesakes (the two Ennerys of France are
# twinned with each other) lie farther apart.
NEAR_DEGREES = 0.3


@dataclass(frozen=True)
class KnownPlace:
    id: int
    country: str
    latitude: float | None
    longitude: float | None


def distance(first: tuple[float, float], second: tuple[float | None, float | None]) -> float:
    """A rough distance in degrees, enough to tell one town from its namesake."""
    assert second[0] is not None and second[1] is not None
    return abs(first[0] - second[0]) + abs(first[1] - second[1])


def key(name: str) -> str:
    """How names are compared: case-folded, ё as е, spaces collapsed."""
    return normalize(name)


class Lookups:
    """Countries, places, organizations and people of the database, by normalized name."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._countries: dict[str, tuple[str, ...]] = {}
        self._places: dict[str, list[KnownPlace]] | None = None
        self._organizations: dict[str, int] | None = None
        self._people: dict[str, int] | None = None
        # places the rows checked so far will add (by normalized name: their countries)
        self.places_added: dict[str, set[str]] = {}

    def countries(self, text: str) -> tuple[str, ...]:
        """ISO codes a name names (any alias or code); empty when none."""
        wanted = key(text)
        found = self._countries.get(wanted)
        if found is None:
            found = tuple(resolve_countries(self.session, text))
            if not found and wanted in FORMER_NAMES:
                found = (FORMER_NAMES[wanted],)
            self._countries[wanted] = found
        return found

    @property
    def places(self) -> dict[str, list[KnownPlace]]:
        """The places each normalized name or other-script name names."""
        if self._places is None:
            found: dict[str, list[KnownPlace]] = defaultdict(list)
            statement = select(
                Place.id,
                Place.name,
                Place.name_alt,
                Place.country_code,
                Place.latitude,
                Place.longitude,
            ).where(Place.archived_at.is_(None))
            for place_id, name, name_alt, country, latitude, longitude in self.session.execute(
                statement
            ):
                for each in {key(name), key(name_alt or "")} - {""}:
                    found[each].append(KnownPlace(place_id, country, latitude, longitude))
            self._places = dict(found)
        return self._places

    def place(
        self,
        name: str,
        countries: tuple[str, ...] = (),
        near: tuple[float, float] | None = None,
    ) -> int | None:
        """The id of the known place of this name — in one of ``countries`` when given. With
        ``near`` (latitude, longitude), namesakes are told apart: the nearest place within
        ``NEAR_DEGREES`` wins, else one whose position is not recorded; otherwise the first."""
        found = [
            place
            for place in self.places.get(key(name), [])
            if not countries or place.country in countries
        ]
        if near is None:
            return found[0].id if found else None
        located = [
            (distance(near, (place.latitude, place.longitude)), place.id)
            for place in found
            if place.latitude is not None and place.longitude is not None
        ]
        nearest = min(located, default=None)
        if nearest is not None and nearest[0] <= NEAR_DEGREES:
            return nearest[1]
        unlocated = [place.id for place in found if place.latitude is None]
        return unlocated[0] if unlocated else None

    def organization(self, name: str) -> int | None:
        if self._organizations is None:
            statement = select(
                Organization.id, Organization.name, Organization.name_alt, Organization.short_name
            ).where(Organization.archived_at.is_(None))
            self._organizations = {}
            for organization_id, *names in self.session.execute(statement):
                for each in names:
                    if each:
                        self._organizations.setdefault(key(each), organization_id)
        return self._organizations.get(key(name))

    def person(self, name: str) -> int | None:
        if self._people is None:
            statement = select(Person.id, Person.name, Person.name_alt).where(
                Person.archived_at.is_(None)
            )
            self._people = {}
            for person_id, *names in self.session.execute(statement):
                for each in names:
                    if each:
                        self._people.setdefault(key(each), person_id)
        return self._people.get(key(name))
