"""Pages of the note: A4 (or the paper chosen for the printer) with margins, the document
sliced page by page, a footer on each ("Подготовил: … · date · стр. 1 из 2"); onto a QPdfWriter
or a QPrinter alike."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from diplotrack.domain import KnownError

from .document import FONT_FAMILY, briefing_document, briefing_html
from .markup import split_table
from .model import Briefing
from .wording import QT_TRANSLATE_NOOP, Wording

# millimetres: left 20 (for binding), right, top and bottom 15, as official notes are set
MARGINS_MM = QMarginsF(20, 15, 15, 15)
FOOTER_POINTS = 8.0
PDF_RESOLUTION = 600
MAX_MOVES = 60
MAX_ROW_MOVES = 60
EDGE_POINTS = 5.0


def page_layout(
    size: QPageSize | None = None,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
) -> QPageLayout:
    """A4 portrait (or the given paper) with the margins of an official note."""
    return QPageLayout(
        size if size is not None and size.isValid() else QPageSize(QPageSize.PageSizeId.A4),
        orientation,
        MARGINS_MM,
        QPageLayout.Unit.Millimeter,
    )


def device_layout(device: QPagedPaintDevice) -> QPageLayout:
    """The paper the device has (what the person chose in the print dialog: Letter, A4
    landscape), with our margins: the note is laid out on it rather than on A4 that the
    printer would clip or shrink. A device without a valid paper gets A4 portrait."""
    chosen = device.pageLayout()
    if not chosen.pageSize().isValid():
        return page_layout()
    return page_layout(chosen.pageSize(), chosen.orientation())


def footer_text(briefing: Briefing, page: int, count: int) -> str:
    w = Wording(briefing.options.language)
    parts = []
    if briefing.options.prepared_by.strip():
        prepared = w(QT_TRANSLATE_NOOP("Briefing", "Prepared by: {name}"))
        parts.append(prepared.format(name=briefing.options.prepared_by.strip()))
    parts.append(w.full_date(briefing.prepared_on))
    parts.append(
        w(QT_TRANSLATE_NOOP("Briefing", "page {page} of {count}")).format(page=page, count=count)
    )
    return " · ".join(parts)


def keep_together(document: QTextDocument, page_height: float) -> None:
    """Move a section heading left alone at the foot of a page, and a paragraph that runs
    across a page's end, to the top of the next page.

    Qt's layout has no keep-with-next; a page break before the block does it. A paragraph
    is kept whole because Qt, painting a page, also paints the last line of the page before
    when a paragraph runs across (QTextLayout starts one line above its clip): hidden by the
    clip, but there in the PDF's text layer. One block at a time, top down, since each break
    moves everything after it.
    """
    layout = document.documentLayout()
    for _ in range(MAX_MOVES):
        # Qt lays a changed document out again lazily; bounding rectangles of blocks not yet
        # laid out are empty, so finish the layout before reading them.
        layout.documentSize()
        block = _first_to_move(document, page_height)
        if block is None:
            return
        fmt = block.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)


def _moved(block: QTextBlock) -> bool:
    return bool(
        block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    )


def _first_to_move(document: QTextDocument, page_height: float) -> QTextBlock | None:
    """The first heading parted from what follows it, or paragraph (outside tables: their
    rows are moved whole by ``split_table``) running across a page's end; a heading with
    its paragraph. A block already moved stays: a block taller than half a page is torn."""
    layout = document.documentLayout()
    block = document.begin()
    while block.isValid():
        after = block.next()
        if not _moved(block) and QTextCursor(block).currentTable() is None:
            here = layout.blockBoundingRect(block)
            page = int(here.top() // page_height)
            if block.blockFormat().headingLevel():
                if after.isValid() and page != int(
                    layout.blockBoundingRect(after).top() // page_height
                ):
                    return block
            elif here.height() <= page_height / 2 and page != int(
                (here.bottom() - 1) // page_height
            ):
                before = block.previous()
                if before.isValid() and before.blockFormat().headingLevel() and not _moved(before):
                    return before
                return block
        block = after
    return None


def paginated(briefing: Briefing, device: QPagedPaintDevice, body: QSizeF) -> QTextDocument:
    """The note laid out on pages of ``body`` size at the device's resolution: headings kept
    with what follows them, and table rows moved whole to the next page rather than torn."""
    html = briefing_html(briefing)
    for _ in range(MAX_ROW_MOVES):
        document = briefing_document(briefing, html)
        # Measured at the device's own resolution, so what is laid out is what is painted.
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(body)
        keep_together(document, body.height())
        torn = first_torn_row(document, body.height())
        if torn is None:
            return document
        moved = split_table(html, *torn)
        if moved == html:
            return document
        html = moved
    return document


def first_torn_row(document: QTextDocument, page_height: float) -> tuple[int, int] | None:
    """(table, row) of the first table row that runs across a page's end, unless it is too
    tall to fit any page: those must be torn."""
    layout = document.documentLayout()
    layout.documentSize()  # the whole layout, not only what has been asked for yet
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for number, table in enumerate(tables):
        for row in range(table.rows()):
            top, bottom = float("inf"), float("-inf")
            for column in range(table.columns()):
                cell = table.cellAt(row, column)
                first = layout.blockBoundingRect(cell.firstCursorPosition().block())
                last = layout.blockBoundingRect(cell.lastCursorPosition().block())
                top, bottom = min(top, first.top()), max(bottom, last.bottom())
            if bottom - top > page_height / 2:
                continue
            if int(top // page_height) != int((bottom - 1) // page_height):
                return number, row
    return None


def render_pages(briefing: Briefing, device: QPagedPaintDevice) -> int:
    """Lay the note out on the pages of ``device`` (its paper with our margins) and paint them
    all; the number of pages."""
    device.setPageLayout(device_layout(device))
    # Qt finishes a paged layout lazily on a timer; a thread not started by Qt (the window's
    # PDF writer) has no event dispatcher to start it on until an event loop is made in it.
    # The loop is never run: the layout is finished on demand (documentSize) anyway.
    dispatcher = QEventLoop()
    layout = device.pageLayout()
    text_rect = QRectF(layout.paintRectPixels(device.logicalDpiX()))
    footer_font = QFont(FONT_FAMILY)
    footer_font.setPointSizeF(FOOTER_POINTS)
    painter = QPainter()
    if not painter.begin(device):
        raise KnownError("Cannot start writing the briefing: the printer or file refused")
    try:
        painter.setFont(footer_font)
        footer_height = QFontMetricsF(footer_font, device).height() * 2.2
        body = QSizeF(text_rect.width(), text_rect.height() - footer_height)
        document = paginated(briefing, device, body)
        count = document.pageCount()
        pen = QPen(Qt.GlobalColor.darkGray)
        pen.setWidthF(max(1.0, device.logicalDpiX() / 300))
        for page in range(count):
            if page:
                device.newPage()
            painter.save()
            # paint coordinates start at the paint rect (inside the margins) on both devices
            painter.translate(0, -page * body.height())
            clip = QRectF(0, page * body.height(), body.width(), body.height())
            painter.setClipRect(clip)
            # Qt draws every block (and table cell, with all its lines) that touches the
            # rectangle it is given; the clip would hide those of the neighbouring pages only
            # from the eye, not from the PDF's text layer. A rectangle a few points inside the
            # page leaves out what only touches it: a cell's padding and border.
            edge = EDGE_POINTS * device.logicalDpiY() / 72
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip.adjusted(0, edge, 0, -edge)
            document.documentLayout().draw(painter, context)
            painter.restore()
            line_y = text_rect.height() - footer_height * 0.7
            painter.setPen(pen)
            painter.drawLine(QPointF(0, line_y), QPointF(text_rect.width(), line_y))
            painter.setPen(Qt.GlobalColor.black)
            painter.setFont(footer_font)
            painter.drawText(
                QRectF(0, line_y, text_rect.width(), text_rect.height() - line_y),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                footer_text(briefing, page + 1, count),
            )
    finally:
        painter.end()
        del dispatcher
    return count


def write_pdf(briefing: Briefing, path: Path) -> int:
    """The note as a PDF file at ``path``; the number of pages."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setTitle(briefing.title)
    writer.setCreator("DiploTrack")
    writer.setPageLayout(page_layout())
    count = render_pages(briefing, writer)
    del writer  # the file is complete once the writer is gone
    if not path.exists():
        raise KnownError(f"Cannot write the briefing to {path}", field="out")
    return count
