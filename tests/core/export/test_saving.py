"""Writing a file safely: the finished file replaces the old one in one step, and a failure says what failed."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.export.saving import write_atomically


def test_a_written_file_replaces_the_old_one_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "results.xlsx"
    target.write_bytes(b"old")
    write_atomically(target, lambda temporary: temporary.write_bytes(b"new"))
    assert target.read_bytes() == b"new" and [p.name for p in tmp_path.iterdir()] == ["results.xlsx"]


def test_a_part_of_the_installation_that_cannot_be_read_is_named_not_blamed_on_the_file(tmp_path: Path) -> None:
    def needs_a_template(_temporary: Path) -> None:
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "/app/_internal/pptx/notesMaster.xml")

    with pytest.raises(FeedbackError) as caught:
        write_atomically(tmp_path / "briefing.pptx", needs_a_template)
    message = str(caught.value)
    assert "briefing.pptx was not written" in message and "notesMaster.xml" in message
    assert "reinstalling" in message and "/app/" not in message  # the name only, no folder
    assert list(tmp_path.iterdir()) == []  # the temporary file is gone


def test_a_failure_writing_the_file_itself_is_said_as_such(tmp_path: Path) -> None:
    def disk_full(temporary: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(temporary))

    with pytest.raises(FeedbackError, match=r"^briefing.docx: the file could not be written \(the disk is full\)$"):
        write_atomically(tmp_path / "briefing.docx", disk_full)
    assert list(tmp_path.iterdir()) == []
