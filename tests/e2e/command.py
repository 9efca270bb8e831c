"""Running the installed `diplotrack` command as a subprocess, as a script or a person would."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

# Generous: a hung command fails the test instead of hanging the suite. Not a speed assertion.
COMMAND_TIMEOUT_S = 600


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str

    def __str__(self) -> str:  # shown by pytest when an assertion about the outcome fails
        return f"exit {self.returncode}\n--- stdout:\n{self.stdout}\n--- stderr:\n{self.stderr}"


def run_command(
    *args: str,
    database: str | None = None,
    executable: str | None = None,
    environment_database: str | None = None,
) -> Outcome:
    """``python -m diplotrack [--database URL] ARGS`` (or the given executable) as a subprocess,
    with ``DIPLOTRACK_DATABASE`` set only when ``environment_database`` is given; its output
    decoded as UTF-8, strictly, so a wrong encoding fails the test."""
    command = [executable] if executable else [sys.executable, "-m", "diplotrack"]
    if database is not None:
        command += ["--database", database]
    command += list(args)
    environment = dict(os.environ)
    environment.pop("DIPLOTRACK_DATABASE", None)
    if environment_database is not None:
        environment["DIPLOTRACK_DATABASE"] = environment_database
    result = subprocess.run(
        command, capture_output=True, env=environment, timeout=COMMAND_TIMEOUT_S, check=False
    )
    return Outcome(result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8"))


def fill_demo(url: str) -> None:
    outcome = run_command("demo", database=url)
    assert outcome.returncode == 0, str(outcome)
