"""Events, organizations, people and agreements from a table: each row one record, names of
places, people and organizations matched to known records (a place new to the database is
added in the row's country)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    Event,
    EventParticipant,
    Organization,
    Person,
    Position,
    event_country,
)
from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DatePrecision,
    EventKind,
    EventStatus,
    OrganizationKind,
    ParticipantRole,
)

from ..report import ImportReport
from .checking import RowCheck, party_of
from .lookups import Lookups, key
from .plan_places import PlacePlanner, PlaceRef
from .writing import BulkWriter

# Where a table's times happen when it does not say: the office's own zone (the events'
# default), as a register kept by the office means.
OFFICE_ZONE = "Asia/Krasnoyarsk"
DEFAULT_LENGTH = timedelta(hours=1)


def event_times(
    start: date | datetime, end: date | datetime | None, zone: ZoneInfo
) -> tuple[datetime, datetime, bool]:
    """``starts_at``, ``ends_at`` (UTC) and ``all_day`` of an event from a table's start and
    end: days make an all-day event (to the end's day inclusive), times are local to ``zone``;
    a time without an end lasts an hour."""
    if not isinstance(start, datetime):
        last = end.date() if isinstance(end, datetime) else (end or start)
        return (
            datetime.combine(start, time(0), UTC),
            datetime.combine(max(last, start) + timedelta(days=1), time(0), UTC),
            True,
        )
    starts = start.replace(tzinfo=zone).astimezone(UTC)
    if isinstance(end, datetime):
        ends = end.replace(tzinfo=zone).astimezone(UTC)
    elif isinstance(end, date) and end > start.date():
        ends = datetime.combine(end, start.time()).replace(tzinfo=zone).astimezone(UTC)
    else:
        ends = starts + DEFAULT_LENGTH
    return starts, max(ends, starts), False


class EventsPlan:
    def __init__(self, lookups: Lookups, report: ImportReport, *, today: date) -> None:
        self.lookups, self.report, self.today = lookups, report, today
        self.places = PlacePlanner(lookups, report)
        self.zone = ZoneInfo(OFFICE_ZONE)
        self._events: list[tuple[dict[str, Any], PlaceRef | None, tuple[str, ...], list[str]]] = []

    def add(self, check: RowCheck) -> None:
        values = check.values
        countries: tuple[str, ...] = values.get("countries", ())
        starts, ends, all_day = event_times(values["start"], values.get("end"), self.zone)
        place: PlaceRef | None = None
        if values.get("place"):
            known = self.lookups.place(values["place"], countries)
            if known is None:
                known = self.lookups.place(values["place"])
            place = (
                PlaceRef(known=known)
                if known is not None
                else self.places.planned(values["place"], countries)
                or self.places.place(values["place"], countries[0])
            )
        status = values.get("status") or (
            EventStatus.HELD if ends.date() <= self.today else EventStatus.PLANNED
        )
        event = {
            "kind": values.get("kind") or EventKind.MEETING.value,
            "title": " ".join(values["title"].split()),
            "status": str(status),
            "starts_at": starts,
            "ends_at": ends,
            "all_day": all_day,
            "timezone": OFFICE_ZONE,
            "date_precision": DatePrecision.EXACT.value,
            "venue": values.get("venue"),
            "notes": values.get("notes"),
            "source": values.get("source"),
        }
        self._events.append((event, place, countries, list(values.get("participants", ()))))
        self.report.created["events"] += 1

    def write(self, writer: BulkWriter) -> None:
        self.places.write(writer)
        rows = [
            {**event, "place_id": None if place is None else self.places.id_of(place)}
            for event, place, _, _ in self._events
        ]
        ids = writer.records(Event, rows)
        links, participants = [], []
        for event_id, (_, _, countries, names) in zip(ids, self._events, strict=True):
            links += [{"event_id": event_id, "country_code": code} for code in countries]
            for position, name in enumerate(names):
                person = self.lookups.person(name)
                participants.append(
                    {
                        "event_id": event_id,
                        "person_id": person,
                        "organization_id": None,
                        "role": ParticipantRole.PARTICIPANT.value,
                        # a name no person record carries is kept as written
                        "description": None if person is not None else name,
                        "position": position,
                    }
                )
        writer.links(event_country, links)
        writer.links(EventParticipant, participants)


class OrganizationsPlan:
    def __init__(self, lookups: Lookups, report: ImportReport) -> None:
        self.lookups, self.report = lookups, report
        self.places = PlacePlanner(lookups, report)
        self._new: dict[str, tuple[dict[str, Any], PlaceRef | None]] = {}

    def add(self, check: RowCheck) -> None:
        values = check.values
        name = " ".join(values["name"].split())
        if self.lookups.organization(name) is not None or key(name) in self._new:
            self.report.unchanged["organizations"] += 1
            return
        country = values.get("country")
        place: PlaceRef | None = None
        if values.get("place"):
            known = self.lookups.place(values["place"], (country,) if country else ())
            place = (
                PlaceRef(known=known)
                if known is not None
                else self.places.place(values["place"], str(country))
            )
        row = {
            "name": name,
            "short_name": values.get("short_name"),
            "kind": values.get("kind") or OrganizationKind.OTHER.value,
            "country_code": country,
            "notes": values.get("notes"),
        }
        self._new[key(name)] = (row, place)
        self.report.created["organizations"] += 1

    def write(self, writer: BulkWriter) -> None:
        self.places.write(writer)
        writer.records(
            Organization,
            [
                {**row, "place_id": None if place is None else self.places.id_of(place)}
                for row, place in self._new.values()
            ],
        )


class PeoplePlan:
    """People, each with the post and organization the row gives (an organization not yet
    known is added, in the person's country)."""

    def __init__(self, lookups: Lookups, report: ImportReport) -> None:
        self.lookups, self.report = lookups, report
        self._people: dict[str, tuple[dict[str, Any], str | None, str | None]] = {}
        self._organizations: dict[str, dict[str, Any]] = {}

    def add(self, check: RowCheck) -> None:
        values = check.values
        name = " ".join(values["name"].split())
        if self.lookups.person(name) is not None or key(name) in self._people:
            self.report.unchanged["people"] += 1
            return
        organization = values.get("organization")
        if (
            organization
            and self.lookups.organization(organization) is None
            and key(organization) not in self._organizations
        ):
            self._organizations[key(organization)] = {
                "name": " ".join(organization.split()),
                "kind": OrganizationKind.OTHER.value,
                "country_code": values.get("country"),
            }
            self.report.created["organizations"] += 1
        row = {
            "name": name,
            "name_alt": values.get("name_alt"),
            "country_code": values.get("country"),
            "email": values.get("email"),
            "notes": values.get("notes"),
        }
        self._people[key(name)] = (row, values.get("position"), organization)
        self.report.created["people"] += 1

    def write(self, writer: BulkWriter) -> None:
        new_organizations = dict(
            zip(
                self._organizations,
                writer.records(Organization, list(self._organizations.values())),
                strict=True,
            )
        )
        ids = writer.records(Person, [row for row, _, _ in self._people.values()])
        positions = []
        for person_id, (_, title, organization) in zip(ids, self._people.values(), strict=True):
            if not title and not organization:
                continue
            organization_id = None
            if organization:
                organization_id = (
                    self.lookups.organization(organization)
                    or (new_organizations[key(organization)])
                )
            positions.append(
                {
                    "person_id": person_id,
                    "organization_id": organization_id,
                    "title": title or "",
                    "title_alt": None,
                    "started_on": None,
                    "ended_on": None,
                }
            )
        writer.links(Position, positions)


class AgreementsPlan:
    """Agreements with their parties (known places, organizations or countries by name); an
    agreement of the same title and kind already recorded is left as it is."""

    def __init__(self, lookups: Lookups, report: ImportReport) -> None:
        self.lookups, self.report = lookups, report
        self._known = {
            (key(title), str(kind))
            for title, kind in lookups.session.execute(select(Agreement.title, Agreement.kind))
        }
        self._new: list[tuple[dict[str, Any], list[tuple[str, int | str]]]] = []

    def add(self, check: RowCheck) -> None:
        values = check.values
        title = " ".join(values["title"].split())
        kind = values.get("kind") or AgreementKind.COOPERATION.value
        if (key(title), kind) in self._known:
            self.report.unchanged["agreements"] += 1
            return
        self._known.add((key(title), kind))
        parties = [party_of(name, self.lookups) for name in values.get("parties", ())]
        found = [party for party in parties if party is not None]
        for code in values.get("countries", ()):
            if ("country", code) not in found:
                found.append(("country", code))
        row = {
            "title": title,
            "kind": kind,
            "status": values.get("status") or AgreementStatus.SIGNED.value,
            "signed_on": _day(values.get("signed_on")),
            "valid_until": _day(values.get("valid_until")),
            "notes": values.get("notes"),
        }
        self._new.append((row, list(dict.fromkeys(found))))
        self.report.created["agreements"] += 1

    def write(self, writer: BulkWriter) -> None:
        ids = writer.records(Agreement, [row for row, _ in self._new])
        parties = []
        for agreement_id, (_, found) in zip(ids, self._new, strict=True):
            for position, (what, which) in enumerate(found):
                parties.append(
                    {
                        "agreement_id": agreement_id,
                        "place_id": which if what == "place" else None,
                        "organization_id": which if what == "organization" else None,
                        "country_code": which if what == "country" else None,
                        "position": position,
                    }
                )
        writer.links(AgreementParty, parties)


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value
