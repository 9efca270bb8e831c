"""The calendar's keys: which it claims before the window's shortcuts, and what each does."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from .layout import Mode
from .surface import item_ref

if TYPE_CHECKING:
    from .view import CalendarView

MODE_KEYS = {
    Qt.Key.Key_M: Mode.MONTH,
    Qt.Key.Key_W: Mode.WEEK,
    Qt.Key.Key_D: Mode.DAY,
    Qt.Key.Key_A: Mode.AGENDA,
    Qt.Key.Key_1: Mode.MONTH,
    Qt.Key.Key_2: Mode.WEEK,
    Qt.Key.Key_3: Mode.DAY,
    Qt.Key.Key_4: Mode.AGENDA,
}
_DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)
_PLAIN_CLAIMED = (
    Qt.Key.Key_T,
    Qt.Key.Key_M,
    Qt.Key.Key_W,
    Qt.Key.Key_D,
    Qt.Key.Key_A,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
)


# A Russian keyboard sends its own letters: the keys of the Latin letters the calendar answers
# (T, M, W, D, A, and N and Z with Ctrl) are where ЙЦУКЕН has Е, Ь, Ц, В, Ф, Т and Я.
_RUSSIAN_LAYOUT = {
    ord("Е"): Qt.Key.Key_T,
    ord("Ь"): Qt.Key.Key_M,
    ord("Ц"): Qt.Key.Key_W,
    ord("В"): Qt.Key.Key_D,
    ord("Ф"): Qt.Key.Key_A,
    ord("Т"): Qt.Key.Key_N,
    ord("Я"): Qt.Key.Key_Z,
}


def key_of(event: QKeyEvent) -> Qt.Key:
    """The key pressed, a Russian layout's letter taken as the Latin one on the same key."""
    code = event.key()
    latin = _RUSSIAN_LAYOUT.get(code)
    return latin if latin is not None else Qt.Key(code)


def _plain(event: QKeyEvent) -> bool:
    return not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


def claims_key(event: QKeyEvent) -> bool:
    """Keys the calendar answers itself while it has focus, before any window shortcut."""
    key = key_of(event)
    ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
    if ctrl and (key == Qt.Key.Key_N or key in _DIGITS):
        return True
    return _plain(event) and key in _PLAIN_CLAIMED


def handle_key(view: CalendarView, event: QKeyEvent) -> bool:
    """Every key the calendar answers, from whichever of its views has focus."""
    key, modifiers = key_of(event), event.modifiers()
    ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
    alt = bool(modifiers & Qt.KeyboardModifier.AltModifier)
    if event.matches(QKeySequence.StandardKey.Undo):
        view.context.undo_stack.undo()
        return True
    if event.matches(QKeySequence.StandardKey.Redo) or (
        ctrl and modifiers & Qt.KeyboardModifier.ShiftModifier and key == Qt.Key.Key_Z
    ):
        view.context.undo_stack.redo()
        return True
    if ctrl and key == Qt.Key.Key_N:
        view.request_new_event()
        return True
    plain = _plain(event)
    if key in MODE_KEYS and ((key in _DIGITS and ctrl) or (key not in _DIGITS and plain)):
        view.set_mode(MODE_KEYS[key])
        return True
    if not plain and not alt:
        return False
    if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
        cycle_item(view, forward=key == Qt.Key.Key_Down)
        return True
    return _plain_key(view, key)


def _plain_key(view: CalendarView, key: Qt.Key) -> bool:
    week = 1 if view.mode is Mode.DAY else 7
    moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -week, Qt.Key.Key_Down: week}
    if key in moves:
        view.notice.clear()
        view.context.select(None)
        view.go_to(view.shown.selected_day + timedelta(days=moves[key]))
        return True
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        open_selected(view)
    elif key == Qt.Key.Key_T:
        view.go_today()
    elif key == Qt.Key.Key_PageUp:
        view.step_period(-1)
    elif key == Qt.Key.Key_PageDown:
        view.step_period(1)
    elif key == Qt.Key.Key_Escape and view.shown.selected is not None:
        view.context.select(None)
    else:
        return False
    return True


def cycle_item(view: CalendarView, forward: bool) -> None:
    """Alt+Down / Alt+Up: the next or previous item of the selected day becomes selected."""
    refs = [item_ref(item) for item in view.items_on(view.shown.selected_day)]
    if not refs:
        return
    current = refs.index(view.shown.selected) if view.shown.selected in refs else -1
    if current < 0:
        chosen = 0 if forward else len(refs) - 1
    else:
        chosen = (current + (1 if forward else -1)) % len(refs)
    view.select_ref(refs[chosen])


def open_selected(view: CalendarView) -> None:
    """Enter: the selected item if it is on the selected day, else the day's first item."""
    refs = [item_ref(item) for item in view.items_on(view.shown.selected_day)]
    if view.shown.selected in refs:
        view.context.open(view.shown.selected)
    elif refs:
        view.context.open(refs[0])
