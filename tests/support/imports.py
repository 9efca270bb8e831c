"""The Import dialog's tests' common ground: the office's cp1251 register (a venue column no
heading names, a day that does not exist), the dialog opened on a path as typed, and waiting
for its steps to settle."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from diplotrack.domain import Event
from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.import_dialog import TABLE, ImportDialog

WAIT_MS = 60_000

CONSUL = "Встреча с генеральным консулом Узбекистана"
MONGOLIA = "Приём делегации Монголии"
# a cp1251 register as the office kept it: the venue column's heading names no field, and
# row 4 (the heading is row 1) has a day that does not exist
REGISTER_CSV = (
    "Название;Дата;Страна;Город;Помещение;Примечание\r\n"
    f"{CONSUL};12.03.2025;Узбекистан;Красноярск;Зал заседаний;рабочая встреча\r\n"
    f"{MONGOLIA};14.03.2025;Монголия;Красноярск;Большой зал;\r\n"
    "Форум без даты;31.02.2025;Киргизия;Красноярск;Малый зал;дата неверна\r\n"
)


def write_register_csv(folder: Path) -> Path:
    """The register, as the office saved it from Excel (cp1251, semicolons)."""
    path = folder / "мероприятия.csv"
    path.write_bytes(REGISTER_CSV.encode("cp1251"))
    return path


def count_events(context: AppContext, title: str | None = None) -> int:
    with context.db.session() as session:
        query = select(func.count()).select_from(Event)
        if title is not None:
            query = query.where(Event.title == title)
        return int(session.scalar(query) or 0)


def open_import(qtbot: QtBot, context: AppContext, path: Path | None = None) -> ImportDialog:
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if path is not None:
        # the person types (or pastes) the path and presses Enter
        dialog.file_page.path_edit.setText(str(path))
        qtbot.keyClick(dialog.file_page.path_edit, Qt.Key.Key_Return)
    return dialog


def settled(qtbot: QtBot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(
        lambda: (
            dialog.job is None
            and dialog.pages.currentIndex() == page
            and not dialog._recheck.isActive()
        ),
        timeout=WAIT_MS,
    )


def checked(qtbot: QtBot, dialog: ImportDialog) -> None:
    settled(qtbot, dialog, TABLE)
    qtbot.waitUntil(lambda: dialog.check is not None, timeout=WAIT_MS)
