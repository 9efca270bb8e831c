"""One note being gathered: its subject, options and day, with names and words in its language,
and the parts every kind of note is finished with."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from diplotrack.domain import Record

from .model import Briefing, Heading
from .naming import Names
from .sections import Common
from .subjects import BriefingOptions, BriefingSubject, missing, record_id
from .wording import QT_TRANSLATE_NOOP, Wording

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class NoteRequest:
    names: Names
    wording: Wording
    subject: BriefingSubject
    options: BriefingOptions
    today: date
    prepared_on: date

    @property
    def session(self) -> Session:
        return self.names.session

    def live(self, model: type[R]) -> R:
        """The subject's record, unless it does not exist or is archived (NotFoundError)."""
        found = self.session.get(model, record_id(self.subject))
        if found is None or found.is_archived:
            raise missing(self.subject)
        return found

    def heading(
        self, purpose: str, subject: str, other: str | None, when: str | None = None
    ) -> Heading:
        """The heading of a briefing note, dated the day it is prepared unless ``when``."""
        return Heading(
            label=self.wording(QT_TRANSLATE_NOOP("Briefing", "BRIEFING NOTE")),
            purpose=purpose,
            subject=subject,
            subject_other=other,
            when=when if when is not None else self.wording.full_date(self.prepared_on),
        )

    def note(self, title: str, heading: Heading, sections: Common, **particulars: Any) -> Briefing:
        """The note: the shared sections and what only this kind of note has."""
        return Briefing(
            subject=self.subject,
            options=self.options,
            title=title,
            prepared_on=self.prepared_on,
            heading=heading,
            history=sections.history,
            history_total=sections.history_total,
            agreements=sections.agreements,
            lapsed_agreements=sections.lapsed_agreements,
            followups=sections.followups,
            planned=sections.planned,
            planned_total=sections.planned_total,
            **particulars,
        )
