"""Python's garbage collector in the app: paused while background work runs (its full collections would freeze
the window), and run on the GUI thread only (a collection on a worker thread that frees a widget crashes)."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from feedback_gui.gui import collector
from feedback_gui.gui.collector import collect_on_gui_thread, collector_paused, due_generation, keep_results
from feedback_gui.gui.workers import TaskRunner

from .conftest import WAIT_MS


@pytest.fixture
def automatic(monkeypatch):  # noqa: ANN001, ANN201
    """As without a Qt app: no GUI-thread collector, the automatic collector on; put back as it was after."""
    was_enabled = gc.isenabled()
    monkeypatch.setattr(collector, "_gui_collector", [])
    gc.enable()
    yield
    gc.unfreeze()
    (gc.enable if was_enabled else gc.disable)()


def test_paused_while_any_work_runs_and_back_after(automatic) -> None:  # noqa: ANN001
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested (or a second task at the same time)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_lasting_results_of_a_large_task_are_frozen(automatic, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(collector, "FREEZE_ABOVE", 1000)
    frozen = gc.get_freeze_count()
    with collector_paused():
        kept = [[i] for i in range(5000)]  # noqa: F841 - results that will live on
    assert gc.get_freeze_count() == frozen  # failed or cancelled work: nothing frozen
    with collector_paused():
        lasting = [[i] for i in range(5000)]  # noqa: F841
        keep_results()
    assert gc.get_freeze_count() >= frozen + 5000 and gc.isenabled()


@pytest.mark.parametrize(("counts", "expected"), [
    ((700, 0, 0), None), ((701, 0, 0), 0),  # generation 0 is due above its threshold, not at it
    ((701, 10, 0), 0), ((701, 11, 0), 1),  # generation 1 when its own count is above its threshold too
    ((701, 11, 10), 1), ((701, 11, 11), 2),  # and the oldest when all three are
    ((5, 50, 50), None),  # nothing is due while generation 0 is below its threshold
])
def test_the_generation_due_is_the_one_python_would_collect(counts, expected) -> None:  # noqa: ANN001
    assert due_generation(counts, (700, 10, 10)) == expected
    assert due_generation(counts, (0, 10, 10)) is None  # a threshold of 0: collection is off


def test_a_runner_moves_collection_to_the_gui_thread(qapp) -> None:  # noqa: ANN001
    TaskRunner()
    installed = collect_on_gui_thread()
    assert installed is not None and not gc.isenabled()
    with collector_paused():
        keep_results()
    assert not gc.isenabled()  # paused work ending never turns the automatic collector back on
    assert collect_on_gui_thread() is installed  # one per application


class _Node:
    cycle: object = None


def test_cycles_made_on_a_worker_thread_are_collected_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    installed = collect_on_gui_thread()
    assert installed is not None
    threads: list[str] = []
    refs: list[weakref.ref] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    def make_garbage() -> None:
        for _ in range(20):
            for _ in range(5_000):  # cycles, as a forgotten dialog leaves (made here, freed only by a collection)
                node = _Node()
                node.cycle = node
            refs.append(weakref.ref(node))

    gc.callbacks.append(note)
    try:
        worker = threading.Thread(target=make_garbage, name="worker")
        worker.start()
        worker.join()
        assert all(ref() is not None for ref in refs)  # nothing collected there: the worker made them all
        qtbot.waitUntil(lambda: all(ref() is None for ref in refs), timeout=WAIT_MS)
    finally:
        gc.callbacks.remove(note)
    assert threads and set(threads) == {threading.main_thread().name}


def test_nothing_is_collected_while_work_runs(qapp) -> None:  # noqa: ANN001
    installed = collect_on_gui_thread()
    assert installed is not None
    garbage = [[] for _ in range(2_000)]
    for item in garbage:
        item.append(item)
    del garbage
    with collector_paused():
        assert installed.collect_if_due() is None
    assert installed.collect_if_due() is not None


def test_a_task_runs_with_the_collector_paused(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    with qtbot.waitSignal(runner.succeeded, timeout=WAIT_MS) as blocker:
        runner.run(lambda _progress: collector._state["paused"] > 0 and not gc.isenabled(), "Checking")
    assert blocker.args[1] is True and collector._state["paused"] == 0
