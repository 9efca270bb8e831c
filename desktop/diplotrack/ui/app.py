"""Starting the window: the QApplication, language, logging and error dialog, the database,
the first-run demo.

A start on an SQLite file at the current schema is quick: the window paints its first month
through the start-up reader (``sqlite3`` alone) and opens the database, SQLAlchemy and all,
right after that first paint. Any other start opens the database before the window.
"""

from __future__ import annotations

import gc
import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from diplotrack.domain import KnownError
from diplotrack.store.location import database_url, default_database_file, sqlite_file
from diplotrack.store.queries.calendar_at_start import CalendarAtStart

from .context import AppContext
from .dialogs.error_dialog import ExceptionHook, log_file, setup_logging
from .formatting import locale_for
from .i18n import install_language
from .main_window import MainWindow
from .settings import Settings

if TYPE_CHECKING:
    from diplotrack.store.database import Database

log = logging.getLogger("diplotrack.ui.app")


def is_first_run(database: str | None) -> bool:
    """True when the window is about to open the default database file and it does not exist
    yet: then the person has never used DiploTrack here, and the demo data shows what it does."""
    default_file = default_database_file()
    return database_url(database) == database_url(str(default_file)) and not default_file.exists()


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Everything imported so far (Qt's bindings, the window's modules) lives as long as
    # the process: taken out of the collector's view, later collections stop walking those
    # objects again and again. (The command imports them with the collector resting, so the few
    # hundred garbage objects among them are frozen too: a few dozen KiB, never freed.)
    gc.freeze()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DiploTrack")
    app.setOrganizationName("DiploTrack")
    app.setApplicationDisplayName("DiploTrack")
    return app


def use_language(language: str) -> None:
    """Install the translators of ``language`` and make its locale Qt's default."""
    QLocale.setDefault(locale_for(language))
    install_language(language)


def open_database(url: str) -> Database:
    """The database at ``url``, opened and migrated (SQLAlchemy is imported here)."""
    from diplotrack.store.database import open_database as open_store

    return open_store(url)


def say_cannot_open(error: KnownError, parent: QWidget | None = None) -> None:
    print(f"diplotrack: error: {error.message}", file=sys.stderr)
    QMessageBox.critical(
        parent,
        QCoreApplication.translate("DiploTrack", "DiploTrack cannot open the database"),
        error.message,
    )


def run_window(database: str | None) -> int:
    """Open the main window on ``database`` (see ``database_url``); the exit code."""
    # The window's construction makes long-lived objects and little garbage: the collector rests
    # until the first paint (the command has it resting through the imports already).
    gc.disable()
    app = application()
    settings = Settings()
    language = settings.language  # the system's on the first run, then the one chosen
    use_language(language)
    url = database_url(database)
    first_run = is_first_run(database)
    at_start = None if first_run else CalendarAtStart.open(sqlite_file(url))
    if at_start is None:
        try:
            opened = open_database(url)
        except KnownError as error:
            gc.enable()
            say_cannot_open(error)
            return 1
        gc.freeze()  # SQLAlchemy and the records, made with the collector resting (application())
    window: MainWindow | None = None
    hook = ExceptionHook(lambda: window)
    hook.install()
    context: AppContext | None = None
    try:
        if at_start is None:
            context = AppContext(opened, language=language, zone=settings.zone)
        else:
            context = AppContext(
                lambda: open_database(url),
                language=language,
                zone=settings.zone,
                calendar_at_start=at_start,
            )
        try:
            window = MainWindow(context, settings=settings)
        except KnownError as error:  # a quick start whose database failed to open after all
            gc.enable()
            say_cannot_open(error)
            return 1
        window.first_painted.connect(gc.enable)
        # the log file (its handler module, the user's folders) is set up once the month is on
        # the screen; an error before that sets it up itself (ExceptionHook)
        window.first_painted.connect(setup_logging)
        if at_start is None:
            window.first_painted.connect(lambda: _say_opened(context))
        else:
            window.first_painted.connect(lambda: _finish_opening(window))
        window.show()
        if first_run:
            window.fill_demo_in_background()
        return app.exec()
    finally:
        gc.enable()
        hook.uninstall()
        # a demo fill still running must finish (its transaction) before the engine goes
        QThreadPool.globalInstance().waitForDone()
        if context is not None and context.is_open:
            context.db.close()
        elif at_start is not None:
            at_start.close()


def _say_opened(context: AppContext | None) -> None:
    if context is not None and context.is_open:
        log.info("window opened on %s (log: %s)", context.db.display_name, log_file())


def _finish_opening(window: MainWindow) -> None:
    """Right after a quick start's first paint: open the database for everything else. A
    failure is said, and the window closes (nothing was typed yet)."""
    # SQLAlchemy and the mapped records are ~100,000 objects that live as long as the process:
    # made with the collector resting, then frozen out of its view (else every full collection
    # walks them again, 50–70 ms each)
    collecting = gc.isenabled()
    gc.disable()
    try:
        db = window.context.db
    except KnownError as error:
        db, failure = None, error
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    if db is None:
        say_cannot_open(failure, window)
        QApplication.exit(1)
        return
    _say_opened(window.context)
