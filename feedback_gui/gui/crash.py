"""Unexpected errors: a dialog instead of a silent exit, a log for the developers, and work kept safe.

The log records where the error happened (files, lines, functions) and its type, never its message
or any variable: messages can hold respondents' answers, and logs must never contain them.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from feedback_gui import __version__
from feedback_gui.gui.recovery import data_dir

LOG_NAME = "feedback-gui-errors.log"
_MAX_LOG_BYTES = 512 * 1024


def log_path() -> Path:
    """The error log in the user's data folder."""
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / LOG_NAME


def describe_error(kind: type[BaseException], tb: TracebackType | None) -> str:
    """The error's type and the code locations it passed through; no message, no values."""
    frames = traceback.extract_tb(tb)
    lines = [f"  {Path(f.filename).name}:{f.lineno} in {f.name}" for f in frames]
    return f"{kind.__module__}.{kind.__qualname__}\n" + "\n".join(lines)


def write_log(kind: type[BaseException], tb: TracebackType | None) -> Path | None:
    """Append a record of an unexpected error to the log; returns its path (None if it cannot be written)."""
    try:
        path = log_path()
        if path.exists() and path.stat().st_size > _MAX_LOG_BYTES:
            path.replace(path.with_suffix(".old.log"))
        stamp = datetime.now().isoformat(timespec="seconds")
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp} feedback-gui {__version__} Python {sys.version.split()[0]}\n")
            log.write(describe_error(kind, tb) + "\n")
        return path
    except OSError:
        return None


def install_excepthook(on_error: Callable[[str, Path | None], None]) -> None:
    """Route uncaught exceptions on the GUI thread to the log and ``on_error(type name, log path)``."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        path = write_log(kind, tb)
        try:
            on_error(kind.__name__, path)
        except Exception:  # noqa: BLE001 - the handler itself must never crash the app
            pass

    sys.excepthook = hook
