"""`diplotrack briefing` end to end: the installed command, headless, writing a PDF."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from briefingkit import pdf_pages, pdf_text

from e2e.command import Outcome


def briefing(database: Path, *args: str) -> Outcome:
    """The `diplotrack` script next to this Python, with no display at all."""
    script = Path(sys.executable).with_name("diplotrack")
    command = [str(script) if script.exists() else shutil.which("diplotrack") or "diplotrack"]
    environment = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environment.pop("QT_QPA_PLATFORM", None)
    environment.pop("DIPLOTRACK_DATABASE", None)
    result = subprocess.run(
        [*command, "briefing", *args, "--database", f"sqlite:///{database}"],
        capture_output=True,
        env=environment,
        timeout=300,
        check=False,
    )
    return Outcome(result.returncode, result.stdout.decode(), result.stderr.decode())


def test_a_country_note_from_the_command_line(briefing_demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.pdf"
    outcome = briefing(
        briefing_demo_file, "--country", "Киргизия", "--lang", "en", "--out", str(out)
    )
    assert outcome.returncode == 0, str(outcome)
    assert "Kyrgyzstan" in outcome.stdout
    assert out.read_bytes().startswith(b"%PDF-")
    text = pdf_text(out)
    assert pdf_pages(out) >= 1 and "Kabaev" in text and "Jalal-Abad" in text


def test_a_place_by_a_word_form_with_marking_and_date(
    briefing_demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "place.pdf"
    outcome = briefing(
        briefing_demo_file,
        "--place",
        "Джалал-Абаде",
        "--out",
        str(out),
        "--marking",
        "Для служебного пользования",
        "--prepared-by",
        "А. Сидорова",
        "--date",
        "2026-11-20",
        "--history",
        "3",
    )
    assert outcome.returncode == 0, str(outcome)
    text = " ".join(pdf_text(out).split())
    assert "Джалал-Абад" in text and "Для служебного пользования" in text
    assert "Подготовил: А. Сидорова · 20 ноября 2026 г." in text


def test_an_unknown_country_is_named_and_nothing_is_written(
    briefing_demo_file: Path, tmp_path: Path
) -> None:
    out = tmp_path / "none.pdf"
    outcome = briefing(briefing_demo_file, "--country", "Атлантида", "--out", str(out))
    assert outcome.returncode == 2, str(outcome)
    assert "There is no country “Атлантида”" in outcome.stderr
    assert not out.exists()


def test_an_unknown_id_is_named(briefing_demo_file: Path, tmp_path: Path) -> None:
    outcome = briefing(briefing_demo_file, "--event", "987654", "--out", str(tmp_path / "x.pdf"))
    assert outcome.returncode == 1, str(outcome)
    assert "There is no event “987654”" in outcome.stderr
    assert "Traceback" not in outcome.stderr


def test_the_briefing_package_never_loads_qt_widgets() -> None:
    code = (
        "import sys, diplotrack.briefing, diplotrack.commands.briefing;"
        "assert 'PySide6.QtWidgets' not in sys.modules, 'QtWidgets loaded'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)
    assert result.returncode == 0, result.stderr.decode()
