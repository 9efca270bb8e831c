"""Places from a table — found by name in their country, or new — and the twinning register's
shape: two places per row and one sister-city agreement between them, once per pair."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from diplotrack.domain import Agreement, AgreementParty, Place
from diplotrack.domain.enums import AgreementKind, AgreementStatus, PlaceKind

from ..report import ImportReport
from .checking import RowCheck
from .lookups import NEAR_DEGREES, Lookups, distance, key
from .writing import BulkWriter


@dataclass(frozen=True)
class PlaceRef:
    """A place a row names: a known one by id, or the ``index``-th new one of this import."""

    known: int | None = None
    index: int | None = None


@dataclass
class PlacePlanner:
    """The places rows name: each found once (in its country), or planned once as new."""

    lookups: Lookups
    report: ImportReport
    new: list[dict[str, Any]] = field(default_factory=list)
    _planned: dict[tuple[str, str], list[tuple[tuple[float, float] | None, PlaceRef]]] = field(
        default_factory=dict
    )
    _ids: list[int] = field(default_factory=list)

    def place(
        self,
        name: str,
        country: str,
        *,
        latitude: float | None = None,
        longitude: float | None = None,
        population: float | None = None,
        notes: str | None = None,
        name_alt: str | None = None,
        kind: str | None = None,
    ) -> PlaceRef:
        wanted = (key(name), country)
        near = (latitude, longitude) if latitude is not None and longitude is not None else None
        planned = self._planned.setdefault(wanted, [])
        for position, ref in planned:
            if near is None or position is None or distance(near, position) <= NEAR_DEGREES:
                return ref
        known = self.lookups.place(name, (country,), near)
        if known is not None:
            ref = PlaceRef(known=known)
            self.report.unchanged["places"] += 1
        else:
            ref = PlaceRef(index=len(self.new))
            self.new.append(
                {
                    "name": " ".join(name.split()),
                    "name_alt": name_alt,
                    "kind": kind or PlaceKind.CITY.value,
                    "country_code": country,
                    "latitude": latitude,
                    "longitude": longitude,
                    "population": None if population is None else round(population) or None,
                    "notes": notes,
                }
            )
            self.report.created["places"] += 1
        planned.append((near, ref))
        return ref

    def planned(self, name: str, countries: tuple[str, ...]) -> PlaceRef | None:
        """A place an earlier row of this import named, in one of ``countries``."""
        for country in countries:
            for _, ref in self._planned.get((key(name), country), []):
                return ref
        return None

    def write(self, writer: BulkWriter) -> None:
        self._ids = writer.records(Place, self.new)

    def id_of(self, ref: PlaceRef) -> int:
        if ref.known is not None:
            return ref.known
        assert ref.index is not None
        return self._ids[ref.index]


class PlacesPlan:
    """The places register: one place per row, found or new."""

    def __init__(self, lookups: Lookups, report: ImportReport) -> None:
        self.places = PlacePlanner(lookups, report)

    def add(self, check: RowCheck) -> None:
        values = check.values
        self.places.place(
            values["name"],
            values["country"],
            latitude=values.get("latitude"),
            longitude=values.get("longitude"),
            population=values.get("population"),
            notes=values.get("notes"),
            name_alt=values.get("name_alt"),
            kind=values.get("kind"),
        )

    def write(self, writer: BulkWriter) -> None:
        self.places.write(writer)


class SisterCitiesPlan:
    """Two places per row and one sister-city agreement per unordered pair: a pair listed both
    ways (A→B and B→A, as Wikidata gives it), or already in the database, adds nothing."""

    def __init__(self, lookups: Lookups, report: ImportReport) -> None:
        self.report = report
        self.places = PlacePlanner(lookups, report)
        self._pairs: dict[frozenset[PlaceRef], None] = {}
        self._agreements: list[tuple[PlaceRef, PlaceRef, dict[str, Any]]] = []
        self._known = _known_pairs(lookups)

    def add(self, check: RowCheck) -> None:
        values = check.values
        first = self.places.place(
            values["city"],
            values["country"],
            latitude=values.get("latitude"),
            longitude=values.get("longitude"),
            population=values.get("population"),
        )
        second = self.places.place(
            values["partner_city"],
            values["partner_country"],
            latitude=values.get("partner_latitude"),
            longitude=values.get("partner_longitude"),
            population=values.get("partner_population"),
        )
        pair = frozenset((first, second))
        if pair in self._pairs:
            return  # the same pair listed the other way round: one agreement, counted once
        self._pairs[pair] = None
        if frozenset((first.known, second.known)) in self._known:
            self.report.unchanged["agreements"] += 1
            return
        signed = values.get("signed_on")
        self._agreements.append(
            (
                first,
                second,
                {
                    "kind": AgreementKind.SISTER_CITY.value,
                    "title": f"{values['city']} — {values['partner_city']}",
                    "status": AgreementStatus.IN_FORCE.value,
                    "signed_on": signed.date() if isinstance(signed, datetime) else signed,
                },
            )
        )
        self.report.created["agreements"] += 1

    def write(self, writer: BulkWriter) -> None:
        self.places.write(writer)
        ids = writer.records(Agreement, [row for _, _, row in self._agreements])
        parties = []
        for agreement_id, (first, second, _) in zip(ids, self._agreements, strict=True):
            for position, ref in enumerate((first, second)):
                parties.append(
                    {
                        "agreement_id": agreement_id,
                        "place_id": self.places.id_of(ref),
                        "organization_id": None,
                        "country_code": None,
                        "position": position,
                    }
                )
        writer.links(AgreementParty, parties)


def _known_pairs(lookups: Lookups) -> set[frozenset[int | None]]:
    """The pairs of places already joined by a sister-city agreement (archived ones too: a
    re-import must not bring back what someone archived)."""
    statement = (
        select(AgreementParty.agreement_id, AgreementParty.place_id)
        .join(Agreement, Agreement.id == AgreementParty.agreement_id)
        .where(Agreement.kind == AgreementKind.SISTER_CITY, AgreementParty.place_id.is_not(None))
    )
    places: dict[int, set[int | None]] = {}
    for agreement_id, place_id in lookups.session.execute(statement):
        places.setdefault(agreement_id, set()).add(place_id)
    return {frozenset(found) for found in places.values() if len(found) == 2}
