"""Importing a register from a spreadsheet or CSV file in one transaction, with progress and cancel.

Bad rows: the dry run (and ``check_rows``, the window's preview) lists every one with its row,
column and what is wrong. The real import, by default (``accept_partial=True``, what the person
accepts after seeing the preview), imports the good rows and lists the bad ones in
``report.skipped``; with ``accept_partial=False`` one bad row refuses the whole file, listing
the same problems. A file that cannot be read at all, or whose columns match nothing, is
refused. A refusal, a cancel (``ImportCancelled`` is raised) and a database error change
nothing: everything is written in one transaction, committed only at the end.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Protocol

from sqlalchemy.exc import DBAPIError

from diplotrack.domain import KnownError
from diplotrack.store.database import Database

from ..report import ImportCancelled, ImportReport, Problem, Progress, Where, no_progress
from . import messages as msg
from .checking import RowCheck, check_table
from .lookups import Lookups
from .mapping import TableMapping, guess_mapping
from .plan_places import PlacesPlan, SisterCitiesPlan
from .plan_records import AgreementsPlan, EventsPlan, OrganizationsPlan, PeoplePlan
from .reading import read_table
from .writing import BulkWriter


class Plan(Protocol):
    def add(self, check: RowCheck) -> None: ...

    def write(self, writer: BulkWriter) -> None: ...


def import_register(
    db: Database,
    path: Path,
    *,
    mapping: TableMapping | None = None,
    dry_run: bool = False,
    accept_partial: bool = True,
    progress: Progress = no_progress,
    today: date | None = None,
) -> ImportReport:
    """Import the register in ``path`` (.xlsx, .csv, .tsv) through ``mapping`` (guessed from the
    headings when None). ``report.created``/``unchanged`` count records by register name
    ("places", "agreements", …); a dry run counts what would be created and writes nothing.
    ``progress(done, total)`` is called as rows are checked and written; returning False
    cancels (``ImportCancelled``, nothing changed). ``today`` decides whether an event with no
    status was held or is planned (default: the computer's date)."""
    report = ImportReport(source=path.name, file_format=_format_of(path), dry_run=dry_run)
    try:
        table = read_table(path)
        report.file_format = table.file_format
        mapping = mapping or guess_mapping(table)
        with db.session() as session:
            lookups = Lookups(session)
            total = 2 * len(table.rows) + 1
            checks = check_table(session, table, mapping, lookups, progress, total=total)
            report.skipped = [problem for check in checks for problem in check.problems]
            bad_rows = sum(not check.ok for check in checks)
            if bad_rows and not accept_partial:
                report.refused = msg.problem(
                    Where(), msg.ROWS_REFUSED, count=bad_rows, total=len(checks)
                )
                return report
            plan = _plan(mapping.register, lookups, report, today or date.today())
            for check in checks:
                if check.ok:
                    plan.add(check)
            if dry_run:
                return report
            if not progress(len(table.rows), total):
                raise ImportCancelled()
            writer = BulkWriter(session)
            plan.write(writer)
            if not progress(2 * len(table.rows), total):
                raise ImportCancelled()
            writer.finish()
            session.commit()
            progress(total, total)
    except KnownError as error:
        report.refused = Problem(
            Where(),
            error.message,
            error.template,
            tuple((name, str(value)) for name, value in error.values.items()),
        )
        report.created.clear()
        report.unchanged.clear()
    except DBAPIError as error:
        report.refused = msg.problem(Where(), msg.STORAGE, detail=error.orig)
        report.created.clear()
        report.unchanged.clear()
    return report


def _plan(register: str, lookups: Lookups, report: ImportReport, today: date) -> Plan:
    if register == "events":
        return EventsPlan(lookups, report, today=today)
    plans: dict[str, type[PlacesPlan | SisterCitiesPlan | OrganizationsPlan | PeoplePlan]] = {
        "places": PlacesPlan,
        "sister_cities": SisterCitiesPlan,
        "organizations": OrganizationsPlan,
        "people": PeoplePlan,
    }
    if register == "agreements":
        return AgreementsPlan(lookups, report)
    return plans[register](lookups, report)


def _format_of(path: Path) -> str:
    return "xlsx" if path.suffix.lower() in {".xlsx", ".xlsm"} else "csv"
