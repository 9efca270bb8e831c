"""The window's command line, read without the parser, means what the parser reads in it."""

from __future__ import annotations

import pytest

from diplotrack.cli import WindowStart, window_start
from diplotrack.commands.arguments import build_parser


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--database", "office.sqlite3"],
        ["--database", "postgresql://office@server/diplotrack"],
        ["--database=office.sqlite3"],
        ["--database="],
    ],
    ids=repr,
)
def test_a_window_start_reads_as_the_parser_reads_it(argv: list[str]) -> None:
    parsed = build_parser().parse_args(argv)
    assert parsed.command is None
    assert window_start(argv) == WindowStart(parsed.database)


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "events"],
        ["check"],
        ["--database", "office.sqlite3", "check"],
        ["--database"],
        ["--database", "--version"],
        ["--version"],
        ["--help"],
        ["office.sqlite3"],
        ["--database", "a", "--database", "b"],
    ],
    ids=repr,
)
def test_any_other_command_line_is_left_to_the_parser(argv: list[str]) -> None:
    assert window_start(argv) is None
