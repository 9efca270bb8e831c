"""The words services say to people: field names and error messages, marked for translation.

Every message is a module-level format string passed through ``tr_noop`` so that the
translation tools can collect it; the UI translates the formatted text in its own context.
"""

from __future__ import annotations

from typing import TypeVar

from diplotrack.domain.errors import UNKNOWN_TIMEZONE, KnownError, tr_noop

E = TypeVar("E", bound=KnownError)

__all__ = ["UNKNOWN_TIMEZONE", "tr_noop"]  # marked where the domain raises them, said here too


FIELD_LABELS: dict[str, str] = {
    "title": tr_noop("Title"),
    "title_alt": tr_noop("Title in the other language"),
    "name": tr_noop("Name"),
    "name_alt": tr_noop("Name in the other script"),
    "short_name": tr_noop("Short name"),
    "kind": tr_noop("Kind"),
    "status": tr_noop("Status"),
    "level": tr_noop("Level"),
    "format": tr_noop("Format"),
    "direction": tr_noop("Direction"),
    "renewal": tr_noop("Renewal"),
    "starts_at": tr_noop("Start"),
    "ends_at": tr_noop("End"),
    "timezone": tr_noop("Time zone"),
    "all_day": tr_noop("All day"),
    "date_precision": tr_noop("Date precision"),
    "recurrence": tr_noop("Repeats"),
    "place_id": tr_noop("Place"),
    "signed_at_id": tr_noop("Signed at"),
    "organization_id": tr_noop("Organization"),
    "organization_ids": tr_noop("Organizations"),
    "person_id": tr_noop("Person"),
    "head_id": tr_noop("Head of delegation"),
    "responsible_person_id": tr_noop("Responsible person"),
    "responsible_organization_id": tr_noop("Responsible organization"),
    "parent_id": tr_noop("Part of"),
    "delegation_id": tr_noop("Delegation"),
    "event_id": tr_noop("Event"),
    "event_ids": tr_noop("Events"),
    "programme_event_ids": tr_noop("Programme"),
    "agreement_id": tr_noop("Agreement"),
    "agreement_ids": tr_noop("Agreements"),
    "topic_ids": tr_noop("Topics"),
    "country": tr_noop("Country"),
    "countries": tr_noop("Countries"),
    "participants": tr_noop("Participants"),
    "members": tr_noop("Members"),
    "parties": tr_noop("Parties"),
    "signatories": tr_noop("Signatories"),
    "edition": tr_noop("Edition"),
    "arrives_on": tr_noop("Arrives on"),
    "departs_on": tr_noop("Departs on"),
    "signed_on": tr_noop("Signed on"),
    "valid_from": tr_noop("Valid from"),
    "valid_until": tr_noop("Valid until"),
    "started_on": tr_noop("From"),
    "ended_on": tr_noop("To"),
    "due_on": tr_noop("Due on"),
    "done_on": tr_noop("Done on"),
    "latitude": tr_noop("Latitude"),
    "longitude": tr_noop("Longitude"),
    "population": tr_noop("Population"),
    "alias": tr_noop("Name of the country"),
    "file_name": tr_noop("File name"),
    "content": tr_noop("File"),
    "owner_kind": tr_noop("Attached to"),
    "position_id": tr_noop("Position"),
}

KIND_LABELS: dict[str, str] = {
    "event": tr_noop("event"),
    "delegation": tr_noop("delegation"),
    "agreement": tr_noop("agreement"),
    "person": tr_noop("person"),
    "organization": tr_noop("organization"),
    "place": tr_noop("place"),
    "followup": tr_noop("follow-up"),
    "attachment": tr_noop("attachment"),
    "topic": tr_noop("topic"),
    "position": tr_noop("position"),
    "country": tr_noop("country"),
    "country_alias": tr_noop("name of a country"),
    "record": tr_noop("record"),
}


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " ").capitalize())


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def refusal(error: type[E], template: str, *, field: str | None = None, **values: object) -> E:
    """``error`` saying ``template`` filled with ``values`` (``{label}`` is the field's), and
    keeping both, so that the window says it in the person's language: there the template is
    translated, and so are a ``kind`` (pass ``kind_label(…)``), a value named ``…_label`` and
    a tuple of labels (written joined by commas)."""
    shown = {
        key: ", ".join(map(str, value)) if isinstance(value, tuple) else value
        for key, value in values.items()
    }
    label = field_label(field) if field else ""
    return error(
        template.format(label=label, **shown), field=field, template=template, values=values
    )


# -- values ---------------------------------------------------------------------------------
EMPTY_TEXT = tr_noop("{label} is empty. Write something in it.")
TOO_LONG = tr_noop("{label} is {length} characters long; at most {limit} fit.")
NOT_A_CHOICE = tr_noop("{label}: “{value}” is not one of {choices}.")
NAIVE_TIME = tr_noop("{label} has no time zone. Give the time with its UTC offset.")
END_BEFORE_START = tr_noop("{label} ({end}) is before {start_label} ({start}).")
NOT_POSITIVE = tr_noop("{label} must be a positive number, not {value}.")
OUT_OF_RANGE = tr_noop("{label} must be between {low} and {high}, not {value}.")
IN_THE_FUTURE = tr_noop("{label} ({value}) is in the future.")

# -- references -----------------------------------------------------------------------------
NO_SUCH_RECORD = tr_noop("{label}: there is no {kind} number {id}.")
RECORD_ARCHIVED = tr_noop("{label}: the {kind} “{name}” is archived. Restore it or pick another.")
UNKNOWN_COUNTRY = tr_noop("{label}: “{value}” is not a country DiploTrack knows.")
OWN_PARENT = tr_noop("{label}: a {kind} cannot be part of itself.")
PARENT_CYCLE = tr_noop("{label}: “{name}” is already part of this {kind}; that would make a loop.")
DUPLICATE = tr_noop("{label}: “{name}” is listed twice.")

# -- records --------------------------------------------------------------------------------
NOT_FOUND = tr_noop("There is no {kind} number {id}. Someone may have archived it.")
# a briefing note's subject: kind_label is the record kind's label ("person"), translated too
NO_SUBJECT = tr_noop("There is no {kind_label} “{key}” (or it is archived)")
ARCHIVED_RECORD = tr_noop("This {kind} is archived. Restore it before changing it.")
ALREADY_ARCHIVED = tr_noop("This {kind} is already archived.")
NOT_ARCHIVED = tr_noop("This {kind} is not archived.")
STALE_RECORD = tr_noop(
    "{who} saved this {kind} at {when}, after you opened it. Their changes: {fields}. "
    "Open it again to see them, then make your change."
)
STALE_RACE = tr_noop(
    "Someone else saved this {kind} at the same moment. Open it again to see their changes, "
    "then make your change."
)
NO_FIELDS = tr_noop("none listed")
CONFLICT = tr_noop(
    "The change could not be saved: someone else saved a conflicting change. {detail}"
)
STORAGE_BUSY = tr_noop("The database could not be written: {detail}")

# -- events ---------------------------------------------------------------------------------
ALL_DAY_NOT_MIDNIGHT = tr_noop(
    "{label} of an all-day event must be at midnight (a whole day), not {value}."
)
ALL_DAY_EMPTY = tr_noop("An all-day event lasts at least one day: End must be after Start.")
APPROXIMATE_NOT_ALL_DAY = tr_noop(
    "An event whose date is known only approximately ({value}) must be an all-day event."
)
BAD_RECURRENCE = tr_noop("{label}: the repeat rule “{value}” is not valid: {problem}.")
BAD_RECURRENCE_LINE = tr_noop("lines must start with RRULE:, EXDATE: or RDATE:")
PARTICIPANT_WITHOUT_WHO = tr_noop(
    "{label}: participant {number} names neither a person nor an organization."
)

# -- agreements -----------------------------------------------------------------------------
PARTY_NOT_ONE = tr_noop(
    "{label}: party {number} must be exactly one of a place, an organization or a country."
)

# -- follow-ups -----------------------------------------------------------------------------
DONE_ON_NOT_DONE = tr_noop("{label}: a follow-up that is {status} has no completion date.")

# -- countries ------------------------------------------------------------------------------
ALIAS_TAKEN = tr_noop("{label}: “{value}” already names {country}.")
NO_SUCH_ALIAS = tr_noop("{label}: “{value}” is not a name of {country}.")

# -- attachments ----------------------------------------------------------------------------
FILE_TOO_BIG = tr_noop("{label}: “{name}” is {size}; files up to {limit} can be attached.")
FILE_UNREADABLE = tr_noop("{label}: “{name}” cannot be read: {problem}.")
