"""`diplotrack draft FILE`: the draft a press release gives, as a table or JSON; saves nothing."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from diplotrack.domain import KnownError
from diplotrack.interchange.press import Draft, DraftItem
from diplotrack.output import render_table
from diplotrack.store.database import open_database

from . import UsageError

COLUMNS = ("key", "kind", "label", "match", "include", "details")


def read_text(name: str) -> str:
    """The press release from a file (UTF-8, or cp1251 as old office files are) or stdin."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read the press release {name}: {error.strerror}") from error
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise KnownError(f"{name}: the text is neither UTF-8 nor Windows-1251")


def _details(item: DraftItem) -> str:
    """The few values a person checks first, per kind of item."""
    shown = {
        "place": ("country_code",),
        "organization": ("organization_kind", "country_code"),
        "person": ("position", "country_code"),
        "event": ("event_kind", "status", "starts_on", "edition"),
        "agreement": ("agreement_kind",),
        "delegation": ("direction", "status", "country_code"),
        "followup": ("status",),
        "country": ("code",),
    }.get(item.kind.value, ())
    parts = [str(getattr(item, name)) for name in shown if getattr(item, name, None)]
    return "; ".join(parts)


def render_draft(draft: Draft, output_format: str) -> str:
    if output_format == "json":
        return json.dumps(draft.to_object(), ensure_ascii=False, indent=2) + "\n"
    rows = [
        {
            "key": item.key,
            "kind": item.kind.value,
            "label": item.label,
            "match": "new" if item.is_new else item.match if item.match is not None else "known",
            "include": item.include,
            "details": _details(item),
        }
        for item in draft.items()
    ]
    notes = "".join(f"note: {message}\n" for message in draft.messages)
    return render_table(rows, COLUMNS) + notes


def run(args: argparse.Namespace) -> int:
    text = read_text(args.file)
    from diplotrack.interchange.press import analyse_press_release

    db = open_database(args.database)
    try:
        with db.sessions() as session:
            draft = analyse_press_release(session, text, published=args.published)
    finally:
        db.close()
    sys.stdout.write(render_draft(draft, args.format))
    return 0
