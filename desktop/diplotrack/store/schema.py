"""Tables that belong to the store rather than the domain: the search index.

``search_entry`` holds, per record, its searchable words (see ``domain.text.index_text``). On
SQLite an FTS5 table mirrors it through triggers; on PostgreSQL a GIN index over
``to_tsvector('simple', words)`` serves prefix queries. Both are created by the migrations.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Table, Text, UniqueConstraint

from diplotrack.domain.base import Base

search_entry = Table(
    "search_entry",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("record_kind", String(32), nullable=False),
    Column("record_id", Integer, nullable=False),
    Column("words", Text, nullable=False),
    UniqueConstraint("record_kind", "record_id", name="uq_search_entry_record"),
)
