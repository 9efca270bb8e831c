"""Render the main window's screens from a fresh demo database into docs/screenshots/.

Run offscreen: `QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [FOLDER]`.
The office's day is 10 April 2024 (the worked example's meeting), in Krasnoyarsk; each screen
is saved as `window-<view>-<language>.png`, the window at 1400×900, in Russian and English.
The dialogs (editor, briefing, import, export, press-release draft) are pictured by their tests;
this script runs those tests with DIPLOTRACK_SCREENSHOTS set to the same folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from diplotrack.demo import fill_demo
from diplotrack.demo.example_keys import MEETING
from diplotrack.domain import Event
from diplotrack.domain.filters import RecordFilter
from diplotrack.services.changes import RecordRef
from diplotrack.store.database import Database, open_database
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.editors import open_editor
from diplotrack.ui.formatting import locale_for
from diplotrack.ui.i18n import install_language
from diplotrack.ui.main_window import MainWindow
from diplotrack.ui.settings import Settings
from diplotrack.ui.views.calendar.view import CalendarView

OFFICE_DAY = date(2024, 4, 10)
OFFICE_ZONE = ZoneInfo("Asia/Krasnoyarsk")
APRIL = RecordFilter(date_from=date(2024, 4, 1), date_to=date(2024, 4, 30))
SIZE = (1400, 900)
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


class OfficeDay(AppContext):
    """The context as on the day of the worked example's meeting."""

    def today(self) -> date:
        return OFFICE_DAY


def settle(
    app: QApplication, seconds: float = 0.4, until: Callable[[], bool] | None = None
) -> None:
    """Let queued paints, timers and background reads finish."""
    deadline = time.monotonic() + max(seconds, 10.0 if until else 0.0)
    start = time.monotonic()
    while time.monotonic() < deadline:
        app.processEvents()
        if time.monotonic() - start >= seconds and (until is None or until()):
            break
        time.sleep(0.02)


def save(widget: QWidget, name: str, language: str, folder: Path) -> Path:
    path = folder / f"window-{name}-{language}.png"
    if not widget.grab().save(str(path)):
        raise RuntimeError(f"could not write {path}")
    print(path)
    return path


def meeting_ref(db: Database) -> RecordRef:
    with db.session() as session:
        found = session.scalar(select(Event.id).where(Event.title == MEETING))
    if found is None:
        raise RuntimeError("the demo has no worked example")
    return RecordRef("event", int(found))


def render(app: QApplication, db: Database, language: str, folder: Path) -> None:
    QLocale.setDefault(locale_for(language))
    install_language(language)
    context = OfficeDay(db, language=language, zone=OFFICE_ZONE)
    window = MainWindow(context, settings=Settings())
    window.resize(*SIZE)
    window.show()
    meeting = meeting_ref(db)

    window.show_view("today")
    context.select(meeting)
    settle(app)
    save(window, "today", language, folder)

    calendar = window.show_view("calendar")
    assert isinstance(calendar, CalendarView)
    calendar.go_to(OFFICE_DAY)
    context.select(meeting)
    settle(app, until=lambda: bool(calendar.items_on(OFFICE_DAY)))
    save(window, "calendar", language, folder)

    context.set_filter(APRIL)
    context.select(None)  # a register built now marks the selection made after it
    window.show_view("event")
    context.select(meeting)
    settle(app)
    save(window, "events", language, folder)

    context.set_filter(RecordFilter())
    context.select(None)
    window.show_view("agreement")
    settle(app)
    save(window, "agreements", language, folder)

    window.show_dossier("country", "KG")
    settle(app)
    save(window, "dossier-kg", language, folder)

    editor = open_editor(context, meeting, "event", window)
    editor.resize(1250, 900)
    settle(app)
    save(editor, "event-editor", language, folder)
    editor.close()
    window.close()
    window.deleteLater()
    settle(app, 0.1)


def main(argv: list[str]) -> int:
    folder = Path(argv[1]) if len(argv) > 1 else OUT
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication(argv[:1])
    with tempfile.TemporaryDirectory(prefix="diplotrack-screenshots-") as scratch:
        # the person's own settings stay untouched: these go to a throwaway INI file
        QCoreApplication.setOrganizationName("DiploTrackScreenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        db = open_database(f"sqlite:///{Path(scratch) / 'demo.sqlite3'}")
        try:
            fill_demo(db, today=OFFICE_DAY)  # the history as the office saw it that day
            for language in ("ru", "en"):
                render(app, db, language, folder)
        finally:
            db.close()
    return dialogs(folder)


def dialogs(folder: Path) -> int:
    """The dialogs' screenshots, taken by their tests into ``folder``."""
    import subprocess

    environment = dict(os.environ, DIPLOTRACK_SCREENSHOTS=str(folder.resolve()))
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "screenshot"]
    command.append(str(Path(__file__).resolve().parents[1] / "tests" / "ui"))
    return subprocess.run(command, env=environment, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
