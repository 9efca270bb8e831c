"""Calendar speed on a 100,000-event database: switching periods, key press to finished repaint.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_calendar_bench.py [file]``.
The database file is generated once (``fill_demo(db, events=100_000)``, ``bench_file.py``) and
reused; a file made before the calendar's partial indexes existed is refused (delete it, or name
another file, to make a new one).

Every timing runs from sending the key to the focused view to the end of a synchronous repaint
(``QApplication.processEvents()`` then ``widget.repaint()``). "Settled" switches let the reads
ahead finish between two switches, outside the timing (``loader.wait()`` + processing the queued
results) — a person reading the screen for a moment. "Held key" switches follow each other with
no pause, so a read ahead may still be under way (or not started) when the next key arrives.
"Not kept" jumps go each time to a month read neither before nor ahead: the synchronous path.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from functools import partial
from zoneinfo import ZoneInfo

from bench_file import bench_path, load_average, memory, open_bench_database
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from diplotrack.store.database import Database
from diplotrack.store.queries.calendar import calendar_items
from diplotrack.store.queries.registers import count_events
from diplotrack.ui.context import AppContext
from diplotrack.ui.views.calendar.layout import Mode, period_days, query_range
from diplotrack.ui.views.calendar.view import CalendarView

ROUNDS = 20
REPEAT = 1 / 30  # a held key's auto-repeat rate: 30 presses a second
HOME = ZoneInfo("Asia/Krasnoyarsk")
ANCHOR = date(2024, 4, 10)
NONE = Qt.KeyboardModifier.NoModifier
CONTROL = Qt.KeyboardModifier.ControlModifier


def _press(view: CalendarView, key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
    target = view.focusWidget() or view
    QApplication.sendEvent(target, QKeyEvent(QKeyEvent.Type.KeyPress, key, modifiers))


def _timed(view: CalendarView, action: Callable[[], None]) -> float:
    started = time.perf_counter()
    action()
    QApplication.processEvents()
    view.repaint()
    return (time.perf_counter() - started) * 1000


def _settle(view: CalendarView, pause: float = 0.1) -> None:
    """A person looking at the screen for ``pause`` seconds: timers fire, reads ahead finish."""
    until = time.perf_counter() + pause
    while time.perf_counter() < until:
        QApplication.processEvents()
        time.sleep(0.002)
    if pause >= 0.1:
        view.loader.wait()
        view.loader.deliver()


def _switches(
    view: CalendarView, keys: list[tuple[Qt.Key, Qt.KeyboardModifier]], settle: bool
) -> tuple[list[float], int]:
    """Times each key in turn; returns the times and the synchronous reads they needed.

    Without ``settle`` the keys come as from a held key's auto-repeat, one every
    ``REPEAT`` seconds, or at once when a switch took longer than that."""
    reads = view.loader.reads
    times = []
    for key, modifiers in keys:
        pressed = time.perf_counter()
        times.append(_timed(view, partial(_press, view, key, modifiers)))
        if settle:
            _settle(view)
        else:
            _settle(view, pause=REPEAT - (time.perf_counter() - pressed))
    return times, view.loader.reads - reads


def _start(view: CalendarView, mode: Mode) -> None:
    view.set_mode(mode)
    view.go_to(ANCHOR)
    view._focus_target().setFocus()
    _settle(view)


def _query_times(db: Database, days: list[date]) -> list[float]:
    start, end = query_range(days, HOME)
    times = []
    for _ in range(ROUNDS + 1):
        with db.session() as session:
            started = time.perf_counter()
            calendar_items(session, start, end)
            times.append((time.perf_counter() - started) * 1000)
    return times[1:]  # the first one parses the recurring series


def _line(name: str, times: list[float], reads: int | None = None) -> str:
    tail = "" if reads is None else f", {reads} synchronous reads"
    return (
        f"{name}: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms "
        f"over {len(times)}{tail}"
    )


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_bench_database(bench_path(sys.argv))
    context = AppContext(db, language="ru", zone=HOME)
    with db.session() as session:
        total = count_events(session, context.filter)
    print(f"database: {total} events, load average {load_average()}")
    month_days = period_days(Mode.MONTH, ANCHOR, 1)
    print(_line("calendar_items, month view range", _query_times(db, month_days)))
    print(_line("calendar_items, week range", _query_times(db, period_days(Mode.WEEK, ANCHOR, 1))))

    view = CalendarView(context)
    view.resize(1280, 860)
    view.show()
    app.processEvents()
    page_down, page_up = (Qt.Key.Key_PageDown, NONE), (Qt.Key.Key_PageUp, NONE)
    to_week, to_month = (Qt.Key.Key_2, CONTROL), (Qt.Key.Key_1, CONTROL)
    runs: list[tuple[str, Mode, list[tuple[Qt.Key, Qt.KeyboardModifier]], bool]] = [
        ("settled: month → next month (PgDn)", Mode.MONTH, [page_down] * ROUNDS, True),
        ("settled: month ↔ week (Ctrl+2 / Ctrl+1)", Mode.MONTH, [to_week, to_month] * ROUNDS, True),
        ("settled: week → next week (PgDn)", Mode.WEEK, [page_down] * ROUNDS, True),
        ("held key: month → next month (PgDn)", Mode.MONTH, [page_down] * ROUNDS, False),
        ("held key: month → previous month (PgUp)", Mode.MONTH, [page_up] * ROUNDS, False),
        ("held key: week → next week (PgDn)", Mode.WEEK, [page_down] * ROUNDS, False),
        ("held key: month ↔ week", Mode.MONTH, [to_week, to_month] * ROUNDS, False),
    ]
    for name, mode, keys, settle in runs:
        _start(view, mode)
        times, reads = _switches(view, keys, settle)
        print(_line(name, times, reads))

    _start(view, Mode.MONTH)
    reads, times = view.loader.reads, []
    for number in range(ROUNDS):  # every other month of 2021–2024: none read yet
        day = date(2021 + number // 6, 1 + 2 * (number % 6), 15)
        times.append(_timed(view, partial(view.go_to, day)))
        view.loader.forget()  # so the next jump's month is not read ahead either
        view.loader.wait()
    print(_line("not kept: jump to another month (month view)", times, view.loader.reads - reads))
    print(f"items in April 2024's month view range: {_april(db)}")
    view.loader.wait()
    print(f"load average afterwards {load_average()}; {memory()}")
    db.close()


def _april(db: Database) -> int:
    start, end = query_range(period_days(Mode.MONTH, ANCHOR, 1), HOME)
    with db.session() as session:
        return len(calendar_items(session, start, end))


if __name__ == "__main__":
    started = datetime.now()
    main()
    print(f"(run took {(datetime.now() - started).total_seconds():.0f} s)")
