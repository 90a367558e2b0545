"""The Excel export in a process of its own, for a large survey exported from the app.

Writing a national survey's workbook takes minutes of openpyxl and XML work that keeps Python's
interpreter lock in long stretches; the app's window, which needs the lock to repaint, would stall for
a quarter of a second at a time. Here the survey and the results to export go to a spawned process in
small pieces (see :mod:`feedback_gui.core.processes`), the workbook is written there, and only progress
and the small :class:`ExportResult` come back. Cancel (a progress call raising) stops that process; the
half-written file is never left behind, as the export writes to a temporary file first.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from feedback_gui.core.elsewhere import answer, receive_job, run_job
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.export.sources import as_dict
from feedback_gui.core.processes import list_messages
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.survey import Survey

ELSEWHERE_ROWS = 20_000  # surveys with more respondents than this are exported in a separate process
_RESULTS = ("comments", "waves", "equality", "drivers", "benchmark")


def export_elsewhere(survey: Survey, path: str | Path, *, progress: ProgressFn = no_progress,
                     **options: Any) -> Any:
    """:func:`~feedback_gui.core.export.export_workbook` run in a new process; same arguments, same result."""
    messages = _prepared(options)
    return run_job(_child, "feedback-gui-export", survey, path, messages, options, progress, _stopped)


def _prepared(options: dict) -> list[tuple]:
    """Messages carrying the comments, waves and equality results (as dicts; the comments' long list
    sliced); they are taken out of ``options``."""
    messages: list[tuple] = []
    for key in _RESULTS:
        value = options.pop(key, None)
        data = as_dict(value)
        if data is None:
            continue
        if getattr(value, "redacted", False):
            data = {**data, "redacted": True}
        items = data.get("comments") if key == "comments" else None
        if isinstance(items, list):
            data = {k: v for k, v in data.items() if k != "comments"}
            messages.extend(list_messages(f"{key}.comments", items))
            data["comments"] = []
        messages.append(("result", key, data))
    return messages


def _stopped() -> FeedbackError:
    return FeedbackError("the export stopped before the workbook was written")


def _child(receive: Any, reply: Any) -> None:
    """The exporting process: takes the survey and options in, writes the workbook, reports back."""
    from feedback_gui.core.export.workbook import export_workbook

    job = receive_job(receive)
    answer(reply, lambda progress: export_workbook(job.survey, job.path, progress=progress, **job.options,
                                                   **job.results))


__all__ = ["ELSEWHERE_ROWS", "export_elsewhere"]
