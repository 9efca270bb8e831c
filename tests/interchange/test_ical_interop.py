"""Every file in ../shared/interop/ics/: imported with exactly the events and times it describes
(compared with what icalendar and recurring-ical-events read in it), or refused with a message
saying what is wrong and where — and then the database is exactly as it was."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from ical_kit import ICS_DIR, WINDOW, Occurrence, as_utc, counts, stored_occurrences
from sqlalchemy import select

from diplotrack.domain import Event
from diplotrack.domain.enums import EventStatus
from diplotrack.interchange.ical import import_calendar
from diplotrack.interchange.ical.messages import UNTITLED
from diplotrack.store.database import Database

FILES = sorted(ICS_DIR.glob("*.ics"))

# What each file gives, by a part of its name: "refused", or (events stored, parts left out).
# Written from reading each file (see SOURCES.txt beside them); the reasons are in comments.
EXPECTED: dict[str, str | tuple[int, int]] = {
    "broken-vevent": "refused",  # END:VEVENT missing
    "event_issue2172": (1, 0),  # "Mitteleuropäische Zeit " (trailing space) defined in the file
    "timezone_seconds": (1, 0),  # Europe/Moscow with a +02:30:17 definition: the IANA zone
    "big_bad_calendar": "refused",  # twenty VEVENTs without DTSTART, END:VCALENDAR missing
    "bom_calendar": (0, 0),  # an empty calendar after a byte-order mark
    "broken_ical": "refused",  # DTSTART;;VALUE=…
    "issue_156_RDATE": (1, 0),  # RDATE periods in a custom zone, RANGE=THISANDFUTURE alone
    "issue_237": (1, 0),  # non-ASCII TZID "(UTC-03:00) Brasília", no SUMMARY, no UID
    "issue_350": (1, 0),  # TAB-folded lines, ALTREP, text after END:VCALENDAR
    # IANA TZIDs without VTIMEZONE (the RDATE period of two hours an event of its own); two
    # VEVENTs without DTSTART
    "issue_722": (2, 2),
    "multiple_timezones": "refused",  # RDATE;VALUE=TIME in every event
    "parsing_error": (1, 1),  # the second event's EXDATE is empty
    "calendars_property_params": (1, 0),
    "rfc_5545_RDATE_example": "refused",  # RDATE examples without DTSTART
    "rfc_7256": "refused",  # attendees only, no DTSTART
    "x_location": (1, 0),
    "escaped_characters": "refused",  # a bare VEVENT with only an ORGANIZER
    "unicode_organizer": "refused",  # likewise
    "invalid_groupwise": (1, 0),  # a room attendee with spaces in its address: kept in notes
    "valid_evolution": (1, 0),  # /softwarestudio.org/Tzfile/America/Chicago, zone after event
    "japan_west": (49, 0),  # all-day events with TZID;VALUE=DATE
    "korganizer": (2, 0),  # every value folded onto its own line
    "google_birthday": (3, 1),  # RDATE:20131210Z (a date with a Z) breaks the master
    "test_parser_property_params": (0, 0),  # attendees of no event
    "incoming": (4, 7),  # iTIP: requests, updates, a cancel; replies and a counter left out
    "issue253": "refused",  # fuzzed bytes
    "importLatin1": (4, 0),  # one SUMMARY in Latin-1
    "Germany_Holidays": (34, 0),  # "RRULE:" with nothing; DTEND equal to DTSTART
    "bad_rrule_missing_until": "refused",  # UNTL=…
    "daylight_saving_time": (64, 0),
    "discourse_no_dtend": (4, 0),  # no DTEND: an instant; the same VTIMEZONE four times
    "each_week_but_two_deleted": (1, 0),
    "issue_132_swapped": "refused",  # DTEND before DTSTART
    # DATE mixed with DATE-TIME, floating with UTC (RFC 5545 3.8.2.2); PT10H on a date
    "issue_201_test_matrix": (8, 7),
    "calendars_rdate": (3, 0),
    "recurring_events_moved": (5, 0),  # RECURRENCE-ID overrides
    "event_d_long": (1, 0),
    "event_dt_long": (1, 0),  # floating times
    "tz_windows_format": (1, 0),  # "New Zealand Standard Time" defined as CET: the definition
}
# iTIP messages update and cancel one another: compared on their own below.
NOT_A_SNAPSHOT = {"incoming"}
# icalendar does not find the VTIMEZONE of TZID="Mitteleuropäische Zeit " (Mozilla's trailing
# space) and leaves those times naive; DiploTrack reads them in that definition, as RFC 5545
# says, so the reference reads its naive times there too.
DEFINED_ZONE = {"event_issue2172"}


def expected_for(path: Path) -> str | tuple[int, int]:
    found = [value for key, value in EXPECTED.items() if key in path.name]
    assert len(found) == 1, f"{path.name}: {len(found)} expectations match"
    return found[0]


def test_every_interop_file_has_an_expectation() -> None:
    assert len(FILES) == 39
    for path in FILES:
        expected_for(path)


def _reference(path: Path, skipped: set[int]) -> Counter[Occurrence]:
    """What recurring-ical-events reads in the VEVENTs not left out (numbered in the file)."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8").lstrip("\ufeff")
    except UnicodeDecodeError:
        text = data.decode("cp1252")  # the Latin-1 file, as Thunderbird's own test reads it
    if "BEGIN:VCALENDAR" not in text:
        text = f"BEGIN:VCALENDAR\r\n{text}\r\nEND:VCALENDAR\r\n"
    source = icalendar.Calendar.from_ical(text)
    floating: tzinfo = ZoneInfo(
        str(source.get("X-WR-TIMEZONE", "")) if source.get("X-WR-TIMEZONE") else "Asia/Krasnoyarsk"
    )
    if any(key in path.name for key in DEFINED_ZONE):
        (zone,) = source.walk("VTIMEZONE")
        assert isinstance(zone, icalendar.Timezone)
        floating = zone.to_tz()
    calendar = icalendar.Calendar()
    for zone in source.walk("VTIMEZONE"):
        calendar.add_component(zone)
    for number, vevent in enumerate(source.walk("VEVENT"), start=1):
        if number not in skipped:
            calendar.add_component(_dates_kept(vevent))
    found: Counter[Occurrence] = Counter()
    for occurrence in recurring_ical_events.of(calendar).between(*WINDOW):
        title = " ".join(str(occurrence.get("SUMMARY", "")).split()) or UNTITLED
        start, end = _dates_as_given(occurrence)
        found[(title, as_utc(start, floating), as_utc(end, floating))] += 1
    return found


def _dates_kept(vevent: icalendar.Event) -> icalendar.Event:
    """The event with VALUE=DATE kept as dates even with a TZID, as the file says (icalendar
    reads "DTSTART;TZID=Japan;VALUE=DATE:20060503" as midnight in Tokyo)."""
    for name in ("DTSTART", "DTEND"):
        prop = vevent.get(name)
        is_date = prop is not None and str(prop.params.get("VALUE", "")).upper() == "DATE"
        if is_date and isinstance(prop.dt, datetime):
            del vevent[name]
            vevent.add(name, prop.dt.date())
    return vevent


def _dates_as_given(occurrence: icalendar.Event) -> tuple[date | datetime, date | datetime]:
    """An occurrence's start and end; an all-day event whose DTEND is not after its DTSTART
    lasts its one day (DTEND is exclusive: the file means that day)."""
    start = occurrence["DTSTART"].dt
    end = occurrence["DTEND"].dt if occurrence.get("DTEND") else start
    if not isinstance(start, datetime) and not isinstance(end, datetime) and end <= start:
        end = start + timedelta(days=1)
    return start, end


@pytest.mark.parametrize("path", FILES, ids=[p.name[-48:] for p in FILES])
def test_interop_file(database: Database, path: Path) -> None:
    expected = expected_for(path)
    before = counts(database)
    report = import_calendar(database, path)
    for problem in report.skipped:
        assert problem.where.line is not None, problem
        assert problem.message
    if expected == "refused":
        assert report.refused is not None, report.to_object()
        assert report.refused.where.line is not None or report.refused.where.component
        assert report.skipped, "a refusal lists what is wrong"
        assert counts(database) == before
        return
    assert isinstance(expected, tuple)
    events, left_out = expected
    assert report.refused is None, str(report.refused)
    assert report.created["events"] == events
    assert len(report.skipped) == left_out, [str(p) for p in report.skipped]
    if any(key in path.name for key in NOT_A_SNAPSHOT):
        return
    skipped = {
        int(match.group(1))
        for problem in report.skipped
        if (match := re.match(r"VEVENT (\d+)", problem.where.component or ""))
    }
    with database.session() as session:
        assert stored_occurrences(session) == _reference(path, skipped)


def test_itip_messages_update_and_cancel(database: Database) -> None:
    (path,) = [p for p in FILES if "incoming" in p.name]
    report = import_calendar(database, path)
    assert report.created["events"] == 4
    with database.session() as session:
        stored = {e.ical_uid: e for e in session.scalars(select(Event))}
    cancelled = stored["calsrv.example.com-873970198738777@example.com"]
    assert cancelled.status is EventStatus.CANCELLED
    assert cancelled.title == "Pool party"  # the request with the highest SEQUENCE
    replies = [p for p in report.skipped if "METHOD:REPLY" in p.message]
    assert len(replies) == 5


def test_latin1_title_is_read(database: Database) -> None:
    (path,) = [p for p in FILES if "importLatin1" in p.name]
    import_calendar(database, path)
    with database.session() as session:
        titles = set(session.scalars(select(Event.title)))
    assert "Event Två" in titles
