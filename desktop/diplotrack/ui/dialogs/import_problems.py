"""What an import found and did, said in the interface language: where a problem is, what it
is, and the counts of records created, updated and left unchanged."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from diplotrack.interchange.report import ImportReport, Problem, Where
from diplotrack.services.changes import Changes, RecordRef

from ..formatting import locale_for
from ..labels import RECORD_NAMES, record_name

# The engines count records under plural names ("events"); the window's names are keyed by
# record kind.
REPORT_KINDS: dict[str, str] = {
    "events": "event",
    "delegations": "delegation",
    "agreements": "agreement",
    "followups": "followup",
    "people": "person",
    "persons": "person",
    "organizations": "organization",
    "places": "place",
    "countries": "country",
}


def record_kind(counted: str) -> str | None:
    """The record kind ("event") an engine's count ("events") is about; None if unknown."""
    if counted in RECORD_NAMES:
        return counted
    return REPORT_KINDS.get(counted)


def where_text(where: Where) -> str:
    """'line 12', 'row 4, column «Дата»' in the interface language ("строка 4, столбец
    «Дата»"); the component as the file names it (its name and UID are the file's words)."""
    parts: list[str] = []
    # a table's row is what a spreadsheet shows; its text line only when there is no row
    if where.row is not None:
        parts.append(
            QCoreApplication.translate("ImportReport", "row %1").replace("%1", str(where.row))
        )
    elif where.line is not None:
        parts.append(
            QCoreApplication.translate("ImportReport", "line %1").replace("%1", str(where.line))
        )
    if where.column:
        parts.append(
            QCoreApplication.translate("ImportReport", "column «%1»").replace("%1", where.column)
        )
    if where.component:
        parts.append(where.component)
    return ", ".join(parts)


def problem_message(problem: Problem) -> str:
    """What is wrong, translated like ``operations.translated_message`` does a KnownError."""
    if problem.template is None:
        return problem.message
    try:
        return QCoreApplication.translate("messages", problem.template).format(
            **dict(problem.values)
        )
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return problem.message


def problem_text(problem: Problem) -> str:
    """'row 4, column «Дата»: …' — where, then what."""
    where = where_text(problem.where)
    message = problem_message(problem)
    return f"{where}: {message}" if where else message


def refusal_text(report: ImportReport) -> str:
    """Why the file was refused, in the interface language, the first broken part included
    (the engines put it in the refusal as English text; the report still has the part)."""
    refused = report.refused
    if refused is None:
        return ""
    values = dict(refused.values)
    if "first" in values and report.skipped:
        # the refusal is told where the first part is: that part's own place is not repeated
        first = report.skipped[0]
        values["first"] = (
            problem_message(first) if first.where == refused.where else problem_text(first)
        )
        refused = replace(refused, values=tuple(values.items()))
    return problem_text(refused)


def counts_text(counts: Counter[str], language: str) -> str:
    """'Events: 12, places: 3' — each kind counted, in the interface language."""
    locale = locale_for(language)
    parts: list[str] = []
    for counted, number in sorted(counts.items()):
        if number <= 0:
            continue
        kind = record_kind(counted)
        name = record_name(kind, plural=True) if kind else counted
        # after "Created:", a kind's name is a word inside the sentence
        parts.append(f"{name[:1].lower()}{name[1:]}: {locale.toString(number)}")
    return ", ".join(parts) if parts else QCoreApplication.translate("ImportReport", "none")


def report_summary(
    report: ImportReport, language: str, *, skipped: bool = True
) -> list[tuple[str, str]]:
    """The report as (heading, text) lines: created, updated, unchanged, and (unless
    ``skipped`` is False) how many problems were skipped."""
    locale = locale_for(language)
    lines = [
        (
            QCoreApplication.translate("ImportReport", "Would be created")
            if report.dry_run
            else QCoreApplication.translate("ImportReport", "Created"),
            counts_text(report.created, language),
        ),
        (
            QCoreApplication.translate("ImportReport", "Would be updated")
            if report.dry_run
            else QCoreApplication.translate("ImportReport", "Updated"),
            counts_text(report.updated, language),
        ),
        (
            QCoreApplication.translate("ImportReport", "Unchanged"),
            counts_text(report.unchanged, language),
        ),
    ]
    if skipped:
        lines.append(
            (
                QCoreApplication.translate("ImportReport", "Skipped"),
                locale.toString(len(report.skipped)),
            )
        )
    return lines


def report_changes(report: ImportReport) -> Changes:
    """What the import changed, for every open view to re-read: the engines count records by
    kind without ids, so each kind touched is announced as a whole (like the demo filling)."""
    created = {record_kind(counted) for counted, number in report.created.items() if number > 0}
    updated = {record_kind(counted) for counted, number in report.updated.items() if number > 0}
    return Changes(
        created=frozenset(RecordRef(kind, 0) for kind in created if kind),
        updated=frozenset(RecordRef(kind, 0) for kind in updated if kind),
    )
