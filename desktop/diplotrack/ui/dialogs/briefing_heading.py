"""A briefing subject's heading read from the database: its names and countries, for the
dialog's header and the PDF's file name (imported when a briefing dialog opens)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import (
    Country,
    Delegation,
    Event,
    NotFoundError,
    Organization,
    Person,
    Place,
    event_country,
)
from diplotrack.services.messages import NOT_FOUND, kind_label, refusal
from diplotrack.ui.refs import COUNTRY

from .briefing_subject import BriefingKey, SubjectHeading


def _missing(key: BriefingKey) -> NotFoundError:
    return refusal(NotFoundError, NOT_FOUND, kind=kind_label(key.kind), id=key.key)


def read_heading(session: Session, key: BriefingKey) -> SubjectHeading:
    """The subject's heading, in one or two small queries; NotFoundError if it is gone."""
    if key.kind == COUNTRY:
        country = session.get(Country, str(key.key))
        if country is None:
            raise _missing(key)
        return SubjectHeading(key, country.name_ru, country.name_en, (country.code,))
    record_id = int(key.key)
    if key.kind == "event":
        row = session.execute(
            select(Event.title, Event.title_alt).where(
                Event.id == record_id, Event.archived_at.is_(None)
            )
        ).first()
        if row is None:
            raise _missing(key)
        codes = session.scalars(
            select(event_country.c.country_code)
            .where(event_country.c.event_id == record_id)
            .order_by(event_country.c.country_code)
        )
        return SubjectHeading(key, row[0], row[1], tuple(codes))
    columns = {
        "delegation": (Delegation, Delegation.title, None, Delegation.country_code),
        "place": (Place, Place.name, Place.name_alt, Place.country_code),
        "organization": (
            Organization,
            Organization.name,
            Organization.name_alt,
            Organization.country_code,
        ),
        "person": (Person, Person.name, Person.name_alt, Person.country_code),
    }
    if key.kind not in columns:
        raise _missing(key)
    model, name, name_alt, country_code = columns[key.kind]
    found = session.execute(
        select(name, name_alt if name_alt is not None else name, country_code).where(
            model.id == record_id, model.archived_at.is_(None)
        )
    ).first()
    if found is None:
        raise _missing(key)
    alt = found[1] if name_alt is not None else None
    return SubjectHeading(key, found[0], alt, (found[2],) if found[2] else ())
