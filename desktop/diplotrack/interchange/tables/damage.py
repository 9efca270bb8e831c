"""Why a file cannot be read as a table, in our words: the system's, zipfile's, openpyxl's and
the csv module's texts are English (or the system's language), so each common one is told by a
template the window translates; the library's text is kept after the English message and in the
log, as a technical detail."""

from __future__ import annotations

import csv
import logging
import zipfile
import zlib

from diplotrack.domain import KnownError
from diplotrack.interchange import system_errors

from . import messages as msg

log = logging.getLogger(__name__)

_SYSTEM = {
    system_errors.MISSING: msg.FILE_MISSING,
    system_errors.FORBIDDEN: msg.FILE_FORBIDDEN,
    system_errors.FOLDER: msg.FILE_IS_FOLDER,
}


def _refusal(template: str, detail: object, **values: object) -> KnownError:
    """The file refused in our words; the library's text only after the English message."""
    text = str(detail) or type(detail).__name__
    log.info("%s: %s", values.get("name"), text)
    short = text if len(text) <= 200 else text[:200] + "…"
    message = f"{template.format(**values)} ({short})"
    return KnownError(message, field="file", template=template, values=values)


def unopened(name: str, error: OSError) -> KnownError:
    """The file the system would not let be read."""
    template = _SYSTEM.get(system_errors.kind_of(error), msg.FILE_SYSTEM_ERROR)
    code = system_errors.code_of(error)
    values = {"code": code} if template == msg.FILE_SYSTEM_ERROR else {}
    return _refusal(template, error.strerror or error, name=name, **values)


def _workbook_template(error: BaseException) -> str:
    text = str(error)
    if isinstance(error, zipfile.BadZipFile) and "not a zip file" in text:
        return msg.NOT_A_ZIP
    if "encrypted" in text or "password" in text:
        return msg.ENCRYPTED
    if isinstance(error, zipfile.BadZipFile | zlib.error | EOFError):
        return msg.DAMAGED_ARCHIVE
    if isinstance(error, KeyError | IndexError) or "no valid workbook part" in text:
        return msg.MISSING_PART
    return msg.BROKEN_PART  # XML that does not parse, or parts not as Excel writes them


def unreadable_workbook(name: str, error: BaseException) -> KnownError:
    """A workbook openpyxl (or zipfile under it) failed on."""
    return _refusal(_workbook_template(error), error, name=name)


def unreadable_text(name: str, line: int, error: csv.Error) -> KnownError:
    """A text table the csv reader failed on at ``line``."""
    if "field larger than field limit" in str(error):
        return _refusal(
            msg.CELL_TOO_LONG, error, name=name, line=line, limit=csv.field_size_limit()
        )
    return _refusal(msg.LINE_NOT_CELLS, error, name=name, line=line)
