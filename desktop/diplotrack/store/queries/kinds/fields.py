"""How a register's selected columns become the fields of its row type."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import RowMapping
from sqlalchemy.orm import Session

from ..register import plain

RowT = TypeVar("RowT")


def record_fields(row: RowMapping) -> dict[str, Any]:
    """A selected row's values as row fields: enum members as their stored value, and
    ``archived`` as a flag rather than the moment of archiving."""
    fields = {key: plain(value) for key, value in row.items() if key != "archived"}
    fields["archived"] = row["archived"] is not None
    return fields


def simple_rows(
    row_type: Callable[..., RowT],
) -> Callable[[Session, Sequence[RowMapping]], list[RowT]]:
    """A page's rows for a register that needs no related values."""

    def finish(session: Session, found: Sequence[RowMapping]) -> list[RowT]:
        return [row_type(**record_fields(row)) for row in found]

    return finish
