"""Flags: real images where the system has them, a drawn badge otherwise, cached, and country
references that go to a RecordRef and back."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pycountry
import pytest
from PySide6.QtGui import QColor, QPixmap
from pytestqt.qtbot import QtBot

from diplotrack.services.changes import RecordRef
from diplotrack.ui.refs import country_code_of, country_ref
from diplotrack.ui.widgets import flags

pytestmark = pytest.mark.gui


def _colors(pixmap: object) -> set[tuple[int, int, int]]:
    image = pixmap.toImage()  # type: ignore[attr-defined]
    return {
        QColor(image.pixel(x, y)).getRgb()[:3]
        for x in range(2, image.width() - 2)
        for y in range(2, image.height() - 2)
    }


def test_flag_from_the_system_set(qtbot: QtBot) -> None:
    assert flags.flag_file("KG") is not None, "scripts/setup installs iso-flags-png-320x240"
    kg = flags.flag_pixmap("kg", 24)
    assert (kg.width(), kg.height()) == (32, 24)
    # Kyrgyzstan's flag is red with a yellow sun
    reds = [c for c in _colors(kg) if c[0] > 180 and c[1] < 80 and c[2] < 80]
    yellows = [c for c in _colors(kg) if c[0] > 200 and c[1] > 150 and c[2] < 100]
    assert reds and yellows
    assert flags.flag_pixmap("KG", 24) is kg  # cached
    assert flags.has_flag_image("KG")


_KEPT = ("_sources", "_pixmaps", "_icons", "_strips")  # what the module keeps in memory


@pytest.fixture
def own_flags(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A flag folder of this test holding Kyrgyzstan's image, a cache folder of its own, and
    nothing read yet."""
    folder = tmp_path / "flags"
    folder.mkdir()
    original = flags.flag_file("KG")
    assert original is not None
    shutil.copy(original, folder / "kg.png")
    monkeypatch.setattr(flags, "FLAG_FOLDERS", (folder,))
    monkeypatch.setenv("DIPLOTRACK_FLAG_CACHE", str(tmp_path / "cache"))
    for name in _KEPT:
        monkeypatch.setattr(flags, name, {})
    return folder


def _forget() -> None:
    for name in _KEPT:
        getattr(flags, name).clear()


def _red_png(path: Path) -> None:
    red = QPixmap(320, 240)
    red.fill(QColor(255, 0, 0))
    assert red.save(str(path), "PNG")


def _is_all_red(pixmap: QPixmap) -> bool:
    return _colors(pixmap) <= {(255, 0, 0)}


def test_a_small_copy_is_kept_and_read_instead_of_the_image(qtbot: QtBot, own_flags: Path) -> None:
    first = flags.flag_pixmap("KG", 24)
    copies = list((Path(os.environ["DIPLOTRACK_FLAG_CACHE"])).rglob("kg.png"))
    assert len(copies) == 1
    assert QPixmap(str(copies[0])).size().toTuple() == (64, 48)
    # an older image of another flag under the same name: the copy is what is read
    image = own_flags / "kg.png"
    _red_png(image)
    older = copies[0].stat().st_mtime - 60
    os.utime(image, (older, older))
    _forget()
    again = flags.flag_pixmap("KG", 24)
    assert again.toImage() == first.toImage()
    # the image changed after the copy was made: the copy is made again from it
    newer = copies[0].stat().st_mtime + 60
    os.utime(image, (newer, newer))
    _forget()
    assert _is_all_red(flags.flag_pixmap("KG", 24))
    assert _is_all_red(QPixmap(str(copies[0])))


def test_a_damaged_or_unwritable_cache_still_gives_the_flag(
    qtbot: QtBot, own_flags: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = flags.flag_pixmap("KG", 24)
    (copy,) = Path(os.environ["DIPLOTRACK_FLAG_CACHE"]).rglob("kg.png")
    copy.write_bytes(b"not a picture")
    _forget()
    assert flags.flag_pixmap("KG", 24).toImage() == first.toImage()
    assert QPixmap(str(copy)).size().toTuple() == (64, 48)  # written whole again

    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("DIPLOTRACK_FLAG_CACHE", str(blocked))
    _forget()
    assert flags.flag_pixmap("KG", 24).toImage() == first.toImage()
    assert not list(tmp_path.glob("**/*.partial"))


def test_badge_when_there_is_no_image(qtbot: QtBot) -> None:
    badge = flags.flag_pixmap("QQ", 16)  # a user-assigned code no set has
    assert not badge.isNull() and badge.height() == 16
    assert not flags.has_flag_image("QQ")
    colors = _colors(badge)
    assert any(c == QColor("#e8ebf0").getRgb()[:3] for c in colors)  # the neutral badge


def test_icon_and_strip(qtbot: QtBot) -> None:
    icon = flags.flag_icon("RU")
    assert not icon.isNull() and len(icon.availableSizes()) >= 3
    strip = flags.flags_strip(("RU", "KG"), 12)
    assert strip.height() == 12 and strip.width() == 2 * 16 + flags.STRIP_GAP


def test_country_references_round_trip() -> None:
    assert country_ref("KG") == RecordRef("country", 417)
    assert country_code_of(RecordRef("country", 643)) == "RU"
    for country in pycountry.countries:
        assert country_code_of(country_ref(country.alpha_2)) == country.alpha_2
    assert country_code_of(country_ref("XK")) == "XK"
    with pytest.raises(ValueError):
        country_ref("Kyrgyzstan")
    with pytest.raises(ValueError):
        country_code_of(RecordRef("place", 1))
