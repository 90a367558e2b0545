"""The Excel export in a process of its own, for a large survey exported from the app.

Writing a national survey's workbook takes minutes of openpyxl and XML work that keeps Python's
interpreter lock in long stretches; the app's window, which needs the lock to repaint, would stall for
a quarter of a second at a time. Here the survey and the results to export go to a spawned process in
small pieces (see :mod:`feedback_gui.core.processes`), the workbook is written there, and only progress
and the small :class:`ExportResult` come back. Cancel (a progress call raising) stops that process; the
half-written file is never left behind, as the export writes to a temporary file first.
"""

from __future__ import annotations

import multiprocessing
from pathlib import Path
from typing import Any

from feedback_gui.core.errors import Cancelled, FeedbackError
from feedback_gui.core.export.sources import as_dict
from feedback_gui.core.processes import (
    SurveyAssembler,
    list_messages,
    lower_priority,
    portable_error,
    progress_sender,
    replies,
    survey_messages,
)
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.survey import Survey

ELSEWHERE_ROWS = 20_000  # surveys with more respondents than this are exported in a separate process
_RESULTS = ("comments", "waves", "equality", "drivers", "benchmark")


def export_elsewhere(survey: Survey, path: str | Path, *, progress: ProgressFn = no_progress,
                     **options: Any) -> Any:
    """:func:`~feedback_gui.core.export.export_workbook` run in a new process; same arguments, same result."""
    sending = _prepared(options)
    context = multiprocessing.get_context("spawn")
    inbox, send = context.Pipe(duplex=False)  # to the child
    receive, outbox = context.Pipe(duplex=False)  # back from it
    # not a daemon: the export may analyse comments with processes of its own
    child = context.Process(target=_child, args=(inbox, outbox), daemon=False, name="feedback-gui-export")
    child.start()
    inbox.close()
    outbox.close()
    try:
        for message in [*survey_messages(survey), *sending, ("options", str(path), options), ("go",)]:
            progress(0.0)  # Cancel is noticed while the survey is sent
            send.send(message)
        return _wait(child, receive, progress)
    except (BrokenPipeError, EOFError, ConnectionResetError):
        raise _stopped() from None
    except (Cancelled, Exception):
        child.kill()
        raise
    finally:
        send.close()
        receive.close()
        child.join(timeout=5)


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


def _wait(child: Any, receive: Any, progress: ProgressFn) -> Any:
    for message in replies(child, receive, progress, _stopped):
        if message[0] == "done":
            return message[1]
    raise _stopped()


def _stopped() -> FeedbackError:
    return FeedbackError("the export stopped before the workbook was written")


def _child(receive: Any, reply: Any) -> None:
    """The exporting process: takes the survey and options in, writes the workbook, reports back."""
    from feedback_gui.core.export.workbook import export_workbook

    lower_priority()
    survey = SurveyAssembler()
    results: dict[str, Any] = {}
    pieces: dict[str, list[Any]] = {}
    path, options = "", {}
    while True:
        message = receive.recv()
        if survey.take(message):
            continue
        kind = message[0]
        if kind == "result":
            results[message[1]] = message[2]
        elif kind.endswith(".comments"):
            pieces.setdefault(kind.split(".")[0], []).extend(message[2])
        elif kind == "options":
            path, options = message[1], message[2]
        elif kind == "go":
            break
    for key, items in pieces.items():
        results[key]["comments"] = items
    progress = progress_sender(reply)
    try:
        result = export_workbook(survey.survey(), path, progress=progress, **options, **results)
    except Exception as exc:  # noqa: BLE001 - sent to the app, which reports it as it would its own
        reply.send(("error", *portable_error(exc)))
        return
    reply.send(("done", result))


__all__ = ["ELSEWHERE_ROWS", "export_elsewhere"]
