"""Flags: real images where the system has them, a drawn badge otherwise, cached, and country
references that go to a RecordRef and back."""

from __future__ import annotations

import pycountry
import pytest
from PySide6.QtGui import QColor
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
