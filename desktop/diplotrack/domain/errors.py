"""Errors a person can act on, as opposed to bugs, and the templates the domain says them with."""

from __future__ import annotations


def tr_noop(text: str) -> str:
    """Marks ``text`` for translation without translating it (like ``QT_TRANSLATE_NOOP``): the
    window translates the template in the "messages" context and fills it in."""
    return text


# What the domain's own rules refuse (``recurrence.py``); the services' words are in
# ``services/messages.py``.
UNKNOWN_TIMEZONE = tr_noop("{label}: “{value}” is not a known time zone (e.g. Asia/Krasnoyarsk).")
BAD_REPEAT_RULE = tr_noop(
    "{label}: the line «{line}» cannot be read. Write it as RFC 5545 does, "
    "e.g. RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10"
)
NOT_A_REPEAT_LINE = tr_noop(
    "{label}: «{line}» is not a line of a repeat rule (RRULE, EXRULE, RDATE or EXDATE)"
)


class KnownError(Exception):
    """A problem the user can fix; its message names the field (or row) and what is wrong.

    ``field`` is the attribute the problem is about (``"ends_at"``, ``"countries"``), so an
    editor can show the message next to that field.
    """

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        template: str | None = None,
        values: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        # The untranslated format string and its values, so that the UI can say the same
        # thing in the user's language: translate(template).format(label=…, **values).
        self.template = template
        self.values = dict(values or {})

    def __str__(self) -> str:
        return self.message


class ValidationError(KnownError):
    """The record as given breaks a rule: an end before its start, an empty title, …"""


class NotFoundError(KnownError):
    """A referenced record does not exist or is archived."""


class StaleRecordError(KnownError):
    """Someone else saved the record since it was opened; ``changes`` says what they changed."""

    def __init__(
        self,
        message: str,
        *,
        changes: list[tuple[str, str, str]] | None = None,
        field: str | None = None,
        template: str | None = None,
        values: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, field=field, template=template, values=values)
        self.changes = changes or []


class StorageError(KnownError):
    """The database cannot be reached, is locked, or is of a newer version than this program."""
