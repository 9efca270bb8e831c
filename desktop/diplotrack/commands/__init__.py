"""The subcommands of `diplotrack`, one module each."""

from diplotrack.domain import KnownError

PROG = "diplotrack"

# Exit codes: 1 a problem while running (or problems found by `check`), 2 a wrong command line.
EXIT_PROBLEM = 1
EXIT_USAGE = 2


class UsageError(KnownError):
    """The command line asks for something that does not exist: an unknown country, a bad date.

    Reported like an argument error (exit code 2), not like a failure while running.
    """


__all__ = ["EXIT_PROBLEM", "EXIT_USAGE", "PROG", "UsageError"]
