"""Where a briefing is asked for: the "Briefing…" button of the detail panel and of dossiers,
and the window's "Briefing…" and "Print briefing" (Ctrl+P) for the current selection.

Light at start-up: the dialog, the printing classes and the ``briefing`` package load on the
first briefing asked for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QPushButton, QWidget

from diplotrack.domain import KnownError

from .context import AppContext
from .dialogs.briefing_choices import BriefingChoices, BriefingMemory, marking_in
from .dialogs.briefing_subject import BriefingKey, briefing_key, dossier_key
from .operations import translated_message

if TYPE_CHECKING:
    from diplotrack.briefing import Briefing

    from .actions import WindowActions
    from .dialogs.briefing_dialog import BriefingDialog
    from .dialogs.briefing_worker import BriefingGatherer, BriefingRequest
    from .main_window import MainWindow

#: how long the window's status bar says what happened to a briefing sent to print
MESSAGE_MS = 8000


def open_briefing(
    context: AppContext, key: BriefingKey, parent: QWidget | None = None
) -> BriefingDialog:
    """The briefing dialog of ``key``, shown and raised (one per subject per window)."""
    from .dialogs.briefing_dialog import BriefingDialog

    memory = BriefingMemory.of(context)
    dialog = memory.dialogs.get(key)
    # a dialog goes with the window it was opened over, even if it was never closed
    if not isinstance(dialog, BriefingDialog) or not shiboken6.isValid(dialog):
        dialog = BriefingDialog(context, key, parent)
        memory.dialogs[key] = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class BriefingButton(QPushButton):
    """ "Briefing…": follows a record (the detail panel's, a dossier's subject) and is shown
    only for records that can have a briefing."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BriefingButton")
        self.setAutoDefault(False)
        self._context = context
        self.key: BriefingKey | None = None
        self.clicked.connect(self.open)
        self.retranslate()
        self.follow(None)

    def follow(self, key: BriefingKey | None) -> None:
        self.key = key
        self.setVisible(key is not None)

    def open(self) -> None:
        if self.key is not None:
            open_briefing(self._context, self.key, self.window())

    def retranslate(self) -> None:
        self.setText(self.tr("Briefing…"))
        self.setToolTip(self.tr("Prepare a briefing note: preview, print or save as PDF"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class BriefingActions(QObject):
    """File ▸ Briefing… and File ▸ Print briefing (Ctrl+P) for what is selected in the window:
    the record selected anywhere, else the dossier on screen."""

    def __init__(self, window: MainWindow, menus: WindowActions, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._gatherer: BriefingGatherer | None = None
        self.open_action = QAction(window)
        self.open_action.setObjectName("BriefingAction")
        self.open_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.open_action.triggered.connect(self.open_current)
        self.print_action = QAction(window)
        self.print_action.setObjectName("PrintBriefingAction")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_action.triggered.connect(self.print_current)
        # after "New event…", before the first separator of File
        ours = [self.open_action, self.print_action]
        separator = next((a for a in menus.file_menu.actions() if a.isSeparator()), None)
        if separator is None:
            menus.file_menu.addActions(ours)
        else:
            menus.file_menu.insertActions(separator, ours)
        window.addActions(ours)
        context.language_changed.connect(lambda _language: self.retranslate())
        self.retranslate()

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Briefing…"))
        self.print_action.setText(self.tr("&Print briefing…"))

    # -- what is selected ----------------------------------------------------------------------
    def current_key(self) -> BriefingKey | None:
        """The subject of a briefing for what is selected (or the dossier on screen)."""
        selected = self._context.selection
        if selected is not None:
            return briefing_key(selected)
        if self._window.current_view != "dossier":
            return None
        from .views.dossier import DossierView

        dossier = self._window.views.get("dossier")
        visit = dossier.current if isinstance(dossier, DossierView) else None
        return dossier_key(visit.subject, visit.key) if visit is not None else None

    def _nothing_to_brief(self) -> None:
        self._window.statusBar().showMessage(
            self.tr(
                "Select an event, a delegation, a country, a place, an organization or a person "
                "to prepare a briefing."
            ),
            MESSAGE_MS,
        )

    def open_current(self) -> BriefingDialog | None:
        key = self.current_key()
        if key is None:
            self._nothing_to_brief()
            return None
        return open_briefing(self._context, key, self._window)

    # -- printing directly ---------------------------------------------------------------------
    @property
    def gatherer(self) -> BriefingGatherer:
        if self._gatherer is None:
            from .dialogs.briefing_worker import BriefingGatherer

            self._gatherer = BriefingGatherer(self._context.db, self)
            self._gatherer.ready.connect(self._print_gathered)
            self._gatherer.failed.connect(self._print_failed)
        return self._gatherer

    def print_current(self) -> None:
        """Gathers the current subject's briefing with the last choices, then asks the system
        print dialog and prints; the window stays usable meanwhile."""
        key = self.current_key()
        if key is None:
            self._nothing_to_brief()
            return
        from diplotrack.briefing import BriefingOptions

        from .dialogs.briefing_worker import BriefingRequest

        choices = BriefingChoices()
        language = choices.language(self._context.language)
        today = self._context.today()
        options = BriefingOptions(
            language=language,
            marking=marking_in(language, choices.marking()),
            history_limit=choices.history_limit(),
            talking_points=BriefingMemory.of(self._context).talking_points.get(key, ""),
            prepared_by=choices.prepared_by(),
            prepared_on=today,
        )
        self.gatherer.request(BriefingRequest(key, options, today))
        self._window.statusBar().showMessage(self.tr("Preparing the briefing…"))

    def _print_gathered(self, _request: BriefingRequest, briefing: Briefing) -> None:
        from .dialogs.briefing_output import print_briefing

        self._window.statusBar().clearMessage()
        pages = print_briefing(briefing, self._window)
        if pages is not None:
            self._window.statusBar().showMessage(
                self.tr("Briefing sent to the printer: %n page(s).", "", pages), MESSAGE_MS
            )

    def _print_failed(self, _request: BriefingRequest, error: KnownError) -> None:
        self._window.statusBar().showMessage(translated_message(error), MESSAGE_MS)

    def stop(self) -> None:
        if self._gatherer is not None:
            self._gatherer.stop()


def install_briefing(window: MainWindow, menus: WindowActions, context: AppContext) -> None:
    """Adds the briefing actions to the window (its File menu and shortcuts)."""
    BriefingActions(window, menus, context).setObjectName("BriefingActions")


def briefing_actions(window: QMainWindow) -> BriefingActions:
    """The window's briefing actions (installed by ``install_briefing``)."""
    found = window.findChild(BriefingActions, "BriefingActions")
    if not isinstance(found, BriefingActions):
        raise LookupError("the briefing actions are not installed in this window")
    return found
