"""Register speed on a 100,000-event database: filtering the events register by a country,
sorting it by each column, and free-text search, each from the input to the repaint.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_registers_bench.py [file]``.
The database file is generated once (``fill_demo(db, events=100_000)``, ``bench_file.py``) and
reused; it is only read here, and refused when made before the schema's current indexes.

The count ("Events: N") is read in a thread of its own after the rows are painted; after each
timed action the benchmark waits for it outside the timing (a person reading the screen), so an
action never competes with the previous one's count. How long the count takes to appear, from
the input, is measured on its own.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bench_file import bench_path, load_average, memory, open_bench_database
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from diplotrack.domain.filters import RecordFilter
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.registers import RegisterView

ROUNDS = 7
COUNTRIES = ("KG", "CN", "KZ", "DE", "TR")
TEXTS = ("Джалал-Абаде", "Кабаева", "конференция", "Bishkek", "побратимы")


def _settle(view: RegisterView) -> None:
    """Lets the count behind the rows arrive (outside any timing)."""
    QApplication.processEvents()
    view.model._counter.wait()
    view.model._counter.deliver()
    QApplication.processEvents()


def _timed(view: RegisterView, action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    view.table.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    _settle(view)
    return elapsed


def _until_counted(view: RegisterView, action: Callable[[], None]) -> float:
    """Milliseconds from the input to the count shown ("Events: N"), the event loop running."""
    arrived: list[float] = []
    view.model.counted.connect(lambda _total: arrived.append(time.perf_counter()))
    started = time.perf_counter()
    action()
    while not arrived:
        QApplication.processEvents()
        time.sleep(0.0005)
    view.model.counted.disconnect()
    view.model.counted.connect(view._show_count)
    return (arrived[0] - started) * 1000


def _report(name: str, times: list[float], target: float | None) -> None:
    median = statistics.median(times)
    verdict = "" if target is None else ("ok" if median < target else "MISSED")
    goal = "—" if target is None else f"{target:.0f}"
    print(f"| {name} | {median:.0f} | {max(times):.0f} | {goal} | {verdict} |")


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_bench_database(bench_path(sys.argv))
    context = AppContext(db, language="ru", zone=ZoneInfo("Asia/Krasnoyarsk"))
    view = RegisterView(context, "event")
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    print(f"database: {view.model.total} events, load average {load_average()}\n")
    print("| action (events register) | median ms | worst ms | target ms | |")
    print("|---|---|---|---|---|")

    by_country: list[float] = []
    for _ in range(ROUNDS):
        for code in COUNTRIES:
            flt = RecordFilter(countries=(code,))
            by_country.append(_timed(view, lambda flt=flt: context.set_filter(flt)))
            context.set_filter(RecordFilter())
            _settle(view)
    _report("filter by one country", by_country, 150)

    two = RecordFilter(countries=("KG", "CN"))
    by_two: list[float] = []
    for _ in range(ROUNDS):
        by_two.append(_timed(view, lambda: context.set_filter(two)))
        context.set_filter(RecordFilter())
        _settle(view)
    _report("filter by two countries", by_two, 150)

    for filtered in (RecordFilter(), RecordFilter(countries=("KG",))):
        context.set_filter(filtered)
        _settle(view)
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
    _settle(view)
    by_text: dict[str, list[float]] = {text: [] for text in TEXTS}
    for _ in range(ROUNDS):
        for text in TEXTS:
            flt = RecordFilter(text=text)
            by_text[text].append(_timed(view, lambda flt=flt: context.set_filter(flt)))
            context.set_filter(RecordFilter())
            _settle(view)
    _report("free-text search", [t for times in by_text.values() for t in times], 100)
    for text, times in by_text.items():
        _report(f"free-text search: {text}", times, 100)

    scroll: list[float] = []
    for _ in range(ROUNDS):
        scroll.append(_timed(view, view.model.fetchMore))
    _report("next page of 200 rows (scrolling)", scroll, None)

    # the count for "Events: N" is read in the background once the rows are painted
    for name, filters in (
        ("one country", [RecordFilter(countries=(code,)) for code in COUNTRIES]),
        ("free text", [RecordFilter(text=text) for text in TEXTS]),
    ):
        counts: list[float] = []
        for flt in filters:
            context.set_filter(RecordFilter())
            _settle(view)
            counts.append(_until_counted(view, lambda flt=flt: context.set_filter(flt)))
        _report(f"input to the count shown ({name}, background)", counts, None)
    print(f"\nload average afterwards {load_average()}; {memory()}")
    db.close()


if __name__ == "__main__":
    main()
