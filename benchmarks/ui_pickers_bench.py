"""Picker speed on a 100,000-event database: words typed key by key into a people,
organizations, places, countries or events picker at a quick typist's pace, measuring what the
person feels — how long each key holds the window, the longest the window is held at once while
typing, and how long after the word's last key its suggestions are on screen.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_pickers_bench.py [file]``.
The database file is the one ``ui_registers_bench.py`` uses (``bench_file.py``); it is only read
here. Pickers over big tables search in a thread of their own from the second letter
(``ui/widgets/picker_search.py``); countries are searched in the window's thread at each key.
"""

from __future__ import annotations

import statistics
import sys
import time
from zoneinfo import ZoneInfo

from bench_file import bench_path, load_average, memory, open_bench_database
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from diplotrack.ui.context import AppContext
from diplotrack.ui.widgets.pickers import RecordPicker

ROUNDS = 5
PACE = 0.1  # seconds between two keys: ten keys a second, a quick typist
TARGET_MS = 30.0  # a keystroke answered within two frames feels immediate
WAIT_LIMIT = 5.0  # seconds to wait for a word's suggestions before calling it lost
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


def _run_loop(stalls: list[float]) -> None:
    """One turn of the event loop, its length kept: the window is held while it runs."""
    started = time.perf_counter()
    QApplication.processEvents()
    stalls.append((time.perf_counter() - started) * 1000)


def _shown(picker: RecordPicker) -> bool:
    popup = picker.completer_.popup()
    assert popup is not None
    rows = picker.suggestions.rowCount()
    return picker.suggestions_current() and (rows == 0 or popup.isVisible())


def _type_word(picker: RecordPicker, word: str) -> tuple[list[float], list[float], float]:
    """Types ``word`` into the emptied picker at ``PACE``; returns the milliseconds each key
    held the window, every turn of the event loop meanwhile, and the time from the last key to
    the word's suggestions on screen."""
    picker.clear()
    picker.searcher.wait()
    picker.searcher.drop()
    QApplication.processEvents()
    keys: list[float] = []
    stalls: list[float] = []
    last_key = time.perf_counter()
    for number, char in enumerate(word, start=1):
        last_key = time.perf_counter()
        _press(picker, char)
        _run_loop(stalls)
        keys.append((time.perf_counter() - last_key) * 1000)
        if number == len(word):
            break
        while time.perf_counter() < last_key + PACE:
            _run_loop(stalls)
            time.sleep(0.001)
    while not _shown(picker):
        if time.perf_counter() - last_key > WAIT_LIMIT:
            raise SystemExit(f"{picker.kind}: no suggestions for {word!r} after {WAIT_LIMIT} s")
        time.sleep(0.0005)
        _run_loop(stalls)
    shown = (time.perf_counter() - last_key) * 1000
    popup = picker.completer_.popup()
    assert popup is not None
    popup.hide()
    return keys, stalls, shown


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_bench_database(bench_path(sys.argv))
    context = AppContext(db, language="ru", zone=ZoneInfo("Asia/Krasnoyarsk"))
    print(f"load average {load_average()}, a key every {PACE} s\n")
    print(
        "| picker | words typed | key, median ms | key, slowest ms | window held at most ms "
        "| last key → suggestions, median ms | slowest ms |"
    )
    print("|---|---|---|---|---|---|---|")
    for kind, words in WORDS.items():
        picker = RecordPicker(context, kind)
        picker.resize(400, 28)
        picker.show()
        picker.setFocus()
        app.processEvents()
        _type_word(picker, words[0])  # warm: statements compiled, pages in the cache
        keys: list[float] = []
        stalls: list[float] = []
        shown: list[float] = []
        for _ in range(ROUNDS):
            for word in words:
                word_keys, word_stalls, word_shown = _type_word(picker, word)
                keys += word_keys
                stalls += word_stalls
                shown.append(word_shown)
        print(
            f"| {kind} | {', '.join(words)} | {statistics.median(keys):.1f} | {max(keys):.1f} "
            f"| {max(stalls):.1f} | {statistics.median(shown):.0f} | {max(shown):.0f} |"
        )
        picker.searcher.wait()
        picker.close()
    print(f"\ntarget: a key answered within {TARGET_MS:.0f} ms (two frames)")
    print(f"load average afterwards {load_average()}; {memory()}")
    db.close()


if __name__ == "__main__":
    main()
