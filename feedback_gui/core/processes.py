"""Work done in a process of its own, for an app whose window must keep Python's interpreter lock free.

Reading or exporting a national survey runs long stretches of C code (the Excel reader, Arrow, the XML
writer) that keep the lock; a window on the same interpreter would wait for them to repaint. In a
separate (spawned) process they cost the window nothing. What crosses between the processes does so in
small pieces (a survey column by column, a list a slice at a time), so that taking it in or sending it
never holds the lock for long either; an error crosses as plain values and is rebuilt as the same kind
of error on the other side.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pandas as pd

from feedback_gui.core.errors import FeedbackError, UnreadableFileError
from feedback_gui.core.progress import ProgressFn
from feedback_gui.core.survey import Survey

SLICE = 5_000  # items of a long list sent in one message
COLUMN_SLICE = 25_000  # rows of a text column sent in one message (taking in more would hold the lock long)


def lower_priority() -> None:
    """Run this process a little behind the app's window (where the system allows it)."""
    if hasattr(os, "nice"):
        try:
            os.nice(5)
        except OSError:
            pass


def survey_messages(survey: Survey) -> Iterator[tuple]:
    """A survey as messages: its description without answers, then its columns (a long text column in slices)."""
    frame = survey.responses
    yield ("survey", replace(survey, responses=frame.iloc[:, :0], raw_columns={}), list(frame.columns))
    for name in frame.columns:
        yield from _column_messages("column", name, frame[name])
    for name, values in survey.raw_columns.items():
        yield from _column_messages("raw", name, values)


def _column_messages(kind: str, name: Any, column: pd.Series) -> Iterator[tuple]:
    if isinstance(column.dtype, pd.CategoricalDtype) or len(column) <= COLUMN_SLICE:
        yield (kind, name, column)  # codes and a few categories: quick to take in whole
        return
    for start in range(0, len(column), COLUMN_SLICE):  # one Python object per cell: a slice at a time
        yield (f"{kind} part", name, column.iloc[start:start + COLUMN_SLICE])


class SurveyAssembler:
    """Takes ``survey_messages`` in and gives the survey back (:meth:`survey`)."""

    def __init__(self) -> None:
        self._skeleton: Survey | None = None
        self._columns: dict[Any, pd.Series] = {}
        self._raw: dict[str, pd.Series] = {}
        self._parts: dict[Any, list[pd.Series]] = {}
        self._order: list = []

    def take(self, message: tuple) -> bool:
        """Keep a message if it is part of a survey (True), else leave it (False)."""
        if message[0] == "survey":
            self._skeleton, self._order = message[1], message[2]
        elif message[0] == "column":
            self._columns[message[1]] = message[2]
        elif message[0] in ("column part", "raw part"):
            self._parts.setdefault((message[0], message[1]), []).append(message[2])
        elif message[0] == "raw":
            self._raw[message[1]] = message[2]
        else:
            return False
        return True

    def survey(self) -> Survey:
        """The survey, whole again."""
        if self._skeleton is None:
            raise FeedbackError("the survey did not arrive from the other process")
        survey = self._skeleton
        for (kind, name), parts in self._parts.items():
            (self._columns if kind == "column part" else self._raw)[name] = pd.concat(parts)
        columns = {name: self._columns[name] for name in self._order}
        survey.responses = pd.DataFrame(columns, index=survey.responses.index)
        survey.raw_columns = self._raw
        return survey


def list_messages(key: str, items: list) -> Iterator[tuple]:
    """A long list as slices: ``(key, start, slice)`` messages."""
    for start in range(0, len(items), SLICE):
        yield (key, start, items[start:start + SLICE])


def progress_sender(send: Any) -> Callable[[float], None]:
    """A progress function for the working process: sends each whole percent (and the end) to the app."""
    last = [-1.0]

    def progress(fraction: float) -> None:
        if fraction - last[0] >= 0.01 or fraction >= 1.0:
            last[0] = fraction
            send.send(("progress", fraction))

    return progress


def replies(child: Any, receive: Any, progress: ProgressFn, stopped: Callable[[], Exception]) -> Iterator[tuple]:
    """The working process's messages until it says "done" (that one included); its progress is passed to
    ``progress`` (so Cancel is noticed even while it is quiet) and its error is raised here as the same kind.
    ``stopped()`` is the error raised when the process ends without a word."""
    fraction = 0.0
    while True:
        if not receive.poll(0.1):
            progress(fraction)
            if not child.is_alive() and not receive.poll():
                raise stopped()
            continue
        try:
            message = receive.recv()
        except (EOFError, OSError):
            raise stopped() from None
        if message[0] == "progress":
            fraction = message[1]
            progress(fraction)
        elif message[0] == "error":
            raise rebuilt_error(*message[1:])
        else:
            yield message
            if message[0] == "done":
                return


def portable_error(exc: BaseException) -> tuple:
    """An error as plain values (the file errors' constructors take the path and the problem)."""
    kind = type(exc)
    if isinstance(exc, UnreadableFileError):
        return kind.__module__, kind.__qualname__, (str(exc.path), exc.problem)
    if isinstance(exc, FeedbackError):
        return kind.__module__, kind.__qualname__, (str(exc),)
    return "builtins", "RuntimeError", (f"{kind.__name__}: {exc}",)


def rebuilt_error(module: str, name: str, args: tuple) -> Exception:
    """The error that :func:`portable_error` described."""
    try:
        return getattr(importlib.import_module(module), name)(*args)
    except (ImportError, AttributeError, TypeError):
        return FeedbackError(str(args[-1]))


__all__ = ["SLICE", "SurveyAssembler", "list_messages", "lower_priority", "portable_error", "progress_sender",
           "rebuilt_error", "replies", "survey_messages"]
