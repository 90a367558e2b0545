"""Writing the workbook: atomic, with a clear one-line error when the file is open or the folder is missing."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import openpyxl
import pytest

from feedback_gui.core.errors import Cancelled, FeedbackError
from feedback_gui.core.export import export_workbook, write_bytes_atomically
from feedback_gui.core.export.saving import write_atomically


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_progress_runs_to_the_end_and_the_file_is_readable(tiny_survey, tmp_path):
    seen = []
    result = export_workbook(tiny_survey, tmp_path / "out.xlsx", progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen) and len(seen) > 5
    assert openpyxl.load_workbook(result.path).sheetnames == list(result.sheets)
    assert stat.S_IMODE(result.path.stat().st_mode) != 0o600  # not the temporary file's private mode
    assert _leftovers(tmp_path) == []


def test_replaces_an_existing_file_whole(tiny_survey, tmp_path):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old contents")
    os.chmod(target, 0o640)
    export_workbook(tiny_survey, target, sheets=["summary"])
    assert openpyxl.load_workbook(target).sheetnames == ["Summary"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_workbook_open_in_excel_is_refused(tiny_survey, tmp_path):
    target = tmp_path / "Report.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$Report.xlsx").write_bytes(b"owner")
    with pytest.raises(FeedbackError, match=r"Report.xlsx is open in Excel or another program; close it"):
        export_workbook(tiny_survey, target)
    assert target.read_bytes() == b"old"


def test_a_locked_file_leaves_the_old_one_and_no_temporary(tiny_survey, tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(FeedbackError, match="out.xlsx is open in another program or read-only"):
        export_workbook(tiny_survey, target)
    assert target.read_bytes() == b"old" and _leftovers(tmp_path) == []


def test_missing_or_unwritable_folder(tiny_survey, tmp_path, monkeypatch):
    with pytest.raises(FeedbackError, match="the folder .* does not exist"):
        export_workbook(tiny_survey, tmp_path / "nowhere" / "out.xlsx")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(FeedbackError, match=r"out.xlsx: cannot write to the folder .* \(permission denied\)"):
        export_workbook(tiny_survey, tmp_path / "out.xlsx")


def test_cancel_writes_nothing(tiny_survey, tmp_path):
    def cancel_late(fraction):
        if fraction > 0.5:
            raise Cancelled()

    with pytest.raises(Cancelled):
        export_workbook(tiny_survey, tmp_path / "out.xlsx", progress=cancel_late)
    assert list(tmp_path.iterdir()) == []


def test_options_that_name_nothing_are_refused(tiny_survey, tmp_path):
    with pytest.raises(FeedbackError, match="export to a file ending in .xlsx"):
        export_workbook(tiny_survey, tmp_path / "out.csv")
    with pytest.raises(FeedbackError, match="unknown sheet charts"):
        export_workbook(tiny_survey, tmp_path / "out.xlsx", sheets=["summary", "charts"])
    with pytest.raises(FeedbackError, match="no single question matches 'Region'.*Which team are you in"):
        export_workbook(tiny_survey, tmp_path / "out.xlsx", by="Region")
    with pytest.raises(FeedbackError, match="cannot break down by 'Any other comments\\?': it is free text"):
        export_workbook(tiny_survey, tmp_path / "out.xlsx", by="Any other comments?")
    with pytest.raises(FeedbackError, match="nothing to export"):
        export_workbook(tiny_survey, tmp_path / "out.xlsx", sheets=["waves"])
    assert list(tmp_path.iterdir()) == []


def test_chosen_sheets_with_nothing_to_show_are_named(tiny_survey, tmp_path):
    result = export_workbook(tiny_survey, tmp_path / "out.xlsx", sheets=["summary", "waves", "breakdown"])
    assert result.sheets == ("Summary",)
    assert result.notes == ("Left out breakdown by a demographic: nothing to show for this survey and these options.",
                            "Left out waves compared: nothing to show for this survey and these options.")


def test_picture_bytes_are_written_atomically(tmp_path):
    target = write_bytes_atomically(tmp_path / "chart.png", b"\x89PNG...")
    assert target.read_bytes() == b"\x89PNG..." and _leftovers(tmp_path) == []


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
