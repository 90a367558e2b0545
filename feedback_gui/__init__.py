"""Feedback Analyser: survey analysis for probation delivery units."""

from __future__ import annotations

import sys
from pathlib import Path

DISTRIBUTION = "feedback-gui"


def _read_version() -> str:
    """The version written in pyproject.toml, the one place it is kept (see installer/build.py).

    A source checkout or an editable install reads the pyproject.toml beside the package, the PyInstaller
    bundle reads the copy it carries in its own folder (installer/feedback_gui.spec), and an installed wheel
    reads its metadata (built from the same file).
    """
    root = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    try:
        project = _project_table((root / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        project = {}
    if project.get("name") == DISTRIBUTION and project.get("version"):
        return project["version"]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return "0+unknown"


def _project_table(text: str) -> dict[str, str]:
    """The plain `key = "value"` lines of pyproject.toml's [project] table (tomllib costs 8 ms at every start)."""
    found: dict[str, str] = {}
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[project]" and "=" in line:
            key, _, value = (part.strip() for part in line.partition("="))
            if len(value) >= 2 and value[0] == value[-1] == '"':
                found[key] = value[1:-1]
    return found


__version__ = _read_version()
