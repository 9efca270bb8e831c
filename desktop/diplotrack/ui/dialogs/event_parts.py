"""Parts of the event editor: the participants with their roles, and the repeat rule."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diplotrack.domain.enums import ParticipantRole
from diplotrack.services.events import ParticipantInput

from ..context import AppContext
from ..widgets.pickers import RecordPicker
from .fields import EnumBox


@dataclass
class _ParticipantLine:
    who: RecordPicker
    role: EnumBox
    description: QLineEdit
    buttons: list[QToolButton]


class ParticipantRows(QWidget):
    """Who took part, one line each: a person (or an organization with a description of the
    people, "heads of departments"), the role, and buttons to move or remove the line."""

    changed = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lines: list[_ParticipantLine] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.add_person_button = QPushButton(self)
        self.add_organization_button = QPushButton(self)
        for button in (self.add_person_button, self.add_organization_button):
            button.setAutoDefault(False)
        self.add_person_button.clicked.connect(lambda: self.add_line("person", focus=True))
        self.add_organization_button.clicked.connect(
            lambda: self.add_line("organization", focus=True)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.add_organization_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        layout.addLayout(buttons)
        context.language_changed.connect(self.retranslate)
        self.retranslate()

    def add_line(
        self,
        kind: str,
        *,
        key: int | None = None,
        role: str = ParticipantRole.PARTICIPANT,
        description: str | None = None,
        focus: bool = False,
    ) -> _ParticipantLine:
        who = RecordPicker(self.context, kind, self)
        if key is not None:
            who.set_key(key)
        role_box = EnumBox(ParticipantRole, self)
        role_box.set_value(role)
        text = QLineEdit(description or "", self)
        text.setCursorPosition(0)  # a long description shows its beginning, not its end
        text.setToolTip(description or "")
        text.setVisible(kind == "organization")
        buttons = [QToolButton(self) for _ in range(3)]
        for button, glyph in zip(buttons, ("↑", "↓", "×"), strict=True):
            button.setText(glyph)
        line = _ParticipantLine(who, role_box, text, buttons)
        buttons[0].clicked.connect(lambda: self._move(line, -1))
        buttons[1].clicked.connect(lambda: self._move(line, 1))
        buttons[2].clicked.connect(lambda: self.remove_line(line))
        who.picked.connect(lambda *_: self.changed.emit())
        who.textEdited.connect(lambda *_: self.changed.emit())
        role_box.currentIndexChanged.connect(lambda *_: self.changed.emit())
        text.textEdited.connect(lambda *_: self.changed.emit())
        self.lines.append(line)
        self._relayout()
        self._retranslate_line(line)
        if focus:
            who.show()  # a widget gets focus only once it is shown
            who.setFocus()
            self.changed.emit()
        return line

    def remove_line(self, line: _ParticipantLine) -> None:
        self.lines.remove(line)
        for widget in (line.who, line.role, line.description, *line.buttons):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._relayout()
        self.changed.emit()

    def _move(self, line: _ParticipantLine, step: int) -> None:
        number = self.lines.index(line)
        target = number + step
        if 0 <= target < len(self.lines):
            self.lines[number], self.lines[target] = self.lines[target], self.lines[number]
            self._relayout()
            line.who.setFocus()
            self.changed.emit()

    def _relayout(self) -> None:
        for row, line in enumerate(self.lines):
            self.grid.addWidget(line.who, row, 0)
            self.grid.addWidget(line.description, row, 1)
            self.grid.addWidget(line.role, row, 2)
            for column, button in enumerate(line.buttons, start=3):
                self.grid.addWidget(button, row, column)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        order: list[QWidget] = [
            w for line in self.lines for w in (line.who, line.description, line.role)
        ]
        order.append(self.add_person_button)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def clear(self) -> None:
        for line in list(self.lines):
            self.remove_line(line)

    def set_participants(self, participants: tuple[ParticipantInput, ...]) -> None:
        self.clear()
        for item in participants:
            if item.person_id is not None:
                self.add_line("person", key=item.person_id, role=item.role)
            else:
                self.add_line(
                    "organization",
                    key=item.organization_id,
                    role=item.role,
                    description=item.description,
                )

    def participants(self) -> tuple[ParticipantInput, ...]:
        """The lines as service input; a line whose name is typed but not picked is skipped
        by ``loose_line`` callers first."""
        result: list[ParticipantInput] = []
        for line in self.lines:
            key = line.who.key()
            if key is None:
                continue
            if line.who.kind == "person":
                result.append(ParticipantInput(person_id=int(key), role=line.role.value()))
            else:
                result.append(
                    ParticipantInput(
                        organization_id=int(key),
                        role=line.role.value(),
                        description=line.description.text() or None,
                    )
                )
        return tuple(result)

    def has_loose_text(self) -> bool:
        return any(line.who.has_loose_text() for line in self.lines)

    def _retranslate_line(self, line: _ParticipantLine) -> None:
        line.role.retranslate()
        line.description.setPlaceholderText(self.tr("Who, e.g. heads of departments"))
        for button, tip in zip(
            line.buttons, (self.tr("Move up"), self.tr("Move down"), self.tr("Remove")), strict=True
        ):
            button.setToolTip(tip)

    def retranslate(self, *_: object) -> None:
        self.add_person_button.setText(self.tr("+ Person"))
        self.add_organization_button.setText(self.tr("+ Organization (no names)"))
        for line in self.lines:
            self._retranslate_line(line)


_FREQUENCIES = ("", "DAILY", "WEEKLY", "MONTHLY", "YEARLY")
_LINE_START = re.compile(r"\s+(?=(?:RRULE|EXDATE|RDATE|EXRULE)[:;])")


class RecurrenceField(QWidget):
    """A simple chooser (none, daily, weekly, monthly, yearly; how many times) that writes an
    RFC 5545 rule, and the rule itself for experts (EXDATE, BYDAY, …)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frequency = QComboBox(self)
        self.count = QSpinBox(self)
        self.count.setRange(0, 999)
        self.rule = QLineEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.frequency)
        layout.addWidget(self.count)
        layout.addWidget(self.rule, 1)
        self.frequency.currentIndexChanged.connect(self._write_rule)
        self.count.valueChanged.connect(self._write_rule)
        self.rule.textEdited.connect(lambda *_: self.changed.emit())
        self.retranslate()

    def _write_rule(self, *_: object) -> None:
        frequency = _FREQUENCIES[max(self.frequency.currentIndex(), 0)]
        if not frequency:
            self.rule.setText("")
        else:
            count = f";COUNT={self.count.value()}" if self.count.value() else ""
            self.rule.setText(f"RRULE:FREQ={frequency}{count}")
        self.changed.emit()

    def value(self) -> str | None:
        # the one-line field shows the rule's lines side by side; the service wants them apart
        return _LINE_START.sub("\n", self.rule.text().strip()) or None

    def set_value(self, rule: str | None) -> None:
        text = rule or ""
        frequency, count = "", 0
        lines = text.splitlines()
        if len(lines) == 1 and lines[0].startswith("RRULE:"):
            parts = dict(part.split("=", 1) for part in lines[0][6:].split(";") if "=" in part)
            if set(parts) <= {"FREQ", "COUNT"} and parts.get("FREQ") in _FREQUENCIES:
                frequency, count = parts["FREQ"], int(parts.get("COUNT", "0") or 0)
        blockers = [self.frequency.blockSignals(True), self.count.blockSignals(True)]
        self.frequency.setCurrentIndex(_FREQUENCIES.index(frequency) if frequency else 0)
        self.count.setValue(count)
        self.frequency.blockSignals(blockers[0])
        self.count.blockSignals(blockers[1])
        self.rule.setText(" ".join(lines))

    def retranslate(self) -> None:
        names = (
            self.tr("Does not repeat"),
            self.tr("Daily"),
            self.tr("Weekly"),
            self.tr("Monthly"),
            self.tr("Yearly"),
        )
        current = self.frequency.currentIndex()
        blocked = self.frequency.blockSignals(True)
        self.frequency.clear()
        self.frequency.addItems(list(names))
        self.frequency.setCurrentIndex(max(current, 0))
        self.frequency.blockSignals(blocked)
        self.count.setSpecialValueText(self.tr("no end"))
        self.count.setSuffix(self.tr(" times"))
        self.rule.setPlaceholderText(self.tr("RRULE:FREQ=YEARLY;COUNT=5 (for experts)"))
