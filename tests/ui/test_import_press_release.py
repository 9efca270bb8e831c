"""A press release given to the Import dialog: the file step says it is running text and where a
press release is read (File ▸ New from press release…), in English and Russian, again after a
language switch; its button closes the import and opens the press-release dialog with the text;
another file's error takes the advice away. Screenshots of the step in both languages."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.draft_dialog import DraftDialog
from diplotrack.ui.dialogs.import_dialog import FILE
from diplotrack.ui.i18n import install_language
from support.imports import open_import, settled

pytestmark = pytest.mark.gui

SAMPLE = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "samples"
    / "krasnoyarsk-kyrgyz-chancery-meeting.ru.txt"
)


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "release.txt"
    shutil.copyfile(SAMPLE, path)
    return path


def _draft_dialogs() -> list[DraftDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, DraftDialog)]


def test_the_file_step_points_to_the_press_release_dialog(
    qtbot: QtBot, context: AppContext, release: Path, screenshots: Path
) -> None:
    dialog = open_import(qtbot, context, release)
    settled(qtbot, dialog, FILE)
    said = dialog.file_page.error.text()
    assert said.startswith("“release.txt” reads as running text, not as a table of records")
    assert "If it is a press release, open it with File ▸ New from press release…: " in said
    assert "column" not in said.casefold() and "diplotrack draft" not in said
    button = dialog.file_page.press_release_button
    assert button.isVisible() and button.text() == "Open as a &press release…"
    assert not dialog.buttons.import_button.isVisible()
    QApplication.processEvents()  # the error label laid out again for its longer text
    dialog.grab().save(str(screenshots / "import-press-release-en.png"))

    # the language switched with the dialog open: the advice in Russian, the menu as it reads
    install_language("ru")
    context.set_language("ru")
    said = dialog.file_page.error.text()
    assert said.startswith("«release.txt» — связный текст, а не таблица записей")
    assert "Если это пресс-релиз, откройте его через «Файл ▸ Из пресс-релиза…»: " in said
    assert button.text() == "Открыть как &пресс-релиз…"

    # another file: its own error, no advice, no button
    dialog.file_page.path_edit.setText(str(release.with_name("nowhere.csv")))
    qtbot.keyClick(dialog.file_page.path_edit, Qt.Key.Key_Return)
    assert "release.txt" not in dialog.file_page.error.text()
    assert not button.isVisible()


def test_the_russian_file_step(
    qtbot: QtBot, context_ru: AppContext, release: Path, screenshots: Path
) -> None:
    dialog = open_import(qtbot, context_ru, release)
    settled(qtbot, dialog, FILE)
    said = dialog.file_page.error.text()
    assert said.startswith("«release.txt» — связный текст")
    assert "«Файл ▸ Из пресс-релиза…»" in said
    QApplication.processEvents()
    dialog.grab().save(str(screenshots / "import-press-release-ru.png"))


def test_the_button_opens_the_press_release_with_its_text(
    qtbot: QtBot, context: AppContext, release: Path
) -> None:
    dialog = open_import(qtbot, context, release)
    settled(qtbot, dialog, FILE)
    assert not _draft_dialogs()
    qtbot.mouseClick(dialog.file_page.press_release_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (draft,) = _draft_dialogs()
    try:
        assert draft.isVisible()
        assert draft.text_page.text() == SAMPLE.read_text(encoding="utf-8")
    finally:
        draft.discard()
