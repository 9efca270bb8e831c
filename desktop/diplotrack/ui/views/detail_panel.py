"""The detail panel: the record selected anywhere (calendar, registers, dossiers), read-only and
compact, with links to the records it names and a way to open it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from diplotrack.services.changes import Changes, RecordRef

from ..briefing_actions import BriefingButton
from ..context import AppContext
from ..dialogs.briefing_subject import briefing_key
from .record_text import RecordBrowser, is_subject, plain_text

if TYPE_CHECKING:
    from .detail_pages import RecordPage

# Besides the record itself and the records it names: what else changes what a page shows
# (a new follow-up or attachment links itself to the record without updating it).
_WATCHED: dict[str, tuple[str, ...]] = {
    "event": ("followup", "attachment"),
    "delegation": ("event", "followup", "attachment", "person"),
    "agreement": ("event", "followup", "attachment"),
    "followup": (),
    "person": ("event", "organization"),
    "organization": ("event", "person", "organization"),
    "place": (),
    "country": ("place",),
}


class DetailPanel(QWidget):
    """Follows ``context.selection_changed`` and shows that record; Enter or "Open" opens it."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DetailPanel")
        self._context = context
        self._page: RecordPage | None = None
        self._shown: RecordRef | None = None

        self.hint = QLabel(self)
        self.hint.setObjectName("DetailPanelHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setMargin(16)
        self.hint.setStyleSheet("color: #5f6673;")

        self.browser = RecordBrowser(self)
        self.browser.setFrameShape(RecordBrowser.Shape.NoFrame)
        self.open_button = QPushButton(self)
        self.open_button.setObjectName("DetailPanelOpen")
        self.open_button.setAutoDefault(True)
        self.open_button.clicked.connect(self.open_shown)
        self.briefing_button = BriefingButton(context, self)
        # The row of actions: "Open", and "Briefing…" for the records that can have one.
        self.actions_row = QHBoxLayout()
        self.actions_row.setContentsMargins(8, 4, 8, 8)
        self.actions_row.addWidget(self.open_button)
        self.actions_row.addWidget(self.briefing_button)
        self.actions_row.addStretch(1)

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(0)
        content_layout.addWidget(self.browser, 1)
        content_layout.addLayout(self.actions_row)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.setFocusProxy(self.browser)

        self.browser.record_clicked.connect(self._context.select)
        self.browser.enter_pressed.connect(self.open_shown)
        context.selection_changed.connect(self.show_record)
        context.changed.connect(self._on_changes)
        context.language_changed.connect(self._on_language)
        self.retranslate()
        self.show_record(context.selection)

    # -- what is shown --------------------------------------------------------------------------
    @property
    def shown(self) -> RecordRef | None:
        """The record on the panel (None: the hint)."""
        return self._shown

    def show_record(self, ref: RecordRef | None) -> None:
        """Show ``ref`` (re-read from the database), or the hint when there is none."""
        self._shown = ref
        self._page = None
        if ref is not None:
            # the pages' queries and writers load with the first record shown, not at start-up
            from .detail_pages import load_page

            with self._context.db.session() as session:
                self._page = load_page(session, ref)
        self._render(keep_scroll=False)

    def text(self) -> str:
        """What the panel says, as plain text (for a screen reader's summary and for tests)."""
        if self._page is None:
            return self.hint.text()
        return plain_text(self.browser)

    def open_shown(self) -> None:
        if self._page is not None:
            self._context.open(self._page.ref)

    # -- answering the context -----------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if self._shown is None:
            return
        named = {RecordRef(kind, record_id) for kind, record_id in self._names()}
        if (
            self._shown in changes.records
            or not named.isdisjoint(changes.records)
            or changes.touches(*_WATCHED.get(self._shown.kind, ()))
        ):
            from .detail_pages import load_page

            scroll = self.browser.verticalScrollBar().value()
            with self._context.db.session() as session:
                self._page = load_page(session, self._shown)
            self._render(keep_scroll=True)
            self.browser.verticalScrollBar().setValue(scroll)

    def _names(self) -> list[tuple[str, int]]:
        return list(self._page.names) if self._page is not None else []

    def _on_language(self, _language: str) -> None:
        self.retranslate()
        self._render(keep_scroll=True)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Select an event, a delegation, an agreement, a follow-up or anyone in the "
                "calendar or a register to see it here."
            )
        )
        self._update_button()

    def _update_button(self) -> None:
        subject = self._page is not None and is_subject(self._page.ref)
        self.open_button.setText(self.tr("Open dossier") if subject else self.tr("Open"))
        tip = self.tr("Open the dossier (Enter)") if subject else self.tr("Open the editor (Enter)")
        self.open_button.setToolTip(tip)
        self.briefing_button.follow(briefing_key(self._page.ref if self._page else None))

    def _render(self, *, keep_scroll: bool) -> None:
        self._update_button()
        if self._page is None:
            if self._shown is not None:
                self.hint.setText(self.tr("This record is no longer in the database."))
            else:
                self.retranslate()
            self.stack.setCurrentIndex(0)
            self.browser.clear()
            return
        from .detail_pages import render_page

        html = render_page(
            self._page, self._context.language, self._context.zone, self._context.today()
        )
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(html)
        if keep_scroll:
            self.browser.verticalScrollBar().setValue(scroll)
        self.stack.setCurrentIndex(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._page is not None:
            self.open_shown()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # a translator installed while the panel is open (the shell's language switch)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
