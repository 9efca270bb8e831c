"""The status bar's count: how many records of the screen's kind it shows — under the filter,
and in a register also under the register's own search."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from diplotrack.domain.filters import RecordFilter

from .context import AppContext
from .formatting import locale_for
from .labels import record_name

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from .models.register_model import RegisterModel

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
    """Keeps ``label`` saying "Events matching the filter: 1 284" for the screen shown — or, in
    a register whose own search box holds «киргиз», "Events matching the filter and “киргиз”:
    0": the number is always what the screen shows.

    A register's count is the register's own (read in its thread, after its rows). Other
    screens' counts are read after the screen has painted (a zero-time timer, started only once
    the window has painted for the first time: see ``release``), never twice for a burst of
    changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._kind: str | None = None
        self._register: RegisterModel | None = None  # the register shown, whose count is used
        self._searched = ""  # the register's search that ``total`` was counted with
        self.total: int | None = None
        self._held = True  # until the window's first paint: the calendar comes first
        self.label = QLabel(parent)
        self.label.setObjectName("FilterCount")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        context.filter_changed.connect(lambda _flt: self._on_filter())
        context.language_changed.connect(lambda _language: self._on_language())

    @property
    def kind(self) -> str | None:
        return self._kind

    def follow(self, view: str, screen: QWidget | None = None) -> None:
        """Count the records of the screen ``view`` (the widget ``screen``) from now on."""
        kind = COUNTED_KIND.get(view)
        register = _register_of(screen, kind)
        if kind == self._kind and register is self._register:
            return
        if self._register is not None:
            self._register.counted.disconnect(self._take_register_count)
            self._register.modelReset.disconnect(self._on_register_reset)
        self._kind, self._register = kind, register
        self.total = None
        if register is not None:
            register.counted.connect(self._take_register_count)
            register.modelReset.connect(self._on_register_reset)
            self.total = register.total  # known, unless its count is still on the way
            self._searched = register.quick_text
            self.retranslate()
        else:
            self.retranslate()
            self.refresh_soon()

    def _take_register_count(self, total: int) -> None:
        assert self._register is not None
        self.total, self._searched = total, self._register.quick_text
        self.retranslate()

    def _on_register_reset(self) -> None:
        """The register's rows were read again: for another search, its count is to come."""
        assert self._register is not None
        if self._register.quick_text != self._searched:
            self.total, self._searched = None, self._register.quick_text
            self.retranslate()

    def _on_filter(self) -> None:
        if self._register is not None:  # its count of the new filter arrives by ``counted``
            self.total = None
            self.retranslate()
        else:
            self.refresh_soon()

    def _on_language(self) -> None:
        if self._register is not None:
            self.retranslate()
        else:
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
        elif self._register is not None:  # the register counts its rows itself
            self.total, self._searched = self._register.total, self._register.quick_text
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
        searched = self._searched.strip() if self._register is not None else ""
        text = (
            self.tr("%1 matching the filter and “%3”: %2").replace("%3", searched)
            if searched
            else self.tr("%1 matching the filter: %2")
        )
        self.label.setText(
            text.replace("%1", record_name(self._kind, plural=True)).replace("%2", number)
        )


def _register_of(screen: QWidget | None, kind: str | None) -> RegisterModel | None:
    """The register model of ``screen`` when it is a register with its own search."""
    if screen is None or kind in (None, "country") or screen.objectName() != f"register-{kind}":
        return None
    from .views.registers import RegisterView  # loaded with the first register shown

    return screen.model if isinstance(screen, RegisterView) else None
