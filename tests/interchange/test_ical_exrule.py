"""EXRULE (RFC 2445; RFC 5545 dropped it, calendars still write it): the occurrences it takes
out of a series stay out on import, and an export keeps the rule. recurring-ical-events
ignores EXRULE, so the occurrences expected are written out here."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from ical_kit import Occurrence, stored_occurrences

from diplotrack.domain.filters import RecordFilter
from diplotrack.interchange.ical import export_calendar, import_calendar
from diplotrack.store.database import Database

# a weekly meeting, ten times; every other week (from the first) is taken out by the EXRULE,
# and one more by an EXDATE: four are left
CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//DiploTrack tests//RU
BEGIN:VEVENT
UID:exrule-weekly@diplotrack.test
DTSTAMP:20250101T000000Z
DTSTART;TZID=Asia/Krasnoyarsk:20250106T110000
DTEND;TZID=Asia/Krasnoyarsk:20250106T120000
RRULE:FREQ=WEEKLY;COUNT=10
EXRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=5
EXDATE;TZID=Asia/Krasnoyarsk:20250113T110000
SUMMARY:Планёрка по побратимству
END:VEVENT
END:VCALENDAR
"""
TITLE = "Планёрка по побратимству"
KRASNOYARSK = ZoneInfo("Asia/Krasnoyarsk")


def _expected() -> Counter[Occurrence]:
    days = [date(2025, 1, 27), date(2025, 2, 10), date(2025, 2, 24), date(2025, 3, 10)]
    return Counter(
        (
            TITLE,
            datetime.combine(day, time(11), KRASNOYARSK).astimezone(UTC),
            datetime.combine(day, time(12), KRASNOYARSK).astimezone(UTC),
        )
        for day in days
    )


def test_exrule_takes_its_occurrences_out(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "exrule.ics"
    path.write_text(CALENDAR.replace("\n", "\r\n"), encoding="utf-8")
    report = import_calendar(database, path)
    assert report.refused is None and not report.skipped, report.to_object()
    expected = _expected()
    with database.session() as session:
        assert stored_occurrences(session) == expected

    exported = tmp_path / "again.ics"
    export_calendar(database, RecordFilter(), exported)
    (vevent,) = icalendar.Calendar.from_ical(exported.read_bytes()).walk("VEVENT")
    assert "EXRULE" in vevent
    assert import_calendar(database, exported).changed_anything is False
