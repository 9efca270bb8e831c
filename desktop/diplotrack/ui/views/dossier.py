"""The dossier of a country, place, organization or person: who they are, partner cities,
agreements in force, people and their posts, and every contact in time ("Хроника")."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from diplotrack.services.changes import Changes, RecordRef
from diplotrack.store.queries.dossiers import Dossier, Subject
from diplotrack.ui.models.dossier_timeline import Column, TimelineModel
from diplotrack.ui.widgets.flags import flag_pixmap

from ..briefing_actions import BriefingButton
from ..context import AppContext
from ..dialogs.briefing_subject import dossier_key
from .dossier_loader import DossierLoader, DossierRead, DossierRequest, read_dossier
from .dossier_summary import counts_html, dossier_title, summary_html
from .record_text import RecordBrowser

#: contacts read at a time: a busy country's dossier stays quick; "Show more" reads more
PAGE = 200
_TOUCHING = ("event", "delegation", "agreement", "followup", "person", "organization", "place")
# the subjects whose dossier offers their editor (a country has none)
_EDITED_SUBJECTS = ("person", "organization", "place")


@dataclass(frozen=True)
class Visit:
    """A dossier in the back/forward history."""

    subject: Subject
    key: str | int


class TimelineTree(QTreeView):
    """The timeline's tree: Enter opens the current line (as a double-click does)."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class DossierView(QWidget):
    """Shows one dossier at a time, with back (Alt+Left) and forward (Alt+Right) between them.

    Dossiers are read in the background (a busy country takes a fifth of a second at 100,000
    events): a new subject shows "Loading…" at once and fills in when its read arrives; a
    refresh of the same subject keeps the old dossier on screen until then."""

    #: the dossier asked for last has been read and shown (or found missing)
    loaded = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        read: DossierRead = read_dossier,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DossierView")
        self._context = context
        self._dossier: Dossier | None = None
        self._dossier_visit: Visit | None = None  # whose dossier ``_dossier`` is
        self._line: RecordRef | None = None  # the line to keep current when the read arrives
        self.loader = DossierLoader(context.db, self, read=read)
        self.loader.loaded.connect(self._on_loaded)
        app = QCoreApplication.instance()
        if app is not None:  # quitting never waits for a read: the reader just ends after it
            app.aboutToQuit.connect(self.loader.stop)
        self._limit = PAGE
        self._history: list[Visit] = []
        self._position = -1

        self.back_button = QToolButton(self)
        self.back_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.back_button.clicked.connect(self.back)
        self.forward_button = QToolButton(self)
        self.forward_button.setArrowType(Qt.ArrowType.RightArrow)
        self.forward_button.clicked.connect(self.forward)
        for keys, slot in (
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self.back),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self.forward),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        self.flag = QLabel(self)
        self.flag.setFixedSize(52, 40)  # the largest flag; the names never squeeze it
        self.flag.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(self)
        self.title.setObjectName("DossierTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel(self)
        self.subtitle.setStyleSheet("color: #5f6673;")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        # a long name (an embassy's chancery in English) wraps rather than widening the window
        for label in (self.title, self.subtitle, self.counts):
            label.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setStyleSheet("color: #5f6673;")
        self.briefing_button = BriefingButton(context, self)  # [Справка…] in the header
        # a person, an organization or a place is edited from its dossier (Enter on it anywhere
        # opens the dossier; F2 the editor)
        self.edit_button = QPushButton(self)
        self.edit_button.setObjectName("DossierEdit")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit_subject)

        self.chronicle = QLabel(self)
        self.chronicle.setStyleSheet("font-weight: bold; color: #5f6673;")
        self.model = TimelineModel(context.language, self)
        self.timeline = TimelineTree(self)
        self.timeline.setModel(self.model)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setAllColumnsShowFocus(True)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setItemsExpandable(False)
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.timeline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(Column.PLACE, QHeaderView.ResizeMode.ResizeToContents)
        self.timeline.selectionModel().selectionChanged.connect(self._on_timeline_selection)
        self.timeline.doubleClicked.connect(self._open_line)
        self.timeline.open_requested.connect(self._open_line)
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self.show_more)

        self.summary = RecordBrowser(self)
        self.summary.record_clicked.connect(self._context.select)
        self._layout()

        context.changed.connect(self._on_changes)
        context.language_changed.connect(self._on_language)
        self.retranslate()
        self._render()

    def _layout(self) -> None:
        navigation = QHBoxLayout()
        navigation.addWidget(self.back_button)
        navigation.addWidget(self.forward_button)
        navigation.addSpacing(8)
        navigation.addWidget(self.flag)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        navigation.addLayout(names, 1)
        navigation.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        navigation.addWidget(self.briefing_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.chronicle)
        left_layout.addWidget(self.timeline, 1)
        more = QHBoxLayout()
        more.addWidget(self.more_button)
        more.addStretch(1)
        left_layout.addLayout(more)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.summary)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(navigation)
        layout.addWidget(self.counts)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)

    # -- which dossier -----------------------------------------------------------------------------
    def show(self, subject: Subject | None = None, key: str | int | None = None) -> None:
        """Show the dossier of ``subject`` ``key``; without arguments, show the widget."""
        if subject is None or key is None:
            super().show()
            return
        self.show_dossier(subject, key)

    def show_dossier(self, subject: Subject, key: str | int) -> None:
        """Open a dossier, remembered in the back/forward history."""
        visit = Visit(subject, str(key).upper() if subject == "country" else int(key))
        if self._position < 0 or self._history[self._position] != visit:
            del self._history[self._position + 1 :]
            self._history.append(visit)
            self._position = len(self._history) - 1
        self._limit = PAGE
        self._load()

    @property
    def current(self) -> Visit | None:
        return self._history[self._position] if self._position >= 0 else None

    @property
    def shown(self) -> Dossier | None:
        return self._dossier

    @property
    def is_loading(self) -> bool:
        """A dossier asked for is still being read."""
        return self.loader.is_loading

    def back(self) -> None:
        if self._position > 0:
            self._position -= 1
            self._limit = PAGE
            self._load()

    def forward(self) -> None:
        if self._position < len(self._history) - 1:
            self._position += 1
            self._limit = PAGE
            self._load()

    def show_more(self) -> None:
        self._limit += PAGE
        self._load(keep_line=True)

    # -- reading and showing ------------------------------------------------------------------
    def _load(self, *, keep_line: bool = False) -> None:
        """Asks for the current visit's dossier; what was asked for before is dropped."""
        visit = self.current
        if visit is None:
            return
        self._line = self.model.ref(self.timeline.currentIndex()) if keep_line else None
        if visit != self._dossier_visit:  # another subject: its header at once, then its read
            self._show_dossier(None, None)
        self.loader.request(
            DossierRequest(visit.subject, visit.key, self._context.today(), self._limit)
        )
        self._render()

    def _on_loaded(self, request: DossierRequest, found: Dossier | None) -> None:
        self._show_dossier(Visit(request.subject, request.key), found)
        if self._line is not None:
            self.timeline.setCurrentIndex(self.model.index_of(self._line))
            self._line = None
        self._render()
        self.loaded.emit()

    def _show_dossier(self, visit: Visit | None, found: Dossier | None) -> None:
        self._dossier, self._dossier_visit = found, visit
        self.model.set_entries(found.timeline if found else ())
        self.timeline.expandAll()

    def _render(self) -> None:
        d = self._dossier
        briefed = self._dossier_visit if d is not None else None
        self.briefing_button.follow(dossier_key(briefed.subject, briefed.key) if briefed else None)
        self.edit_button.setVisible(briefed is not None and briefed.subject in _EDITED_SUBJECTS)
        self.back_button.setEnabled(self._position > 0)
        self.forward_button.setEnabled(self._position < len(self._history) - 1)
        self.hint.setVisible(d is None)
        if d is None:
            if self.is_loading:
                self.hint.setText(self.tr("Loading…"))
            elif self.current is not None:
                self.hint.setText(self.tr("This record is no longer in the database."))
            else:
                self.hint.setText(self.tr("Open a country, a place, an organization or a person."))
            for label in (self.title, self.subtitle, self.counts, self.chronicle):
                label.clear()
            self.flag.clear()
            self.summary.clear()
            self.more_button.hide()
            return
        language = self._context.language
        title, subtitle = dossier_title(d, language)
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        if d.country:
            self.flag.setPixmap(flag_pixmap(d.country, 36 if d.subject == "country" else 24))
        else:
            self.flag.clear()
        self.counts.setText(counts_html(d))
        self.summary.setHtml(summary_html(d, language))
        shown, total = len(d.timeline), d.timeline_total
        self.chronicle.setText(self.tr("Contacts: {n}").format(n=total).upper())
        self.more_button.setVisible(shown < total)
        self.more_button.setText(
            self.tr("Show more ({shown} of {total} shown)").format(shown=shown, total=total)
        )

    def edit_subject(self) -> None:
        """The editor of the person, organization or place the dossier is about."""
        visit = self.current
        if visit is None or visit.subject not in _EDITED_SUBJECTS:
            return
        from ..dialogs.editors import open_editor

        open_editor(self._context, RecordRef(visit.subject, int(visit.key)), visit.subject, self)

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Change the names, country and the rest (F2)"))
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.forward_button.setToolTip(self.tr("Forward (Alt+Right)"))
        self.timeline.setToolTip("")
        self.model.set_language(self._context.language)

    # -- answering the person and the context -------------------------------------------------
    def _on_timeline_selection(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            ref = self.model.ref(indexes[0])
            if ref is not None:
                self._context.select(ref)

    def _open_line(self, index: QModelIndex) -> None:
        ref = self.model.ref(index)
        if ref is not None:
            self._context.open(ref)

    def _on_changes(self, changes: Changes) -> None:
        if self.current is not None and changes.touches(*_TOUCHING):
            self._load(keep_line=True)

    def stop(self) -> None:
        """No more reads (the window is closing): nothing waits for the one under way."""
        self.loader.stop()

    def _on_language(self, _language: str) -> None:
        self.retranslate()
        self._render()
        self.timeline.viewport().update()
