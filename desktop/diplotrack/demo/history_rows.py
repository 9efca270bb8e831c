"""The office history's rows, gathered with ids assigned in Python and written table by table."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from diplotrack.domain import (
    Agreement,
    AgreementParty,
    AgreementSignatory,
    Organization,
    Person,
    Place,
    Position,
)

from . import names
from .bulk import Row, advance_sequences, insert_rows, next_id, table_of
from .timeline import Timeline

CREATED = datetime(2019, 1, 15, 9, 0, tzinfo=UTC)  # when the office began its register, unmoved


class HistoryRows:
    """Accumulates rows with ids assigned in Python, then writes them table by table."""

    def __init__(self, session: Session, rng: random.Random, timeline: Timeline) -> None:
        self.session = session
        self.rng = rng
        self.timeline = timeline
        self.created = timeline.moved(CREATED)
        self.ids = {
            table: next_id(session, table_of(model))
            for table, model in (
                ("place", Place),
                ("organization", Organization),
                ("person", Person),
                ("agreement", Agreement),
            )
        }
        self.rows: dict[str, list[Row]] = {
            name: []
            for name in (
                "place",
                "organization",
                "person",
                "position",
                "agreement",
                "agreement_party",
                "agreement_signatory",
            )
        }
        self.used_names: set[str] = set()

    def record(self, table: str, created_at: datetime | None = None, **values: Any) -> int:
        created_at = created_at or self.created
        record_id = self.ids[table]
        self.ids[table] += 1
        self.rows[table].append(
            {
                "id": record_id,
                "version": 1,
                "created_at": created_at,
                "updated_at": created_at,
                "archived_at": None,
                **values,
            }
        )
        return record_id

    def place(self, name: str, name_alt: str, country: str, population: int | None) -> int:
        return self.record(
            "place",
            name=name,
            name_alt=name_alt,
            kind="city",
            country_code=country,
            latitude=None,
            longitude=None,
            population=population,
            notes=None,
        )

    def organization(
        self,
        name: str,
        name_alt: str,
        kind: str,
        country: str | None,
        place: int | None,
        parent: int | None = None,
        short_name: str | None = None,
        archived: bool = False,
    ) -> int:
        record_id = self.record(
            "organization",
            name=name,
            name_alt=name_alt,
            short_name=short_name,
            kind=kind,
            country_code=country,
            place_id=place,
            parent_id=parent,
            notes=None,
        )
        if archived:
            self.rows["organization"][-1]["archived_at"] = self.timeline.moved(
                datetime(2022, 4, 1, tzinfo=UTC)
            )
        return record_id

    def person(self, stock: str, country: str) -> int:
        given, family, family_first = names.NAME_STOCK[stock]
        for _attempt in range(50):  # namesakes happen, but rarely
            first, last = self.rng.choice(given), self.rng.choice(family)
            if first[0] in names.WOMEN:
                last = names.feminine(last)
            pair = (last, first) if family_first else (first, last)
            name = f"{pair[0][0]} {pair[1][0]}"
            if name not in self.used_names:
                break
        self.used_names.add(name)
        return self.record(
            "person",
            name=name,
            name_alt=f"{pair[0][1]} {pair[1][1]}",
            country_code=country,
            email=None,
            contact_notes=None,
            notes=None,
        )

    def position(
        self,
        person: int,
        organization: int | None,
        title: tuple[str, str],
        started: date | None,
        ended: date | None = None,
    ) -> None:
        self.rows["position"].append(
            {
                "person_id": person,
                "organization_id": organization,
                "title": title[0],
                "title_alt": title[1],
                "started_on": started,
                "ended_on": ended,
            }
        )

    def day_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randrange((last - first).days + 1))

    def moved_between(self, first: date, last: date) -> date:
        """A day between two days of the history as composed around the anchor, moved."""
        return self.day_between(first, last) + self.timeline.shift

    def write(self) -> None:
        for table, model in (
            ("place", Place),
            ("organization", Organization),
            ("person", Person),
            ("position", Position),
            ("agreement", Agreement),
            ("agreement_party", AgreementParty),
            ("agreement_signatory", AgreementSignatory),
        ):
            rows = self.rows[table]
            if table == "organization":  # parents first: the foreign key is checked per row
                rows = sorted(rows, key=lambda r: (r["parent_id"] is not None, r["id"]))
            insert_rows(self.session, table_of(model), rows)
        advance_sequences(
            self.session,
            [table_of(Place), table_of(Organization), table_of(Person), table_of(Agreement)],
        )
