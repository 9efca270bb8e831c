"""The subcommands of `diplotrack`, one module each."""

from diplotrack.domain import KnownError


class UsageError(KnownError):
    """The command line asks for something that does not exist: an unknown country, a bad date.

    Reported like an argument error (exit code 2), not like a failure while running.
    """


__all__ = ["UsageError"]
