"""Countries (and topics) for the window: names and aliases for pickers, and the countries
register with how many events, delegations and agreements (under the filter) each one has."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, tzinfo
from typing import Any, Literal

from sqlalchemy import func, or_, select, union
from sqlalchemy.orm import Session

from diplotrack.domain import (
    AgreementParty,
    Country,
    CountryAlias,
    Delegation,
    KnownError,
    Organization,
    Place,
    Topic,
    event_country,
)
from diplotrack.domain.filters import RecordFilter

from .register import row_ids

CountryOrder = Literal["name", "code", "events", "delegations", "agreements"]


@dataclass(frozen=True)
class CountryName:
    """A country as a picker offers it: code, both names, and the aliases people write."""

    code: str
    name_ru: str
    name_en: str
    aliases: tuple[str, ...] = ()

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_en


@dataclass(frozen=True)
class CountryRow:
    """One line of the countries register."""

    code: str
    name_ru: str
    name_en: str
    events: int
    delegations: int
    agreements: int

    def name(self, language: str) -> str:
        return self.name_ru if language == "ru" else self.name_en

    @property
    def records(self) -> int:
        return self.events + self.delegations + self.agreements


def country_names(session: Session) -> list[CountryName]:
    """Every country with its aliases, by code: two queries whatever the number."""
    aliases: dict[str, list[str]] = {}
    for code, alias in session.execute(
        select(CountryAlias.country_code, CountryAlias.alias).order_by(
            CountryAlias.country_code, CountryAlias.id
        )
    ):
        aliases.setdefault(code, []).append(alias)
    return [
        CountryName(code, name_ru, name_en, tuple(aliases.get(code, ())))
        for code, name_ru, name_en in session.execute(
            select(Country.code, Country.name_ru, Country.name_en).order_by(Country.code)
        )
    ]


def _agreement_countries(flt: RecordFilter, session: Session, zone: tzinfo) -> Any:
    """(agreement id, country code) of every party of the matching agreements, once each."""
    ids = row_ids(session, "agreement", flt, zone=zone)
    return union(
        select(AgreementParty.agreement_id, AgreementParty.country_code.label("code")).where(
            AgreementParty.country_code.is_not(None), AgreementParty.agreement_id.in_(ids)
        ),
        select(AgreementParty.agreement_id, Place.country_code)
        .join(Place, AgreementParty.place_id == Place.id)
        .where(AgreementParty.agreement_id.in_(ids)),
        select(AgreementParty.agreement_id, Organization.country_code)
        .join(Organization, AgreementParty.organization_id == Organization.id)
        .where(Organization.country_code.is_not(None), AgreementParty.agreement_id.in_(ids)),
    ).subquery()


def list_countries(
    session: Session,
    flt: RecordFilter,
    *,
    language: str = "ru",
    order_by: CountryOrder = "name",
    descending: bool = False,
    with_records_only: bool = True,
    zone: tzinfo = UTC,
) -> list[CountryRow]:
    """Countries with the number of events, delegations and agreements matching ``flt`` that
    involve each. With ``with_records_only`` only countries with at least one of them; the
    filter's own countries, when it names any, limit the list to those."""
    # the count per country ignores the filter's countries: they choose the rows instead
    counted = replace(flt, countries=())
    events = (
        select(event_country.c.country_code.label("code"), func.count().label("n"))
        .where(event_country.c.event_id.in_(row_ids(session, "event", counted, zone=zone)))
        .group_by(event_country.c.country_code)
        .subquery()
    )
    delegations = (
        select(Delegation.country_code.label("code"), func.count().label("n"))
        .where(Delegation.id.in_(row_ids(session, "delegation", counted, zone=zone)))
        .group_by(Delegation.country_code)
        .subquery()
    )
    parties = _agreement_countries(counted, session, zone)
    agreements = (
        select(parties.c.code.label("code"), func.count().label("n"))
        .group_by(parties.c.code)
        .subquery()
    )
    n_events = func.coalesce(events.c.n, 0)
    n_delegations = func.coalesce(delegations.c.n, 0)
    n_agreements = func.coalesce(agreements.c.n, 0)
    keys: dict[str, Any] = {
        "name": Country.name_ru if language == "ru" else Country.name_en,
        "code": Country.code,
        "events": n_events,
        "delegations": n_delegations,
        "agreements": n_agreements,
    }
    if order_by not in keys:
        raise KnownError(
            f"Cannot sort countries by “{order_by}”; possible: {', '.join(keys)}",
            field="order_by",
        )
    key = keys[order_by]
    statement = (
        select(
            Country.code,
            Country.name_ru,
            Country.name_en,
            n_events,
            n_delegations,
            n_agreements,
        )
        .outerjoin(events, events.c.code == Country.code)
        .outerjoin(delegations, delegations.c.code == Country.code)
        .outerjoin(agreements, agreements.c.code == Country.code)
        .order_by(key.desc() if descending else key.asc(), Country.code)
    )
    if flt.countries:
        statement = statement.where(Country.code.in_([c.upper() for c in flt.countries]))
    if with_records_only:
        statement = statement.where(
            or_(
                events.c.n.is_not(None),
                delegations.c.n.is_not(None),
                agreements.c.n.is_not(None),
            )
        )
    return [CountryRow(*row) for row in session.execute(statement)]


@dataclass(frozen=True)
class TopicName:
    """A topic as a picker offers it."""

    id: int
    name_ru: str
    name_en: str | None

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_ru


def topic_names(session: Session) -> list[TopicName]:
    """Every topic, in the order they were added (the default ones first)."""
    return [
        TopicName(*row)
        for row in session.execute(
            select(Topic.id, Topic.name_ru, Topic.name_en).order_by(Topic.id)
        )
    ]
