"""A picked record shown as a removable chip in ``RecordChips``: flag, name (an event's day
first), ×."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import QToolButton, QWidget

from ..formatting import format_short_date
from .choice_list import DATED_KINDS, describe
from .choices import Choice
from .flags import flag_icon


class Chip(QToolButton):
    """One picked record in a ``RecordChips``: flag, short name, ×; click or Delete removes.

    An event's (delegation's, agreement's) chip starts with its day, as its suggestion did: a
    name too long for the chip is cut, never the day that tells namesakes apart; the whole
    line is the tooltip.
    """

    removed = Signal(object)

    #: the widest a chip's name gets, in average characters, however wide the field
    LONGEST = 48

    def __init__(self, choice: Choice, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        name = choice.name
        if choice.kind == "country":
            name = str(choice.key)
        elif choice.kind == "organization" and choice.detail:
            name = choice.detail  # the short name
        self.name = name
        self.day = ""
        if choice.day is not None and choice.kind in DATED_KINDS:
            self.day = f"{format_short_date(choice.day, language)} · "
        self.setToolTip(describe(choice, language) if self.day else choice.name)
        self.setIcon(flag_icon(choice.country) if choice.country else QIcon())
        self.setIconSize(QSize(20, 14))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setAutoRaise(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.clicked.connect(lambda: self.removed.emit(self.choice))
        self.fit(None)

    def fit(self, width: int | None) -> None:
        """Shows as much of the name as a chip ``width`` pixels wide holds (None: no limit but
        ``LONGEST``); the day and the × always show."""
        metrics = self.fontMetrics()
        room = metrics.averageCharWidth() * self.LONGEST
        if width is not None:
            whole = self._show(self.name)  # before sizeHint, which measures the text shown
            chrome = self.sizeHint().width() - metrics.horizontalAdvance(whole)
            room = min(room, width - chrome - metrics.horizontalAdvance(f"{self.day}  ×"))
        name = metrics.elidedText(self.name, Qt.TextElideMode.ElideRight, max(room, 0)) or "…"
        shown = self._show(name)
        # narrower than its text asks, so the field can shrink: the chip is fitted to it again
        self.setMinimumWidth(self.sizeHint().width() - metrics.horizontalAdvance(shown))

    def _show(self, name: str) -> str:
        """Shows the day, ``name`` and ×; returns the text as it reads."""
        shown = f"{self.day}{name}  ×"
        # "&" would underline the next letter as a shortcut instead of showing itself
        self.setText(shown.replace("&", "&&"))
        return shown

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removed.emit(self.choice)
            return
        super().keyPressEvent(event)
