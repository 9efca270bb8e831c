"""Countries' names by code, for pages that show a few countries by name rather than code."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from diplotrack.domain import Country


def names_of_countries(
    session: Session, codes: Iterable[str] | None = None
) -> dict[str, tuple[str, str]]:
    """The Russian and English names of the countries ``codes`` names (unknown codes left out);
    of every country without ``codes``."""
    statement = select(Country.code, Country.name_ru, Country.name_en)
    if codes is not None:
        wanted = sorted({code.upper() for code in codes if code})
        if not wanted:
            return {}
        statement = statement.where(Country.code.in_(wanted))
    return {code: (name_ru, name_en) for code, name_ru, name_en in session.execute(statement)}
