"""What an import did or would do: records created and updated, parts skipped, a refusal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Reports progress of long work as (done, total); returns False when the person pressed Cancel.
Progress = Callable[[int, int], bool]


def no_progress(done: int, total: int) -> bool:
    """The progress callback of work nobody watches: never cancels."""
    return True


class ImportCancelled(Exception):
    """Raised inside an import's transaction when the progress callback says stop; the
    transaction is rolled back, so a cancelled import changes nothing."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, and where: ``where`` is "line 12", "row 15, column «Дата»",
    "VEVENT 3 (UID abc@x)" — what a person needs to find it in the file."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


@dataclass
class ImportReport:
    """The outcome of importing one file (or of a dry run of it).

    ``refused`` set: the whole file was refused and nothing changed. Otherwise ``created`` and
    ``updated`` count records by kind ("events", "places", …) and ``skipped`` lists the parts
    left out, each with why.
    """

    source: str
    file_format: str
    dry_run: bool = False
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    skipped: list[Problem] = field(default_factory=list)
    refused: Problem | None = None

    @property
    def changed_anything(self) -> bool:
        return self.refused is None and bool(+self.created or +self.updated)

    def to_object(self) -> dict[str, Any]:
        """The report as JSON-ready data (`diplotrack import --format json`)."""
        return {
            "source": self.source,
            "format": self.file_format,
            "dry_run": self.dry_run,
            "refused": None if self.refused is None else _problem(self.refused),
            "created": dict(sorted(self.created.items())),
            "updated": dict(sorted(self.updated.items())),
            "unchanged": dict(sorted(self.unchanged.items())),
            "skipped": [_problem(problem) for problem in self.skipped],
        }


def _problem(problem: Problem) -> dict[str, str]:
    return {"where": problem.where, "message": problem.message}
