"""Agreements (sister-city memoranda, cooperation, road maps): parties, signatories, terms."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, enum_column_type
from .enums import AgreementKind, AgreementStatus, Renewal
from .events import Event, event_agreement
from .geography import Country, Place
from .people import Organization, Person


class Agreement(Record):
    __tablename__ = "agreement"

    kind: Mapped[AgreementKind] = mapped_column(
        enum_column_type(AgreementKind), default=AgreementKind.COOPERATION
    )
    title: Mapped[str] = mapped_column(String(1000))
    title_alt: Mapped[str | None] = mapped_column(String(1000))
    status: Mapped[AgreementStatus] = mapped_column(
        enum_column_type(AgreementStatus), default=AgreementStatus.DRAFT
    )
    signed_on: Mapped[date | None] = mapped_column(index=True)
    signed_at_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"))
    valid_from: Mapped[date | None]
    valid_until: Mapped[date | None] = mapped_column(index=True)
    renewal: Mapped[Renewal] = mapped_column(enum_column_type(Renewal), default=Renewal.NONE)
    summary: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    signed_at: Mapped[Place | None] = relationship()
    parties: Mapped[list[AgreementParty]] = relationship(
        back_populates="agreement", cascade="all, delete-orphan", order_by="AgreementParty.position"
    )
    signatories: Mapped[list[AgreementSignatory]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementSignatory.position",
    )
    events: Mapped[list[Event]] = relationship(secondary=event_agreement, viewonly=True)

    def __repr__(self) -> str:
        return f"Agreement({self.id!r}, {self.title!r})"


class AgreementParty(Base):
    """One side of an agreement: a place, an organization or a country (exactly one of them)."""

    __tablename__ = "agreement_party"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN place_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN organization_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN country_code IS NULL THEN 0 ELSE 1 END) = 1",
            name="exactly_one_party",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    place_id: Mapped[int | None] = mapped_column(ForeignKey("place.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    position: Mapped[int] = mapped_column(default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="parties")
    place: Mapped[Place | None] = relationship()
    organization: Mapped[Organization | None] = relationship()
    country: Mapped[Country | None] = relationship()


class AgreementSignatory(Base):
    __tablename__ = "agreement_signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    title: Mapped[str | None] = mapped_column(String(500))  # the post they signed in
    position: Mapped[int] = mapped_column(default=0)

    agreement: Mapped[Agreement] = relationship(back_populates="signatories")
    person: Mapped[Person] = relationship()
