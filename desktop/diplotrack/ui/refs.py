"""References to countries as ``RecordRef``s, whose ids are numbers, for selection and opening.

A country's key is its alpha-2 code, but ``RecordRef.id`` is an int; a country is therefore
referred to by its ISO 3166-1 numeric code (Kyrgyzstan "KG" → ``RecordRef("country", 417)``).
Codes that have no numeric one (user-assigned codes such as XK) get a number above 1000 made
from their letters, so every two-letter code has exactly one reference and back.
"""

from __future__ import annotations

from typing import Any

from diplotrack.services.changes import RecordRef

COUNTRY = "country"
_LETTERS_BASE = 1000  # ISO numeric codes stop at 999


def _countries() -> Any:
    # pycountry (its database, importlib.metadata) loads with the first country referred to,
    # not with the window
    import pycountry

    return pycountry.countries


def _letters_number(code: str) -> int:
    first, second = (ord(letter) - ord("A") for letter in code)
    return _LETTERS_BASE + first * 26 + second


def country_ref(code: str) -> RecordRef:
    """The reference of the country with alpha-2 ``code`` ("KG" → RecordRef("country", 417))."""
    code = code.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise ValueError(f"not an ISO 3166-1 alpha-2 code: {code!r}")
    found = _countries().get(alpha_2=code)
    if found is not None:
        return RecordRef(COUNTRY, int(found.numeric))
    return RecordRef(COUNTRY, _letters_number(code))


def country_code_of(ref: RecordRef) -> str:
    """The alpha-2 code a country reference stands for (the inverse of ``country_ref``)."""
    if ref.kind != COUNTRY:
        raise ValueError(f"not a country reference: {ref!r}")
    if ref.id >= _LETTERS_BASE:
        first, second = divmod(ref.id - _LETTERS_BASE, 26)
        if not 0 <= first < 26:
            raise ValueError(f"not a country reference: {ref!r}")
        return chr(ord("A") + first) + chr(ord("A") + second)
    found = _countries().get(numeric=f"{ref.id:03d}")
    if found is None:
        raise ValueError(f"no country has the numeric code {ref.id}")
    return str(found.alpha_2)
