"""Long file work (an import, a dry run, an export) run off the GUI thread, with progress and
cancel.

The same approach as the dossier's and the calendar's loaders: a Python thread that touches no
Qt object, the engine opening its own database session there, and a timer in the GUI thread
that looks at the work while it runs and announces progress and the outcome with signals.
Cancel only sets a flag; the engine sees it as its progress callback returning False and rolls
its transaction back.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from diplotrack.interchange.report import Progress

#: how often the work under way is looked at
LOOK_EVERY_MS = 30

#: the work: given the progress callback, returns its result (an ImportReport, a count)
Work = Callable[[Progress], Any]


class ExchangeJob(QObject):
    """One piece of work in its own thread; ``progressed``, then ``finished`` or ``failed``."""

    #: (done, total) as the engine last reported it
    progressed = Signal(int, int)
    #: the work's result
    finished = Signal(object)
    #: the exception the work raised (``ImportCancelled`` after a cancel, a ``KnownError``, a bug)
    failed = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._lock = threading.Lock()
        self._reported: tuple[int, int] | None = None
        self._shown: tuple[int, int] | None = None
        self._cancel = threading.Event()
        self._future: Future[Any] | None = None
        self._executor: ThreadPoolExecutor | None = None
        #: called in the worker thread at every progress report, before the cancel is looked at
        self.on_report: list[Callable[[int, int], None]] = []
        self._timer = QTimer(self)
        self._timer.setInterval(LOOK_EVERY_MS)
        self._timer.timeout.connect(self.deliver)

    @property
    def running(self) -> bool:
        return self._future is not None

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        if self._future is not None:
            raise RuntimeError("the job is already running")
        # A Python thread, not a QThreadPool: see views/dossier_loader.py for why.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="exchange")
        self._future = self._executor.submit(self._work, self._progress)
        self._timer.start()

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
        future = self._future
        if future is None or not future.done():
            return
        self._timer.stop()
        self._future = None
        if self._executor is not None:
            self._executor.shutdown(wait=False)
            self._executor = None
        error = future.exception()
        if error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(future.result())

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until the work is done (tests, closing); True if it is. The outcome is
        announced at the next ``deliver()``."""
        future = self._future
        if future is None:
            return True
        done, _pending = futures_wait([future], timeout=timeout)
        return bool(done)
