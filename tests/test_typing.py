"""The core's type hints are checked: mypy, configured in pyproject.toml, finds no error in `feedback_gui/core`.

mypy runs as a command, as a developer would run it, from the repository root. It keeps its cache in
`.mypy_cache/` there (ignored by git): a fresh clone checks everything (about half a minute), a second run
only what changed.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "feedback_gui" / "core"


@pytest.mark.slow
def test_mypy_finds_no_error_in_the_core() -> None:
    result = subprocess.run([sys.executable, "-m", "mypy", "feedback_gui/core"], cwd=ROOT, capture_output=True,
                            text=True, timeout=900, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"mypy feedback_gui/core found errors (or did not run):\n{output}"
    checked = re.search(r"Success: no issues found in (\d+) source files", output)
    assert checked, output
    assert int(checked.group(1)) == len(list(CORE.rglob("*.py"))), f"mypy did not check every core module:\n{output}"
