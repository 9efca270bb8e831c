"""Follow-ups (поручения): tasks that came out of an event, a delegation or an agreement."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .agreements import Agreement
from .base import Record, enum_column_type
from .delegations import Delegation
from .enums import FollowUpStatus
from .events import Event
from .geography import Country
from .people import Organization, Person


class FollowUp(Record):
    """What is to be done, who is responsible, by when; linked to the record it came from."""

    __tablename__ = "followup"

    title: Mapped[str] = mapped_column(String(1000))
    status: Mapped[FollowUpStatus] = mapped_column(
        enum_column_type(FollowUpStatus), default=FollowUpStatus.OPEN
    )
    due_on: Mapped[date | None] = mapped_column(index=True)
    done_on: Mapped[date | None]
    responsible_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    responsible_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id"), index=True
    )
    responsible_text: Mapped[str | None] = mapped_column(String(500))  # "Департамент…"
    event_id: Mapped[int | None] = mapped_column(ForeignKey("event.id"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"), index=True)
    agreement_id: Mapped[int | None] = mapped_column(ForeignKey("agreement.id"), index=True)
    country_code: Mapped[str | None] = mapped_column(ForeignKey("country.code"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)

    responsible_person: Mapped[Person | None] = relationship()
    responsible_organization: Mapped[Organization | None] = relationship()
    event: Mapped[Event | None] = relationship()
    delegation: Mapped[Delegation | None] = relationship()
    agreement: Mapped[Agreement | None] = relationship()
    country: Mapped[Country | None] = relationship()

    def __repr__(self) -> str:
        return f"FollowUp({self.id!r}, {self.title!r})"
