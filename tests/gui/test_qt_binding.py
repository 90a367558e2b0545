"""Guard against a broken Qt binding: PySide6 6.12.0 dropped a reference to True on every signal emit,
so a long session (every progress report is an emit) ended in "Fatal Python error: bool_dealloc"."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)


def test_signal_emits_do_not_leak_or_drop_references(qapp):
    emitter = _Emitter()
    received = []
    emitter.flag.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(2000):
        emitter.plain.emit()
        emitter.flag.emit(True)
    assert len(received) == 2000
    assert abs(sys.getrefcount(True) - before - len(received)) <= 10  # the list holds 2000 references
