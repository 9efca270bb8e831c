"""The status bar's count: how many records of the screen's kind the filter lets through."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy.orm import Session

from diplotrack.domain.filters import RecordFilter

from .context import AppContext
from .formatting import locale_for
from .labels import record_name

Count = Callable[[Session, RecordFilter, AppContext], int]


def count_records(kind: str, session: Session, flt: RecordFilter, context: AppContext) -> int:
    """How many records of ``kind`` the filter ``flt`` lets through."""
    # the register queries load with the first count, after the window has painted
    from diplotrack.store.queries import registers
    from diplotrack.store.queries.countries import list_countries

    counts: dict[str, Count] = {
        "event": lambda s, f, c: registers.count_events(s, f, zone=c.zone),
        "delegation": lambda s, f, _c: registers.count_delegations(s, f),
        "agreement": lambda s, f, _c: registers.count_agreements(s, f),
        "followup": lambda s, f, _c: registers.count_followups(s, f),
        "person": lambda s, f, _c: registers.count_people(s, f),
        "organization": lambda s, f, _c: registers.count_organizations(s, f),
        "place": lambda s, f, _c: registers.count_places(s, f),
        "country": lambda s, f, c: len(list_countries(s, f, language=c.language, zone=c.zone)),
    }
    return counts[kind](session, flt, context)


COUNTED_KINDS = (
    "event",
    "delegation",
    "agreement",
    "followup",
    "person",
    "organization",
    "place",
    "country",
)
# the kind each screen counts; the Today page and dossiers show no count
COUNTED_KIND = {"calendar": "event", **{kind: kind for kind in COUNTED_KINDS}}


class FilterCount(QObject):
    """Keeps ``label`` saying "Events matching the filter: 1 284" for the screen shown.

    The count is read after the screen has painted (a zero-time timer, started only once the
    window has painted for the first time: see ``release``), never twice for a burst of changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._kind: str | None = None
        self.total: int | None = None
        self._held = True  # until the window's first paint: the calendar comes first
        self.label = QLabel(parent)
        self.label.setObjectName("FilterCount")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        context.filter_changed.connect(lambda _flt: self.refresh_soon())
        context.language_changed.connect(lambda _language: self.refresh_soon())

    @property
    def kind(self) -> str | None:
        return self._kind

    def follow(self, view: str) -> None:
        """Count the records of the screen ``view`` from now on."""
        kind = COUNTED_KIND.get(view)
        if kind != self._kind:
            self._kind = kind
            self.total = None
            self.retranslate()
            self.refresh_soon()

    def release(self) -> None:
        """The window has painted: counting may begin."""
        if self._held:
            self._held = False
            self.refresh_soon()

    def refresh_soon(self) -> None:
        if not self._held:
            self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        if self._kind is None:
            self.total = None
        else:
            with self._context.db.session() as session:
                self.total = count_records(self._kind, session, self._context.filter, self._context)
        self.retranslate()

    def retranslate(self) -> None:
        if self._kind is None:
            self.label.clear()
            return
        number = (
            "…" if self.total is None else locale_for(self._context.language).toString(self.total)
        )
        self.label.setText(
            self.tr("%1 matching the filter: %2")
            .replace("%1", record_name(self._kind, plural=True))
            .replace("%2", number)
        )
