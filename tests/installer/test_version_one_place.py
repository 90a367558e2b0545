"""The version is written once, in pyproject.toml; the app, the bundle, the installer and the workflow read it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import feedback_gui
from tests.installer.helpers import INSTALLER, POWERSHELL, ROOT, WORKFLOW, load_script, pyproject

VERSION_LITERAL = re.compile(r"\b\d+\.\d+\.\d+\b")


def _uncommented(path: Path, comment: str) -> str:
    return "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if not line.lstrip().startswith(comment))


def test_the_app_reports_the_version_in_pyproject() -> None:
    version = pyproject()["project"]["version"]
    assert "version" not in pyproject()["project"].get("dynamic", [])
    assert re.fullmatch(r"\d+\.\d+\.\d+", version), "Windows version information needs MAJOR.MINOR.PATCH"
    assert feedback_gui.__version__ == version
    assert load_script("build").project_version() == version
    done = subprocess.run([sys.executable, "-m", "feedback_gui", "--version"], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert done.stdout.strip() == f"feedback-gui {version}"
    assert VERSION_LITERAL.findall((ROOT / "feedback_gui" / "__init__.py").read_text(encoding="utf-8")) == []


def test_help_about_shows_the_version() -> None:
    from feedback_gui.gui.help import about_html

    assert f"Feedback Analyser {pyproject()['project']['version']}</h3>" in about_html()


def test_a_bundle_reads_the_copy_of_pyproject_it_carries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "feedback-gui"\nversion = "9.8.7"\n\n'
                                             '[tool.other]\nversion = "1.1.1"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert feedback_gui._read_version() == "9.8.7"


def test_another_projects_pyproject_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\nversion = "9.8.7"\n', encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert feedback_gui._read_version() != "9.8.7"   # falls back to the installed metadata


def test_only_the_project_table_counts() -> None:
    text = '[tool.x]\nversion = "1.0.0"\n[project]\nname = "feedback-gui"\nversion = "2.0.0"  \n[tool.y]\n'
    assert feedback_gui._project_table(text) == {"name": "feedback-gui", "version": "2.0.0"}


def test_the_bundle_carries_pyproject() -> None:
    spec = (INSTALLER / "feedback_gui.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "pyproject.toml"), ".")' in spec
    assert "pyproject.toml" in load_script("build").REQUIRED


def test_the_installer_script_takes_the_version_from_the_build() -> None:
    iss = _uncommented(INSTALLER / "feedback_gui.iss", ";")
    assert "#define AppVersion" not in iss
    assert "#error" in iss.split("#ifndef AppVersion")[1].split("#endif")[0]
    assert VERSION_LITERAL.findall(iss) == []
    for line in ("AppVersion={#AppVersion}", "VersionInfoVersion={#AppVersion}",
                 "OutputBaseFilename=FeedbackAnalyser-{#AppVersion}-setup"):
        assert line in iss.splitlines()


def test_the_build_scripts_and_workflow_name_no_version() -> None:
    build = _uncommented(POWERSHELL[0], "#")
    assert "$version = (& $venvPython installer\\build.py --version | Out-String).Trim()" in build
    assert '& $iscc "/DAppVersion=$version" installer\\feedback_gui.iss' in build
    assert "FeedbackAnalyser-$version-setup.exe" in build
    assert VERSION_LITERAL.findall(build) == []
    workflow = _uncommented(WORKFLOW, "#")
    assert VERSION_LITERAL.findall(workflow.replace('python-version: "3.12.10"', "")) == []
    assert "name: FeedbackAnalyser-${{ steps.build.outputs.version }}-setup" in workflow


def test_every_file_the_bundle_must_carry_exists_and_every_resource_the_app_reads_is_listed() -> None:
    required = load_script("build").REQUIRED
    root = INSTALLER.parent
    assert [name for name in required if not (root / name).is_file()] == []
    # the benchmark figures and the complaint patterns are read at run time: a bundle without them is broken
    assert "resources/benchmarks/csps/csps_2024_benchmarks.csv" in required
    assert "resources/sentiment/complaint_patterns.tsv" in required


def test_the_bundle_keeps_the_briefing_libraries_as_files() -> None:
    # python-pptx and python-docx read "<package>/oxml/../templates/…": without their folders on disk the
    # bundle's briefing failed ("the file could not be written"), found by installer/build.py's self-test.
    spec = (INSTALLER / "feedback_gui.spec").read_text(encoding="utf-8")
    assert 'module_collection_mode={"pptx": "pyz+py", "docx": "pyz+py"}' in spec
