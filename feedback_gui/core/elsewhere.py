"""A survey job in a process of its own: the app's side sends it and waits, the process's side takes it in and answers.

The Excel export and the briefing pack of a large survey run this way (see :mod:`feedback_gui.core.processes`
for why). The app sends the survey, the results it already holds (``("result", key, data)``, a long list as
``("<key>.comments", start, items)`` slices), the file to write and the options, then ``("go",)``; the process
writes the file and answers ``("done", result)`` or the error, with progress on the way.
"""

from __future__ import annotations

import glob
import multiprocessing
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from feedback_gui.core.errors import Cancelled, FeedbackError
from feedback_gui.core.processes import (
    SurveyAssembler,
    lower_priority,
    portable_error,
    progress_sender,
    replies,
    survey_messages,
)
from feedback_gui.core.progress import ProgressFn
from feedback_gui.core.survey import Survey

PIECES = ".comments"  # a message kind ending so carries a slice of that result's "comments" list


def temporary_files(path: str | Path) -> list[Path]:
    """The temporary files :func:`~feedback_gui.core.export.saving.write_atomically` makes for ``path``."""
    path = Path(path)
    return list(path.parent.glob(f"~{glob.escape(path.stem)}.*{glob.escape(path.suffix)}.tmp")) \
        if path.parent.is_dir() else []


def run_job(child_main: Callable[[Any, Any], None], name: str, survey: Survey, path: str | Path,
            messages: Iterable[tuple], options: dict, progress: ProgressFn,
            stopped: Callable[[], FeedbackError]) -> Any:
    """Start ``child_main(inbox, outbox)`` in a new (spawned) process called ``name``, send it the survey,
    ``messages`` (the results), the path and options, and return what it answers "done" with.

    Its error is raised here as the same kind; ``stopped()`` is raised when it ends without a word. On Cancel
    (``progress`` raising) or any error the process is killed and the temporary files it left beside ``path``
    are removed: no half-written file is left.
    """
    before = set(temporary_files(path))
    context = multiprocessing.get_context("spawn")
    inbox, send = context.Pipe(duplex=False)  # to the child
    receive, outbox = context.Pipe(duplex=False)  # back from it
    # not a daemon: the job may analyse comments with processes of its own
    child = context.Process(target=child_main, args=(inbox, outbox), daemon=False, name=name)
    child.start()
    inbox.close()
    outbox.close()
    try:
        for message in [*survey_messages(survey), *messages, ("options", str(path), options), ("go",)]:
            progress(0.0)  # Cancel is noticed while the survey is sent
            send.send(message)
        for message in replies(child, receive, progress, stopped):
            if message[0] == "done":
                return message[1]
        raise stopped()
    except (BrokenPipeError, EOFError, ConnectionResetError):
        raise stopped() from None
    except (Cancelled, Exception):
        child.kill()
        child.join(timeout=5)
        for leftover in set(temporary_files(path)) - before:  # the killed process could not remove its own
            leftover.unlink(missing_ok=True)
        raise
    finally:
        send.close()
        receive.close()
        child.join(timeout=5)


@dataclass
class Job:
    """What the process was sent: the survey, the results by key, the file to write and the options."""

    survey: Survey
    results: dict[str, Any] = field(default_factory=dict)
    path: str = ""
    options: dict[str, Any] = field(default_factory=dict)


def receive_job(receive: Any) -> Job:
    """The process's side: take the messages in until "go" (lowering its own priority first)."""
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
        elif kind.endswith(PIECES):
            pieces.setdefault(kind[:-len(PIECES)], []).extend(message[2])
        elif kind == "options":
            path, options = message[1], message[2]
        elif kind == "go":
            break
    for key, items in pieces.items():
        results[key]["comments"] = items
    return Job(survey.survey(), results, path, options)


def answer(reply: Any, work: Callable[[ProgressFn], Any]) -> None:
    """Run ``work(progress)`` in the process and send its result ("done") or its error back to the app."""
    try:
        result = work(progress_sender(reply))
    except Exception as exc:  # noqa: BLE001 - sent to the app, which reports it as it would its own
        reply.send(("error", *portable_error(exc)))
        return
    reply.send(("done", result))


__all__ = ["Job", "answer", "receive_job", "run_job", "temporary_files"]
