"""Long file work (an import, a dry run, an export) run off the GUI thread, with progress and
cancel.

A ``BackgroundRead`` (``ui/background.py``): a Python thread that touches no Qt object, the
engine opening its own database session there, and a timer in the GUI thread that looks at the
work while it runs and announces progress and the outcome with signals.
Cancel only sets a flag; the engine sees it as its progress callback returning False and rolls
its transaction back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from diplotrack.interchange.report import Progress

from ..background import BackgroundRead

#: how often the work under way is looked at
LOOK_EVERY_MS = 30

#: the work: given the progress callback, returns its result (an ImportReport, a count)
Work = Callable[[Progress], Any]


class ExchangeJob(BackgroundRead[None, Any]):
    """One piece of work in its own thread; ``progressed``, then ``finished`` or ``failed``.
    A job runs once: its thread ends with it."""

    #: every error is the dialog's to show (a bug, too: it raises it into the error dialog)
    FAILURES = (BaseException,)

    #: (done, total) as the engine last reported it
    progressed = Signal(int, int)
    #: the work's result
    finished = Signal(object)
    #: the exception the work raised (``ImportCancelled`` after a cancel, a ``KnownError``, a bug)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(
            lambda _request: work(self._progress),
            parent,
            thread_name="exchange",
            collect_every_ms=LOOK_EVERY_MS,
        )
        self._lock = threading.Lock()
        self._reported: tuple[int, int] | None = None
        self._shown: tuple[int, int] | None = None
        self._cancel = threading.Event()
        #: called in the worker thread at every progress report, before the cancel is looked at
        self.on_report: list[Callable[[int, int], None]] = []

    @property
    def running(self) -> bool:
        return self.is_busy

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        if self.is_busy or self.is_stopped:
            raise RuntimeError("the job is running or has run")
        self.request(None)

    def cancel(self) -> None:
        """Asks the work to stop at its next progress report (safe from any thread)."""
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        with self._lock:
            self._reported = (done, total)
        for hook in list(self.on_report):
            hook(done, total)
        return not self._cancel.is_set()

    def deliver(self) -> None:
        """Announces the newest progress and, once the work is done, its outcome."""
        with self._lock:
            reported = self._reported
        if reported is not None and reported != self._shown:
            self._shown = reported
            self.progressed.emit(*reported)
        super().deliver()

    def _settled(self) -> None:
        self.stop()

    def _announce(self, request: None, result: Any) -> None:
        self.finished.emit(result)

    def _announce_failure(self, request: None, error: BaseException) -> None:
        self.failed.emit(error)
