"""BackgroundRead: the newest request wins, known errors are announced, bugs raise, stop ends."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from diplotrack.domain import ValidationError
from diplotrack.ui.background import BackgroundRead


class Echo(BackgroundRead[str, str]):
    """Reads a word back in capitals; "known" fails knowingly, "bug" fails as a bug; every read
    waits for ``gate`` so that a test decides when it ends."""

    heard = Signal(object, object)
    refused = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(self._echo, parent, thread_name="echo", collect_every_ms=5)
        self.gate = threading.Event()
        self.gate.set()
        self.read_words: list[str] = []  # in the reader thread, in the order read
        self.settled = 0

    def _echo(self, word: str) -> str:
        self.gate.wait()
        self.read_words.append(word)
        if word == "known":
            raise ValidationError("not a word", field="word")
        if word == "bug":
            raise ZeroDivisionError(word)
        return word.upper()

    def _announce(self, request: str, result: str) -> None:
        self.heard.emit(request, result)

    def _announce_failure(self, request: str, error: BaseException) -> None:
        self.refused.emit(request, error)

    def _settled(self) -> None:
        self.settled += 1


@pytest.fixture
def echo(qtbot: QtBot) -> Iterator[Echo]:
    owner = QObject()
    reader = Echo(owner)
    yield reader
    reader.stop()
    reader.wait()


def test_the_timer_announces_the_result_in_the_gui_thread(qtbot: QtBot, echo: Echo) -> None:
    with qtbot.waitSignal(echo.heard) as signal:
        echo.request("kabaev")
        assert echo.is_busy
    assert signal.args == ["kabaev", "KABAEV"]
    assert not echo.is_busy and echo.settled == 1


def test_only_the_newest_request_is_announced(qtbot: QtBot, echo: Echo) -> None:
    heard: list[tuple[str, str]] = []
    echo.heard.connect(lambda request, result: heard.append((request, result)))
    echo.gate.clear()
    echo.request("first")  # under way, held at the gate
    echo.request("second")
    echo.request("third")  # "second" never started: it never runs
    assert not echo.wait(timeout=0.05)  # the gate holds "first"
    echo.gate.set()
    assert echo.wait()
    echo.deliver()
    echo.deliver()
    assert heard == [("third", "THIRD")]
    assert echo.read_words == ["first", "third"]


def test_a_known_error_is_announced_and_a_bug_raised(qtbot: QtBot, echo: Echo) -> None:
    refused: list[tuple[str, BaseException]] = []
    echo.refused.connect(lambda request, error: refused.append((request, error)))
    # no event loop runs between the request and deliver(): the test delivers, and sees the bug
    echo.request("known")
    echo.wait()
    echo.deliver()
    assert [(request, type(error)) for request, error in refused] == [("known", ValidationError)]

    echo.request("bug")
    echo.wait()
    with pytest.raises(ZeroDivisionError):
        echo.deliver()
    assert echo.settled == 2 and not echo.is_busy


def test_dropped_work_finishes_unheard_and_is_waited_for(qtbot: QtBot, echo: Echo) -> None:
    heard: list[str] = []
    echo.heard.connect(lambda request, result: heard.append(result))
    echo.gate.clear()
    echo.request("dossier")
    echo.drop()
    assert not echo.is_busy
    assert not echo.wait(timeout=0.05)  # still running, though nobody will hear it
    echo.gate.set()
    assert echo.wait()
    echo.deliver()
    assert heard == [] and echo.read_words == ["dossier"]


def test_work_run_unheard_goes_before_the_next_request(qtbot: QtBot, echo: Echo) -> None:
    warmed: list[str] = []
    echo.run_unheard(lambda: warmed.append("models"))
    with qtbot.waitSignal(echo.heard):
        echo.request("draft")
    assert warmed == ["models"] and echo.settled == 1


def test_after_stop_nothing_is_taken(qtbot: QtBot, echo: Echo) -> None:
    echo.stop()
    echo.request("late")
    echo.run_unheard(lambda: None)
    assert echo.is_stopped and not echo.is_busy
    assert echo.wait(timeout=0.05)
    assert echo.read_words == []
