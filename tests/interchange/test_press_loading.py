"""The Russian models load on the first analysis, never at import, and analyses running in
several threads at once (each with its own session) give the same draft."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

from press_kit import PUBLISHED, sample_text

from diplotrack.interchange.press import Draft, analyse_press_release, warm_up
from diplotrack.store.database import Database


def test_importing_the_package_loads_no_language_model() -> None:
    probe = (
        "import sys, diplotrack.interchange.press, diplotrack.services.drafts; "
        "print(sorted(m for m in ('natasha', 'slovnet', 'navec', 'pymorphy2') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=600
    )
    assert result.stdout.strip() == "[]"


def test_analyses_in_threads_agree(sqlite_database: Database) -> None:
    warm_up()  # as the window's worker does; the analyses then share the loaded models

    def analyse(_: int) -> Draft:
        with sqlite_database.sessions() as session:
            return analyse_press_release(session, sample_text(), published=PUBLISHED)

    with ThreadPoolExecutor(max_workers=4) as pool:
        drafts = list(pool.map(analyse, range(8)))
    first = drafts[0].to_object()
    assert first["items"], "the sample gives items"
    assert all(d.to_object() == first for d in drafts[1:])
