"""The main window: side bar, filter bar over the screens, detail panel, menus, status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.services.changes import Changes, RecordRef

from .actions import WindowActions
from .archiving import archive_selection
from .briefing_actions import install_briefing
from .context import AppContext
from .demo_filling import DemoFilling
from .draft_actions import install_draft_action
from .exchange_actions import install_exchange_actions
from .formatting import locale_for
from .i18n import install_language
from .labels import record_name
from .navigation import VIEWS, SideBar
from .refs import country_code_of
from .settings import Settings
from .status_bar import FilterCount

log = logging.getLogger("diplotrack.ui.window")

EDITED_KINDS = ("event", "delegation", "agreement", "followup")
DOSSIER_KINDS = ("person", "organization", "place", "country")
DOSSIER = "dossier"
ALL_KINDS = (*EDITED_KINDS, *DOSSIER_KINDS)


def _build_view(context: AppContext, view: str) -> QWidget:
    """The screen of ``view``, imported when first shown (start-up needs only one)."""
    if view == "today":
        from .views.today import TodayView

        return TodayView(context)
    if view == "calendar":
        from .views.calendar.view import CalendarView

        return CalendarView(context)
    if view == "country":
        from .views.registers import CountryRegisterView

        return CountryRegisterView(context)
    if view == DOSSIER:
        from .views.dossier import DossierView

        return DossierView(context)
    from .views.registers import RegisterView

    return RegisterView(context, view)


class MainWindow(QMainWindow):
    """One window on one database; the screens are built when first shown."""

    first_painted = Signal()  # the first screen is on the screen; what waited for it may run

    def __init__(
        self,
        context: AppContext,
        *,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.context = context
        self.settings = settings if settings is not None else Settings()
        self.views: dict[str, QWidget] = {}
        self._view = ""
        self._last_listed = "today"  # the last side-bar screen (a dossier is not on it)
        self._painted = False
        context.set_filter(self.settings.last_filter)

        from .widgets.filter_bar import FilterBar

        self.side_bar = SideBar(self)
        self.filter_bar = FilterBar(context, settings=self.settings.store)
        # the window's Edit ▸ Find carries Ctrl+F; two owners would make it ambiguous
        self.filter_bar.find_shortcut.setEnabled(False)
        self.stack = QStackedWidget()
        self.stack.setObjectName("Screens")
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.filter_bar)
        centre_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("WindowSplitter")
        self.splitter.addWidget(self.side_bar)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([170, 900])
        self.setCentralWidget(self.splitter)

        from .views.detail_panel import DetailPanel

        self.detail_panel = DetailPanel(context)
        self.detail_dock = QDockWidget(self)
        self.detail_dock.setObjectName("DetailDock")
        self.detail_dock.setWidget(self.detail_panel)
        self.detail_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.detail_dock.setMinimumWidth(280)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.detail_dock)
        self.resizeDocks([self.detail_dock], [320], Qt.Orientation.Horizontal)

        self.menus = WindowActions(self, context)
        install_briefing(self, self.menus, context)
        install_draft_action(self, self.menus, context)
        self.exchange = install_exchange_actions(self, self.menus, context)
        self.menus.add_detail_panel(self.detail_dock.toggleViewAction())
        self._language_button = QToolButton(self)
        self._language_button.setObjectName("LanguageSwitch")
        self._language_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._language_menu = QMenu(self._language_button)
        for code, name in (("ru", "Русский"), ("en", "English")):
            action = self._language_menu.addAction(name)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
        self._language_button.setMenu(self._language_menu)
        self._settings_button = QToolButton(self)
        self._settings_button.setObjectName("SettingsButton")
        self._settings_button.setText("⚙")
        self._settings_button.setAutoRaise(True)
        self._settings_button.clicked.connect(self.open_settings)
        corner = QWidget(self)
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 6, 0)
        corner_layout.setSpacing(2)
        corner_layout.addWidget(self._language_button)
        corner_layout.addWidget(self._settings_button)
        self.menuBar().setCornerWidget(corner, Qt.Corner.TopRightCorner)

        self.count = FilterCount(context, self)
        self.location = QLabel(self)
        self.location.setObjectName("DatabaseLocation")
        self.location.setToolTip(context.database_place)
        self.saved = QLabel(self)
        self.saved.setObjectName("SavedState")
        status = self.statusBar()
        status.addWidget(self.count.label, 1)
        status.addPermanentWidget(self.location)
        status.addPermanentWidget(self.saved)

        self.demo = DemoFilling(context, status, self.menus.demo, ALL_KINDS, self)

        self._connect()
        self.retranslate()
        self.resize(1400, 900)
        self._restore()

    # -- wiring --------------------------------------------------------------------------------
    def _connect(self) -> None:
        self.side_bar.view_chosen.connect(self.show_view)
        self.side_bar.saved_filter_chosen.connect(self.filter_bar.apply_saved)
        menus = self.menus
        menus.new_event.triggered.connect(lambda: self.open_editor(None, "event"))
        for kind, action in menus.new_records.items():
            action.triggered.connect(lambda _checked=False, k=kind: self.open_editor(None, k))
        menus.edit_selected.triggered.connect(self.edit_selection)
        menus.archive.triggered.connect(lambda: archive_selection(self.context, self))
        menus.settings.triggered.connect(self.open_settings)
        menus.quit.triggered.connect(self.close)
        menus.find.triggered.connect(self.filter_bar.focus_text)
        menus.about.triggered.connect(self.show_about)
        menus.demo.triggered.connect(self.add_demo)
        for view, action in menus.views.items():
            action.triggered.connect(lambda _checked=False, v=view: self.show_view(v, focus=True))
        self.context.open_requested.connect(self.open_record)
        self.context.changed.connect(self._on_changed)
        self.context.filter_changed.connect(lambda _flt: self._filters_maybe_changed())
        self.filter_bar.saved_menu.triggered.connect(lambda _action: self._filters_maybe_changed())
        self._refresh_saved_filters()

    def _restore(self) -> None:
        geometry, state = self.settings.geometry, self.settings.window_state
        # the docks first: hiding one would otherwise shrink the restored window by its width
        if state is not None:
            self.restoreState(state)
        if geometry is not None:
            self.restoreGeometry(geometry)
        last = self.settings.last_view
        self.show_view(last if last in VIEWS else "today")

    def remember(self) -> None:
        """Write the window's layout, screen and filter to the settings."""
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.last_view = self._last_listed
        self.settings.last_filter = self.context.filter
        self.settings.sync()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # what the first screen does not need waits until it is painted: the window paints
            # before its children, so the work goes behind what their paint queues, then runs
            self._painted = True
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._after_first_paint))

    def _after_first_paint(self) -> None:
        self.first_painted.emit()
        self.count.release()
        self.filter_bar.load_country_names()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.remember()
        super().closeEvent(event)

    # -- screens -------------------------------------------------------------------------------
    @property
    def current_view(self) -> str:
        return self._view

    def view_widget(self, view: str) -> QWidget:
        """The screen of ``view``, built the first time it is asked for."""
        widget = self.views.get(view)
        if widget is None:
            widget = _build_view(self.context, view)
            widget.setObjectName(widget.objectName() or f"view-{view}")
            self.views[view] = widget
            self.stack.addWidget(widget)
            offer = getattr(widget, "offer_first_steps", None)
            if callable(offer):  # the Today page of an empty database points at these
                offer(self.menus.new_event, self.exchange.import_action, self.menus.demo)
        return widget

    def show_view(self, view: str, *, focus: bool = False) -> QWidget:
        """Bring ``view`` (a side-bar key or "dossier") to the front."""
        widget = self.view_widget(view)
        self.stack.setCurrentWidget(widget)
        self._view = view
        if view in VIEWS:
            self._last_listed = view
        self.side_bar.show_view(view if view in VIEWS else None)
        self.menus.mark_view(view if view in VIEWS else None)
        # the filter bar means nothing on the Today page and in a dossier
        self.filter_bar.setVisible(view not in ("today", DOSSIER))
        self.count.follow(view, widget)
        if focus:
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return widget

    def show_dossier(self, subject: str, key: str | int) -> None:
        widget = self.show_view(DOSSIER)
        show = getattr(widget, "show_dossier", None)
        if callable(show):
            show(subject, key)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- opening records -----------------------------------------------------------------------
    def open_record(self, ref: RecordRef) -> None:
        """Enter or a double-click anywhere: an editor, or a dossier."""
        if ref.kind in EDITED_KINDS:
            self.open_editor(ref, ref.kind)
        elif ref.kind == "country":
            self.show_dossier("country", country_code_of(ref))
        elif ref.kind in DOSSIER_KINDS:
            self.show_dossier(ref.kind, ref.id)

    def edit_selection(self) -> None:
        """F2: the editor of the record selected anywhere (a country has none: its names and
        aliases come with DiploTrack)."""
        ref = self.context.selection
        if ref is None or ref.kind == "country":
            self.statusBar().showMessage(
                self.tr(
                    "Select an event, a delegation, an agreement, a follow-up, a person, an "
                    "organization or a place to edit it."
                ),
                6000,
            )
            return
        self.open_editor(ref, ref.kind)

    def open_editor(self, ref: RecordRef | None, kind: str) -> QWidget | None:
        from .dialogs.editors import open_editor

        try:
            return open_editor(self.context, ref, kind, self)
        except ModuleNotFoundError:  # that kind's editor is not there yet: show the record
            log.warning("no editor for %s yet", kind)
            self.detail_dock.show()
            self.detail_dock.raise_()
            self.statusBar().showMessage(
                self.tr(
                    "%1 cannot be edited in this version yet; the detail panel shows it."
                ).replace("%1", record_name(kind, plural=True)),
                8000,
            )
            return None

    # -- settings and language -----------------------------------------------------------------
    def open_settings(self) -> None:
        from .dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        zone_before = self.settings.zone_name
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return
        dialog.apply()
        self.switch_language(self.settings.language, remember=False)
        if self.settings.zone_name != zone_before:
            QMessageBox.information(
                self,
                self.tr("Office time zone"),
                self.tr("The new office time zone applies from the next start of DiploTrack."),
            )

    def switch_language(self, language: str, *, remember: bool = True) -> None:
        """Show every screen in ``language`` ("ru" or "en") from now on."""
        if remember:
            self.settings.chosen_language = language
            self.settings.sync()
        if language == self.context.language:
            return
        QLocale.setDefault(locale_for(language))
        install_language(language)  # Qt sends LanguageChange to every widget
        self.context.set_language(language)  # views re-render their dates and names
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self._filters_maybe_changed()  # a filter may have been saved in a dialog
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DiploTrack — %1").replace("%1", self.context.database_name))
        self.menus.retranslate()
        self.side_bar.retranslate()
        self.detail_dock.setWindowTitle(self.tr("Details"))
        self.detail_dock.toggleViewAction().setText(self.tr("&Detail panel"))
        self._language_button.setText(f"{self.context.language} ▾")
        self._language_button.setToolTip(self.tr("Interface language"))
        self._settings_button.setToolTip(self.tr("Settings"))
        self.location.setText(self.tr("database: %1").replace("%1", self.context.database_name))
        self.saved.setText("· " + self.tr("saved"))
        self.saved.setToolTip(self.tr("Every change is saved to the database as it is made."))
        self.count.retranslate()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About DiploTrack"),
            self.tr(
                "DiploTrack — the international relations office's calendar and registers: "
                "events, delegations, agreements and follow-ups by country."
            ),
        )

    # -- news ----------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        self.count.refresh_soon()

    def _filters_maybe_changed(self) -> None:
        QTimer.singleShot(0, self._refresh_saved_filters)

    def _refresh_saved_filters(self) -> None:
        names = self.settings.filters.names()
        if names != self.side_bar.saved_filter_names():
            self.side_bar.set_saved_filters(names)

    # -- the first start (ui/demo_filling.py) -------------------------------------------------
    def add_demo(self) -> None:
        """Help ▸ Add demonstration data: into an empty database only."""
        self.demo.add()

    def fill_demo_in_background(self) -> None:
        """Fill the demonstration data off the GUI thread; the screens refresh when it is in."""
        self.demo.start()

    @property
    def filling_demo(self) -> bool:
        return self.demo.busy
