"""Start-up to the first painted calendar on 100,000 events, against a bare PySide6 window.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/ui_startup_bench.py [file] [runs]``.
The database file is the one the other UI benchmarks use (``fill_demo(db, events=100_000)``,
made here when missing). Each start is a new Python process, timed by this one from the spawn
to the child's line saying its first paint is done: interpreter, imports, QApplication, window
and (for DiploTrack) reading the month — everything a person waits for before seeing it (on an
SQLite file the month is read with ``sqlite3`` and the database is opened just after the
paint). DiploTrack starts the way the ``diplotrack`` command does (``diplotrack.cli.main``, its
settings, log and cache in a folder of this run, last view "calendar", Russian, office zone
Asia/Krasnoyarsk); the bare window is a QMainWindow with nothing in it, started the same way in
the same run. Both children may cache bytecode (in a folder of this run, filled by a warm-up
start), as an installed program does; the warm-up also leaves DiploTrack's flag copies in the
run's cache folder, as any earlier start would. Each child also reports the CPU time it used to
the paint (steadier than wall time while other work shares the machine); DiploTrack its resident
memory (VmRSS) and peak (VmHWM) then.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The child program is shared with the start-up test, in the tests' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from support.first_paint import first_paint_program

EVENTS = 100_000
DEFAULT_FILE = "/tmp/diplotrack-bench-100k.sqlite3"

BARE = """
import sys
import time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, done)
        return False

def done():
    print("painted", time.process_time(), flush=True)
    app.quit()

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1400, 900)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

# DiploTrack's first paint, in the command's own start, reports what it used and quits.
DIPLOTRACK = first_paint_program(
    """
def report(window):
    import time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    found = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            found[key] = int(value.split()[0]) // 1024
    print("painted", time.process_time(), found["VmRSS"], found["VmHWM"], flush=True)
    QApplication.quit()
""",
    '"sqlite:///" + sys.argv[1]',
)

SETTINGS = """[interface]
language=ru

[office]
zone=Asia/Krasnoyarsk

[window]
view=calendar
"""


def ensure_database(path: Path) -> None:
    if path.exists():
        refuse_old_schema(path)
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


def refuse_old_schema(path: Path) -> None:
    """Stop when the file lacks an index the models declare: a file made before the partial
    indexes of the calendar (added to revision 0001 in place, so never migrated in) reads a month
    ten times slower than a new one, and would measure that instead."""
    import sqlite3

    from diplotrack.domain import Base

    declared = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    missing = sorted(str(name) for name in declared - present)
    if missing:
        raise SystemExit(
            f"{path} was made by an older DiploTrack (no {', '.join(missing)}): "
            "delete it, or name another file, to have one made with the current schema"
        )


def child_environment(folder: Path) -> dict[str, str]:
    """The children's environment: offscreen, bytecode cached in ``folder``, the person's
    settings, log and data folders inside it (the settings file written fresh)."""
    config = folder / "config" / "DiploTrack"
    config.mkdir(parents=True, exist_ok=True)
    (config / "DiploTrack.conf").write_text(SETTINGS, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    for variable, name in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),  # the flags' small copies, made by the warm-up start
    ):
        env[variable] = str(folder / name)
    return env


def start(env: dict[str, str], program: str, *args: str) -> tuple[float, list[str]]:
    """Seconds from spawning a Python running ``program`` to its "painted" line; its words."""
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
    bare_cpu: list[float] = []
    words: list[list[str]] = []
    with tempfile.TemporaryDirectory(prefix="diplotrack-startup-") as folder:
        env = child_environment(Path(folder))
        start(env, BARE)  # fill the bytecode and file caches for both, outside the timing
        start(env, DIPLOTRACK, str(path))
        for _ in range(runs):  # alternate, so both see the same machine
            seconds, said = start(env, BARE)
            bare.append(seconds)
            bare_cpu.append(float(said[0]))
            seconds, said = start(env, DIPLOTRACK, str(path))
            ours.append(seconds)
            words.append(said)
    b, o = statistics.median(bare), statistics.median(ours)
    ours_cpu = [float(said[0]) for said in words]
    rss, peak = ([int(said[i]) for said in words] for i in (1, 2))
    bc, oc = statistics.median(bare_cpu), statistics.median(ours_cpu)
    print(f"database: {path} ({path.stat().st_size / 2**20:.0f} MiB), {runs} runs, medians")
    print(f"bare PySide6 QMainWindow, first paint: {b * 1000:.0f} ms")
    print(f"DiploTrack, first painted calendar:    {o * 1000:.0f} ms  ({o / b:.2f}× the bare)")
    print(f"  all runs: bare {[round(x * 1000) for x in bare]} ms")
    print(f"            ours {[round(x * 1000) for x in ours]} ms")
    print(f"CPU time of the process to the paint: bare {bc * 1000:.0f} ms, DiploTrack")
    print(f"  {oc * 1000:.0f} ms ({oc / bc:.2f}×; steadier than wall time on a busy machine)")
    print(f"DiploTrack memory after the first paint: RSS {statistics.median(rss)} MiB")
    print(f"  (peak {max(peak)} MiB; target under 250 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
