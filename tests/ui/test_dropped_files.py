"""Which files dropped onto the window go to the import dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from diplotrack.ui.exchange_actions import dropped_file

pytestmark = pytest.mark.gui


def _drop(*urls: QUrl) -> QDropEvent:
    data = QMimeData()
    data.setUrls(list(urls))
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event._data = data  # type: ignore[attr-defined]  # the event does not keep it alive
    return event


@pytest.mark.parametrize(
    "name", ["office.ics", "register.xlsx", "macros.XLSM", "list.csv", "t.tsv", "r.txt", "r.md"]
)
def test_a_calendar_a_register_or_a_release_is_taken(
    qapp: QApplication, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    assert dropped_file(_drop(QUrl.fromLocalFile(str(path)))) == path


def test_anything_else_is_left(qapp: QApplication, tmp_path: Path) -> None:
    picture = QUrl.fromLocalFile(str(tmp_path / "photo.png"))
    two = (QUrl.fromLocalFile(str(tmp_path / "a.csv")), QUrl.fromLocalFile(str(tmp_path / "b.csv")))
    assert dropped_file(_drop(picture)) is None
    assert dropped_file(_drop(*two)) is None
    assert dropped_file(_drop(QUrl("https://example.org/a.csv"))) is None
