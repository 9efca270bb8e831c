"""Loading the interface language: our translations (one .qm per area) and Qt's own."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "i18n"
LANGUAGES = ("ru", "en")  # English is the source language: its files hold only plural forms

_installed: list[QTranslator] = []
_language = ""  # the language whose translators are installed


def installed_language() -> str:
    """The language ``install_language`` installed last (the system's before any)."""
    return _language or system_language()


def system_language() -> str:
    """Russian if the system speaks Russian, else English."""
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def install_language(language: str) -> list[str]:
    """Replace the installed translators with those of ``language``; the files loaded.

    Every ``<area>_<language>.qm`` in the package's translations folder is loaded (each area
    of the program keeps its own .ts source), and Qt's own ``qtbase`` for standard dialogs.
    English, the source language, has files only where a text needs its plural forms
    ("%n event(s)" → "1 event", "29 events"); Qt's own English is its source text.
    """
    global _language
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    _language = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    for path in sorted(TRANSLATIONS.glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(path.name)
    if language == "en":
        return loaded
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
        loaded.append("qtbase")
    return loaded
