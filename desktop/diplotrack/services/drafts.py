"""Saving a confirmed press-release draft: every new item it keeps, linked, in one transaction.

Items with a ``match`` are existing records: they are linked to, never changed. New items that
are included are made through the same rules as the editors' saves (each service's own apply
step, run inside this one transaction), so a draft can hold nothing an editor would refuse.
The first item that breaks a rule stops the save with a ``KnownError`` naming that item
(``values["item"]``, ``values["item_key"]``) and nothing at all is written.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplotrack.domain import (
    Agreement,
    Delegation,
    Event,
    FollowUp,
    KnownError,
    Organization,
    Person,
    Place,
    Position,
    Record,
)
from diplotrack.domain.enums import DatePrecision
from diplotrack.interchange.press.draft import (
    Draft,
    DraftAgreement,
    DraftCountry,
    DraftDelegation,
    DraftEvent,
    DraftFollowUp,
    DraftItem,
    DraftOrganization,
    DraftPerson,
    DraftPlace,
    DraftTopic,
)
from diplotrack.store.database import Database

from . import agreements, delegations, events, followups, organizations, people, places
from . import messages as msg
from .base import UnitOfWork, unit_of_work
from .changes import Changes

NO_DATE = msg.tr_noop("{label}: the draft gives no date; set one before saving.")


@contextmanager
def _naming(item: DraftItem) -> Iterator[None]:
    """A rule broken while saving ``item`` is reported as that item's."""
    try:
        yield
    except KnownError as error:
        error.message = f"«{item.label}»: {error.message}"
        error.args = (error.message,)
        error.values = {**error.values, "item": item.label, "item_key": item.key}
        raise


def save_draft(db: Database, draft: Draft) -> Changes:
    """Makes the draft's included new items and links them to each other and to the matched
    ones, in one transaction; the changes made. Nothing is written when any item is refused."""
    with unit_of_work(db) as work:
        _DraftSaver(work, draft).save()
    return work.changes


class _DraftSaver:
    def __init__(self, work: UnitOfWork, draft: Draft) -> None:
        self.work = work
        self.draft = draft
        self.ids: dict[str, int] = {}

    def id_of(self, key: str | None) -> int | None:
        """The record id an included item of the draft stands for (matched or just made)."""
        if key is None:
            return None
        item = self.draft.find(key, DraftItem)
        if item is None:
            return None
        return self.ids.get(key, item.match)

    def _make(self, item: DraftItem, record: Record, apply: Callable[[], None]) -> None:
        with _naming(item):
            apply()
        self.work.add(record)
        self.work.session.flush()  # its id, for the items that refer to it
        self.ids[item.key] = record.id

    def _wanted(self, items: tuple[DraftItem, ...]) -> Iterator[DraftItem]:
        return (item for item in items if item.include and item.match is None)

    def save(self) -> None:
        draft = self.draft
        for place in self._wanted(draft.places):
            assert isinstance(place, DraftPlace)
            self._place(place)
        self._organizations()
        for person in self._wanted(draft.people):
            assert isinstance(person, DraftPerson)
            self._person(person)
        for agreement in self._wanted(draft.agreements):
            assert isinstance(agreement, DraftAgreement)
            self._agreement(agreement)
        for delegation in self._wanted(draft.delegations):
            assert isinstance(delegation, DraftDelegation)
            self._delegation(delegation)
        main = [draft.event] if draft.event is not None else []
        for event in self._wanted((*main, *draft.events)):
            assert isinstance(event, DraftEvent)
            self._event(event)
        for followup in self._wanted(draft.followups):
            assert isinstance(followup, DraftFollowUp)
            self._followup(followup)

    def _place(self, item: DraftPlace) -> None:
        data = places.PlaceInput(
            name=item.name, country=item.country_code or "", kind=item.place_kind
        )
        record = Place()
        self._make(item, record, lambda: places._apply(self.work, record, data))

    def _organizations(self) -> None:
        """New organizations, each after the parent it names."""
        waiting = [
            o for o in self._wanted(self.draft.organizations) if isinstance(o, DraftOrganization)
        ]
        while waiting:
            keys = {w.key for w in waiting}
            # a parent cycle (never made by the reader): the first goes without waiting
            ready = [o for o in waiting if o.parent_key not in keys] or waiting[:1]
            for item in ready:
                waiting.remove(item)
                self._organization(item)

    def _organization(self, item: DraftOrganization) -> None:
        data = organizations.OrganizationInput(
            name=item.name,
            kind=item.organization_kind,
            country=item.country_code,
            place_id=self.id_of(item.place_key),
            parent_id=self.id_of(item.parent_key),
        )
        record = Organization()
        self._make(item, record, lambda: organizations._apply(self.work, record, data))

    def _person(self, item: DraftPerson) -> None:
        data = people.PersonInput(name=item.name, country=item.country_code)
        record = Person()

        def apply() -> None:
            people._apply_person(self.work, record, data)
            if item.position:
                position = Position()
                people._apply_position(
                    self.work,
                    position,
                    people.PositionInput(
                        title=item.position,
                        organization_id=self.id_of(item.organization_key),
                        started_on=item.position_since,
                    ),
                )
                record.positions.append(position)

        self._make(item, record, apply)

    def _agreement(self, item: DraftAgreement) -> None:
        parties = tuple(
            agreements.AgreementPartyInput(place_id=place_id)
            for place_id in dict.fromkeys(self.id_of(k) for k in item.party_keys)
            if place_id is not None
        )
        data = agreements.AgreementInput(
            title=item.title, kind=item.agreement_kind, status=item.status, parties=parties
        )
        record = Agreement()
        self._make(item, record, lambda: agreements._apply(self.work, record, data))

    def _delegation(self, item: DraftDelegation) -> None:
        data = delegations.DelegationInput(
            title=item.title,
            country=item.country_code or "",
            direction=item.direction,
            status=item.status,
            organization_id=self.id_of(item.organization_key),
            place_id=self.id_of(item.place_key),
            arrives_on=item.arrives_on,
            departs_on=item.departs_on,
            purpose=item.purpose,
        )
        record = Delegation()
        self._make(item, record, lambda: delegations._apply(self.work, record, data))

    def _event(self, item: DraftEvent) -> None:
        with _naming(item):
            data = self._event_input(item)
        record = Event()
        self._make(
            item,
            record,
            lambda: events._apply(record, events._check(self.work.session, data, None)),
        )

    def _event_input(self, item: DraftEvent) -> events.EventInput:
        if item.starts_on is None:
            raise KnownError(
                NO_DATE.format(label=msg.field_label("starts_at")),
                field="starts_at",
                template=NO_DATE,
            )
        starts_at, ends_at = _span(item)
        participants: list[events.ParticipantInput] = []
        for given in item.participants:
            person_id = self.id_of(given.person_key)
            organization_id = self.id_of(given.organization_key)
            dropped = given.person_key is not None and person_id is None
            if not given.include or dropped or (person_id or organization_id) is None:
                continue
            participants.append(
                events.ParticipantInput(
                    person_id=person_id,
                    organization_id=organization_id,
                    role=given.role,
                    description=given.description,
                )
            )
        countries = [
            c.code for key in item.country_keys if (c := self.draft.find(key, DraftCountry))
        ]
        topics = [t.match for key in item.topic_keys if (t := self.draft.find(key, DraftTopic))]
        return events.EventInput(
            title=item.title,
            kind=item.event_kind,
            status=item.status,
            level=item.level,
            starts_at=starts_at,
            ends_at=ends_at,
            timezone=item.timezone,
            all_day=item.start_time is None,
            date_precision=item.date_precision,
            place_id=self.id_of(item.place_key),
            venue=item.venue,
            edition=item.edition,
            source=item.source,
            notes=item.notes,
            countries=tuple(countries),
            organization_ids=_present(self.id_of(k) for k in item.organization_keys),
            topic_ids=_present(topics),
            agreement_ids=_present(self.id_of(k) for k in item.agreement_keys),
            participants=tuple(participants),
        )

    def _followup(self, item: DraftFollowUp) -> None:
        main = self.draft.event.key if self.draft.event is not None else None
        data = followups.FollowUpInput(
            title=item.title,
            status=item.status,
            due_on=item.due_on,
            event_id=self.id_of(item.event_key or main),
            delegation_id=self.id_of(item.delegation_key),
            agreement_id=self.id_of(item.agreement_key),
            country=item.country_code,
            notes=item.notes,
        )
        record = FollowUp()
        self._make(item, record, lambda: followups._apply(self.work, record, data))


def _present(ids: Iterator[int | None] | list[int | None]) -> tuple[int, ...]:
    return tuple(dict.fromkeys(i for i in ids if i is not None))


def _span(item: DraftEvent) -> tuple[datetime, datetime]:
    """Start and end as the event service takes them: a timed event from its local day and
    time (an hour long unless the draft says), an all-day one over its days, an approximate
    one over its month or year."""
    assert item.starts_on is not None
    first = item.starts_on
    if item.date_precision is DatePrecision.YEAR:
        return events.all_day_span(date(first.year, 1, 1), date(first.year, 12, 31))
    if item.date_precision is DatePrecision.MONTH:
        last = calendar.monthrange(first.year, first.month)[1]
        return events.all_day_span(first.replace(day=1), first.replace(day=last))
    if item.start_time is None:
        return events.all_day_span(first, item.ends_on or first)
    try:
        zone: ZoneInfo | None = ZoneInfo(item.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = None
    start = datetime.combine(first, item.start_time, zone or UTC)
    if item.end_time is not None:
        end = datetime.combine(item.ends_on or first, item.end_time, zone or UTC)
    else:
        end = start + timedelta(hours=1)
    return start, end
