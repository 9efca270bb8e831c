"""Registers in and out of spreadsheets: .xlsx and CSV/TSV read, mapped, checked, imported.

``read_table`` → ``Table``; ``guess_mapping`` → ``TableMapping`` (editable); ``check_rows`` →
one ``RowCheck`` per row with its problems (the preview); ``import_register`` does it all in one
transaction; ``export_register`` writes a filtered register to .xlsx, .csv or .json.
"""

from __future__ import annotations

from .mapping import TableMapping, for_register, guess_mapping
from .reading import Table, TableRow, read_table

__all__ = ["Table", "TableMapping", "TableRow", "for_register", "guess_mapping", "read_table"]
