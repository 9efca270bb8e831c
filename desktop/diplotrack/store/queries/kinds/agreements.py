"""The agreement register: its columns, and a page's parties and signatories."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import RowMapping, select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Country,
    Organization,
    Person,
    Place,
)

from .. import rows as r
from ..register import Register, grouped
from .fields import record_fields


def agreement_parties(
    session: Session, ids: Sequence[int]
) -> dict[int, tuple[r.AgreementParty, ...]]:
    found = grouped(
        session,
        ids,
        lambda chunk: (
            select(
                AgreementParty.agreement_id,
                Place.id,
                Place.name,
                Place.country_code,
                Organization.id,
                Organization.name,
                Organization.country_code,
                Country.code,
                Country.name_ru,
            )
            .outerjoin(Place, AgreementParty.place_id == Place.id)
            .outerjoin(Organization, AgreementParty.organization_id == Organization.id)
            .outerjoin(Country, AgreementParty.country_code == Country.code)
            .where(AgreementParty.agreement_id.in_(chunk))
            .order_by(AgreementParty.agreement_id, AgreementParty.position, AgreementParty.id)
        ),
    )
    result: dict[int, tuple[r.AgreementParty, ...]] = {}
    for key, rows in found.items():
        parties = []
        for _, place_id, place, place_country, org_id, org, org_country, code, country in rows:
            if place_id is not None:
                parties.append(r.AgreementParty(place, "place", place_country, place_id))
            elif org_id is not None:
                parties.append(r.AgreementParty(org, "organization", org_country, org_id))
            else:
                parties.append(r.AgreementParty(country, "country", code, None))
        result[key] = tuple(parties)
    return result


def _agreement_rows(session: Session, found: Sequence[RowMapping]) -> list[r.AgreementRow]:
    ids = [row["id"] for row in found]
    parties = agreement_parties(session, ids)
    signatories = grouped(
        session,
        ids,
        lambda chunk: (
            select(AgreementSignatory.agreement_id, Person.name)
            .join(Person, AgreementSignatory.person_id == Person.id)
            .where(AgreementSignatory.agreement_id.in_(chunk))
            .order_by(
                AgreementSignatory.agreement_id, AgreementSignatory.position, AgreementSignatory.id
            )
        ),
    )
    rows = []
    for row in found:
        sides = parties.get(row["id"], ())
        rows.append(
            r.AgreementRow(
                **record_fields(row),
                parties=sides,
                countries=tuple(sorted({p.country for p in sides if p.country})),
                signatories=tuple(s[1] for s in signatories.get(row["id"], ())),
            )
        )
    return rows


AGREEMENTS = Register(
    kind="agreement",
    columns=lambda: {
        "id": Agreement.id,
        "kind": Agreement.kind,
        "title": Agreement.title,
        "status": Agreement.status,
        "signed_on": Agreement.signed_on,
        "valid_from": Agreement.valid_from,
        "valid_until": Agreement.valid_until,
        "renewal": Agreement.renewal,
        "archived": Agreement.archived_at,
        "version": Agreement.version,
    },
    select_from=lambda s: s.select_from(Agreement),
    finish=_agreement_rows,
)
