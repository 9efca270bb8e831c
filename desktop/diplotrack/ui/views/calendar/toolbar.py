"""The calendar's period bar: previous and next, the period's title, Today, the four modes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from .layout import Mode

MODES = (Mode.MONTH, Mode.WEEK, Mode.DAY, Mode.AGENDA)


class PeriodBar(QWidget):
    """The row above the calendar; what its buttons ask for, the calendar view does."""

    mode_chosen = Signal(object)  # Mode

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setMinimumWidth(220)
        self.today_button = QPushButton()
        self.mode_buttons: dict[Mode, QToolButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        for mode in MODES:
            button = QToolButton()
            button.setCheckable(True)
            button.setAutoRaise(False)
            button.clicked.connect(lambda _checked=False, m=mode: self.mode_chosen.emit(m))
            group.addButton(button)
            self.mode_buttons[mode] = button
        self.notice = QLabel()
        self.notice.setStyleSheet("color: #8a4b00;")
        self.notice.setWordWrap(True)

        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 6, 8, 6)
        bar.addWidget(self.previous_button)
        bar.addSpacing(8)
        bar.addWidget(self.title)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.today_button)
        bar.addSpacing(12)
        switch = QHBoxLayout()
        switch.setSpacing(0)
        for button in self.mode_buttons.values():
            switch.addWidget(button)
        bar.addLayout(switch)
        bar.addSpacing(12)
        bar.addWidget(self.notice, 1)

    def retranslate(self) -> None:
        self.previous_button.setToolTip(self.tr("Previous period (PgUp)"))
        self.next_button.setToolTip(self.tr("Next period (PgDn)"))
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Go to today (T)"))
        names = {
            Mode.MONTH: (self.tr("Month"), "Ctrl+1, M"),
            Mode.WEEK: (self.tr("Week"), "Ctrl+2, W"),
            Mode.DAY: (self.tr("Day"), "Ctrl+3, D"),
            Mode.AGENDA: (self.tr("List"), "Ctrl+4, A"),
        }
        for mode, (name, keys) in names.items():
            self.mode_buttons[mode].setText(name)
            self.mode_buttons[mode].setToolTip(f"{name} ({keys})")
        self.notice.clear()
