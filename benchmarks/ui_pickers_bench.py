"""Picker speed on a 100,000-event database: each keystroke typed into a people, organizations,
places, countries or events picker, from the key to the repainted list of suggestions.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_pickers_bench.py [file]``.
The database file is the one ``ui_registers_bench.py`` generates; it is only read here.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from diplotrack.demo import fill_demo
from diplotrack.demo.timeline import ANCHOR as DEMO_DAY
from diplotrack.store.database import open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.widgets.pickers import RecordPicker

EVENTS = 100_000
ROUNDS = 5
TARGET_MS = 30.0  # a keystroke answered within two frames feels immediate
WORDS = {
    "person": ("Кабаева", "Loginov", "Иманали"),
    "organization": ("Посольство", "Chancery", "автономия"),
    "place": ("Джалал-Абад", "Bishkek", "Красноярск"),
    "country": ("Киргизия", "Kazakh", "KG"),
    "event": ("конференция", "Встреча", "robotics"),
}


def _press(widget: QWidget, char: str) -> None:
    key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            widget, QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, char)
        )


def _keystrokes(picker: RecordPicker, word: str) -> list[float]:
    """Milliseconds per key of ``word`` typed into an empty picker, popup repainted."""
    popup = picker.completer_.popup()
    assert popup is not None
    picker.clear()
    QApplication.processEvents()
    times = []
    for char in word:
        started = time.perf_counter()
        _press(picker, char)
        QApplication.processEvents()
        if popup.isVisible():
            popup.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
    popup.hide()
    return times


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/diplotrack-bench-100k.sqlite3")
    fresh = not path.exists()
    db = open_database(f"sqlite:///{path}")
    if fresh:
        fill_demo(db, events=EVENTS, today=DEMO_DAY)
    context = AppContext(db, language="ru", zone=ZoneInfo("Asia/Krasnoyarsk"))
    print("| picker | words typed | median ms/key | slowest key ms | target | |")
    print("|---|---|---|---|---|---|")
    for kind, words in WORDS.items():
        picker = RecordPicker(context, kind)
        picker.resize(400, 28)
        picker.show()
        picker.setFocus()
        app.processEvents()
        _keystrokes(picker, words[0])  # warm: statements compiled, pages in the cache
        times = [t for _ in range(ROUNDS) for word in words for t in _keystrokes(picker, word)]
        median, slowest = statistics.median(times), max(times)
        verdict = "ok" if median < TARGET_MS else "MISSED"
        print(
            f"| {kind} | {', '.join(words)} | {median:.1f} | {slowest:.1f} "
            f"| {TARGET_MS:.0f} | {verdict} |"
        )
        picker.close()
    db.close()


if __name__ == "__main__":
    main()
