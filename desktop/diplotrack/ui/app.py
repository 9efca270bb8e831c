"""Starting the window: the QApplication, language, logging and error dialog, the database,
the first-run demo."""

from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from diplotrack.domain import KnownError
from diplotrack.store.database import database_url, default_database_file, open_database

from .context import AppContext
from .dialogs.error_dialog import ExceptionHook, setup_logging
from .formatting import locale_for
from .i18n import install_language
from .main_window import MainWindow
from .settings import Settings

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
    # Everything imported so far (SQLAlchemy, the mapped models, Qt's bindings) lives as long as
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


def run_window(database: str | None) -> int:
    """Open the main window on ``database`` (see ``database_url``); the exit code."""
    # The window's construction makes long-lived objects and little garbage: the collector rests
    # until the first paint (the command has it resting through the imports already).
    gc.disable()
    app = application()
    log_file = setup_logging()
    settings = Settings()
    language = settings.language  # the system's on the first run, then the one chosen
    use_language(language)
    first_run = is_first_run(database)
    try:
        db = open_database(database)
    except KnownError as error:
        gc.enable()
        print(f"diplotrack: error: {error.message}", file=sys.stderr)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("DiploTrack", "DiploTrack cannot open the database"),
            error.message,
        )
        return 1
    log.info("window opened on %s (log: %s)", db.display_name, log_file)
    window: MainWindow | None = None
    hook = ExceptionHook(lambda: window)
    hook.install()
    try:
        context = AppContext(db, language=language, zone=settings.zone)
        window = MainWindow(context, settings=settings)
        window.first_painted.connect(gc.enable)
        window.show()
        if first_run:
            window.fill_demo_in_background()
        return app.exec()
    finally:
        gc.enable()
        hook.uninstall()
        # a demo fill still running must finish (its transaction) before the engine goes
        QThreadPool.globalInstance().waitForDone()
        db.close()
