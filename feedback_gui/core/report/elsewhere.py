"""The briefing built in a process of its own, for a large survey exported from the app.

As for the Excel export (:mod:`feedback_gui.core.export.elsewhere`): the survey and the results the app
already holds go to a spawned process in small pieces, the pack is built there, and only progress and
the small :class:`~feedback_gui.core.report.build.BriefingResult` come back, so the window never waits
for python-pptx, python-docx or matplotlib. Cancel (a progress call raising) stops that process; the
pack is written to a temporary file first, so no half-written file is left.

The comments analysis crosses without its list of comments: the pack uses only its summary, themes
and quotes, which are small whatever the survey's size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from feedback_gui.core.elsewhere import answer, receive_job, run_job
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.export.elsewhere import ELSEWHERE_ROWS
from feedback_gui.core.export.sources import as_dict
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.report.benchmark import BenchmarkComparison
from feedback_gui.core.report.build import BriefingResult, briefing_format, build_briefing
from feedback_gui.core.survey import Survey

_RESULTS = ("comments", "waves", "benchmark")


def export_briefing(survey: Survey, path: str | Path, *, progress: ProgressFn = no_progress,
                    **options: Any) -> BriefingResult:
    """Build the pack: in this process for a small survey, in a process of its own above
    :data:`ELSEWHERE_ROWS` respondents. The arguments and the result are :func:`build_briefing`'s."""
    if survey.respondents > ELSEWHERE_ROWS:
        return build_elsewhere(survey, path, progress=progress, **options)
    return build_briefing(survey, path, progress=progress, **options)


def build_elsewhere(survey: Survey, path: str | Path, *, progress: ProgressFn = no_progress,
                    **options: Any) -> BriefingResult:
    """:func:`build_briefing` run in a new process; same arguments, same result, same errors."""
    briefing_format(path)  # a wrong extension is said at once, before a process starts
    messages = _prepared(options)
    return run_job(_child, "feedback-gui-briefing", survey, path, messages, options, progress, _stopped)


def _prepared(options: dict) -> list[tuple]:
    """Messages carrying the comments, waves and benchmark (as dicts, the comments without their long list);
    they are taken out of ``options``."""
    messages: list[tuple] = []
    for key in _RESULTS:
        value = options.pop(key, None)
        if isinstance(value, BenchmarkComparison):
            messages.append(("result", key, value))
            continue
        data = as_dict(value)
        if data is None:
            continue
        if key == "comments":
            data = {k: v for k, v in data.items() if k != "comments"}
            if getattr(value, "redacted", False) or data.get("redacted") is True:
                data["redacted"] = True
        messages.append(("result", key, data))
    return messages


def _stopped() -> FeedbackError:
    return FeedbackError("the briefing stopped before the file was written")


def _child(receive: Any, reply: Any) -> None:
    """The building process: takes the survey and options in, builds the pack, reports back."""
    job = receive_job(receive)
    answer(reply, lambda progress: build_briefing(job.survey, job.path, progress=progress, **job.options,
                                                  **job.results))


__all__ = ["ELSEWHERE_ROWS", "build_elsewhere", "export_briefing"]
