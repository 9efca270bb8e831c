"""A choice box of enum names keeps room for its longest name after the language changes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.domain.enums import ParticipantRole
from diplotrack.ui.dialogs.fields import EnumBox
from diplotrack.ui.i18n import install_language


def test_the_box_grows_to_its_longest_russian_name(qtbot: QtBot, qapp: QApplication) -> None:
    install_language("en")
    box = EnumBox(ParticipantRole)
    qtbot.addWidget(box)
    box.show()
    english = box.sizeHint().width()
    try:
        install_language("ru")
        box.retranslate()
        longest = max(
            box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count())
        )
        assert "Принимающая сторона" in [box.itemText(i) for i in range(box.count())]
        assert box.sizeHint().width() > english
        assert box.sizeHint().width() >= longest
    finally:
        install_language("en")
