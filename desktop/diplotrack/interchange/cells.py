"""The one rule for text a spreadsheet could take for a formula: shown as text, never run.

A cell whose text begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return, which
some spreadsheets skip before looking) is a formula to Excel and LibreOffice — a way to run
commands on the machine of whoever opens an exported register ("CSV injection"). In .xlsx such
text is written as a string cell (``data_type`` "s") with the quote-prefix style, so it stays
text even when edited; in CSV it gets a leading apostrophe, which spreadsheets hide and read as
"this is text".
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def could_run(text: str) -> bool:
    """Whether a spreadsheet could take ``text`` for a formula."""
    return text.startswith(_FORMULA_STARTS)


def csv_text(text: str) -> str:
    """``text`` as a CSV cell a spreadsheet shows as text."""
    return "'" + text if could_run(text) else text
