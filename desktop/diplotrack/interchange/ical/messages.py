"""What the calendar import says about a file, as templates the window can translate."""

from __future__ import annotations

from diplotrack.services.messages import tr_noop

# -- the file as a whole
UNREADABLE = tr_noop("The file cannot be read: {detail}")
NOT_A_CALENDAR = tr_noop(
    "This is not an iCalendar file: it holds no BEGIN:VCALENDAR or BEGIN:VEVENT"
)
NOTHING_IMPORTABLE = tr_noop(
    "No event in the file can be imported (parts left out: {count}); the first: {first}"
)
BROKEN_PARTS = tr_noop(
    "Broken parts of the file: {count}, the first: {first}; the file is refused as a whole"
)

# -- structure and lines
NEVER_ENDED = tr_noop("{name} begun here is never ended (END:{name} is missing)")
WRONG_END = tr_noop("END:{found} does not close the {name} begun at line {begun}")
STRAY_END = tr_noop("END:{found} closes nothing that was begun")
BAD_LINE = tr_noop("This line is not a property (NAME:value): «{text}»")
CONTROL_CHARACTER = tr_noop("This line holds a control character ({code})")

# -- one event
BROKEN_PROPERTY = tr_noop("{name} cannot be read: {detail}")
NO_START = tr_noop("The event has no DTSTART: it says nothing about when it happens")
MIXED_TYPES = tr_noop(
    "DTSTART is a {start} but {name} is a {end}; RFC 5545 wants both of the same kind"
)
DAYS_ONLY = tr_noop("An all-day event's DURATION must be whole days or weeks, not «{value}»")
ENDS_BEFORE_START = tr_noop("The event ends ({end}) before it starts ({start})")
UNKNOWN_ZONE = tr_noop(
    "The time zone «{tzid}» is neither defined in the file nor a zone DiploTrack knows"
)
ZONE_WITHOUT_MATCH = tr_noop(
    "The time zone «{tzid}» has an offset ({offset}) that no known time zone has"
)
BAD_RECURRENCE = tr_noop("The repeat rule cannot be used: {detail}")
REPLY_NOT_EVENT = tr_noop(
    "A METHOD:{method} message answers an invitation; it describes no event to import"
)
CANCEL_UNKNOWN = tr_noop("This cancels the event «{uid}», which is neither in the file nor known")
TOO_LONG = tr_noop("{name} is longer than {limit} characters")
UNREADABLE_EVENT = tr_noop("The event cannot be read: {detail}")

# A timed event's title when the file gives none (SUMMARY is optional in RFC 5545).
UNTITLED = tr_noop("(untitled)")
