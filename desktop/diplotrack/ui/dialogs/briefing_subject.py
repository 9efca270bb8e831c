"""What a briefing is about, as the window names it: which records can have one, the
subject's name and flags for the dialog's header, and the PDF's suggested file name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplotrack.services.changes import RecordRef
from diplotrack.ui.refs import COUNTRY, country_code_of
from diplotrack.ui.views.record_text import display_name

#: the records a briefing can be prepared for (agreements and follow-ups have none: a note is
#: prepared before a meeting or a visit, or about a counterpart)
BRIEFED_KINDS = ("event", "delegation", "country", "place", "organization", "person")

#: the word that starts a briefing's file name, in the note's language
_FILE_WORD = {"ru": "Справка", "en": "Briefing"}
_FILE_NAME_LIMIT = 80  # characters of the subject's name kept in a file name
_NOT_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f«»]+')


@dataclass(frozen=True)
class BriefingKey:
    """A briefing's subject as the window holds it: the kind and the record's id, or a
    country's ISO code. (The ``briefing`` package, loaded when first used, turns it into its
    ``BriefingSubject``.)"""

    kind: str
    key: int | str

    @property
    def ref(self) -> RecordRef:
        from diplotrack.ui.refs import country_ref

        if self.kind == COUNTRY:
            return country_ref(str(self.key))
        return RecordRef(self.kind, int(self.key))


def briefing_key(ref: RecordRef | None) -> BriefingKey | None:
    """The subject of a briefing on ``ref``; None for records that have none."""
    if ref is None or ref.kind not in BRIEFED_KINDS:
        return None
    if ref.kind == COUNTRY:
        return BriefingKey(COUNTRY, country_code_of(ref))
    return BriefingKey(ref.kind, ref.id)


def dossier_key(subject: str, key: str | int) -> BriefingKey:
    """The subject of a dossier ("country", "KG"; "person", 12) as a briefing's subject."""
    return BriefingKey(subject, str(key).upper() if subject == COUNTRY else int(key))


@dataclass(frozen=True)
class SubjectHeading:
    """The subject's name (as written, and in the other script or language where known) and
    the countries whose flags stand beside it."""

    key: BriefingKey
    name: str
    name_alt: str | None
    countries: tuple[str, ...]

    def name_in(self, language: str) -> str:
        if self.key.kind == COUNTRY:  # a country's names are Russian and English
            return self.name if language == "ru" else (self.name_alt or self.name)
        return display_name(self.name, self.name_alt, language)


def default_file_name(heading: SubjectHeading, language: str, day: date) -> str:
    """«Справка Киргизия 2026-11-26.pdf»: the word, the subject's name in the note's language
    (shortened, without characters file systems refuse) and the note's date."""
    name = _NOT_IN_FILE_NAMES.sub(" ", heading.name_in(language))
    name = " ".join(name.split())
    if len(name) > _FILE_NAME_LIMIT:
        name = name[:_FILE_NAME_LIMIT].rsplit(" ", 1)[0] or name[:_FILE_NAME_LIMIT]
    word = _FILE_WORD.get(language, _FILE_WORD["en"])
    return f"{word} {name} {day.isoformat()}.pdf".replace("  ", " ")
