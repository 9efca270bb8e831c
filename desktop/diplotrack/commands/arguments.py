"""The command line's grammar: every command, its options and the checks of their values."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import NoReturn

from diplotrack import __version__
from diplotrack.domain.enums import (
    AgreementKind,
    AgreementStatus,
    DelegationDirection,
    EventKind,
    EventStatus,
    FollowUpStatus,
    OrganizationKind,
    PlaceKind,
)
from diplotrack.output import FORMATS

from . import EXIT_USAGE, PROG


class CommandParser(argparse.ArgumentParser):
    """Reports a wrong command line as one ``diplotrack: error: …`` line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        hint = f"(see {self.prog} --help)"
        self.exit(EXIT_USAGE, f"{PROG}: error: {message} {hint}\n")


def parse_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"“{value}” is not a date; write it as YYYY-MM-DD, e.g. 2024-04-10"
        ) from None


def positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number <= 0:
        raise argparse.ArgumentTypeError(f"“{value}” is not a whole number above zero")
    return number


def record_id(value: str) -> int:
    try:
        return positive_int(value)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a record id (a number)") from None


def vocabulary(enum_cls: type[StrEnum]) -> Callable[[str], str]:
    """An argument type accepting the values of ``enum_cls`` (and their names, any case);
    the error lists every valid value."""
    valid = [member.value for member in enum_cls]

    def check(value: str) -> str:
        key = value.strip().casefold().replace("-", "_")
        for member in enum_cls:
            if key in (member.value.casefold(), member.name.casefold()):
                return member.value
        raise argparse.ArgumentTypeError(
            f"“{value}” is not one of the known values: {', '.join(valid)}"
        )

    check.__name__ = enum_cls.__name__
    return check


# What `list` can list: (register, its kinds, its statuses, help). None: no such filter.
REGISTER_VOCABULARIES: dict[str, tuple[type[StrEnum] | None, type[StrEnum] | None, str]] = {
    "events": (EventKind, EventStatus, "meetings, visits, conferences and other contacts"),
    "delegations": (DelegationDirection, EventStatus, "incoming and outgoing delegations"),
    "agreements": (AgreementKind, AgreementStatus, "agreements and memoranda"),
    "people": (None, None, "people and their current positions"),
    "organizations": (OrganizationKind, None, "embassies, administrations, NGOs, …"),
    "places": (PlaceKind, None, "cities and regions"),
    "followups": (None, FollowUpStatus, "follow-up tasks"),
}


def _database_option(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    parser.add_argument(
        "--database",
        metavar="URL",
        # below the top level, the option is only taken when given, so `diplotrack --database X
        # list …` and `diplotrack list … --database X` both work
        default=None if top_level else argparse.SUPPRESS,
        help="the database: an SQLite file or an SQLAlchemy URL such as "
        "postgresql+psycopg://user@server/diplotrack (default: $DIPLOTRACK_DATABASE, "
        "else diplotrack.sqlite3 in the user's data folder)",
    )


def _list_parser(
    subparsers: argparse._SubParsersAction[CommandParser], common: CommandParser
) -> None:
    listing = subparsers.add_parser(
        "list", parents=[common], help="print a register of records, filtered"
    )
    registers = listing.add_subparsers(dest="register", metavar="REGISTER", required=True)
    for register, (kinds, statuses, text) in REGISTER_VOCABULARIES.items():
        sub = registers.add_parser(register, parents=[common], help=text)
        _filter_arguments(sub, kinds, statuses)
        sub.add_argument("--sort", metavar="COLUMN", help="the column to sort by")
        sub.add_argument("--desc", action="store_true", help="sort in descending order")
        sub.add_argument("--limit", type=positive_int, metavar="N")
        sub.add_argument("--format", choices=FORMATS, default="table")


def _filter_arguments(
    sub: argparse.ArgumentParser, kinds: type[StrEnum] | None, statuses: type[StrEnum] | None
) -> None:
    """The options of the one record filter, shared by `list` and `export`."""
    sub.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="COUNTRY",
        help="ISO code or a name people write (KG, Киргизия, Kyrgyzstan); repeatable",
    )
    sub.add_argument("--from", dest="date_from", type=parse_date, metavar="YYYY-MM-DD")
    sub.add_argument("--to", dest="date_to", type=parse_date, metavar="YYYY-MM-DD")
    if kinds is not None:
        sub.add_argument(
            "--kind",
            action="append",
            default=[],
            type=vocabulary(kinds),
            help=f"repeatable; one of: {', '.join(k.value for k in kinds)}",
        )
    if statuses is not None:
        sub.add_argument(
            "--status",
            action="append",
            default=[],
            type=vocabulary(statuses),
            help=f"repeatable; one of: {', '.join(s.value for s in statuses)}",
        )
    sub.add_argument("--text", default="", help="words in any form, Russian or English")
    sub.add_argument("--topic", action="append", default=[], help="a topic name; repeatable")
    sub.add_argument("--person", action="append", default=[], type=record_id, metavar="ID")
    sub.add_argument("--organization", action="append", default=[], type=record_id, metavar="ID")
    sub.add_argument("--place", action="append", default=[], type=record_id, metavar="ID")
    sub.add_argument("--archived", action="store_true", help="include archived records")


def build_parser() -> CommandParser:
    common = CommandParser(add_help=False)
    _database_option(common, top_level=False)

    parser = CommandParser(
        prog=PROG,
        description="DiploTrack: the log of an international-relations office. "
        "Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _database_option(parser, top_level=True)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = subparsers.add_parser(
        "demo", parents=[common], help="fill the database with the worked example and a history"
    )
    demo.add_argument(
        "--events", type=int, metavar="N", help="how many events of office history to generate"
    )
    demo.add_argument("--seed", type=int, default=None, help="seed of the generated history")
    demo.add_argument(
        "--today",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the day the history is made around (default: today), for reproducible data",
    )

    _list_parser(subparsers, common)

    subparsers.add_parser(
        "check", parents=[common], help="check the database: schema version and integrity"
    )
    backup = subparsers.add_parser(
        "backup", parents=[common], help="copy the database to a backup file"
    )
    backup.add_argument("file", nargs="?", metavar="FILE", help="where to write the backup")
    _exchange_parsers(subparsers, common)
    return parser


def _exchange_parsers(
    subparsers: argparse._SubParsersAction[CommandParser], common: CommandParser
) -> None:
    """`briefing`, `import`, `export` and `draft`: documents and files in and out."""
    briefing = subparsers.add_parser(
        "briefing", parents=[common], help="write a briefing note (справка) as a PDF"
    )
    subject = briefing.add_mutually_exclusive_group(required=True)
    subject.add_argument("--event", type=record_id, metavar="ID", help="an upcoming event")
    subject.add_argument("--delegation", type=record_id, metavar="ID", help="a delegation visit")
    subject.add_argument("--country", metavar="COUNTRY", help="ISO code or name: KG, Киргизия")
    subject.add_argument(
        "--place", metavar="NAME", help="a place by name (or id), e.g. a sister city"
    )
    subject.add_argument("--organization", type=record_id, metavar="ID")
    subject.add_argument("--person", type=record_id, metavar="ID")
    briefing.add_argument("--lang", choices=("ru", "en"), default="ru", help="the note's language")
    briefing.add_argument("--out", required=True, metavar="FILE.pdf", help="the PDF to write")
    briefing.add_argument(
        "--history", type=positive_int, default=10, metavar="N", help="the last N contacts"
    )
    briefing.add_argument(
        "--marking", default=None, help="confidentiality marking, e.g. «Для служебного пользования»"
    )
    briefing.add_argument("--prepared-by", default=None, metavar="NAME")
    briefing.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="the note's date")

    importing = subparsers.add_parser(
        "import", parents=[common], help="import an .ics, .xlsx, .csv or .tsv file"
    )
    importing.add_argument("file", metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="report what would be imported; change nothing"
    )
    importing.add_argument(
        "--format", choices=("table", "json"), default="table", help="the report's form"
    )

    export = subparsers.add_parser(
        "export", parents=[common], help="export a register, filtered, to a file"
    )
    export.add_argument("register", nargs="?", default="events", choices=REGISTER_VOCABULARIES)
    export.add_argument("--format", choices=("ics", "xlsx", "csv", "json"), required=True)
    export.add_argument("--out", required=True, metavar="FILE")
    _filter_arguments(export, EventKind, EventStatus)

    draft = subparsers.add_parser(
        "draft", parents=[common], help="read a press release and print the draft it gives"
    )
    draft.add_argument(
        "file", metavar="FILE", help="the press release as a text file, or - for stdin"
    )
    draft.add_argument(
        "--format",
        choices=("table", "json"),
        default="table",
        help="a readable table with notes (default), or JSON: every item, its match, included",
    )
    draft.add_argument(
        "--published",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the day the release was published (default: today); dates such as «10 апреля» "
        "or 'last Thursday' are read against it",
    )
