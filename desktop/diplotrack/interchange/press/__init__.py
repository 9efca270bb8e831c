"""A press release, Russian or English, read into a draft event with its people, places and
dates, each matched to an existing record or proposed as new, for a person to confirm.

Nothing heavy is imported here: the Russian language models load on the first analysis (or on
``warm_up``), once per process.
"""

from __future__ import annotations

from .analysis import analyse_press_release, warm_up
from .draft import (
    Draft,
    DraftAgreement,
    DraftCountry,
    DraftDelegation,
    DraftEvent,
    DraftFollowUp,
    DraftItem,
    DraftOrganization,
    DraftParticipant,
    DraftPerson,
    DraftPlace,
    DraftTopic,
    ItemKind,
)

__all__ = [
    "Draft",
    "DraftAgreement",
    "DraftCountry",
    "DraftDelegation",
    "DraftEvent",
    "DraftFollowUp",
    "DraftItem",
    "DraftOrganization",
    "DraftParticipant",
    "DraftPerson",
    "DraftPlace",
    "DraftTopic",
    "ItemKind",
    "analyse_press_release",
    "warm_up",
]
