"""The one way to run long work off the GUI thread: a QThreadPool task with progress and Cancel.

    runner = TaskRunner(parent_window)
    task = runner.run(lambda progress: read_survey(path, progress=progress), "Reading survey.xlsx…",
                      on_result=show, on_error=report)

The work function receives a progress callback (a fraction 0..1, as the core expects); once the user
presses Cancel the callback raises :class:`~feedback_gui.core.errors.Cancelled`. A progress dialog
appears only if the work takes longer than :data:`SHOW_AFTER_MS`; when it goes, the window the user was
in (the main window or a dialog) is active again, so the keyboard is where it was. Result, error and
cancellation are delivered on the GUI thread through the runner's signals and the optional callbacks.

While any task runs, Python's cyclic garbage collector is paused, and it only ever runs on the GUI thread
(:mod:`feedback_gui.gui.collector`, installed by the first runner).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from feedback_gui.core.errors import Cancelled, FeedbackError
from feedback_gui.core.progress import ProgressFn
from feedback_gui.gui.collector import collect_on_gui_thread, collector_paused, keep_results

log = logging.getLogger(__name__)
SHOW_AFTER_MS = 500
RELEASE_AFTER_MS = 50  # how soon the runner looks again for finished tasks their pool thread still holds

Work = Callable[[ProgressFn], Any]


def one_line(exc: BaseException) -> str:
    """A user-facing, one-line message for an error (never a traceback)."""
    text = " ".join(str(exc).split())
    if isinstance(exc, FeedbackError) and text:
        return text
    return f"Something went wrong ({type(exc).__name__}{': ' + text[:160] if text else ''})."


class Task(QObject):
    """One piece of background work. Its signals are emitted from the worker thread."""

    progressed = Signal(float)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()

    def __init__(self, work: Work, label: str) -> None:
        super().__init__()
        self.work = work
        self.label = label
        self._cancel = threading.Event()
        self.done = False
        self.exited = threading.Event()  # set by the pool thread once it holds the task no more (see _execute)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        """True once Cancel was pressed."""
        return self._cancel.is_set()

    def report(self, fraction: float) -> None:
        """The progress callback handed to the work function."""
        if self._cancel.is_set():
            raise Cancelled()
        self.progressed.emit(float(fraction))

    def execute(self) -> None:
        """Run the work (on a pool thread) and emit exactly one outcome signal."""
        with collector_paused():
            try:
                result = self.work(self.report)
            except Cancelled:
                self.cancelled.emit()
                return
            except Exception as exc:  # noqa: BLE001 - delivered to the GUI thread as a message
                if not isinstance(exc, FeedbackError):
                    log.error("background task %r failed", self.label, exc_info=exc)
                self.failed.emit(exc)
                return
            if not self._cancel.is_set():
                keep_results()
        if self._cancel.is_set():
            self.cancelled.emit()
        else:
            self.succeeded.emit(result)


class TaskRunner(QObject):
    """Starts tasks on the global thread pool and shows their progress over ``window``."""

    started = Signal(object)  # Task
    succeeded = Signal(object, object)  # Task, result
    failed = Signal(object, str)  # Task, one-line message
    cancelled = Signal(object)  # Task
    finished = Signal(object)  # Task, after any outcome

    def __init__(self, window: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS) -> None:
        super().__init__(window)
        self.window = window
        self.show_after_ms = show_after_ms
        self._running: dict[Task, dict] = {}  # running tasks and their callbacks
        self.dialog: QProgressDialog | None = None
        self._return_to: QWidget | None = None  # the window that was active when the progress dialog came
        self._retired: list[Task] = []  # finished tasks kept until their pool thread has let go of them
        collect_on_gui_thread()  # a collection on a worker thread could destroy a widget there

    @property
    def busy(self) -> bool:
        """True while any task runs."""
        return bool(self._running)

    def run(self, work: Work, label: str, on_result: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException, str], None] | None = None,
            on_cancel: Callable[[], None] | None = None, quiet: bool = False) -> Task:
        """Start ``work(progress)`` in the background; callbacks run on the GUI thread.

        ``quiet``: no progress dialog (the window stays usable; the caller says the work runs and offers Cancel).
        """
        task = Task(work, label)
        queued = Qt.ConnectionType.QueuedConnection
        task.progressed.connect(self._on_progress, queued)
        task.succeeded.connect(self._on_succeeded, queued)
        task.failed.connect(self._on_failed, queued)
        task.cancelled.connect(self._on_cancelled, queued)
        self._running[task] = {"result": on_result, "error": on_error, "cancel": on_cancel, "quiet": quiet}
        if not quiet:
            QTimer.singleShot(self.show_after_ms, self, lambda: self._show_progress(task))
        self.started.emit(task)
        QThreadPool.globalInstance().start(partial(_execute, weakref.ref(task)))
        return task

    def cancel_all(self, wait_ms: int = 3000) -> None:
        """Cancel every running task and wait (briefly) for the threads to stop."""
        for task in list(self._running):
            task.cancel()
        if self._running:
            QThreadPool.globalInstance().waitForDone(wait_ms)

    def _show_progress(self, task: Task) -> None:
        if task not in self._running or task.done or self.dialog is not None:
            return
        dialog = QProgressDialog(task.label, "Cancel", 0, 100, self.window)
        dialog.setWindowTitle("Working…")
        dialog.setAccessibleName("Progress")
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.canceled.connect(lambda: self._cancel_from_dialog(task))
        dialog.setValue(0)
        self._return_to = QApplication.activeWindow()
        dialog.show()
        self.dialog = dialog

    def _cancel_from_dialog(self, task: Task) -> None:
        task.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText("Cancelling…")

    @Slot(float)
    def _on_progress(self, fraction: float) -> None:
        if self._running.get(self.sender(), {}).get("quiet"):  # type: ignore[call-overload]
            return  # a quiet task's progress is not the dialog's
        if self.dialog is not None and not self.dialog.wasCanceled():
            self.dialog.setValue(int(round(100 * min(max(fraction, 0.0), 1.0))))

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        task = self.sender()
        callbacks = self._finish(task)
        if callbacks is None:
            return
        if callbacks["result"]:
            callbacks["result"](result)
        self.succeeded.emit(task, result)
        self.finished.emit(task)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        task = self.sender()
        callbacks = self._finish(task)
        if callbacks is None:
            return
        message = one_line(exc)
        if callbacks["error"]:
            callbacks["error"](exc, message)
        self.failed.emit(task, message)
        self.finished.emit(task)

    @Slot()
    def _on_cancelled(self) -> None:
        task = self.sender()
        callbacks = self._finish(task)
        if callbacks is None:
            return
        if callbacks["cancel"]:
            callbacks["cancel"]()
        self.cancelled.emit(task)
        self.finished.emit(task)

    def _finish(self, task: QObject) -> dict | None:
        callbacks = self._running.pop(task, None)  # type: ignore[arg-type]
        if callbacks is None:
            return None
        task.done = True  # type: ignore[attr-defined]
        self._retired.append(task)  # type: ignore[arg-type]
        self._release_retired()
        if self.dialog is not None and all(c["quiet"] for c in self._running.values()):
            self._close_progress()
        return callbacks

    def _release_retired(self) -> None:
        """Let go of the finished tasks whose pool thread has let go of them, so that each is destroyed here, on
        the GUI thread that owns it (a QObject destroyed on a pool thread can crash the app); look again soon
        for the others."""
        self._retired = [task for task in self._retired if not task.exited.is_set()]
        if self._retired:
            QTimer.singleShot(RELEASE_AFTER_MS, self, self._release_retired)

    def _close_progress(self) -> None:
        """Hide the progress dialog; if it was in front, activate again the window the user was in (no window
        manager is bound to: some leave no window active, some activate the main window under a dialog)."""
        dialog, self.dialog = self.dialog, None
        in_front = QApplication.activeWindow() is dialog
        back = self._return_to if _visible(self._return_to) else self.window
        self._return_to = None
        dialog.hide()
        dialog.deleteLater()
        if in_front and _visible(back):
            back.activateWindow()


def _execute(task_ref: weakref.ref[Task]) -> None:
    """What the pool thread runs: the task, holding it only while it runs. The runner keeps a strong reference
    until it sees ``exited``, so the task is never destroyed on this thread."""
    task = task_ref()
    if task is None:
        return
    exited = task.exited
    try:
        task.execute()
    finally:
        del task
        exited.set()


def _visible(widget: QWidget | None) -> bool:
    """True if ``widget`` still exists and is shown."""
    try:
        return widget is not None and widget.isVisible()
    except RuntimeError:  # its C++ object was deleted meanwhile (a dialog closed and deleted)
        return False
