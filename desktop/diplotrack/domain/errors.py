"""Errors a person can act on, as opposed to bugs."""

from __future__ import annotations


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
