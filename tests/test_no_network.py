"""Survey data never leaves the laptop: every analysis, export and the window work with sockets blocked."""

from __future__ import annotations

import io
import json
import socket
from contextlib import redirect_stdout

import pytest

from feedback_gui.cli import main
from feedback_gui.selftest import run_self_test
from tests.conftest import SAMPLES


class NetworkUsed(AssertionError):
    """Raised when anything tries to open a network connection."""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise NetworkUsed(f"network use attempted: {args[:2]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket.socket, "sendto", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))  # the block is in place


def test_self_test_runs_every_analysis_offline(no_network, qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("FEEDBACK_GUI_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("FEEDBACK_GUI_DATA", str(tmp_path / "data"))
    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    report = out.getvalue()
    for step in ("comment analysis", "waves comparison", "equality", "Excel export", "insight and benchmark",
                 "briefing pack", "main window"):
        assert f"ok   {step}" in report


@pytest.mark.parametrize("args", [
    ["headlines", str(SAMPLES / "staff_survey_2024.xlsx"), "--json"],
    ["comments", str(SAMPLES / "user_voice_2024.xlsx"), "--json"],
    ["compare", str(SAMPLES / "staff_survey_2023.xlsx"), str(SAMPLES / "staff_survey_2024.xlsx"), "--json"],
    ["equality", str(SAMPLES / "user_voice_2024.xlsx"), "--reference", str(SAMPLES / "caseload_profile.csv"),
     "--json"],
    ["audit", str(SAMPLES / "case_audit_2024.xlsx"), "--json"],
])
def test_every_command_offline(no_network, args):
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(args) == 0
    assert json.loads(out.getvalue())


def test_export_command_offline(no_network, tmp_path):
    target = tmp_path / "out.xlsx"
    with redirect_stdout(io.StringIO()):
        code = main(["export", str(SAMPLES / "staff_survey_2024.xlsx"), "-o", str(target),
                     "--by", "What is your grade?", "--compare", str(SAMPLES / "staff_survey_2023.xlsx")])
    assert code == 0 and target.stat().st_size > 0
