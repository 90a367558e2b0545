"""Python's cyclic garbage collector, run where and when it is safe for a Qt app.

Where: a collection may start on whichever thread happens to allocate; one started on a worker thread that
frees a forgotten window or dialog (a reference cycle through a Qt wrapper) destroys a widget off the GUI
thread, and the app crashes (seen as a segmentation fault in the test suite). :func:`collect_on_gui_thread`
therefore turns the automatic collector off and runs the generation that is due from a timer on the GUI
thread instead, as Python would have (same thresholds).

When: while any background task runs the collector is paused (:func:`collector_paused`): a full collection
holds the interpreter lock for its whole length (about half a second per million objects at national scale),
which would freeze the window. A task that succeeds leaves its long-lived results frozen (``gc.freeze``), so
later collections never rescan them.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer

FREEZE_ABOVE = 50_000  # objects made by paused work; a full collection scans about 2 million a second
INTERVAL_MS = 250  # how often the GUI thread looks whether a collection is due

_state = {"paused": 0, "was_enabled": True, "keep": False}
_lock = threading.Lock()
_gui_collector: list[GuiThreadCollector] = []  # the one installed, if any


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause garbage collection while long work runs (nested and concurrent uses are counted).

    When the last paused block ends after success (call :func:`keep_results`), the objects then alive are
    frozen if there are many of them: they are results that will live on, and freezing spares every
    later collection a long scan. Objects freed by reference counting are unaffected.
    """
    with _lock:
        if _state["paused"] == 0:
            _state["was_enabled"], _state["keep"] = gc.isenabled(), False
            gc.disable()
        _state["paused"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["paused"] -= 1
            if _state["paused"] == 0:
                if _state["keep"] and gc.get_count()[0] > FREEZE_ABOVE:  # objects made while paused
                    gc.freeze()
                if _state["was_enabled"] and not _gui_collector:
                    gc.enable()


def keep_results() -> None:
    """Say that the paused work succeeded and what it built is meant to last (see :func:`collector_paused`)."""
    with _lock:
        _state["keep"] = True


def due_generation(counts: tuple[int, ...] | None = None, thresholds: tuple[int, ...] | None = None) -> int | None:
    """The generation Python's automatic collector would collect now (by its counts and thresholds), or None."""
    counts = counts if counts is not None else gc.get_count()
    thresholds = thresholds if thresholds is not None else gc.get_threshold()
    if thresholds[0] <= 0 or counts[0] <= thresholds[0]:
        return None
    if counts[1] > thresholds[1]:
        return 2 if counts[2] > thresholds[2] else 1
    return 0


class GuiThreadCollector(QObject):
    """Runs the due collection from a timer on the GUI thread; the automatic collector stays off."""

    def __init__(self, parent: QObject, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self.collections = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.collect_if_due)
        self.timer.start()

    def collect_if_due(self) -> int | None:
        """Collect the generation that is due unless background work runs; returns it (None: nothing done)."""
        with _lock:
            if _state["paused"]:
                return None
        generation = due_generation()
        if generation is not None:
            gc.collect(generation)
            self.collections += 1
        return generation


def collect_on_gui_thread() -> GuiThreadCollector | None:
    """Turn the automatic collector off and collect on the GUI thread instead (once per application; call it on
    the GUI thread). Returns the collector, or None without a Qt application or off the GUI thread."""
    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    if _gui_collector and _alive(_gui_collector[0]):
        return _gui_collector[0]
    _gui_collector[:] = [GuiThreadCollector(app)]
    with _lock:
        if _state["paused"]:
            _state["was_enabled"] = False  # paused work must not turn the automatic collector back on
        gc.disable()
    return _gui_collector[0]


def _alive(collector: GuiThreadCollector) -> bool:
    try:
        return collector.timer.isActive()
    except RuntimeError:  # its application was deleted (a test made a new one)
        return False


__all__ = ["FREEZE_ABOVE", "GuiThreadCollector", "collect_on_gui_thread", "collector_paused", "due_generation",
           "keep_results"]
