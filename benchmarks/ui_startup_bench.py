"""Start-up to the first painted calendar on 100,000 events, against a bare PySide6 window.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_startup_bench.py [file] [runs]``.
The database file is the one the other UI benchmarks use (``fill_demo(db, events=100_000)``,
made here when missing). Each start is a new Python process, timed by this one from the spawn
to the child's line saying its first paint is done: interpreter, imports, QApplication, window
and (for DiploTrack) opening the database and reading the month — everything a person waits
for. The bare window is a QMainWindow with nothing in it, started the same way in the same run.
The DiploTrack child also reports its resident memory (VmRSS) and peak (VmHWM) after the paint.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EVENTS = 100_000
DEFAULT_FILE = "/tmp/diplotrack-bench-100k.sqlite3"

BARE = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def done():
    print("painted", flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

DIPLOTRACK = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def memory():
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) // 1024
    return found

def done():
    found = memory()
    print("painted", found["VmRSS"], found["VmHWM"], flush=True)
    app.quit()

from diplotrack.ui.app import application, use_language
from diplotrack.ui.context import AppContext
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.store.database import open_database

app = application()
QCoreApplication.setOrganizationName("DiploTrackBench")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
settings = Settings()
settings.last_view = "calendar"  # the office opens on its calendar
use_language("ru")
db = open_database(f"sqlite:///{sys.argv[1]}")
window = MainWindow(AppContext(db, language="ru", zone=settings.zone), settings=settings)
spy = FirstPaint()
window.views["calendar"].month.installEventFilter(spy)
window.show()
app.exec()
db.close()
"""


def ensure_database(path: Path) -> None:
    if path.exists():
        return
    from diplotrack.demo import fill_demo
    from diplotrack.demo.timeline import ANCHOR
    from diplotrack.store.database import open_database

    print(f"making {path} with {EVENTS:,} events (a few minutes)…", flush=True)
    db = open_database(f"sqlite:///{path}")
    try:
        fill_demo(db, events=EVENTS, today=ANCHOR)  # the same rows whatever the day
    finally:
        db.close()


def start(program: str, *args: str) -> tuple[float, list[str]]:
    """Seconds from spawning a Python running ``program`` to its "painted" line; its words."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", program, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - began
            child.wait(timeout=60)
            return elapsed, line.split()[1:]
    child.wait(timeout=60)
    raise RuntimeError(f"the child ended without painting (exit code {child.returncode})")


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT_FILE)
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    ensure_database(path)
    bare: list[float] = []
    ours: list[float] = []
    rss: list[int] = []
    peak: list[int] = []
    with tempfile.TemporaryDirectory(prefix="diplotrack-startup-") as settings_folder:
        start(BARE)  # warm the file cache for both, outside the timing
        start(DIPLOTRACK, str(path), settings_folder)
        for _ in range(runs):  # alternate, so both see the same machine
            bare.append(start(BARE)[0])
            seconds, words = start(DIPLOTRACK, str(path), settings_folder)
            ours.append(seconds)
            rss.append(int(words[0]))
            peak.append(int(words[1]))
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"database: {path} ({path.stat().st_size / 2**20:.0f} MiB), {runs} runs, medians")
    print(f"bare PySide6 QMainWindow, first paint: {b * 1000:.0f} ms")
    print(f"DiploTrack, first painted calendar:    {o * 1000:.0f} ms  ({o / b:.2f}× the bare)")
    print(f"  all runs: bare {[round(x * 1000) for x in bare]} ms")
    print(f"            ours {[round(x * 1000) for x in ours]} ms")
    print(f"DiploTrack memory after the first paint: RSS {statistics.median(rss)} MiB")
    print(f"  (peak {max(peak)} MiB; target under 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
