"""The colour of each event kind and how each status looks, for every view that draws chips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from diplotrack.domain.enums import EventKind, EventStatus

# Mid-dark tones: each stays readable as text on white (contrast >= 4.5:1) and, lightened,
# as a chip background under near-black text. Hues are spread so neighbours differ even
# for the common red-green colour blindness (meeting blue vs signing green differ in lightness).
_KIND_COLORS: dict[EventKind, str] = {
    EventKind.MEETING: "#1f5fbf",
    EventKind.VISIT: "#7a3fb0",
    EventKind.CONFERENCE: "#b8560f",
    EventKind.SIGNING: "#1e7a3c",
    EventKind.RECEPTION: "#b0306a",
    EventKind.CALL: "#0f7884",
    EventKind.CULTURAL: "#8a6a00",
    EventKind.OTHER: "#5d6470",
}

# Delegations are not events; they get a colour no kind uses, a deep slate-indigo band.
_DELEGATION_COLOR = "#3b4a8c"

_TEXT_DARK = QColor("#1b1f24")
_TEXT_MUTED = QColor("#6b7280")


def kind_color(kind: EventKind | str) -> QColor:
    """The colour of an event kind (its bar on every chip); unknown kinds get the 'other' grey."""
    try:
        return QColor(_KIND_COLORS[EventKind(kind)])
    except ValueError:
        return QColor(_KIND_COLORS[EventKind.OTHER])


def delegation_color() -> QColor:
    """The colour of delegation bands: distinct from every event kind."""
    return QColor(_DELEGATION_COLOR)


def tint(color: QColor, strength: float) -> QColor:
    """``color`` mixed with white: 0.0 is white, 1.0 the colour itself."""
    strength = min(max(strength, 0.0), 1.0)
    return QColor(
        round(255 + (color.red() - 255) * strength),
        round(255 + (color.green() - 255) * strength),
        round(255 + (color.blue() - 255) * strength),
    )


@dataclass(frozen=True, slots=True)
class ChipStyle:
    """How a chip of one status is drawn, given its kind colour.

    ``fill_strength`` is how much of the kind colour fills the chip (0 = hollow white);
    ``light_text`` says the fill is dark enough for white text.
    """

    fill_strength: float
    outline: bool
    outline_style: Qt.PenStyle
    italic: bool
    struck: bool
    muted: bool
    light_text: bool

    def fill(self, kind: QColor) -> QColor:
        """The chip background for a chip of colour ``kind``."""
        if self.muted:
            return QColor("#f1f2f4")
        return tint(kind, self.fill_strength)

    def border(self, kind: QColor) -> QColor:
        """The outline colour (used only when ``outline`` is set)."""
        if self.muted:
            return QColor("#b8bcc4")
        return kind

    def bar(self, kind: QColor) -> QColor:
        """The colour bar at the chip's leading edge."""
        if self.muted:
            return QColor("#9aa0aa")
        return kind

    def text(self, kind: QColor) -> QColor:
        """The text colour on this chip."""
        if self.muted:
            return _TEXT_MUTED
        if self.light_text:
            return QColor("#ffffff")
        return _TEXT_DARK


_CHIP_STYLES: dict[EventStatus, ChipStyle] = {
    # Planned: not yet certain — only an outline in the kind colour.
    EventStatus.PLANNED: ChipStyle(0.0, True, Qt.PenStyle.SolidLine, False, False, False, False),
    # Confirmed: agreed, a light fill.
    EventStatus.CONFIRMED: ChipStyle(0.22, True, Qt.PenStyle.SolidLine, False, False, False, False),
    # Held: done, the full colour.
    EventStatus.HELD: ChipStyle(1.0, False, Qt.PenStyle.SolidLine, False, False, False, True),
    # Postponed: moved to an unknown date — dashed and italic, so it reads as provisional.
    EventStatus.POSTPONED: ChipStyle(0.08, True, Qt.PenStyle.DashLine, True, False, False, False),
    # Cancelled: kept for the record, struck through and greyed so it recedes.
    EventStatus.CANCELLED: ChipStyle(0.0, True, Qt.PenStyle.SolidLine, False, True, True, False),
}


def chip_style(status: EventStatus | str) -> ChipStyle:
    """How a chip of ``status`` looks; unknown statuses look planned."""
    try:
        return _CHIP_STYLES[EventStatus(status)]
    except ValueError:
        return _CHIP_STYLES[EventStatus.PLANNED]


def delegation_style() -> ChipStyle:
    """Delegation bands: a light fill with a solid outline, bold in the painter."""
    return ChipStyle(0.16, True, Qt.PenStyle.SolidLine, False, False, False, False)


# Calendar surfaces, kept here so every view uses the same quiet palette.
GRID_LINE = QColor("#d9dce1")
OTHER_MONTH_BACKGROUND = QColor("#f6f7f9")
TODAY_BACKGROUND = QColor("#fff6d6")
SELECTED_DAY_BACKGROUND = QColor("#e3edfb")
SELECTION_OUTLINE = QColor("#0b57d0")
HEADER_TEXT = QColor("#4b5563")
DAY_NUMBER_TEXT = QColor("#1b1f24")
MUTED_TEXT = _TEXT_MUTED
