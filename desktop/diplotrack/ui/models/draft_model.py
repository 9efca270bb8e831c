"""The items of a draft from a press release as a table: keep or drop each, see what it is,
whether it is an existing record or a new one, and why it was proposed (the words of the text).

The model holds the draft being confirmed (a frozen ``Draft``) and replaces an item in it on
every edit, so that what the table shows is always exactly what "Save" would save. The event the
press release reports is not a row: the dialog edits it in its own form.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from diplotrack.domain.enums import DatePrecision, EventStatus

from ..formatting import format_date, format_month
from ..labels import QT_TRANSLATE_NOOP, label, record_name

if TYPE_CHECKING:
    from diplotrack.interchange.press import Draft, DraftItem

_Index = QModelIndex | QPersistentModelIndex

#: (record kind, id) → the name of the existing record an item is matched to
MatchNames = Mapping[tuple[str, int], str]


class DraftColumn(IntEnum):
    WHAT = 0  # with the include checkbox
    NAME = 1
    RECORD = 2  # matched to an existing record, or new
    DETAILS = 3


_HEADERS = {
    DraftColumn.WHAT: QT_TRANSLATE_NOOP("DraftItems", "What"),
    DraftColumn.NAME: QT_TRANSLATE_NOOP("DraftItems", "Name"),
    DraftColumn.RECORD: QT_TRANSLATE_NOOP("DraftItems", "Record"),
    DraftColumn.DETAILS: QT_TRANSLATE_NOOP("DraftItems", "Details"),
}
#: the order of the rows: who and what first, the reference data (countries, topics) last
SHOWN_ORDER = (
    "person",
    "organization",
    "place",
    "agreement",
    "event",
    "delegation",
    "followup",
    "country",
    "topic",
)

_TOPIC = QT_TRANSLATE_NOOP("DraftItems", "Topic")
_PLANNED_EVENT = QT_TRANSLATE_NOOP("DraftItems", "Planned event")
_MATCHED = QT_TRANSLATE_NOOP("DraftItems", "matched: %1")
_NEW = QT_TRANSLATE_NOOP("DraftItems", "new")
_KNOWN_COUNTRY = QT_TRANSLATE_NOOP("DraftItems", "known country")
_SINCE = QT_TRANSLATE_NOOP("DraftItems", "since %1")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DraftItems", text)


def item_name(item: DraftItem) -> str:
    """The name an item would be saved under (a title for events, agreements, …)."""
    for attribute in ("name", "title"):
        value = getattr(item, attribute, None)
        if isinstance(value, str) and value:
            return value
    return item.label


def renamed(item: DraftItem, name: str) -> DraftItem:
    """``item`` saved under another name; a country keeps its code (its name is the country's)."""
    for attribute in ("name", "title"):
        if isinstance(getattr(item, attribute, None), str):
            return replace(item, label=name, **{attribute: name})  # type: ignore[arg-type]
    return item


def what_it_is(item: DraftItem) -> str:
    """ "Person", "Place", "Planned event", … in the interface language."""
    kind = str(item.kind)
    if kind == "topic":
        return _tr(_TOPIC)
    if kind == "event" and getattr(item, "status", None) == EventStatus.PLANNED:
        return _tr(_PLANNED_EVENT)
    return record_name(kind)


class DraftItemsModel(QAbstractTableModel):
    """Every item of a draft except its main event, one row each."""

    KeyRole = Qt.ItemDataRole.UserRole + 1  # the item's key in its draft ("person:2")
    ItemRole = Qt.ItemDataRole.UserRole + 2  # the DraftItem itself
    IncludedRole = Qt.ItemDataRole.UserRole + 3  # bool: saving uses the item

    #: the draft changed (an item kept, dropped, renamed, re-matched)
    draft_changed = Signal()

    def __init__(self, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self._draft: Draft | None = None
        self._keys: list[str] = []
        self._match_names: dict[tuple[str, int], str] = {}
        self._country_names: dict[str, str] = {}

    # -- the draft -----------------------------------------------------------------------------
    def set_draft(
        self,
        draft: Draft,
        match_names: MatchNames,
        country_names: Mapping[str, str] | None = None,
    ) -> None:
        """Shows ``draft``; ``match_names`` names the existing records its items are matched to,
        ``country_names`` the countries by code (in the interface language)."""
        self.beginResetModel()
        self._draft = draft
        main = draft.event.key if draft.event is not None else None
        shown = [item for item in draft.items() if item.key != main]
        shown.sort(key=lambda item: SHOWN_ORDER.index(str(item.kind)))  # stable: text order kept
        self._keys = [item.key for item in shown]
        self._match_names = dict(match_names)
        self._country_names = dict(country_names or {})
        self.endResetModel()

    def set_language(self, language: str) -> None:
        """Kinds, headers and dates in another interface language (names stay as read)."""
        self.language = language
        if self._keys:
            last = self.index(len(self._keys) - 1, len(DraftColumn) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(DraftColumn) - 1)

    def draft(self) -> Draft | None:
        """The draft as edited so far."""
        return self._draft

    def item_at(self, row: int) -> DraftItem:
        assert self._draft is not None
        return self._draft.item(self._keys[row])

    def row_of(self, key: str) -> int:
        return self._keys.index(key)

    def item_keys(self) -> list[str]:
        return list(self._keys)

    def replace_item(self, item: DraftItem) -> None:
        """Puts an edited item in place of the one with its key."""
        assert self._draft is not None
        self._draft = self._draft.with_item(item)
        if item.key in self._keys:
            row = self._keys.index(item.key)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(DraftColumn) - 1))
        self.draft_changed.emit()

    def set_main_event(self, item: DraftItem) -> None:
        """The form's edits of the reported event (not a row of this table)."""
        self.replace_item(item)

    def set_included(self, key: str, include: bool) -> None:
        item = self._item(key)
        if item.include != include:
            self.replace_item(replace(item, include=include))

    def rename(self, key: str, name: str) -> None:
        item = self._item(key)
        name = name.strip()
        if name and name != item_name(item):
            self.replace_item(renamed(item, name))

    def set_match(self, key: str, record_id: int | None, name: str = "") -> None:
        """Matches an item to an existing record (its id and name), or makes it new (None)."""
        item = self._item(key)
        if record_id is not None:
            self._match_names[(str(item.kind), record_id)] = name
        if item.match != record_id:
            self.replace_item(replace(item, match=record_id))

    def match_name(self, item: DraftItem) -> str | None:
        if item.match is None:
            return None
        return self._match_names.get((str(item.kind), item.match), f"#{item.match}")

    def country_name(self, code: str | None) -> str:
        if not code:
            return ""
        return self._country_names.get(code, code)

    def _item(self, key: str) -> DraftItem:
        assert self._draft is not None
        return self._draft.item(key)

    # -- Qt ------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DraftColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(DraftColumn)
        ):
            return _tr(_HEADERS[DraftColumn(section)])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == DraftColumn.WHAT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == DraftColumn.NAME and str(self.item_at(index.row()).kind) not in (
            "country",
            "topic",
        ):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        item = self.item_at(index.row())
        column = DraftColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.EditRole and column == DraftColumn.NAME:
            return item_name(item)
        if role == Qt.ItemDataRole.CheckStateRole and column == DraftColumn.WHAT:
            return Qt.CheckState.Checked if item.include else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.evidence or None
        if role == Qt.ItemDataRole.ForegroundRole and not item.include:
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == self.KeyRole:
            return item.key
        if role == self.ItemRole:
            return item
        if role == self.IncludedRole:
            return item.include
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key = self._keys[index.row()]
        if index.column() == DraftColumn.WHAT and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            self.set_included(key, bool(checked))
            return True
        if index.column() == DraftColumn.NAME and role == Qt.ItemDataRole.EditRole:
            if not isinstance(value, str) or not value.strip():
                return False
            self.rename(key, value)
            return True
        return False

    def _text(self, item: DraftItem, column: DraftColumn) -> str:
        if column == DraftColumn.WHAT:
            return what_it_is(item)
        if column == DraftColumn.NAME:
            if str(item.kind) == "country":
                return self.country_name(getattr(item, "code", None)) or item.label
            return item_name(item)
        if column == DraftColumn.DETAILS:
            return self.details(item)
        if str(item.kind) == "country":
            return _tr(_KNOWN_COUNTRY)
        matched = self.match_name(item)
        return _tr(_NEW) if matched is None else _tr(_MATCHED).replace("%1", matched)

    def details(self, item: DraftItem) -> str:
        """What tells the item apart: a person's position, a place's country, a kind, a date."""
        parts: list[str] = []
        kind = str(item.kind)
        if kind == "person":
            parts.append(getattr(item, "position", None) or "")
            organization = self._name_of(getattr(item, "organization_key", None))
            if organization and organization not in parts[0]:
                parts.append(organization)
            since = getattr(item, "position_since", None)
            if since is not None:
                parts.append(_tr(_SINCE).replace("%1", format_date(since, self.language)))
        elif kind in ("organization", "agreement", "event", "place"):
            for attribute in ("organization_kind", "agreement_kind", "event_kind", "place_kind"):
                value = getattr(item, attribute, None)
                if value is not None:
                    parts.append(label(value))
            for attribute in ("status",):
                value = getattr(item, attribute, None)
                if value is not None and kind != "place":
                    parts.append(label(value))
            day = getattr(item, "starts_on", None)
            if day is not None:
                parts.append(self._when(day, getattr(item, "date_precision", None)))
        elif kind == "delegation":
            parts.extend(label(getattr(item, name)) for name in ("direction", "status"))
        elif kind == "followup":
            # what the task belongs to: the visit it prepares, the agreement it serves
            for attribute in ("delegation_key", "agreement_key"):
                parts.append(self._name_of(getattr(item, attribute, None)))
            due = getattr(item, "due_on", None)
            if due is not None:
                parts.append(format_date(due, self.language))
        parts.append(self.country_name(getattr(item, "country_code", None)))
        return " · ".join(part for part in parts if part)

    def _when(self, day: date, precision: DatePrecision | None) -> str:
        """As exactly as the draft knows it: 'April 2024', '2024', or the day."""
        if precision is DatePrecision.YEAR:
            return str(day.year)
        if precision in (DatePrecision.MONTH, DatePrecision.SEASON):
            return format_month(day.year, day.month, self.language)
        return format_date(day, self.language)

    def _name_of(self, key: str | None) -> str:
        if key is None or self._draft is None:
            return ""
        try:
            return item_name(self._draft.item(key))
        except KeyError:
            return ""
