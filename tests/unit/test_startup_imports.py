"""What a start of the window loads before its first paint: nothing the calendar does not need
(SQLAlchemy itself on a start from a current SQLite file, spreadsheets, calendars, language
models, briefings, migrations).

Each check runs in a new Python process, so what this test session imported does not count.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from diplotrack.demo import fill_demo
from diplotrack.store.database import Database
from support.first_paint import first_paint_program

# Loaded later, when a person asks for them (or never, on SQLite). SQLAlchemy loads right after
# the first paint: the first month is read with the sqlite3 module.
NOT_AT_START = (
    "sqlalchemy",
    "psycopg",
    "alembic",
    "openpyxl",
    "charset_normalizer",
    "icalendar",
    "natasha",
    "snowballstemmer",
    "diplotrack.briefing",
    "diplotrack.demo",
    "diplotrack.interchange.ical",
    "diplotrack.interchange.tables",
    "diplotrack.interchange.press",
    "diplotrack.ui.dialogs.briefing_dialog",
    "diplotrack.ui.dialogs.import_dialog",
    "diplotrack.ui.dialogs.export_dialog",
    "diplotrack.ui.dialogs.draft_dialog",
    "diplotrack.ui.views.registers",
    "diplotrack.ui.views.today",
)

REPORT = """
def loaded_too_early():
    return sorted(
        name
        for name in sys.modules
        if any(name == early or name.startswith(early + ".") for early in NOT_AT_START)
    )
"""

IMPORTS = f"""
import sys
NOT_AT_START = {NOT_AT_START!r}
{REPORT}
import diplotrack.cli
import diplotrack.ui.app
print(loaded_too_early())
"""

# Replaces the window's first-paint step in the command's own start (``diplotrack --database …``).
FIRST_PAINT = first_paint_program(
    f"""
NOT_AT_START = {NOT_AT_START!r}
{REPORT}

def report(window):
    from PySide6.QtWidgets import QApplication
    print("painted", loaded_too_early(), flush=True)
    QApplication.quit()
""",
    "sys.argv[1]",
)


def _run(program: str, *args: str, home: Path) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for variable in ("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_DATA_HOME"):
        env[variable] = str(home / variable.lower())
    config = home / "xdg_config_home" / "DiploTrack"
    config.mkdir(parents=True)
    (config / "DiploTrack.conf").write_text("[window]\nview=calendar\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", program, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_windows_modules_import_nothing_the_calendar_does_not_need(tmp_path: Path) -> None:
    assert _run(IMPORTS, home=tmp_path) == "[]"


@pytest.mark.gui
def test_a_start_on_sqlite_loads_nothing_else_before_the_first_paint(
    sqlite_database: Database, tmp_path: Path
) -> None:
    fill_demo(sqlite_database, today=date.today())  # this month's calendar has events to read
    url = f"sqlite:///{sqlite_database.sqlite_file}"
    assert _run(FIRST_PAINT, url, home=tmp_path) == "painted []"
