"""Organizations (with their parents), people, and the positions people hold over time."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, enum_column_type
from .enums import OrganizationKind
from .geography import Country, Place


class Organization(Record):
    """An embassy, chancery, ministry, city administration, diaspora organization, university…"""

    __tablename__ = "organization"

    name: Mapped[str] = mapped_column(String(500))
    name_alt: Mapped[str | None] = mapped_column(String(500))
    short_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[OrganizationKind] = mapped_column(
        enum_column_type(OrganizationKind), default=OrganizationKind.OTHER
    )
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    country: Mapped[Country | None] = relationship()
    place: Mapped[Place | None] = relationship()
    parent: Mapped[Organization | None] = relationship(remote_side="Organization.id")

    def __repr__(self) -> str:
        return f"Organization({self.id!r}, {self.name!r})"


class Person(Record):
    """A person as their name is written, and in the other script where known."""

    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(300))  # as written: "Азамат Кабаев"
    name_alt: Mapped[str | None] = mapped_column(String(300))  # other script: "Azamat Kabaev"
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    email: Mapped[str | None] = mapped_column(String(300))
    contact_notes: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    country: Mapped[Country | None] = relationship()
    positions: Mapped[list[Position]] = relationship(
        back_populates="person",
        cascade="all, delete-orphan",
        order_by="Position.started_on",
    )

    def __repr__(self) -> str:
        return f"Person({self.id!r}, {self.name!r})"


class Position(Base):
    """A post a person holds at an organization, from and to (either may be unknown)."""

    __tablename__ = "position"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    title_alt: Mapped[str | None] = mapped_column(String(500))
    started_on: Mapped[date | None]
    ended_on: Mapped[date | None]

    person: Mapped[Person] = relationship(back_populates="positions")
    organization: Mapped[Organization | None] = relationship()

    def is_current(self, on: date) -> bool:
        started = self.started_on is None or self.started_on <= on
        return started and (self.ended_on is None or self.ended_on >= on)
