"""What the calendar import says about a file, as templates the window can translate."""

from __future__ import annotations

from diplotrack.services.messages import tr_noop

# -- the file as a whole
# the system's reason in our words (``system_errors``)
FILE_MISSING = tr_noop("The file cannot be read: there is no such file")
FILE_FORBIDDEN = tr_noop("The file cannot be read: you are not allowed to read it")
FILE_IS_FOLDER = tr_noop("The file cannot be read: it is a folder")
FILE_SYSTEM_ERROR = tr_noop("The file cannot be read: the system refused (error {code})")
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
# what icalendar found wrong with a value, in our words (``details``)
NOT_A_TIME = tr_noop(
    "{name} cannot be read: "
    "«{value}» is not a date or a time as RFC 5545 writes them (20240410 or 20240410T110000)"
)
NO_VALUE = tr_noop("{name} cannot be read: it has no value")
TIME_WITHOUT_DATE = tr_noop("{name} cannot be read: {value} is a time of day without a date")
NOT_A_PERIOD = tr_noop(
    "{name} cannot be read: «{value}» is not a period (a start, then an end or a length)"
)
NOT_A_DURATION = tr_noop(
    "{name} cannot be read: «{value}» is not a length of time such as PT1H30M or P2D"
)
NOT_A_WEEKDAY = tr_noop(
    "{name} cannot be read: «{value}» is not a day of the week (MO, TU, WE, TH, FR, SA, SU)"
)
NOT_AN_OFFSET = tr_noop("{name} cannot be read: «{value}» is not an offset from UTC such as +0700")
NOT_A_FREQUENCY = tr_noop(
    "{name} cannot be read: «{value}» is not how often a rule repeats (DAILY, WEEKLY, MONTHLY, …)"
)
UNSPLIT_LINE = tr_noop(
    "{name} cannot be read: its line cannot be split into a name, parameters and a value"
)
BROKEN_VALUE = tr_noop("{name} cannot be read: its value is not written as RFC 5545 wants")
NO_START = tr_noop("The event has no DTSTART: it says nothing about when it happens")
# DTSTART and DTEND of different kinds, each pair its own text (the kinds in the window's words)
DAY_THEN_TIME = tr_noop(
    "DTSTART is a day (all day) but {name} is a date with a time; "
    "RFC 5545 wants both of the same kind"
)
TIME_THEN_DAY = tr_noop(
    "DTSTART is a date with a time but {name} is a day (all day); "
    "RFC 5545 wants both of the same kind"
)
FLOATING_THEN_ZONED = tr_noop(
    "DTSTART is a local time without a zone but {name} has a zone; "
    "RFC 5545 wants both of the same kind"
)
ZONED_THEN_FLOATING = tr_noop(
    "DTSTART has a zone but {name} is a local time without one; "
    "RFC 5545 wants both of the same kind"
)
DAYS_ONLY = tr_noop("An all-day event's DURATION must be whole days or weeks, not «{value}»")
ENDS_BEFORE_START = tr_noop("The event ends ({end}) before it starts ({start})")
UNKNOWN_ZONE = tr_noop(
    "The time zone «{tzid}» is neither defined in the file nor a zone DiploTrack knows"
)
ZONE_WITHOUT_MATCH = tr_noop(
    "The time zone «{tzid}» has an offset ({offset}) that no known time zone has"
)
BAD_RULE = tr_noop("The repeat rule «{rule}» cannot be used: it is not written as RFC 5545 wants")
RULE_UNKNOWN_PART = tr_noop(
    "The repeat rule «{rule}» cannot be used: {part} is not a part of a rule RFC 5545 knows"
)
RULE_NOT_A_TIME = tr_noop(
    "The repeat rule «{rule}» cannot be used: "
    "«{value}» is not a date and time such as 20240410T040000"
)
REPLY_NOT_EVENT = tr_noop(
    "A METHOD:{method} message answers an invitation; it describes no event to import"
)
CANCEL_UNKNOWN = tr_noop("This cancels the event «{uid}», which is neither in the file nor known")
TOO_LONG = tr_noop("{name} is longer than {limit} characters")

# A timed event's title when the file gives none (SUMMARY is optional in RFC 5545).
UNTITLED = tr_noop("(untitled)")
