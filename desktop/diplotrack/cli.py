"""The `diplotrack` command: the window by default, headless subcommands for scripts."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from diplotrack.commands import EXIT_PROBLEM, EXIT_USAGE, PROG, UsageError
from diplotrack.domain import KnownError

if TYPE_CHECKING:
    import argparse


class WindowStart(NamedTuple):
    """A command line that only opens the window, on this database (None: the default)."""

    database: str | None


def open_window(database: str | None) -> int:
    gc.disable()  # through the window's imports too: run_window wakes it after the first paint
    from diplotrack.ui.app import run_window

    return run_window(database)


def dispatch(args: argparse.Namespace) -> int:
    # Imported per command: `diplotrack check` need not load Qt, the window need not load
    # the commands.
    if args.command is None:
        return open_window(args.database)
    # A command maps every record: some 100,000 objects that live as long as the process, a few
    # hundred garbage among them. The collector would walk them again and again while they are
    # made (~40 ms), so it rests until they are in, and then they are frozen out of its view.
    gc.disable()
    try:
        from diplotrack.domain import load_models

        load_models()
    finally:
        gc.freeze()
        gc.enable()
    if args.command == "demo":
        from diplotrack.commands.demo import run as run_demo

        return run_demo(args.database, events=args.events, seed=args.seed, today=args.today)
    if args.command == "list":
        from diplotrack.commands import listing

        return listing.run(args)
    if args.command == "check":
        from diplotrack.commands import check

        return check.run(args.database)
    if args.command == "backup":
        from diplotrack.commands import backup

        return backup.run(args.database, args.file)
    if args.command == "briefing":
        from diplotrack.commands import briefing

        return briefing.run(args)
    if args.command == "import":
        from diplotrack.commands import importing

        return importing.run(args)
    if args.command == "export":
        from diplotrack.commands import exporting

        return exporting.run(args)
    if args.command == "draft":
        from diplotrack.commands import draft

        return draft.run(args)
    raise AssertionError(f"unhandled command {args.command!r}")


def window_start(argv: Sequence[str]) -> WindowStart | None:
    """A command line that only opens the window (nothing, or ``--database X``), read without
    the parser: building the parser of every command costs ~8 ms of each start. None for any
    other command line, which the parser reads (tests/unit/test_cli_window_start.py keeps the
    two readings equal)."""
    if not argv:
        return WindowStart(None)
    if len(argv) == 2 and argv[0] == "--database" and not argv[1].startswith("-"):
        return WindowStart(argv[1])
    if len(argv) == 1 and argv[0].startswith("--database="):
        return WindowStart(argv[0].removeprefix("--database="))
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit code (0 fine, 1 a problem, 2 a wrong command line)."""
    given = sys.argv[1:] if argv is None else list(argv)
    start = window_start(given)
    try:
        if start is not None:
            return open_window(start.database)
        from diplotrack.commands.arguments import build_parser

        return dispatch(build_parser().parse_args(given))
    except UsageError as error:
        print(f"{PROG}: error: {error.message}", file=sys.stderr)
        return EXIT_USAGE
    except KnownError as error:
        print(f"{PROG}: error: {error.message}", file=sys.stderr)
        return EXIT_PROBLEM
    except BrokenPipeError:
        # the reader (`| head`) has gone: stop quietly, and keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted; nothing was saved by the unfinished step", file=sys.stderr)
        return 130
    except Exception:
        print(
            f"{PROG}: an unexpected error stopped the command (a bug: please report it "
            "with the text below)",
            file=sys.stderr,
        )
        import traceback

        traceback.print_exc()
        return EXIT_PROBLEM
