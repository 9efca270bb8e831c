"""Small pieces of the note's HTML: escaped text, paragraphs, tables with header rows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

# Qt's rich text is a subset of HTML 4 and CSS 2.1: tables take percentage widths per cell,
# and a <thead> becomes the header rows repeated on every page the table runs onto. Margins
# take px only (a margin in pt is read as 0); Qt scales px to the device (1px = 1/96 inch).
STYLE = """
body { }
p { margin-top: 0; margin-bottom: 5px; }
p.marking { text-align: right; font-weight: bold; margin-bottom: 16px; }
p.label { text-align: center; font-weight: bold; font-size: 13pt; margin-bottom: 3px; }
p.purpose { text-align: center; margin-bottom: 0; }
p.subject { text-align: center; font-weight: bold; margin-bottom: 0; }
p.other { text-align: center; font-style: italic; color: #444444; margin-bottom: 0; }
p.when { text-align: center; margin-top: 5px; margin-bottom: 12px; }
h2 { font-weight: bold; margin-top: 14px; margin-bottom: 6px; }
p.zone { font-style: italic; margin-bottom: 3px; }
table.grid { margin-top: 2px; margin-bottom: 4px; }
td, th { font-size: 9pt; vertical-align: top; }
th { background-color: #e6e6e6; font-weight: bold; text-align: left; }
table.facts td { font-size: 10pt; }
td.day { background-color: #f2f2f2; font-weight: bold; }
span.overdue { font-weight: bold; color: #a00000; }
span.dim { color: #555555; }
"""

Section = tuple[str, str]  # a section of the note: (title, HTML body)


def text(value: object) -> str:
    """Database text (or anything) as HTML text: never markup."""
    return escape(str(value), quote=True)


def lines(value: str) -> str:
    """Escaped text keeping its line breaks."""
    return "<br/>".join(text(line) for line in value.splitlines())


def paragraphs(value: str) -> list[str]:
    """Free text as paragraphs: blank lines separate them, single line breaks stay."""
    blocks: list[list[str]] = [[]]
    for line in value.splitlines():
        if line.strip():
            blocks[-1].append(line.rstrip())
        elif blocks[-1]:
            blocks.append([])
    return [f"<p>{lines(chr(10).join(block))}</p>" for block in blocks if block]


def grid(
    headers: Sequence[str],
    widths: Sequence[int],
    rows: Sequence[Sequence[str]],
) -> str:
    """A bordered table the width of the text, columns at ``widths`` percent, the header row
    repeated on each page. Cells are HTML already (escape database text before)."""
    head = "".join(
        f'<th width="{width}%">{text(header)}</th>'
        for header, width in zip(headers, widths, strict=True)
    )
    body = "".join(
        "<tr>"
        + "".join(f'<td width="{w}%">{cell}</td>' for cell, w in zip(row, widths, strict=True))
        + "</tr>"
        for row in rows
    )
    return (
        '<table class="grid" width="100%" cellspacing="0" cellpadding="3" border="1" '
        'style="border-collapse: collapse; border-color: #808080; border-style: solid">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def facts(pairs: Sequence[tuple[str, str]]) -> str:
    """Label: value lines without borders."""
    rows = "".join(
        f'<tr><td width="30%"><b>{text(label)}</b></td><td width="70%">{text(value)}</td></tr>'
        for label, value in pairs
    )
    return f'<table class="facts" width="100%" cellspacing="0" cellpadding="1">{rows}</table>'


_TABLE = re.compile(r"(<table[^>]*>)(.*?)</table>", re.S)
_HEAD = re.compile(r"<thead>.*?</thead>", re.S)
_ROW = re.compile(r"<tr>.*?</tr>", re.S)


def split_table(html: str, table: int, row: int) -> str:
    """The HTML with its ``table``-th table (from 0) cut before its ``row``-th row (counting the
    header row), the rest going on as a new table on the next page, under the same header.

    Qt breaks a table row across pages when the row's first lines fit; a row should rather
    move whole; when the first row is torn, the whole table starts on the next page. Safe on
    our own HTML only: database text is escaped, so every ``<tr>`` and ``<table`` in it is
    ours.
    """
    found = list(_TABLE.finditer(html))
    match = found[table]
    opening, inner = match.group(1), match.group(2)
    head_match = _HEAD.search(inner)
    head = head_match.group(0) if head_match else ""
    body = inner[head_match.end() :] if head_match else inner
    rows = _ROW.findall(body)
    cut = row - (1 if head else 0)
    if not 0 <= cut < len(rows):
        return html
    if 'style="' in opening:
        continued = opening.replace('style="', 'style="page-break-before: always; ', 1)
    else:
        continued = opening.replace("<table", '<table style="page-break-before: always"', 1)
    if cut == 0:
        return _table_to_next_page(html, match.start(), opening, continued)
    first = f"{opening}{head}<tbody>{''.join(rows[:cut])}</tbody></table>"
    rest = f"{continued}{head}<tbody>{''.join(rows[cut:])}</tbody></table>"
    return html[: match.start()] + first + rest + html[match.end() :]


_HEADING_BEFORE = re.compile(r"<h2>([^<]*)</h2>$")


def _table_to_next_page(html: str, start: int, opening: str, continued: str) -> str:
    """The table at ``start`` moved whole to the next page: its section heading with it when
    the heading is right before it (a break before the table alone would leave the heading
    behind, and keeping it with the table would take it a page further each time)."""
    heading = _HEADING_BEFORE.search(html, 0, start)
    if heading is not None:
        moved = f'<h2 style="page-break-before: always">{heading.group(1)}</h2>'
        return html[: heading.start()] + moved + html[heading.end() :]
    if "page-break-before" in opening:
        return html
    return html[:start] + continued + html[start + len(opening) :]
