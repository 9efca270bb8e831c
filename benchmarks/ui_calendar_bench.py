"""Calendar speed on a 100,000-event database: switching month and week, key press to repaint.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_calendar_bench.py [file]``.
The database file is generated once (``fill_demo(db, events=100_000)``) and reused.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from diplotrack.demo import fill_demo
from diplotrack.store.database import open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.calendar.layout import Mode
from diplotrack.ui.views.calendar.view import CalendarView

EVENTS = 100_000
ROUNDS = 20
# PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void method
# (None is not immortal before 3.12), so long painting runs die in none_dealloc. Holding many
# references keeps this measurement alive; it is no fix (see docs/performance.md).
_NONE_BALLAST = [None] * 50_000_000


def _press(widget: CalendarView, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    target = widget.focusWidget() or widget
    QApplication.sendEvent(target, QKeyEvent(QKeyEvent.Type.KeyPress, key, modifiers))


def _timed(view: CalendarView, action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    view.repaint()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/diplotrack-bench-100k.sqlite3")
    fresh = not path.exists()
    db = open_database(f"sqlite:///{path}")
    if fresh:
        fill_demo(db, events=EVENTS)
    context = AppContext(db, language="ru", zone=ZoneInfo("Asia/Krasnoyarsk"))
    view = CalendarView(context)
    view.resize(1280, 860)
    view.show()
    view.go_to(date(2024, 4, 10))
    view.month.setFocus()
    app.processEvents()
    with db.session() as session:
        from diplotrack.store.queries.registers import count_events

        total = count_events(session, context.filter)
    results: dict[str, list[float]] = {"month → next month (PgDn)": [], "month ↔ week": []}
    control = Qt.KeyboardModifier.ControlModifier
    none = Qt.KeyboardModifier.NoModifier
    for _ in range(ROUNDS):
        results["month → next month (PgDn)"].append(
            _timed(view, lambda: _press(view, Qt.Key.Key_PageDown, none))
        )
    view.go_to(date(2024, 4, 10))
    for _ in range(ROUNDS):
        results["month ↔ week"].append(_timed(view, lambda: _press(view, Qt.Key.Key_2, control)))
        results["month ↔ week"].append(_timed(view, lambda: _press(view, Qt.Key.Key_1, control)))
    assert view.mode is Mode.MONTH
    print(f"database: {total} events, {len(view.shown.items)} items in the last month shown")
    for name, times in results.items():
        print(
            f"{name}: median {statistics.median(times):.1f} ms, "
            f"worst {max(times):.1f} ms over {len(times)} switches"
        )
    db.close()


if __name__ == "__main__":
    main()
