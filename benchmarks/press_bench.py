"""Press-release analysis (issue 5): the sample read into a draft, the first time in a process
(with the Russian language models loading) and warm, and the memory the models take.

    .venv/bin/python benchmarks/press_bench.py [--processes 5] [--warm 9]

The demo is made once into an SQLite file in a temporary folder (deleted afterwards), around
the demo's fixed anchor day, so every run matches against the same records. Each process
imports the package (which loads nothing of natasha), then times its first analysis — model
loading included — and ``--warm`` more; the medians over the processes are reported with the
fastest and slowest, and the growth of the process's peak memory across the first analysis.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SAMPLE = Path(__file__).resolve().parents[1] / ".." / "shared" / "samples"
SAMPLE_FILE = SAMPLE / "krasnoyarsk-kyrgyz-chancery-meeting.ru.txt"
PUBLISHED = date(2024, 4, 11)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_one(url: str, warm: int) -> dict[str, object]:
    """One process's timings: import, first analysis (models loading), warm analyses."""
    started = time.perf_counter()
    from diplotrack.interchange.press import analyse_press_release
    from diplotrack.store.database import open_database

    imported = time.perf_counter() - started
    assert "natasha" not in sys.modules, "the package must not load natasha at import"
    db = open_database(url)
    text = SAMPLE_FILE.read_text(encoding="utf-8")
    with db.sessions() as session:
        before = _peak_mib()
        started = time.perf_counter()
        draft = analyse_press_release(session, text, published=PUBLISHED)
        first = time.perf_counter() - started
        grown = _peak_mib() - before
        warm_times = []
        for _ in range(warm):
            started = time.perf_counter()
            analyse_press_release(session, text, published=PUBLISHED)
            warm_times.append(time.perf_counter() - started)
    db.close()
    new_items = [i.key for i in draft.items() if i.include and i.is_new]
    return {
        "import_s": imported,
        "first_s": first,
        "warm_s": statistics.median(warm_times),
        "peak_growth_mib": grown,
        "new_items": new_items,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--warm", type=int, default=9)
    parser.add_argument("--child", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure_one(args.child, args.warm)))
        return 0

    from diplotrack.demo import fill_demo
    from diplotrack.demo.timeline import ANCHOR
    from diplotrack.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/demo.sqlite3"
        db = open_database(url)
        fill_demo(db, today=ANCHOR)
        db.close()
        runs = []
        for _ in range(args.processes):
            result = subprocess.run(
                [sys.executable, __file__, "--child", url, "--warm", str(args.warm)],
                capture_output=True,
                check=True,
                text=True,
            )
            runs.append(json.loads(result.stdout))
    print(f"Python {platform.python_version()}, {args.processes} processes, {args.warm} warm runs")
    for name, unit, scale in (
        ("import_s", "ms", 1000),
        ("first_s", "ms", 1000),
        ("warm_s", "ms", 1000),
        ("peak_growth_mib", "MiB", 1),
    ):
        values = [float(run[name]) * scale for run in runs]
        print(
            f"{name:16} median {statistics.median(values):8.1f} {unit}  "
            f"fastest {min(values):8.1f}  slowest {max(values):8.1f}"
        )
    print("new items on the demo (should be none):", runs[0]["new_items"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
