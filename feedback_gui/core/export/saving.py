"""Writing export files safely: a temporary file in the target folder, then one rename over the target.

A half-written workbook never replaces a good one, and the problems a user can fix (the folder is
missing or read-only, the file is open in Excel) become a :class:`FeedbackError` with a one-line reason.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from feedback_gui.core.errors import FeedbackError


def excel_lock_file(path: Path) -> Path:
    """The owner file Excel keeps beside a workbook while it is open ("~$Report.xlsx")."""
    return path.with_name("~$" + path.name)


def check_target(path: Path) -> None:
    """Raise FeedbackError if ``path`` cannot be written: missing folder, a folder in the way, open in Excel."""
    folder = path.parent
    if not folder.is_dir():
        raise FeedbackError(f"{path.name}: the folder {folder} does not exist")
    if path.is_dir():
        raise FeedbackError(f"{path.name}: a folder of that name is in the way; choose another file name")
    if excel_lock_file(path).exists():
        raise FeedbackError(f"{path.name} is open in Excel or another program; close it and export again")
    if path.exists() and not os.access(path, os.W_OK):
        raise FeedbackError(f"{path.name} is read-only; choose another file name")


def write_atomically(path: str | Path, write: Callable[[Path], object]) -> Path:
    """Call ``write(temporary_path)``, then move the finished file over ``path`` in one step.

    The temporary file is removed if writing fails or is cancelled.
    """
    path = Path(path)
    check_target(path)
    try:
        handle, name = tempfile.mkstemp(prefix="~" + path.stem + ".", suffix=path.suffix + ".tmp", dir=path.parent)
    except OSError as exc:
        raise FeedbackError(f"{path.name}: cannot write to the folder {path.parent} ({_reason(exc)})") from None
    os.close(handle)
    temporary = Path(name)
    try:
        try:
            write(temporary)
        except OSError as exc:
            raise _write_error(path, temporary, exc) from None
        _match_mode(temporary, path)
        _replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def write_bytes_atomically(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (used for chart pictures the app renders)."""
    return write_atomically(path, lambda temporary: temporary.write_bytes(data))


def _match_mode(temporary: Path, path: Path) -> None:
    """Give the new file the old file's permissions, or the usual ones for a new file (not mkstemp's 0600)."""
    if path.exists():
        mode = path.stat().st_mode & 0o777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def _replace(temporary: Path, path: Path) -> None:
    try:
        os.replace(temporary, path)
    except PermissionError:
        raise FeedbackError(f"{path.name} is open in another program or read-only; close it and export again") \
            from None
    except OSError as exc:
        raise FeedbackError(f"{path.name}: the file could not be saved ({_reason(exc)})") from None


def _write_error(path: Path, temporary: Path, exc: OSError) -> FeedbackError:
    """What went wrong while writing: the file (the folder, the disk), or something the writer needed to read,
    such as a template missing from the installation (not the user's file: say which, and what helps)."""
    needed = exc.filename if isinstance(exc.filename, str) else None
    if needed and Path(needed).parent != temporary.parent and exc.errno in (errno.ENOENT, errno.EACCES):
        return FeedbackError(f"{path.name} was not written: the app could not read {Path(needed).name}, part of "
                             "its installation; reinstalling the app should mend it")
    return FeedbackError(f"{path.name}: the file could not be written ({_reason(exc)})")


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    return exc.strerror or type(exc).__name__
