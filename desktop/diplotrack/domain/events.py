"""Events (meetings, visits, conferences, …): countries, participants, topics and links."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, enum_column_type, partial_index
from .enums import DatePrecision, EventFormat, EventKind, EventLevel, EventStatus, ParticipantRole
from .geography import Country, Place
from .people import Organization, Person

if TYPE_CHECKING:
    from .agreements import Agreement

event_country = Table(
    "event_country",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("country_code", ForeignKey("country.code"), primary_key=True, index=True),
)

event_organization = Table(
    "event_organization",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("organization_id", ForeignKey("organization.id"), primary_key=True, index=True),
)

event_topic = Table(
    "event_topic",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id"), primary_key=True, index=True),
)

event_agreement = Table(
    "event_agreement",
    Base.metadata,
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True),
    Column("agreement_id", ForeignKey("agreement.id"), primary_key=True, index=True),
)


class Topic(Base):
    """A subject of cooperation: culture, education, sport, economy, …"""

    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_ru: Mapped[str] = mapped_column(String(200), unique=True)
    name_en: Mapped[str | None] = mapped_column(String(200))

    def name(self, language: str) -> str:
        return self.name_en if language == "en" and self.name_en else self.name_ru


class Event(Record):
    """An official contact.

    Timed events keep ``starts_at``/``ends_at`` in UTC plus the IANA ``timezone`` they happen
    in. All-day events (and planned events known only approximately) use ``all_day`` with
    ``starts_at`` at 00:00 UTC of the first day and ``ends_at`` at 00:00 UTC after the last day;
    ``date_precision`` tells how exactly that is known. ``recurrence`` holds RFC 5545 lines
    (RRULE, EXDATE, RDATE) expanded with python-dateutil; ``recurrence_ends_at`` is the end of the
    last occurrence (None: no end) so range queries need not expand every rule.
    """

    __tablename__ = "event"
    __table_args__ = (
        Index("ix_event_start_end", "starts_at", "ends_at"),
        Index("ix_event_status_start", "status", "starts_at"),
        Index("ix_event_kind_start", "kind", "starts_at"),
        # The calendar's range query (store/queries/calendar.py) reads one-off events by a
        # bounded range of starts_at; these small partial indexes serve the rest: events longer
        # than 30 days, and recurring series.
        partial_index(
            "ix_event_long",
            "starts_at",
            "ends_at",
            where={
                "sqlite": "julianday(ends_at) - julianday(starts_at) > 30",
                "postgresql": "ends_at - starts_at > interval '30 days'",
            },
        ),
        partial_index(
            "ix_event_recurring",
            "starts_at",
            "recurrence_ends_at",
            where={
                "sqlite": "recurrence IS NOT NULL",
                "postgresql": "recurrence IS NOT NULL",
            },
        ),
    )

    kind: Mapped[EventKind] = mapped_column(enum_column_type(EventKind), default=EventKind.MEETING)
    title: Mapped[str] = mapped_column(String(1000))
    title_alt: Mapped[str | None] = mapped_column(String(1000))  # the title in the other language
    status: Mapped[EventStatus] = mapped_column(
        enum_column_type(EventStatus), default=EventStatus.PLANNED
    )
    level: Mapped[EventLevel] = mapped_column(
        enum_column_type(EventLevel), default=EventLevel.OFFICIAL
    )
    format: Mapped[EventFormat] = mapped_column(
        enum_column_type(EventFormat), default=EventFormat.IN_PERSON
    )
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Krasnoyarsk")
    all_day: Mapped[bool] = mapped_column(default=False)
    date_precision: Mapped[DatePrecision] = mapped_column(
        enum_column_type(DatePrecision), default=DatePrecision.EXACT
    )
    recurrence: Mapped[str | None] = mapped_column(Text)
    recurrence_ends_at: Mapped[datetime | None]
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    venue: Mapped[str | None] = mapped_column(String(1000))
    edition: Mapped[int | None]  # the XI conference: 11
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegation.id"), index=True
    )  # this event is part of the delegation's programme
    source: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    ical_uid: Mapped[str | None] = mapped_column(String(500), unique=True)

    place: Mapped[Place | None] = relationship()
    parent: Mapped[Event | None] = relationship(remote_side="Event.id")
    countries: Mapped[list[Country]] = relationship(
        secondary=event_country, order_by="Country.code"
    )
    organizations: Mapped[list[Organization]] = relationship(secondary=event_organization)
    topics: Mapped[list[Topic]] = relationship(secondary=event_topic)
    # written from the event's side, so linking an agreement shows in the event's history
    agreements: Mapped[list[Agreement]] = relationship(secondary=event_agreement)
    participants: Mapped[list[EventParticipant]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="EventParticipant.position"
    )

    @property
    def start_date(self) -> date:
        return self.starts_at.date()

    def __repr__(self) -> str:
        return f"Event({self.id!r}, {self.title!r})"


class EventParticipant(Base):
    """Who took part, in which role: a named person, or an organization without names
    ("heads of departments of the city administration"), described in ``description``."""

    __tablename__ = "event_participant"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    role: Mapped[ParticipantRole] = mapped_column(
        enum_column_type(ParticipantRole), default=ParticipantRole.PARTICIPANT
    )
    description: Mapped[str | None] = mapped_column(String(1000))
    position: Mapped[int] = mapped_column(default=0)  # order in the list

    event: Mapped[Event] = relationship(back_populates="participants")
    person: Mapped[Person | None] = relationship()
    organization: Mapped[Organization | None] = relationship()
