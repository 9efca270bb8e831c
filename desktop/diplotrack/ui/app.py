"""Starting the window: the QApplication, translations, the database, the first-run demo."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from diplotrack.domain import KnownError
from diplotrack.store.database import database_url, default_database_file, open_database

from .main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def is_first_run(database: str | None) -> bool:
    """True when the window is about to open the default database file and it does not exist
    yet: then the person has never used DiploTrack here, and the demo data shows what it does."""
    default_file = default_database_file()
    return database_url(database) == database_url(str(default_file)) and not default_file.exists()


def install_translations(app: QApplication) -> None:
    """Our strings and Qt's own (standard buttons, dialogs) in the system's language."""
    locale = QLocale()
    for name, folder in (
        ("diplotrack", str(TRANSLATIONS)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("DiploTrack")
    app.setOrganizationName("DiploTrack")
    app.setApplicationDisplayName("DiploTrack")
    install_translations(app)
    return app


def run_window(database: str | None) -> int:
    """Open the main window on ``database`` (see ``database_url``); the exit code."""
    app = application()
    first_run = is_first_run(database)
    try:
        db = open_database(database)
    except KnownError as error:
        print(f"diplotrack: error: {error.message}", file=sys.stderr)
        QMessageBox.critical(
            None,
            QCoreApplication.translate("DiploTrack", "DiploTrack cannot open the database"),
            error.message,
        )
        return 1
    try:
        window = MainWindow(db)
        window.show()
        if first_run:
            window.fill_demo_in_background()
        return app.exec()
    finally:
        # a demo fill still running must finish (its transaction) before the engine goes
        QThreadPool.globalInstance().waitForDone()
        db.close()
