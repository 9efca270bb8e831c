"""Names of records in the script of the note's language, where the database knows them."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from diplotrack.store.queries.country_names import names_of_countries
from diplotrack.store.queries.details import other_names

from .wording import in_script


class Names:
    """Looks up the other-script names of records once per batch; picks the note's script."""

    def __init__(self, session: Session, language: str) -> None:
        self.session = session
        self.language = language
        self._countries = names_of_countries(session)
        self._other: dict[tuple[str, int], str] = {}

    def learn(self, refs: Iterable[tuple[str, int | None]]) -> None:
        """Fetch the other-script names of these records (kind, id), in a few queries."""
        wanted = [(kind, i) for kind, i in refs if i is not None and (kind, i) not in self._other]
        if wanted:
            self._other.update(other_names(self.session, wanted))

    def country(self, code: str | None) -> str:
        if code is None:
            return ""
        ru, en = self._countries.get(code, (code, code))
        return ru if self.language == "ru" else en

    def countries(self, codes: Iterable[str]) -> str:
        return ", ".join(self.country(code) for code in codes)

    def pick(self, name: str, other: str | None) -> str:
        return in_script(name, other, self.language)[0]

    def both(self, name: str, other: str | None) -> tuple[str, str | None]:
        return in_script(name, other, self.language)

    def record(self, kind: str, record_id: int | None, name: str | None) -> str | None:
        """The record's name (as the row has it) in the note's script, where known."""
        if name is None:
            return None
        if record_id is None:
            return name
        return self.pick(name, self._other.get((kind, record_id)))
