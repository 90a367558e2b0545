"""Every failure of the command line is one line on stderr naming the file, and exit status 2."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "feedback_gui", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name,content,problem", [
    ("empty.xlsx", b"", "empty"),
    ("picture.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "not a survey file"),
    ("truncated.xlsx", b"PK\x03\x04" + b"\x00" * 40, "damaged"),
    ("only_header.csv", b"Q1,Q2,Q3\n", "no responses"),
])
def test_bad_files(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    done = _run("headlines", str(path), "--json")
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and problem in lines[0]
    assert "Traceback" not in done.stderr and done.stdout == ""


def test_missing_file_and_missing_sheet(tmp_path):
    done = _run("headlines", str(tmp_path / "nowhere.csv"))
    assert done.returncode == 2 and "does not exist" in done.stderr
    from tests.conftest import SAMPLES

    done = _run("headlines", str(SAMPLES / "user_voice_2024.xlsx"), "--sheet", "Nope")
    assert done.returncode == 2 and "no sheet named 'Nope'" in done.stderr and "Responses" in done.stderr


def test_unknown_option_is_one_line():
    done = _run("headlines")
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
