"""Country flags as pixmaps and icons, drawn from the system's flag images, cached.

The images come from the Debian package ``iso-flags-png-320x240`` (public domain, installed by
``scripts/setup``). Where a flag is missing (another system, a code the set lacks, such as XK),
a neutral rounded badge with the code is drawn instead, so nothing ever breaks for want of one.
Each image is read once into a 64×48 copy kept in the user's cache folder, which later starts
read instead of the original.
"""

from __future__ import annotations

import contextlib
import os
import zlib
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

#: where the flag images live; DIPLOTRACK_FLAGS points elsewhere (a frozen build, a test)
FLAG_FOLDERS = tuple(
    Path(folder)
    for folder in dict.fromkeys(
        (os.environ.get("DIPLOTRACK_FLAGS", ""), "/usr/share/iso-flags-png-320x240")
    )
    if folder
)
#: flags are 4:3 in the set; the badge keeps the same shape so rows line up
ASPECT = 4 / 3
ICON_HEIGHTS = (12, 16, 24, 32, 48)

_pixmaps: dict[tuple[str, int], QPixmap] = {}
_icons: dict[str, QIcon] = {}
_sources: dict[str, QPixmap | None] = {}


def flag_file(code: str) -> Path | None:
    """The image file of the country's flag, or None when the system has none."""
    name = f"{code.strip().lower()}.png"
    if len(name) != 6 or not name[:2].isalpha():
        return None
    for folder in FLAG_FOLDERS:
        path = folder / name
        if path.is_file():
            return path
    return None


#: every flag is drawn from a copy of this size (the largest flag drawn, 48 px high, at 1:1),
#: kept in the user's cache: decoding the 320×240 original costs ~1 ms a flag, and the calendar's
#: first paint shows a dozen or more
SOURCE_WIDTH, SOURCE_HEIGHT = 64, 48


def cache_folder() -> Path:
    """Where the small copies of one image folder's flags are kept (DIPLOTRACK_FLAG_CACHE
    points elsewhere: the tests' own folder)."""
    given = os.environ.get("DIPLOTRACK_FLAG_CACHE")
    if given:
        return Path(given)
    import platformdirs

    base = Path(platformdirs.user_cache_dir("DiploTrack", appauthor=False))
    return base / f"flags-{SOURCE_WIDTH}x{SOURCE_HEIGHT}"


def _copy_path(original: Path) -> Path:
    # one folder per image folder (DIPLOTRACK_FLAGS may name another set with the same names)
    folder = zlib.crc32(str(original.parent.resolve()).encode())
    return cache_folder() / f"{folder:08x}" / original.name


def _kept_copy(original: Path) -> QPixmap | None:
    """The small copy of ``original`` when one newer than it is kept and reads whole."""
    copy = _copy_path(original)
    try:
        if copy.stat().st_mtime < original.stat().st_mtime:
            return None
    except OSError:
        return None
    pixmap = QPixmap(str(copy))
    if pixmap.isNull() or (pixmap.width(), pixmap.height()) != (SOURCE_WIDTH, SOURCE_HEIGHT):
        return None
    return pixmap


def _keep_copy(original: Path, pixmap: QPixmap) -> None:
    """Writes the small copy (whole or not at all); a cache that cannot be written is skipped."""
    copy = _copy_path(original)
    partial = copy.with_name(f".{copy.name}.{os.getpid()}.partial")
    try:
        copy.parent.mkdir(parents=True, exist_ok=True)
        if pixmap.save(str(partial), "PNG"):
            os.replace(partial, copy)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def _load(original: Path) -> QPixmap | None:
    kept = _kept_copy(original)
    if kept is not None:
        return kept
    pixmap = QPixmap(str(original))
    if pixmap.isNull():
        return None
    small = pixmap.scaled(
        SOURCE_WIDTH,
        SOURCE_HEIGHT,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    _keep_copy(original, small)
    return small


def _source(code: str) -> QPixmap | None:
    key = code.upper()
    if key not in _sources:
        path = flag_file(key)
        _sources[key] = _load(path) if path is not None else None
    return _sources[key]


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def _draw_flag(source: QPixmap, width: int, height: int) -> QPixmap:
    canvas = QPixmap(width, height)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    rect = QRectF(0.5, 0.5, width - 1.0, height - 1.0)
    radius = max(1.0, height / 8)
    painter.setClipPath(_rounded(rect, radius))
    scaled = source.scaled(
        width,
        height,
        Qt.AspectRatioMode.IgnoreAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    painter.drawPixmap(0, 0, scaled)
    painter.setClipping(False)
    # a hairline edge, so white flags (Japan, Cyprus) still read as flags on a white row
    painter.setPen(QPen(QColor(0, 0, 0, 60), 1.0))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(_rounded(rect, radius))
    painter.end()
    return canvas


def _draw_badge(code: str, width: int, height: int) -> QPixmap:
    canvas = QPixmap(width, height)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    rect = QRectF(0.5, 0.5, width - 1.0, height - 1.0)
    painter.setPen(QPen(QColor("#8a94a6"), 1.0))
    painter.setBrush(QColor("#e8ebf0"))
    painter.drawPath(_rounded(rect, max(1.0, height / 5)))
    font = QFont()
    font.setPixelSize(max(6, int(height * 0.58)))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#3a4252"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, code.upper()[:3])
    painter.end()
    return canvas


def flag_pixmap(code: str, height: int) -> QPixmap:
    """The flag of the country with ISO code ``code``, ``height`` pixels high (4:3)."""
    height = max(4, height)
    key = (code.strip().upper(), height)
    cached = _pixmaps.get(key)
    if cached is None:
        width = round(height * ASPECT)
        source = _source(key[0])
        cached = (
            _draw_flag(source, width, height)
            if source is not None
            else _draw_badge(key[0], width, height)
        )
        _pixmaps[key] = cached
    return cached


def flag_icon(code: str) -> QIcon:
    """The flag as an icon with sharp pixmaps for the usual icon sizes."""
    key = code.strip().upper()
    icon = _icons.get(key)
    if icon is None:
        icon = QIcon()
        for height in ICON_HEIGHTS:
            icon.addPixmap(flag_pixmap(key, height))
        _icons[key] = icon
    return icon


def has_flag_image(code: str) -> bool:
    """Whether a real flag image exists for ``code`` (otherwise the badge is drawn)."""
    return _source(code.strip().upper()) is not None


_strips: dict[tuple[tuple[str, ...], int], QPixmap] = {}
STRIP_GAP = 3


def flags_strip(codes: tuple[str, ...], height: int) -> QPixmap:
    """Several flags side by side (a record's countries), ``height`` pixels high; cached."""
    key = (tuple(code.upper() for code in codes), max(4, height))
    strip = _strips.get(key)
    if strip is None:
        pieces = [flag_pixmap(code, key[1]) for code in key[0]]
        width = sum(piece.width() for piece in pieces) + STRIP_GAP * max(0, len(pieces) - 1)
        strip = QPixmap(max(1, width), key[1])
        strip.fill(Qt.GlobalColor.transparent)
        painter = QPainter(strip)
        x = 0
        for piece in pieces:
            painter.drawPixmap(x, 0, piece)
            x += piece.width() + STRIP_GAP
        painter.end()
        _strips[key] = strip
    return strip
