"""What the table import says about a file or a row: untranslated templates and their Problems."""

from __future__ import annotations

from diplotrack.domain import KnownError
from diplotrack.services.messages import tr_noop

from ..report import Problem, Where

# -- the file as a whole ----------------------------------------------------------------------
NO_FILE = tr_noop("The file “{name}” cannot be opened: {detail}.")
NOT_A_WORKBOOK = tr_noop(
    "“{name}” is not an Excel workbook DiploTrack can read ({detail}). "
    "Save it from Excel as .xlsx or as CSV."
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
