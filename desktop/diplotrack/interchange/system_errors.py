"""Why the system would not let a file be read, as a kind each import says in its own words
(the system's own text is English, or in the system's language, not the window's)."""

from __future__ import annotations

import errno

MISSING = "missing"
FORBIDDEN = "forbidden"
FOLDER = "folder"
OTHER = "other"


def kind_of(error: OSError) -> str:
    """MISSING, FORBIDDEN, FOLDER, or OTHER (the error's number then tells the rest)."""
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOENT:
        return MISSING
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM):
        return FORBIDDEN
    if isinstance(error, IsADirectoryError) or error.errno == errno.EISDIR:
        return FOLDER
    return OTHER


def code_of(error: OSError) -> str:
    """The error's number as the system names it (ENOSPC), or its number, or "?"."""
    if error.errno is None:
        return "?"
    return errno.errorcode.get(error.errno, str(error.errno))
