"""Drawing one calendar chip: kind colour bar, status look, title, flags and country codes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.ui import style
from diplotrack.ui.widgets.flags import flag_pixmap

BAR_WIDTH = 4.0
RADIUS = 3.0
PADDING = 4.0
FLAG_GAP = 3.0


@dataclass(frozen=True)
class ChipText:
    """What a chip says: an optional time, the title, and the countries to mark."""

    time: str
    title: str
    countries: Sequence[str]


def chip_colors(item: CalendarItem) -> tuple[QColor, style.ChipStyle]:
    """The base colour and the status look of an item's chip."""
    if item.item == "delegation":
        look = style.chip_style(item.status)
        if look is style.chip_style("planned") or look is style.chip_style("confirmed"):
            look = style.delegation_style()
        return style.delegation_color(), look
    return style.kind_color(item.kind), style.chip_style(item.status)


def _outline_path(rect: QRectF, open_left: bool, open_right: bool) -> QPainterPath:
    """A rounded chip; an edge that continues into the next row is cut square."""
    path = QPainterPath()
    left_radius = 0.0 if open_left else RADIUS
    right_radius = 0.0 if open_right else RADIUS
    path.moveTo(rect.left() + left_radius, rect.top())
    path.lineTo(rect.right() - right_radius, rect.top())
    if right_radius:
        path.quadTo(rect.topRight(), QPointF(rect.right(), rect.top() + right_radius))
    path.lineTo(rect.right(), rect.bottom() - right_radius)
    if right_radius:
        path.quadTo(rect.bottomRight(), QPointF(rect.right() - right_radius, rect.bottom()))
    path.lineTo(rect.left() + left_radius, rect.bottom())
    if left_radius:
        path.quadTo(rect.bottomLeft(), QPointF(rect.left(), rect.bottom() - left_radius))
    path.lineTo(rect.left(), rect.top() + left_radius)
    if left_radius:
        path.quadTo(rect.topLeft(), QPointF(rect.left() + left_radius, rect.top()))
    path.closeSubpath()
    return path


def _countries_width(
    metrics: QFontMetricsF, codes: Sequence[str], flag_height: int, with_codes: bool
) -> float:
    width = 0.0
    for code in codes:
        width += flag_height * 4 / 3 + FLAG_GAP
        if with_codes:
            width += metrics.horizontalAdvance(code) + FLAG_GAP
    return width


def paint_chip(
    painter: QPainter,
    rect: QRectF,
    item: CalendarItem,
    text: ChipText,
    *,
    font: QFont,
    selected: bool = False,
    open_left: bool = False,
    open_right: bool = False,
    multiline: bool = False,
) -> None:
    """Paints ``item`` as a chip in ``rect``: fill and outline by status, a bar in the kind
    colour, then time, title (elided) and the countries' flags and codes at the right."""
    base, look = chip_colors(item)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    shape = _outline_path(rect.adjusted(0.5, 0.5, -0.5, -0.5), open_left, open_right)
    painter.fillPath(shape, look.fill(base))
    if look.outline:
        pen = QPen(look.border(base), 1.0, look.outline_style)
        painter.setPen(pen)
        painter.drawPath(shape)
    if not open_left:
        painter.save()
        painter.setClipPath(shape)
        painter.fillRect(QRectF(rect.left(), rect.top(), BAR_WIDTH, rect.height()), look.bar(base))
        painter.restore()
    if selected:
        painter.setPen(QPen(style.SELECTION_OUTLINE, 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(_outline_path(rect.adjusted(-1, -1, 1, 1), open_left, open_right))

    chip_font = QFont(font)
    chip_font.setItalic(look.italic)
    chip_font.setStrikeOut(look.struck)
    if item.item == "delegation":
        chip_font.setBold(True)
    metrics = QFontMetricsF(chip_font)
    painter.setFont(chip_font)
    painter.setPen(look.text(base))

    inner = rect.adjusted(BAR_WIDTH + PADDING if not open_left else PADDING, 0, -PADDING, 0)
    line_height = metrics.height()
    first_line = QRectF(inner.left(), inner.top(), inner.width(), min(inner.height(), line_height))
    if not multiline:
        first_line.moveTop(inner.top() + (inner.height() - line_height) / 2)

    flag_height = max(8, min(12, int(line_height * 0.7)))
    codes = list(text.countries)
    with_codes = True
    budget = inner.width() * 0.45
    while codes and _countries_width(metrics, codes, flag_height, with_codes) > budget:
        if with_codes:
            with_codes = False
        else:
            codes.pop()
    countries_width = _countries_width(metrics, codes, flag_height, with_codes) if codes else 0.0

    x = first_line.left()
    right = first_line.right() - countries_width
    if text.time:
        time_font = QFont(chip_font)
        time_font.setBold(True)
        painter.setFont(time_font)
        time_width = QFontMetricsF(time_font).horizontalAdvance(text.time + " ")
        if x + time_width < right:
            painter.drawText(
                QRectF(x, first_line.top(), time_width, line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                text.time,
            )
            x += time_width
        painter.setFont(chip_font)

    title_rect = QRectF(x, first_line.top(), max(0.0, right - x), line_height)
    if multiline and inner.height() > line_height * 1.8:
        title_rect = QRectF(
            inner.left(),
            first_line.top() + line_height,
            inner.width(),
            inner.height() - line_height,
        )
        if not text.time:
            title_rect = QRectF(
                inner.left(), inner.top(), max(0.0, right - inner.left()), inner.height()
            )
        painter.drawText(
            title_rect.adjusted(0, 1, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            text.title,
        )
    else:
        elided = metrics.elidedText(text.title, Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(
            title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided
        )

    cx = first_line.right() - countries_width + FLAG_GAP
    flag_top = first_line.top() + (line_height - flag_height) / 2
    code_font = QFont(chip_font)
    code_font.setStrikeOut(False)
    code_font.setPointSizeF(max(6.0, chip_font.pointSizeF() * 0.85))
    for code in codes:
        painter.drawPixmap(QPointF(cx, flag_top), flag_pixmap(code, flag_height))
        cx += flag_height * 4 / 3 + FLAG_GAP
        if with_codes:
            painter.setFont(code_font)
            advance = metrics.horizontalAdvance(code)
            painter.drawText(
                QRectF(cx, first_line.top(), advance + 1, line_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                code,
            )
            cx += advance + FLAG_GAP
    painter.restore()


def paint_more(painter: QPainter, rect: QRectF, text: str, font: QFont, hovered: bool) -> None:
    """The "+N more" link of a busy day."""
    painter.save()
    link_font = QFont(font)
    link_font.setBold(True)
    link_font.setUnderline(hovered)
    painter.setFont(link_font)
    painter.setPen(style.SELECTION_OUTLINE)
    painter.drawText(
        rect.adjusted(PADDING, 0, -PADDING, 0),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        text,
    )
    painter.restore()
