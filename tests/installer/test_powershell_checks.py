"""The PowerShell scripts stop at the first failed step (a static check: no PowerShell needed)."""

from __future__ import annotations

import re

import pytest

from tests.installer.helpers import POWERSHELL, WORKFLOW, unchecked_native_calls


@pytest.mark.parametrize("path", POWERSHELL, ids=lambda p: p.name)
def test_every_native_command_is_followed_by_an_exit_code_check(path) -> None:
    script = path.read_text(encoding="utf-8")
    assert '$ErrorActionPreference = "Stop"' in script
    assert re.search(r"function Assert-ExitCode\(\[string\]\$Step\) \{\s*if \(\$LASTEXITCODE -ne 0\) \{\s*"
                     r"throw \"[^\"]*step '\$Step' failed", script)
    assert unchecked_native_calls(script) == []


@pytest.mark.parametrize("path", POWERSHELL, ids=lambda p: p.name)
def test_removing_any_exit_code_check_is_caught(path) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    checks = [i for i, line in enumerate(lines) if line.strip().startswith("Assert-ExitCode ")]
    assert len(checks) >= (8 if path.name == "build_windows.ps1" else 2)
    for index in checks:
        mutated = "\n".join(lines[:index] + lines[index + 1:])
        assert len(unchecked_native_calls(mutated)) == 1, lines[index]


def test_the_checker_sees_native_commands_in_their_usual_forms() -> None:
    script = "\n".join([
        "python -m pip install x", "& $iscc a.iss", "$v = (& $py --version | Out-String).Trim()",
        "if ($x) { choco install innosetup }", "Write-Host done", "${env:ProgramFiles(x86)}",
        "Get-ChildItem build | ForEach-Object { Write-Host $_ }", "$a = Join-Path $b c",
    ])
    assert unchecked_native_calls(script) == ["python -m pip install x", "& $iscc a.iss",
                                              "$v = (& $py --version | Out-String).Trim()",
                                              "if ($x) { choco install innosetup }"]


def test_inno_setup_is_found_or_installed() -> None:
    script = POWERSHELL[0].read_text(encoding="utf-8")
    for needle in ("Get-Command iscc.exe", "Inno Setup 6_is1", "Inno Setup 6\\ISCC.exe",
                   "winget install --id JRSoftware.InnoSetup", "choco install innosetup"):
        assert needle in script


def test_the_workflow_is_pinned_and_checks_the_installer() -> None:
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-2022" in workflow
    assert "windows-latest" not in workflow
    assert ".\\installer\\check_install_windows.ps1" in workflow
    assert "actions/upload-artifact@v4" in workflow and "if-no-files-found: error" in workflow
