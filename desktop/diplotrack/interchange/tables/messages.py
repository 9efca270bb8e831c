"""What the table import says about a file or a row: untranslated templates and their Problems."""

from __future__ import annotations

from diplotrack.domain import KnownError
from diplotrack.services.messages import tr_noop

from ..report import Problem, Where

# -- the file as a whole ----------------------------------------------------------------------
# the system's reason in our words (``damage``; its own text is no language of the window's)
FILE_MISSING = tr_noop("The file “{name}” cannot be opened: there is no such file.")
FILE_FORBIDDEN = tr_noop("The file “{name}” cannot be opened: you are not allowed to read it.")
FILE_IS_FOLDER = tr_noop("The file “{name}” cannot be opened: it is a folder.")
FILE_SYSTEM_ERROR = tr_noop(
    "The file “{name}” cannot be opened: the system refused (error {code})."
)
# what openpyxl and zipfile found, in our words (``damage``)
NOT_A_ZIP = tr_noop(
    "“{name}” is not an Excel workbook DiploTrack can read: it is not a file Excel saves as "
    ".xlsx, or it is cut short. Save it from Excel as .xlsx or as CSV."
)
DAMAGED_ARCHIVE = tr_noop(
    "“{name}” is not an Excel workbook DiploTrack can read: it is damaged, its packed contents "
    "do not unpack. Save it again from Excel as .xlsx or as CSV."
)
MISSING_PART = tr_noop(
    "“{name}” is not an Excel workbook DiploTrack can read: a part every workbook has is "
    "missing from it. Save it again from Excel as .xlsx or as CSV."
)
BROKEN_PART = tr_noop(
    "“{name}” is not an Excel workbook DiploTrack can read: a part of it is damaged or not as "
    "Excel writes it. Save it again from Excel as .xlsx or as CSV."
)
ENCRYPTED = tr_noop(
    "“{name}” is not an Excel workbook DiploTrack can read: it is protected with a password. "
    "Save it from Excel without a password, as .xlsx or as CSV."
)
OLD_EXCEL = tr_noop(
    "“{name}” is in the old Excel format (.xls). Save it from Excel as .xlsx (Excel Workbook)."
)
NOT_TEXT = tr_noop(
    "“{name}” is neither a spreadsheet nor a text table: byte {offset} is not text. "
    "Save it as .xlsx or CSV."
)
PROSE = tr_noop(
    "“{name}” reads as running text, not as a table of records, so it cannot be imported. "
    "If it is a press release, make a draft of it: diplotrack draft {path}"
)
# what the csv reader found, in our words (``damage``)
CELL_TOO_LONG = tr_noop(
    "“{name}” cannot be read as a text table: a cell starting at line {line} is longer than "
    "{limit} characters; perhaps a quotation mark in it is never closed."
)
LINE_NOT_CELLS = tr_noop(
    "“{name}” cannot be read as a text table: line {line} cannot be split into cells."
)
EMPTY_TABLE = tr_noop("“{name}” holds no table: no row with column headings was found.")
NO_COLUMNS_KNOWN = tr_noop(
    "None of the columns of “{name}” is known ({headers}). "
    "Name them like the register's fields (Дата, Название, Страна, …) or map them by hand."
)
UNKNOWN_REGISTER = tr_noop("“{register}” is not a register a table can be imported into.")
MAPPING_WIDTH = tr_noop(
    "The mapping names {given} columns, but the table has {width}. Map the table again."
)
MISSING_FIELD = tr_noop("No column is mapped to “{name}”, which {register} need.")
ROWS_REFUSED = tr_noop(
    "{count} of {total} rows have problems, so nothing was imported. "
    "Correct them, or import the good rows and leave these out."
)
STORAGE = tr_noop("The database could not be written: {detail}")

# -- one row ----------------------------------------------------------------------------------
REQUIRED = tr_noop("The cell is empty, but it must be filled in.")
BAD_DATE = tr_noop("“{value}” is not a date (write 10.04.2024, 2024-04-10 or 10 апреля 2024).")
BAD_NUMBER = tr_noop("“{value}” is not a number.")
OUT_OF_RANGE = tr_noop("{value} is outside {low}…{high}.")
UNKNOWN_COUNTRY = tr_noop("“{value}” is not a country DiploTrack knows (by name, alias or code).")
AMBIGUOUS_COUNTRY = tr_noop("“{value}” names several countries: {codes}.")
UNKNOWN_CHOICE = tr_noop("“{value}” is not one of: {choices}.")
END_BEFORE_START = tr_noop("The end ({end}) is before the start ({start}).")
NO_PLACE_COUNTRY = tr_noop(
    "The place “{value}” is not known and the row names no country to add it in."
)
TOO_LONG = tr_noop("The text is {length} characters long; at most {limit} fit.")
PLACE_COUNTRY_UNSURE = tr_noop(
    "The place “{value}” is not known, and the row names several countries ({codes}), "
    "so it is not clear where it is. Add the place first."
)
SAME_CITY = tr_noop("A city cannot be its own sister city (“{value}”).")
NO_NAME = tr_noop("“{value}” is an identifier, not a name.")
UNKNOWN_PARTY = tr_noop(
    "“{value}” is neither a known place, organization nor country; add it first."
)
EXTRA_CELLS = tr_noop("The row has {count} cells, but the table has only {width} columns.")


def problem(where: Where, template: str, **values: object) -> Problem:
    """A problem in English, with the template and values the window translates."""
    return Problem(
        where=where,
        message=template.format(**values),
        template=template,
        values=tuple((key, str(value)) for key, value in values.items()),
    )


def refusal(template: str, *, field: str = "file", **values: object) -> KnownError:
    """A file refused as a whole, with the template and values the window translates."""
    return KnownError(template.format(**values), field=field, template=template, values=values)
