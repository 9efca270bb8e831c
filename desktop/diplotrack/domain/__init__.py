"""The records of the office as SQLAlchemy typed classes, vocabularies and rules; no Qt."""

from .agreements import Agreement, AgreementParty, AgreementSignatory
from .attachments import Attachment, ChangeRecord
from .base import Base, Record, utcnow
from .delegations import Delegation, DelegationMember
from .errors import KnownError, NotFoundError, StaleRecordError, StorageError, ValidationError
from .events import (
    Event,
    EventParticipant,
    Topic,
    event_agreement,
    event_country,
    event_organization,
    event_topic,
)
from .followups import FollowUp
from .geography import Country, CountryAlias, Place
from .people import Organization, Person, Position

__all__ = [
    "Agreement",
    "AgreementParty",
    "AgreementSignatory",
    "Attachment",
    "Base",
    "ChangeRecord",
    "Country",
    "CountryAlias",
    "Delegation",
    "DelegationMember",
    "Event",
    "EventParticipant",
    "FollowUp",
    "KnownError",
    "NotFoundError",
    "Organization",
    "Person",
    "Place",
    "Position",
    "Record",
    "StaleRecordError",
    "StorageError",
    "Topic",
    "ValidationError",
    "event_agreement",
    "event_country",
    "event_organization",
    "event_topic",
    "utcnow",
]
