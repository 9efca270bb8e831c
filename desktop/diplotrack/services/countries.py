"""The names people write for a country ("Киргизия", "Кыргызстан"): add and remove them."""

from __future__ import annotations

from sqlalchemy import select

from diplotrack.domain import Country, CountryAlias, NotFoundError
from diplotrack.domain.text import normalize
from diplotrack.store.database import Database

from . import checks
from . import messages as msg
from .base import unit_of_work
from .changes import Changes, RecordRef

KIND = "country_alias"


def add_country_alias(db: Database, country: str, alias: str) -> Changes:
    """Teaches DiploTrack another name for ``country`` (an ISO code or a name it knows)."""
    with unit_of_work(db) as work:
        session = work.session
        code = checks.country_code(session, country, "country")
        text = checks.required_text(alias, "alias", limit=300)
        key = normalize(text)
        taken = session.scalar(select(CountryAlias).where(CountryAlias.normalized == key))
        if taken is not None:
            owner = session.get_one(Country, taken.country_code)
            raise checks.invalid(msg.ALIAS_TAKEN, "alias", value=text, country=owner.name_en)
        row = CountryAlias(country_code=code, alias=text, normalized=key)
        session.add(row)
    return Changes(created=frozenset({RecordRef(KIND, row.id)}))


def remove_country_alias(db: Database, country: str, alias: str) -> Changes:
    """Forgets a name written for ``country``; the country itself and its ISO code stay."""
    with unit_of_work(db) as work:
        session = work.session
        code = checks.country_code(session, country, "country")
        row = session.scalar(
            select(CountryAlias).where(
                CountryAlias.normalized == normalize(alias), CountryAlias.country_code == code
            )
        )
        if row is None:
            owner = session.get_one(Country, code)
            raise NotFoundError(
                msg.NO_SUCH_ALIAS.format(
                    label=msg.field_label("alias"), value=alias, country=owner.name_en
                ),
                field="alias",
            )
        removed = row.id
        session.delete(row)
    return Changes(archived=frozenset({RecordRef(KIND, removed)}))
