"""Registers in and out of spreadsheets: .xlsx and CSV/TSV read, mapped, checked, imported.

``read_table`` → ``Table``; ``guess_mapping`` → ``TableMapping`` (editable; ``for_register``
guesses again for another register); ``check_rows`` → one ``RowCheck`` per row with its
problems (the preview); ``import_register`` does it all in one transaction; ``export_register``
writes a filtered register to .xlsx, .csv or .json.
"""

from __future__ import annotations

from .checking import RowCheck, check_rows
from .exporting import EXPORT_FORMATS, export_register
from .fields import REGISTERS, Field, RegisterSpec
from .importing import import_register
from .mapping import TableMapping, for_register, guess_mapping
from .reading import Cell, Table, TableRow, read_table

__all__ = [
    "EXPORT_FORMATS",
    "REGISTERS",
    "Cell",
    "Field",
    "RegisterSpec",
    "RowCheck",
    "Table",
    "TableMapping",
    "TableRow",
    "check_rows",
    "export_register",
    "for_register",
    "guess_mapping",
    "import_register",
    "read_table",
]
