"""Background work pauses Python's garbage collector, whose full collections would freeze the window."""

from __future__ import annotations

import gc

import pytest

from feedback_gui.gui import workers
from feedback_gui.gui.workers import TaskRunner, collector_paused, keep_results

from .conftest import WAIT_MS


@pytest.fixture(autouse=True)
def _restore_collector():
    yield
    gc.unfreeze()
    gc.enable()


def test_paused_while_any_work_runs_and_back_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested (or a second task at the same time)
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_lasting_results_of_a_large_task_are_frozen(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(workers, "FREEZE_ABOVE", 1000)
    frozen = gc.get_freeze_count()
    with collector_paused():
        kept = [[i] for i in range(5000)]  # noqa: F841 - results that will live on
    assert gc.get_freeze_count() == frozen  # failed or cancelled work: nothing frozen
    with collector_paused():
        lasting = [[i] for i in range(5000)]  # noqa: F841
        keep_results()
    assert gc.get_freeze_count() >= frozen + 5000 and gc.isenabled()


def test_a_task_runs_with_the_collector_paused(qtbot) -> None:  # noqa: ANN001
    runner = TaskRunner()
    with qtbot.waitSignal(runner.succeeded, timeout=WAIT_MS) as blocker:
        runner.run(lambda _progress: gc.isenabled(), "Checking")
    assert blocker.args[1] is False and gc.isenabled()
