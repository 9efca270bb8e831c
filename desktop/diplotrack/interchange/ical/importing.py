"""Importing a calendar file in one transaction, all or nothing: a refusal, a cancel or a dry
run leaves the database as it was."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from diplotrack.domain import KnownError
from diplotrack.interchange.report import (
    ImportCancelled,
    ImportReport,
    Problem,
    Progress,
    Where,
    no_progress,
)
from diplotrack.services.base import unit_of_work
from diplotrack.store.database import Database

from . import messages as msg
from .reading import read_calendar
from .storing import Storing


class _RollBack(Exception):
    """Leaves the transaction without committing: a dry run, or a refusal found while storing."""


def import_calendar(
    db: Database,
    path: Path,
    *,
    dry_run: bool = False,
    accept_partial: bool = True,
    progress: Progress = no_progress,
    floating_zone: str | None = None,
) -> ImportReport:
    """Import the events of the .ics file ``path`` in one transaction.

    A file with broken parts imports its sound events and lists the parts left out
    (``accept_partial``), or is refused whole, listing the same parts. ``progress(done,
    total)`` returning False cancels: ``ImportCancelled`` is raised and nothing is changed.
    ``floating_zone``: the zone of times the file gives without one (see ``read_calendar``).
    """
    report = ImportReport(source=path.name, file_format="ics", dry_run=dry_run)
    plan = read_calendar(path, floating_zone=floating_zone)
    report.skipped = list(plan.skipped)
    if plan.refused is not None:
        report.refused = plan.refused
        return report
    if plan.skipped and not accept_partial:
        report.refused = _refusal(plan.skipped)
        return report
    try:
        with unit_of_work(db) as work:
            Storing(work.session, report, progress).store(plan, work.touch)
            if report.skipped and not accept_partial:
                report.refused = _refusal(report.skipped)
                raise _RollBack
            if dry_run:
                raise _RollBack
    except _RollBack:
        pass
    except ImportCancelled:
        raise
    except KnownError as error:
        report.refused = Problem(
            Where(),
            error.message,
            error.template,
            tuple((key, str(value)) for key, value in error.values.items()),
        )
    if report.refused is not None:
        report.created.clear()
        report.updated.clear()
        report.unchanged.clear()
    return report


def _refusal(skipped: Sequence[Problem]) -> Problem:
    first = skipped[0]
    # the refusal is told where the first part is: that part's own place is not repeated
    text = msg.BROKEN_PARTS.format(count=len(skipped), first=first.message)
    values = (("count", str(len(skipped))), ("first", first.message))
    return Problem(first.where, text, msg.BROKEN_PARTS, values)
