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

import glob
import multiprocessing
from pathlib import Path
from typing import Any

from feedback_gui.core.errors import Cancelled, FeedbackError
from feedback_gui.core.export.elsewhere import ELSEWHERE_ROWS
from feedback_gui.core.export.sources import as_dict
from feedback_gui.core.processes import (
    SurveyAssembler,
    lower_priority,
    portable_error,
    progress_sender,
    replies,
    survey_messages,
)
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
    before = set(_temporary_files(path))
    sending = _prepared(options)
    context = multiprocessing.get_context("spawn")
    inbox, send = context.Pipe(duplex=False)  # to the child
    receive, outbox = context.Pipe(duplex=False)  # back from it
    # not a daemon: the comments may be analysed there with processes of its own
    child = context.Process(target=_child, args=(inbox, outbox), daemon=False, name="feedback-gui-briefing")
    child.start()
    inbox.close()
    outbox.close()
    try:
        for message in [*survey_messages(survey), *sending, ("options", str(path), options), ("go",)]:
            progress(0.0)  # Cancel is noticed while the survey is sent
            send.send(message)
        for message in replies(child, receive, progress, _stopped):
            if message[0] == "done":
                return message[1]
        raise _stopped()
    except (BrokenPipeError, EOFError, ConnectionResetError):
        raise _stopped() from None
    except (Cancelled, Exception):
        child.kill()
        child.join(timeout=5)
        for leftover in set(_temporary_files(path)) - before:  # the killed process could not remove its own
            leftover.unlink(missing_ok=True)
        raise
    finally:
        send.close()
        receive.close()
        child.join(timeout=5)


def _temporary_files(path: str | Path) -> list[Path]:
    """The temporary files :func:`~feedback_gui.core.export.saving.write_atomically` makes for ``path``."""
    path = Path(path)
    return list(path.parent.glob(f"~{glob.escape(path.stem)}.*{glob.escape(path.suffix)}.tmp")) \
        if path.parent.is_dir() else []


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
    lower_priority()
    survey, results = SurveyAssembler(), {}
    path, options = "", {}
    while True:
        message = receive.recv()
        if survey.take(message):
            continue
        kind = message[0]
        if kind == "result":
            results[message[1]] = message[2]
        elif kind == "options":
            path, options = message[1], message[2]
        elif kind == "go":
            break
    try:
        result = build_briefing(survey.survey(), path, progress=progress_sender(reply), **options, **results)
    except Exception as exc:  # noqa: BLE001 - sent to the app, which reports it as it would its own
        reply.send(("error", *portable_error(exc)))
        return
    reply.send(("done", result))


__all__ = ["ELSEWHERE_ROWS", "build_elsewhere", "export_briefing"]
