"""The person's settings between runs (window layout, last view and filter, language, zone)."""

from __future__ import annotations

from datetime import tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QByteArray, QSettings

from diplotrack.domain.filters import RecordFilter

from .context import local_zone
from .i18n import LANGUAGES, system_language
from .saved_filters import SavedFilters

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
VIEW_KEY = "window/view"
LANGUAGE_KEY = "interface/language"
ZONE_KEY = "office/zone"


# Trees and files of the tz database that are not zones to choose (nor listed by
# zoneinfo.available_timezones), though ZoneInfo loads them.
_NOT_ZONES = ("posix", "right", "posixrules", "posixlocal")


def known_zone(name: str) -> bool:
    """True when ``name`` is an IANA zone this computer knows ("Asia/Krasnoyarsk").

    Loading it is the test: listing every zone the computer knows took 10–20 ms of each start.
    """
    if not name or name.split("/", 1)[0] in _NOT_ZONES:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder such as "Asia"
        return False
    return True


class Settings:
    """Typed access to the QSettings of DiploTrack; every value falls back to a sensible
    default when it is missing or broken, so an old settings file never stops the window."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.store = settings if settings is not None else QSettings()
        self.filters = SavedFilters(self.store)

    def _text(self, key: str) -> str:
        value = self.store.value(key, "")
        return value if isinstance(value, str) else ""

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- window -------------------------------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes(GEOMETRY_KEY)

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue(GEOMETRY_KEY, value)

    @property
    def window_state(self) -> QByteArray | None:
        """Where the docks are (``QMainWindow.saveState``)."""
        return self._bytes(STATE_KEY)

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self.store.setValue(STATE_KEY, value)

    @property
    def last_view(self) -> str:
        """The key of the screen shown last ("calendar", "event", …; "" the first time)."""
        return self._text(VIEW_KEY)

    @last_view.setter
    def last_view(self, value: str) -> None:
        self.store.setValue(VIEW_KEY, value)

    @property
    def last_filter(self) -> RecordFilter:
        return self.filters.last()

    @last_filter.setter
    def last_filter(self, value: RecordFilter) -> None:
        self.filters.remember_last(value)

    # -- language and zone --------------------------------------------------------------------
    @property
    def chosen_language(self) -> str | None:
        """The language picked in Settings; None follows the system."""
        value = self._text(LANGUAGE_KEY)
        return value if value in LANGUAGES else None

    @chosen_language.setter
    def chosen_language(self, value: str | None) -> None:
        if value is None:
            self.store.remove(LANGUAGE_KEY)
        else:
            self.store.setValue(LANGUAGE_KEY, value)

    @property
    def language(self) -> str:
        """The interface language: the one chosen, else the system's."""
        return self.chosen_language or system_language()

    @property
    def zone_name(self) -> str | None:
        """The office's IANA time zone chosen in Settings; None uses the computer's."""
        value = self._text(ZONE_KEY)
        return value if known_zone(value) else None

    @zone_name.setter
    def zone_name(self, value: str | None) -> None:
        if value is None:
            self.store.remove(ZONE_KEY)
        else:
            self.store.setValue(ZONE_KEY, value)

    @property
    def zone(self) -> tzinfo:
        name = self.zone_name
        return ZoneInfo(name) if name else local_zone()

    def sync(self) -> None:
        self.store.sync()
