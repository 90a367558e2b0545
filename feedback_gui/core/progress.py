"""Progress reporting and cancellation for long work.

Core functions take ``progress: ProgressFn`` (a callable receiving a fraction 0..1) and call it
now and then. A GUI worker passes a callable that raises :class:`Cancelled` once the user has
pressed Cancel, so cancellation needs no extra parameter.
"""

from __future__ import annotations

from collections.abc import Callable

from feedback_gui.core.errors import Cancelled

ProgressFn = Callable[[float], None]

__all__ = ["ProgressFn", "no_progress", "sub_progress", "Cancelled"]


def no_progress(fraction: float) -> None:  # noqa: ARG001 - the default callback does nothing
    """Ignore progress (the default callback)."""


def sub_progress(progress: ProgressFn, start: float, end: float) -> ProgressFn:
    """Map a step's own 0..1 progress onto the span ``start..end`` of its parent."""
    span = end - start

    def report(fraction: float) -> None:
        progress(start + span * min(max(fraction, 0.0), 1.0))

    return report
