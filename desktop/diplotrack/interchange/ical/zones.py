"""The IANA zone an imported time is kept in, whatever the file called its zone.

icalendar gives each time a tzinfo: a ``ZoneInfo`` when the TZID is an IANA name (or a Windows
name or a vendor-prefixed one it can map), otherwise the file's own VTIMEZONE definition. The
instant is always what the file says; the zone name is chosen so that the office's calendar
shows the same wall-clock times: the IANA zone a hint names (Windows name, vendor suffix,
X-LIC-LOCATION) if its offsets agree with the definition through the year of the event, else
the first zone that agrees, looking first at the zones Windows names map to (CLDR), then all.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from functools import cache, lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

# Through a year from the event, so that a zone with the same offset today but another
# summer-time rule is not taken for the file's zone.
_SAMPLE_DAYS = tuple(range(0, 366, 30))


@cache
def known_zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name) if name and name == name.strip() else None
    except (ZoneInfoNotFoundError, ValueError):
        return None


def hinted_names(tzid: str, location: str | None = None) -> list[str]:
    """IANA names a TZID points to: itself, its Windows mapping, its vendor-prefixed tail
    ("/softwarestudio.org/Tzfile/America/Chicago"), the zone's X-LIC-LOCATION."""
    cleaned = tzid.strip().strip("/").strip('"')
    names = [cleaned]
    if cleaned in WINDOWS_TO_OLSON:
        names.append(WINDOWS_TO_OLSON[cleaned])
    parts = cleaned.split("/")
    names += ["/".join(parts[start:]) for start in range(1, len(parts))]
    if location:
        names.insert(0, location.strip())
    return [name for name in dict.fromkeys(names) if known_zone(name) is not None]


@cache
def _candidates() -> tuple[str, ...]:
    golden = list(dict.fromkeys(WINDOWS_TO_OLSON.values()))
    rest = sorted(
        name for name in available_timezones() if "/" in name and not name.startswith("Etc/")
    )
    return tuple(name for name in dict.fromkeys([*golden, *rest]) if known_zone(name))


def _offsets(zone: tzinfo, start: datetime) -> tuple[timedelta | None, ...]:
    local = start.replace(tzinfo=None)
    return tuple(
        (local + timedelta(days=days)).replace(tzinfo=zone).utcoffset() for days in _SAMPLE_DAYS
    )


def zone_name(value: datetime, tzid: str | None = None, location: str | None = None) -> str | None:
    """The IANA name for the zone of ``value`` (aware); None when no zone has its offset."""
    zone = value.tzinfo
    assert zone is not None
    if isinstance(zone, ZoneInfo) and zone.key:
        return zone.key
    return _matching_zone(zone, value.replace(tzinfo=None), tzid or "", location)


@lru_cache(maxsize=1024)  # a file's events share few zones and fewer days
def _matching_zone(zone: tzinfo, local: datetime, tzid: str, location: str | None) -> str | None:
    wanted = _offsets(zone, local)
    hints = hinted_names(tzid, location)
    for name in (*hints, *_candidates()):
        candidate = known_zone(name)
        if candidate is not None and _offsets(candidate, local) == wanted:
            return name
    # no zone keeps the definition's offsets all year (a zone defined wrongly or long ago):
    # one that agrees on the event's own time shows it at the right wall-clock time
    for name in (*hints, *_candidates()):
        candidate = known_zone(name)
        if candidate is not None and _offsets(candidate, local)[0] == wanted[0]:
            return name
    return None
