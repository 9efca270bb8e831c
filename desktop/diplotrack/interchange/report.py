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
class Where:
    """Where in a file a problem is, so a person can find it: a line, a row and column, or a
    component ("VEVENT 3, UID abc@x"). Shown in English by ``str``; the window formats the
    same parts in its own language."""

    line: int | None = None
    row: int | None = None
    column: str | None = None
    component: str | None = None

    def __str__(self) -> str:
        parts: list[str] = []
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.column:
            parts.append(f"column «{self.column}»")
        if self.component:
            parts.append(self.component)
        return ", ".join(parts)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file, where it is, and what is wrong.

    ``message`` is the English text; ``template`` (marked with ``services.messages.tr_noop``)
    and ``values`` let the window say it in the user's language, as for ``KnownError``.
    """

    where: Where
    message: str
    template: str | None = None
    values: tuple[tuple[str, str], ...] = ()

    def __str__(self) -> str:
        where = str(self.where)
        return f"{where}: {self.message}" if where else self.message


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


def _problem(problem: Problem) -> dict[str, Any]:
    where = problem.where
    place = {
        key: value
        for key, value in (
            ("line", where.line),
            ("row", where.row),
            ("column", where.column),
            ("component", where.component),
        )
        if value is not None
    }
    return {"where": str(where), **place, "message": problem.message}
