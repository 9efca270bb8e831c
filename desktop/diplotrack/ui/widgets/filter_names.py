"""The names the filter bar shows on its chips and offers in its pickers: countries (with their
other names), topics, people and organizations, read when first needed and kept."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from diplotrack.domain.filters import RecordFilter

from ..context import AppContext

if TYPE_CHECKING:
    from diplotrack.store.queries.calendar_at_start import CalendarAtStart

#: people or organizations a picker offers for what was typed
PICK_LIMIT = 15


class FilterNames:
    """Reads names for the filter bar in short sessions of its own and keeps them by
    (filter field, value): ("countries", "KG"), ("topic_ids", 3), ("person_ids", 12).

    The queries load with the first name read, after the window's first paint."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self._names: dict[tuple[str, object], str] = {}
        self._country_codes: dict[str, str] = {}  # a picker entry ("Киргизия (KG)") → its code
        self._suggested: dict[str, dict[str, int]] = {"person_ids": {}, "organization_ids": {}}
        #: the countries' names (~250 with their aliases) have been read
        self.countries_read = False

    def at_start(self) -> CalendarAtStart | None:
        """The start-up reader while a quick start has not opened the database yet: it names
        the countries of the first screen's chips (every name is read once the database is
        open, just after the first paint)."""
        return None if self._context.is_open else self._context.calendar_at_start

    def read_countries(self, language: str) -> list[str]:
        """Reads the countries' names in ``language`` (for chips) and returns the country
        picker's entries, a country's every other name among them, sorted."""
        from diplotrack.store.queries.countries import country_names

        self.countries_read = True
        entries: dict[str, str] = {}
        with self._context.db.session() as session:
            for country in country_names(session):
                for name in (country.name(language), *country.aliases):
                    entries.setdefault(f"{name} ({country.code})", country.code)
                self._names[("countries", country.code)] = country.name(language)
        self._country_codes = entries
        return sorted(entries, key=str.casefold)

    def country_codes(self, text: str) -> list[str]:
        """The countries ``text`` names: a picker entry's own, else by name, alias or code."""
        code = self._country_codes.get(text)
        if code is not None:
            return [code]
        from diplotrack.store.search import resolve_countries

        with self._context.db.session() as session:
            return resolve_countries(session, text)

    def listed_codes(self, text: str) -> list[str]:
        """The countries of the picker's entries containing ``text`` (as its list shows them:
        any case, anywhere in the entry), each once, in the list's order."""
        folded = text.casefold()
        found = [code for entry, code in self._country_codes.items() if folded in entry.casefold()]
        return list(dict.fromkeys(found))

    def suggest(self, field: str, text: str) -> list[str]:
        """The names of the people (``field`` "person_ids") or organizations whose words match
        ``text``, best first; what was offered is kept for ``picked``."""
        # the register queries load with the first suggestion, not at start-up
        from diplotrack.store.queries.registers import list_organizations, list_people

        find = list_people if field == "person_ids" else list_organizations
        with self._context.db.session() as session:
            rows = find(session, RecordFilter(text=text), order_by="name", limit=PICK_LIMIT)
        offered = {row.name: row.id for row in rows}
        self._suggested[field] = offered
        return list(offered)

    def picked(self, field: str, text: str) -> int | None:
        """The id of the record picked by ``text``: the suggestion of that name, else — Enter
        on a word form such as «Кабаева» — the first suggestion; None when none was offered."""
        offered = self._suggested[field]
        name = text.strip()
        if name not in offered:
            name = next(iter(offered), "") if name else ""
        record_id = offered.get(name)
        if record_id is not None:
            self._names[(field, record_id)] = name
        return record_id

    def topics(self, language: str) -> list[tuple[int, str]]:
        """Every topic's id and name in ``language``, in the office's order."""
        from diplotrack.store.queries.countries import topic_names

        with self._context.db.session() as session:
            found = [(topic.id, topic.name(language)) for topic in topic_names(session)]
        for topic_id, name in found:
            self._names[("topic_ids", topic_id)] = name
        return found

    def name(self, field: str, value: Any, language: str) -> str:
        """The name a chip of ``field`` shows for ``value`` (read if not known yet; archived
        records too, since a saved filter may name one); ``#id`` for a record that is gone."""
        known = self._names.get((field, value))
        if known is not None:
            return known
        at_start = self.at_start()
        if field == "countries" and at_start is not None:
            found = at_start.country_name(str(value), language)
            if found is not None:
                self._names[(field, value)] = found
                return found
        if field == "topic_ids":
            self.topics(language)
        elif field in self._suggested:
            from diplotrack.store.queries.registers import list_organizations, list_people

            find = list_people if field == "person_ids" else list_organizations
            ids: dict[str, Any] = {field: (value,)}
            with self._context.db.session() as session:
                rows = find(session, RecordFilter(**ids, include_archived=True), order_by="name")
            for row in rows:
                self._names[(field, row.id)] = row.name
        return self._names.get((field, value), f"#{value}")
