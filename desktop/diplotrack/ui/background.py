"""A read (or other long work) run off the GUI thread: the newest request wins, its outcome
is announced in the GUI thread.

The window's dossier loader, briefing gatherer, press-release analysis and file jobs all work
this way: one Python thread that touches no Qt object (each read opens its own short database
session there), and a timer in the GUI thread, running only while a request is under way, that
collects the outcome and hands it to the subclass, which announces it with its own signals. A
newer request makes the one before it stale: one not started never runs, one under way finishes
unheard.

A Python thread, not a QThreadPool or QThread: a pool owned by a widget waits for its worker
when the widget is deleted, holding the interpreter lock the worker needs (a hang), and a
QThread destroyed while it runs aborts the program.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer

from diplotrack.domain import KnownError

RequestT = TypeVar("RequestT")
ResultT = TypeVar("ResultT")


class BackgroundRead(QObject, Generic[RequestT, ResultT]):
    """Runs ``read(request)`` in its own thread, one request at a time, the newest winning.

    Subclasses announce the outcome by overriding ``_announce`` (the result), and where they
    want ``_announce_failure`` (an error of a kind in ``FAILURES``; anything else is a bug and is
    raised from ``deliver()``, in the GUI thread, where the error dialog catches it) and
    ``_settled`` (the request ended, before either).
    """

    #: errors announced as a failure rather than raised in the GUI thread
    FAILURES: ClassVar[tuple[type[BaseException], ...]] = (KnownError,)

    def __init__(
        self,
        read: Callable[[RequestT], ResultT],
        parent: QObject | None = None,
        *,
        thread_name: str,
        collect_every_ms: int,
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._pending: tuple[RequestT, Future[ResultT]] | None = None
        self._unheard: list[Future[Any]] = []  # dropped while under way, or run without answer
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix=thread_name)
        self._collector = QTimer(self)
        self._collector.setInterval(collect_every_ms)
        self._collector.timeout.connect(self.deliver)
        self._stopped = False
        # deleted with its window without being stopped: the thread still ends
        thread = self._thread
        self.destroyed.connect(lambda: thread.shutdown(wait=False, cancel_futures=True))

    @property
    def is_busy(self) -> bool:
        """A request is under way and its outcome not yet announced."""
        return self._pending is not None

    @property
    def is_stopped(self) -> bool:
        """``stop()`` was called: no request is taken any more."""
        return self._stopped

    def request(self, request: RequestT) -> None:
        """Runs ``request`` in the background; whatever was asked for before is dropped."""
        if self._stopped:
            return
        self.drop()
        self._pending = (request, self._thread.submit(self._read, request))
        if not self._collector.isActive():
            self._collector.start()

    def run_unheard(self, call: Callable[[], object]) -> None:
        """Runs ``call`` in the same thread after what is queued, announcing nothing (a warm-up)."""
        if not self._stopped:
            self._unheard.append(self._thread.submit(call))

    def drop(self) -> None:
        """Forgets the request asked for: one not started never runs, one under way finishes
        unheard."""
        if self._pending is not None:
            future = self._pending[1]
            if not future.cancel():
                self._unheard.append(future)
            self._pending = None
        self._unheard = [future for future in self._unheard if not future.done()]
        self._collector.stop()

    def deliver(self) -> None:
        """Announces the request's outcome if it is done (the timer's slot; tests call it)."""
        if self._pending is None:
            self._collector.stop()
            return
        request, future = self._pending
        if not future.done():
            return
        self._pending = None
        self._collector.stop()
        self._settled()
        error = future.exception()
        if isinstance(error, self.FAILURES):
            self._announce_failure(request, error)
            return
        self._announce(request, future.result())  # a bug raises here

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until everything under way, dropped work included, is done (tests, and before
        the database is closed); True if it is. The request's outcome is announced at the next
        ``deliver()``."""
        running = list(self._unheard)
        if self._pending is not None:
            running.append(self._pending[1])
        _done, not_done = futures_wait(running, timeout=timeout)
        return not not_done

    def stop(self) -> None:
        """No more requests: the one waiting is cancelled, the one under way finishes unheard
        and the thread ends after it, without anyone waiting for it."""
        self._stopped = True
        self.drop()
        self._thread.shutdown(wait=False, cancel_futures=True)

    # -- what subclasses announce ----------------------------------------------------------------
    def _announce(self, request: RequestT, result: ResultT) -> None:
        raise NotImplementedError

    def _announce_failure(self, request: RequestT, error: BaseException) -> None:
        raise error

    def _settled(self) -> None:
        """The request has ended, whichever way; called before its outcome is announced."""
