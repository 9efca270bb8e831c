"""What a person does with the keyboard and mouse, for the window tests: typing any text
(Cyrillic too) and clicking a link inside rich text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot


def type_text(widget: QWidget, text: str) -> None:
    """Types ``text`` into ``widget`` key by key, as a person would (QTest.keyClicks knows only
    ASCII, and the office types Cyrillic)."""
    for char in text:
        key = ord(char.upper()) if char.isascii() and char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, int(key), Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def click_link(qtbot: QtBot, browser: QTextBrowser, text: str) -> None:
    """Clicks the middle of the first occurrence of ``text`` in the browser, as a mouse would."""
    cursor = browser.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not on the page"
    middle = browser.textCursor()
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    rect = browser.cursorRect()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
