"""Register speed on a 100,000-event database: filtering the events register by a country,
sorting it by each column, and free-text search, each from the input to the repaint.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_registers_bench.py [file]``.
The database file is generated once (``fill_demo(db, events=100_000)``) and reused; it is only
read here.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from diplotrack.demo import fill_demo
from diplotrack.demo.timeline import ANCHOR as DEMO_DAY
from diplotrack.domain.filters import RecordFilter
from diplotrack.store.database import open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.registers import RegisterView

EVENTS = 100_000
ROUNDS = 7
COUNTRIES = ("KG", "CN", "KZ", "DE", "TR")
TEXTS = ("Джалал-Абаде", "Кабаева", "конференция", "Bishkek", "побратимы")


def _timed(view: RegisterView, action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    view.table.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def _report(name: str, times: list[float], target: float | None) -> None:
    median = statistics.median(times)
    verdict = "" if target is None else ("ok" if median < target else "MISSED")
    goal = "—" if target is None else f"{target:.0f}"
    print(f"| {name} | {median:.0f} | {max(times):.0f} | {goal} | {verdict} |")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/diplotrack-bench-100k.sqlite3")
    fresh = not path.exists()
    db = open_database(f"sqlite:///{path}")
    if fresh:
        fill_demo(db, events=EVENTS, today=DEMO_DAY)  # the same rows whatever the day
    context = AppContext(db, language="ru", zone=ZoneInfo("Asia/Krasnoyarsk"))
    view = RegisterView(context, "event")
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    print(f"database: {view.model.total} events\n")
    print("| action (events register) | median ms | worst ms | target ms | |")
    print("|---|---|---|---|---|")

    by_country: list[float] = []
    for _ in range(ROUNDS):
        for code in COUNTRIES:
            flt = RecordFilter(countries=(code,))
            by_country.append(_timed(view, lambda flt=flt: context.set_filter(flt)))
            context.set_filter(RecordFilter())
    _report("filter by one country", by_country, 150)

    two = RecordFilter(countries=("KG", "CN"))
    _report(
        "filter by two countries",
        [
            _timed(view, lambda: (context.set_filter(RecordFilter()), context.set_filter(two))[0])
            for _ in range(ROUNDS)
        ],
        150,
    )

    for filtered in (RecordFilter(), RecordFilter(countries=("KG",))):
        context.set_filter(filtered)
        where = "KG" if filtered.countries else "all"
        for column in range(view.model.columnCount()):
            if not view.model.is_sortable(column):
                continue
            name = view.model.columns[column].header
            times = []
            for round_number in range(ROUNDS):
                order = (
                    Qt.SortOrder.DescendingOrder
                    if round_number % 2
                    else Qt.SortOrder.AscendingOrder
                )
                times.append(_timed(view, lambda c=column, o=order: view.model.sort(c, o)))
            _report(f"sort by {name} ({where})", times, 150)
        view.model.sort(0, Qt.SortOrder.DescendingOrder)

    context.set_filter(RecordFilter())
    searches: list[float] = []
    for _ in range(ROUNDS):
        for text in TEXTS:
            flt = RecordFilter(text=text)
            searches.append(_timed(view, lambda flt=flt: context.set_filter(flt)))
            context.set_filter(RecordFilter())
    _report("free-text search", searches, 100)

    scroll: list[float] = []
    for _ in range(ROUNDS):
        scroll.append(_timed(view, view.model.fetchMore))
    _report("next page of 200 rows (scrolling)", scroll, None)

    # the count for "Events: N" runs from the event loop after the rows are painted
    counts: list[float] = []
    for code in COUNTRIES:
        context.set_filter(RecordFilter(countries=(code,)))
        started = time.perf_counter()
        view.model._recount()
        counts.append((time.perf_counter() - started) * 1000)
    _report("count after the repaint (one country)", counts, None)
    db.close()


if __name__ == "__main__":
    main()
