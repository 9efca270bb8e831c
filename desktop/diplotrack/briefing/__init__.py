"""Briefing notes (справки): gathered from the store, laid out as an official A4 note, printed
or written as PDF. Qt's document and painting classes only (QtGui), never QtWidgets, so the same
code runs in the window and headless from the command line."""

from .document import briefing_html
from .gathering import gather_briefing
from .model import Briefing
from .pages import render_pages, write_pdf
from .subjects import BriefingOptions, BriefingSubject, SubjectKind

__all__ = [
    "Briefing",
    "BriefingOptions",
    "BriefingSubject",
    "SubjectKind",
    "briefing_html",
    "gather_briefing",
    "render_pages",
    "write_pdf",
]
