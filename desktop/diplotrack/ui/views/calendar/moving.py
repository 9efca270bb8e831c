"""Dragging a chip to another day, or a block to another time: reschedule the event through the
service, undoably."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from diplotrack.services.changes import Changes
from diplotrack.services.events import reschedule_event
from diplotrack.store.queries.calendar_item import CalendarItem
from diplotrack.store.queries.details import event_detail
from diplotrack.ui.context import AppContext
from diplotrack.ui.operations import perform_undoable

from .layout import item_days, shifted


def _current_version(context: AppContext, event_id: int) -> int:
    with context.db.session() as session:
        return event_detail(session, event_id).row.version


def _reschedule(
    context: AppContext, event_id: int, starts_at: datetime, ends_at: datetime
) -> Changes:
    # The version is read when the call runs: undo and redo act on the event as it is then,
    # and a change someone else saved in between is still refused by the service.
    version = _current_version(context, event_id)
    return reschedule_event(context.db, event_id, starts_at, ends_at, expected_version=version)


def _refusal(item: CalendarItem) -> str:
    """Why ``item`` cannot be dragged, or ""."""
    if item.item != "event":
        return QCoreApplication.translate(
            "calendar", "A delegation's dates are changed in the delegation itself."
        )
    if item.recurring and item.occurrence != 0:
        return QCoreApplication.translate(
            "calendar",
            "Only the first occurrence of a repeating event can be dragged; it moves the whole "
            "series. Open the event to change a single occurrence.",
        )
    return ""


def _move(
    context: AppContext,
    item: CalendarItem,
    old: tuple[datetime, datetime],
    new: tuple[datetime, datetime],
    parent: QWidget,
) -> None:
    text = QCoreApplication.translate("calendar", "Move “%1”").replace("%1", item.title)
    perform_undoable(
        context,
        text,
        lambda: _reschedule(context, item.id, *new),
        lambda: _reschedule(context, item.id, *old),
        parent=parent,
    )


def move_event(context: AppContext, item: CalendarItem, day: date, parent: QWidget) -> str:
    """Moves the dragged ``item`` so that it starts on ``day``; returns why not, or "".

    A recurring event moves as a whole series only when its first occurrence is dragged; a
    later occurrence is refused, since moving the series from it would surprise, and moving one
    occurrence alone needs an exception the editor makes (EXDATE/RDATE).
    """
    refusal = _refusal(item)
    if refusal:
        return refusal
    first, _ = item_days(item, context.zone)
    days = (day - first).days
    if days == 0:
        return ""
    with context.db.session() as session:
        row = event_detail(session, item.id).row
    old = (row.starts_at, row.ends_at)
    new = shifted(row.starts_at, row.ends_at, all_day=row.all_day, timezone=row.timezone, days=days)
    _move(context, item, old, new, parent)
    return ""


def move_event_to(
    context: AppContext, item: CalendarItem, starts_at: datetime, parent: QWidget
) -> str:
    """Moves the dragged timed ``item`` to start at ``starts_at`` (another time, perhaps another
    day), keeping its length and its own zone; returns why not, or ""."""
    refusal = _refusal(item)
    if refusal:
        return refusal
    with context.db.session() as session:
        row = event_detail(session, item.id).row
    if row.all_day:
        return move_event(context, item, starts_at.date(), parent)  # all-day stays all-day
    start = starts_at.astimezone(UTC)
    if start == row.starts_at:
        return ""
    _move(
        context,
        item,
        (row.starts_at, row.ends_at),
        (start, start + (row.ends_at - row.starts_at)),
        parent,
    )
    return ""
