"""The records of the office as SQLAlchemy typed classes, vocabularies and rules; no Qt.

The mapped classes load on first use (PEP 562): the vocabularies (``enums``), the filter
(``filters``), the errors, text rules and recurrences need no SQLAlchemy, and the window paints
its first month before SQLAlchemy is imported. Asking for any mapped name loads every model
module at once, so the mapper registry is always whole when a relationship is resolved.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from .errors import KnownError, NotFoundError, StaleRecordError, StorageError, ValidationError

if TYPE_CHECKING:
    from .agreements import Agreement, AgreementParty, AgreementSignatory
    from .attachments import Attachment, ChangeRecord
    from .base import Base, Record
    from .delegations import Delegation, DelegationMember
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
    from .utc import utcnow

# Where each mapped name lives; the modules in an order that imports each after what it needs.
_HOMES = {
    "Base": "base",
    "Record": "base",
    "utcnow": "utc",
    "Country": "geography",
    "CountryAlias": "geography",
    "Place": "geography",
    "Organization": "people",
    "Person": "people",
    "Position": "people",
    "Event": "events",
    "EventParticipant": "events",
    "Topic": "events",
    "event_agreement": "events",
    "event_country": "events",
    "event_organization": "events",
    "event_topic": "events",
    "Agreement": "agreements",
    "AgreementParty": "agreements",
    "AgreementSignatory": "agreements",
    "Delegation": "delegations",
    "DelegationMember": "delegations",
    "FollowUp": "followups",
    "Attachment": "attachments",
    "ChangeRecord": "attachments",
}


def load_models() -> None:
    """Import every model module (once), binding their names here."""
    for home in dict.fromkeys(_HOMES.values()):
        module = import_module(f"{__name__}.{home}")
        for name, where in _HOMES.items():
            if where == home:
                globals()[name] = getattr(module, name)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_models()
    return globals()[name]


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
    "load_models",
    "utcnow",
]
