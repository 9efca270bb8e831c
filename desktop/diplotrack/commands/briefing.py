"""`diplotrack briefing`: a briefing note (справка) as a PDF, without a screen."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from diplotrack.domain import KnownError, Place
from diplotrack.domain.text import normalize
from diplotrack.store.database import open_database
from diplotrack.store.search import find_country, matching_ids, resolve_countries

from . import UsageError

_SUBJECTS = ("event", "delegation", "country", "place", "organization", "person")


def _gui_application() -> object:
    """The QGuiApplication fonts and PDF writing need; offscreen when there is no display."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([sys.argv[0]])


def _country(session: Session, text: str) -> str:
    code = find_country(session, text)
    if code is not None:
        return code
    found = resolve_countries(session, text)
    if found:
        raise UsageError(
            f"“{text}” names several countries ({', '.join(found)}); give one ISO code"
        )
    raise UsageError(f"There is no country “{text}”; give its ISO code (KG) or a name (Киргизия)")


def _place(session: Session, text: str) -> int:
    """A place by id, by its name in either script (any case, ё as е), or by the words of its
    name in any form («Джалал-Абаде»)."""
    wanted = text.strip()
    if wanted.isdigit():
        return int(wanted)
    live = Place.archived_at.is_(None)
    named = select(Place.id, Place.name, Place.name_alt).where(live)
    exact = [
        place_id
        for place_id, name, name_alt in session.execute(named)
        if normalize(wanted) in (normalize(name), normalize(name_alt or ""))
    ]
    found = exact or list(
        session.scalars(select(Place.id).where(live, Place.id.in_(matching_ids("place", wanted))))
    )
    if len(found) == 1:
        return found[0]
    if not found:
        raise UsageError(f"There is no place “{text}”; give its name or id")
    choices = session.execute(
        select(Place.id, Place.name, Place.country_code).where(or_(Place.id.in_(found[:10])))
    )
    listed = "; ".join(f"{i} {name} ({code})" for i, name, code in choices)
    raise UsageError(f"“{text}” names several places: {listed}; give the id")


def run(args: argparse.Namespace) -> int:
    from diplotrack.briefing import (
        BriefingOptions,
        BriefingSubject,
        SubjectKind,
        gather_briefing,
        write_pdf,
    )

    kind = next((name for name in _SUBJECTS if getattr(args, name, None) is not None), None)
    if kind is None:
        raise UsageError(f"Say what the briefing is about: one of --{', --'.join(_SUBJECTS)}")
    out = Path(args.out)
    if out.is_dir():
        raise UsageError(f"--out {out} is a folder; give the PDF file to write")
    if not out.parent.exists():
        raise UsageError(f"--out: the folder {out.parent} does not exist")
    today = date.today()
    options = BriefingOptions(
        language=args.lang,
        marking=args.marking or "",
        history_limit=args.history,
        prepared_by=args.prepared_by or "",
        prepared_on=args.date,
    )
    application = _gui_application()
    db = open_database(getattr(args, "database", None))
    try:
        with db.session() as session:
            value = getattr(args, kind)
            key: int | str = value
            if kind == "country":
                key = _country(session, value)
            elif kind == "place":
                key = _place(session, value)
            subject = BriefingSubject(SubjectKind(kind), key)
            briefing = gather_briefing(session, subject, options, today=args.date or today)
    finally:
        db.close()
    try:
        pages = write_pdf(briefing, out)
    except OSError as error:
        raise KnownError(f"Cannot write {out}: {error.strerror or error}", field="out") from None
    del application
    print(f"{out}: {briefing.title} — {pages} {'page' if pages == 1 else 'pages'}")
    return 0
