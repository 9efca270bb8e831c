"""The Import dialog's one Cancel: a big CSV's import held while Cancel is pressed (nothing
changes, the report says so), the window closed mid-import (it waits for the import to stop),
and no second Cancel during a check."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from diplotrack.ui.context import AppContext
from diplotrack.ui.dialogs.exchange_job import ExchangeJob
from diplotrack.ui.dialogs.import_dialog import REPORT, ImportDialog
from support.imports import WAIT_MS, checked, count_events, open_import, settled

pytestmark = pytest.mark.gui


@pytest.fixture
def big_csv(tmp_path: Path) -> Path:
    path = tmp_path / "big.csv"
    lines = ["Название;Дата;Страна"]
    lines += [f"Встреча № {n};{1 + n % 28:02d}.0{1 + n % 9}.2025;Киргизия" for n in range(5000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _import_held_at_first_report(
    qtbot: QtBot, dialog: ImportDialog
) -> tuple[threading.Event, list[tuple[int, int]]]:
    """Starts the import and holds its thread at its first progress report (so Cancel is
    pressed while it surely runs) until the returned event is set."""
    release = threading.Event()
    reports: list[tuple[int, int]] = []

    def hold(step: str, job: ExchangeJob) -> None:
        def report(done: int, total: int) -> None:
            reports.append((done, total))
            release.wait(WAIT_MS / 1000)

        if step == "import":
            job.on_report.append(report)

    dialog.job_started.connect(hold)
    qtbot.mouseClick(dialog.buttons.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(reports), timeout=WAIT_MS)
    return release, reports


def _cancel_buttons(dialog: ImportDialog) -> list[QPushButton]:
    return [
        button
        for button in dialog.findChildren(QPushButton)
        if button.isVisible() and button.text().replace("&", "") == "Cancel"
    ]


def test_one_cancel_stops_a_big_import_and_nothing_changes(
    qtbot: QtBot, context: AppContext, big_csv: Path, screenshots: Path
) -> None:
    events_before = count_events(context)
    dialog = open_import(qtbot, context, big_csv)
    checked(qtbot, dialog)
    assert dialog.check is not None and dialog.check.report.created["events"] == 5000
    release, _reports = _import_held_at_first_report(qtbot, dialog)
    try:
        assert dialog.step == "import"
        assert _cancel_buttons(dialog) == [dialog.buttons.close_button]  # one Cancel, not two
        assert dialog.buttons.close_button.isEnabled()
        dialog.grab().save(str(screenshots / "import-running-en.png"))
        qtbot.mouseClick(dialog.buttons.close_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()  # the import has not stopped yet: nothing closes
        assert not dialog.buttons.close_button.isEnabled()  # pressed once is enough
        assert dialog.activity.label.text() == "Cancelling…"
        dialog.grab().save(str(screenshots / "import-cancelling-en.png"))
    finally:
        release.set()
    settled(qtbot, dialog, REPORT)
    assert dialog.cancelled and dialog.isVisible()
    assert dialog.report_page.heading.text() == "Cancelled: nothing was imported."
    assert dialog.buttons.close_button.text() == "Close" and dialog.buttons.close_button.isEnabled()
    assert count_events(context) == events_before


def test_closing_the_window_during_an_import_stops_it_first(
    qtbot: QtBot, context: AppContext, big_csv: Path
) -> None:
    events_before = count_events(context)
    dialog = open_import(qtbot, context, big_csv)
    checked(qtbot, dialog)
    release, _reports = _import_held_at_first_report(qtbot, dialog)
    try:
        assert not dialog.close()  # refused while the import runs…
        assert dialog.isVisible() and dialog.step == "import"
    finally:
        release.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)  # …closed once stopped
    assert dialog.cancelled and dialog.job is None
    assert count_events(context) == events_before


def test_a_check_shows_no_second_cancel(qtbot: QtBot, context: AppContext, big_csv: Path) -> None:
    dialog = open_import(qtbot, context, big_csv)
    checked(qtbot, dialog)
    assert dialog.activity.findChildren(QPushButton) == []
    assert _cancel_buttons(dialog) == [dialog.buttons.close_button]
