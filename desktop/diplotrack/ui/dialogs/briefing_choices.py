"""What the briefing dialog remembers: the last choices between runs (QSettings), and what was
typed for each subject's briefing while the window is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings

from diplotrack.ui.context import AppContext

from .briefing_subject import BriefingKey

LANGUAGE_KEY = "briefing/language"
MARKING_KEY = "briefing/marking"
HISTORY_KEY = "briefing/history"
PREPARED_BY_KEY = "briefing/prepared_by"
FOLDER_KEY = "briefing/folder"

DEFAULT_HISTORY = 10
HISTORY_RANGE = (1, 200)

#: the usual confidentiality markings, in the note's language (document text, not the
#: interface's: a Russian note is marked in Russian whatever language the window speaks)
MARKINGS: dict[str, tuple[str, ...]] = {
    "ru": ("", "Для служебного пользования", "Конфиденциально"),
    "en": ("", "For official use only", "Confidential"),
}


def marking_in(language: str, marking: str) -> str:
    """The same marking in ``language`` if it is one of the usual ones; else as typed."""
    for texts in MARKINGS.values():
        if marking in texts:
            return MARKINGS.get(language, MARKINGS["en"])[texts.index(marking)]
    return marking


class BriefingChoices:
    """The dialog's last choices, typed, each with a default when missing or broken."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.store = settings if settings is not None else QSettings()

    def _text(self, key: str) -> str:
        value = self.store.value(key, "")
        return value if isinstance(value, str) else ""

    def language(self, window_language: str) -> str:
        """The note's language chosen last; the window's the first time."""
        value = self._text(LANGUAGE_KEY)
        return value if value in MARKINGS else window_language

    def marking(self) -> str:
        return self._text(MARKING_KEY)

    def history_limit(self) -> int:
        value = self.store.value(HISTORY_KEY, DEFAULT_HISTORY)
        try:
            number = int(str(value))
        except ValueError:
            return DEFAULT_HISTORY
        low, high = HISTORY_RANGE
        return number if low <= number <= high else DEFAULT_HISTORY

    def prepared_by(self) -> str:
        return self._text(PREPARED_BY_KEY)

    def folder(self) -> Path:
        """Where the last PDF went (the home folder the first time)."""
        value = self._text(FOLDER_KEY)
        return Path(value) if value and Path(value).is_dir() else Path.home()

    def remember(
        self, *, language: str, marking: str, history_limit: int, prepared_by: str
    ) -> None:
        self.store.setValue(LANGUAGE_KEY, language)
        self.store.setValue(MARKING_KEY, marking)
        self.store.setValue(HISTORY_KEY, history_limit)
        self.store.setValue(PREPARED_BY_KEY, prepared_by)
        self.store.sync()

    def remember_folder(self, folder: Path) -> None:
        self.store.setValue(FOLDER_KEY, str(folder))
        self.store.sync()


class BriefingMemory(QObject):
    """Per window (a child of its AppContext): the talking points typed for each subject,
    kept while the window is open so that closing and reopening a briefing loses nothing, and
    the briefing dialogs open (one per subject)."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.setObjectName("BriefingMemory")
        self.talking_points: dict[BriefingKey, str] = {}
        self.dialogs: dict[BriefingKey, QObject] = {}

    @classmethod
    def of(cls, context: AppContext) -> BriefingMemory:
        found = context.findChild(BriefingMemory, "BriefingMemory")
        return found if isinstance(found, BriefingMemory) else cls(context)
