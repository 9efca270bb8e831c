"""Delegations: who comes or goes, headed by whom, when, why, and the programme of the visit."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, enum_column_type
from .enums import DelegationDirection, EventStatus
from .events import Event
from .geography import Country, Place
from .people import Organization, Person


class Delegation(Record):
    """An incoming or outgoing visit. Its programme is the events whose ``delegation_id`` is it."""

    __tablename__ = "delegation"

    title: Mapped[str] = mapped_column(String(1000))
    direction: Mapped[DelegationDirection] = mapped_column(
        enum_column_type(DelegationDirection), default=DelegationDirection.INCOMING
    )
    status: Mapped[EventStatus] = mapped_column(
        enum_column_type(EventStatus), default=EventStatus.PLANNED
    )
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    country_code: Mapped[str] = mapped_column(ForeignKey("country.code"), index=True)
    head_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    arrives_on: Mapped[date | None] = mapped_column(index=True)
    departs_on: Mapped[date | None]
    purpose: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization | None] = relationship()
    place: Mapped[Place | None] = relationship()
    country: Mapped[Country] = relationship()
    head: Mapped[Person | None] = relationship()
    members: Mapped[list[DelegationMember]] = relationship(
        back_populates="delegation",
        cascade="all, delete-orphan",
        order_by="DelegationMember.position",
    )
    programme: Mapped[list[Event]] = relationship(order_by="Event.starts_at", viewonly=True)

    def __repr__(self) -> str:
        return f"Delegation({self.id!r}, {self.title!r})"


class DelegationMember(Base):
    """A member of a delegation (the head is ``Delegation.head``)."""

    __tablename__ = "delegation_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    delegation_id: Mapped[int] = mapped_column(
        ForeignKey("delegation.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    role: Mapped[str | None] = mapped_column(String(500))  # e.g. "head of the housing department"
    position: Mapped[int] = mapped_column(default=0)

    delegation: Mapped[Delegation] = relationship(back_populates="members")
    person: Mapped[Person] = relationship()
