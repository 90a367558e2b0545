"""Finding GUI-thread blocks: a 10 ms heartbeat on the GUI thread, and a watcher that says where it stalled.

:class:`Heartbeat` is a QTimer on the GUI thread; the gap between two of its ticks is how long the GUI
thread could not handle events (a click, a repaint). :class:`StallWatcher` is a plain thread that,
whenever the heartbeat is late by more than ``threshold_s``, samples the GUI thread's Python stack, so
each long gap is reported with the code the GUI thread was running (or waiting in) at the time, and with
any long garbage collection that overlapped it (:class:`CollectionWatch`: a collection holds Python's
interpreter lock, so one run by a worker thread stops the GUI thread too).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

TICK_MS = 10


@dataclass
class Gap:
    """One late heartbeat: how long the GUI thread was blocked, in which phase, and where."""

    seconds: float
    phase: str
    at_s: float  # since the probe started
    where: str
    cpu_s: float = 0.0  # of it, the GUI thread's own CPU time: much less means it waited (the lock, other processes)


@dataclass
class PhaseStats:
    """Gaps seen during one phase of the probe."""

    name: str
    started_s: float
    seconds: float = 0.0
    ticks: int = 0
    longest: Gap | None = None
    over_100ms: int = 0
    gaps: list[Gap] = field(default_factory=list)


def _where(frame: object, inner: bool = False) -> str:
    """The innermost app frame of a stack (file:line function), else the innermost frame.

    With ``inner``, the innermost frame of all is added when it is not the app's (e.g. "in pandas ...").
    """
    innermost = None
    while frame is not None:
        code = frame.f_code  # type: ignore[attr-defined]
        here = f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}"  # type: ignore[attr-defined]
        if "feedback_gui" in code.co_filename:
            return f"{here} (in {innermost})" if inner and innermost else here
        innermost = innermost or f"{Path(code.co_filename).parent.name}/{here}"
        frame = frame.f_back  # type: ignore[attr-defined]
    return innermost or "?"


class CollectionWatch:
    """Every garbage collection of ``over_s`` or longer: when, how long, which generation, in which thread."""

    def __init__(self, over_s: float = 0.02) -> None:
        self.over_s = over_s
        self.collections: list[tuple[float, float, int, str]] = []  # (start, seconds, generation, thread)
        self._started: dict[int, float] = {}
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._started[ident] = time.perf_counter()
            return
        start = self._started.pop(ident, None)
        if start is not None and time.perf_counter() - start >= self.over_s:
            thread = "GUI thread" if ident == threading.main_thread().ident else threading.current_thread().name
            self.collections.append((start, time.perf_counter() - start, info["generation"], thread))

    def during(self, start: float, end: float) -> str:
        """The long collections that overlapped ``start``..``end`` (perf_counter seconds), in words."""
        found = [f"garbage collection of generation {g}, {s * 1000:.0f} ms, run by the {t}"
                 for at, s, g, t in self.collections if at < end and at + s > start]
        return "; ".join(found)

    def stop(self) -> None:
        """Stop watching."""
        if self._callback in gc.callbacks:
            gc.callbacks.remove(self._callback)


class StallWatcher(threading.Thread):
    """Samples the GUI thread's stack while the heartbeat is late."""

    def __init__(self, heartbeat: Heartbeat, trail: EventTrail, threshold_s: float = 0.04) -> None:
        super().__init__(daemon=True)
        self.heartbeat = heartbeat
        self.trail = trail
        self.threshold_s = threshold_s
        self.gui_ident = threading.main_thread().ident
        self.samples: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def run(self) -> None:
        while not self._stop.wait(0.005):
            if time.perf_counter() - self.heartbeat.last > self.threshold_s:
                frames = sys._current_frames()  # noqa: SLF001 - a sampling profiler
                frame = frames.get(self.gui_ident)
                where = _where(frame) if frame is not None else "?"
                if "gui_probe.py" in where or "gui_stalls.py" in where:
                    where = f"Qt's C++ code, handling {self.trail.last or 'an event'}"
                others = [_where(f, inner=True) for ident, f in frames.items()
                          if ident not in (self.gui_ident, self.ident)]
                busy = [o for o in others if "feedback_gui" in o or ".py:" in o]
                if busy:
                    where += " | meanwhile in a worker: " + "; ".join(sorted(set(busy))[:2])
                with self._lock:
                    self.samples[where] += 1

    def take(self) -> str:
        """The most frequent place sampled since the last call, and forget the samples."""
        with self._lock:
            top = self.samples.most_common(1)
            self.samples.clear()
        return top[0][0] if top else "(not sampled: the watcher itself was held off, e.g. by a C call)"

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()


class EventTrail(QObject):
    """An application-wide event filter remembering the last event the GUI thread started on.

    When the GUI thread is busy inside Qt's own C++ code (a layout, a paint), its Python stack says
    nothing; the event it was handling (a LayoutRequest to the card grid, a queued signal to the task
    runner) does. The filter only looks: every event is delivered as before.
    """

    def __init__(self) -> None:
        super().__init__()
        self.last = ""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.Timer, QEvent.Type.ChildAdded, QEvent.Type.ChildRemoved,
                        QEvent.Type.ChildPolished):
            try:
                name = obj.objectName()
            except RuntimeError:  # already deleted on the C++ side
                name = ""
            self.last = f"{kind.name} → {type(obj).__name__}" + (f" '{name}'" if name else "")
        return False


class Heartbeat(QObject):
    """A 10 ms timer on the GUI thread that records every late tick, by phase."""

    def __init__(self, report_over_s: float = 0.05, trail: bool = True) -> None:
        super().__init__()
        self.report_over_s = report_over_s
        self.start_time = time.perf_counter()
        self.last = self.start_time
        self.last_cpu = time.thread_time()
        self.phases: list[PhaseStats] = []
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.trail = EventTrail()
        if trail:  # itself Python on every event: a little slower under contention, but says where
            QApplication.instance().installEventFilter(self.trail)
        self.watcher = StallWatcher(self, self.trail)
        self.collections = CollectionWatch()

    def start(self, phase: str) -> None:
        """Start ticking (and watching), in a first phase."""
        self.phase(phase)
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()
        self.watcher.start()

    def phase(self, name: str) -> None:
        """Mark the start of a new phase."""
        now = time.perf_counter()
        if self.phases:
            self.phases[-1].seconds = now - self.start_time - self.phases[-1].started_s
        self.phases.append(PhaseStats(name, now - self.start_time))

    def stop(self) -> None:
        """Stop ticking and close the last phase."""
        self.timer.stop()
        self.watcher.stop()
        self.collections.stop()
        self.phase("(end)")
        self.phases.pop()

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        gap, gap_cpu = now - self.last, cpu - self.last_cpu
        self.last, self.last_cpu = now, cpu
        current = self.phases[-1]
        current.ticks += 1
        where = self.watcher.take()
        if gap > self.report_over_s:
            collected = self.collections.during(now - gap, now)
            where += f" | during a {collected}" if collected else ""
            record = Gap(gap, current.name, now - self.start_time - gap, where, gap_cpu)
            current.gaps.append(record)
            if gap > 0.1:
                current.over_100ms += 1
        if current.longest is None or gap > current.longest.seconds:
            current.longest = Gap(gap, current.name, now - self.start_time - gap, where, gap_cpu)

    def longest(self) -> Gap | None:
        """The longest gap of the whole run."""
        gaps = [p.longest for p in self.phases if p.longest is not None]
        return max(gaps, key=lambda g: g.seconds) if gaps else None
