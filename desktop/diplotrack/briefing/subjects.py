"""What a briefing note is about and how it is to be made: its subject and its options."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from diplotrack.domain import NotFoundError
from diplotrack.services.messages import NO_SUBJECT, kind_label

LANGUAGES = ("ru", "en")


class SubjectKind(StrEnum):
    EVENT = "event"
    DELEGATION = "delegation"
    COUNTRY = "country"
    PLACE = "place"
    ORGANIZATION = "organization"
    PERSON = "person"


@dataclass(frozen=True)
class BriefingSubject:
    """The record a note is about: ``key`` is the ISO code of a country, the id otherwise."""

    kind: SubjectKind
    key: int | str


@dataclass(frozen=True)
class BriefingOptions:
    """The choices of whoever prepares the note.

    ``language`` is the note's own ("ru" or "en"), whatever the window speaks; ``marking`` is
    the confidentiality line at the top right («Для служебного пользования»); ``history_limit``
    keeps the history of contacts to the last N; ``talking_points`` is free text written for
    this note, printed as paragraphs; ``prepared_on`` defaults to the day the note is made.
    """

    language: str = "ru"
    marking: str = ""
    history_limit: int = 10
    talking_points: str = ""
    prepared_by: str = ""
    prepared_on: date | None = None


def missing(subject: BriefingSubject) -> NotFoundError:
    """The error for a subject that does not exist or is archived. The window says it in its
    language (ui.operations.translated_message), the kind of record too (a ``…_label`` value);
    the note's own language does not matter here."""
    values: dict[str, object] = {"kind_label": kind_label(subject.kind.value), "key": subject.key}
    return NotFoundError(
        NO_SUBJECT.format(**values), field=subject.kind.value, template=NO_SUBJECT, values=values
    )


def record_id(subject: BriefingSubject) -> int:
    """The id of an event, delegation, place, organization or person subject."""
    try:
        return int(subject.key)
    except ValueError:
        raise missing(subject) from None
