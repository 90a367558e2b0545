"""Find bundled data files (resources and sample data) wherever the app runs from.

Works from a source checkout or editable install (the top-level ``resources/`` and
``sample_data/`` folders), an installed wheel (packaged as ``feedback_gui/_data/``) and the
frozen Windows app (PyInstaller's ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _candidates(folder: str) -> list[Path]:
    roots: list[Path] = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen))
    roots.append(_PACKAGE_DIR.parent)  # source checkout / editable install
    roots.append(_PACKAGE_DIR / "_data")  # wheel
    return [root / folder for root in roots]


@cache
def data_dir(folder: str) -> Path:
    """Return the directory holding ``folder`` ("resources" or "sample_data")."""
    for candidate in _candidates(folder):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the app's {folder} folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("codebooks", "staff.json")``."""
    return data_dir("resources").joinpath(*parts)


def sample_path(name: str) -> Path:
    """Path of a bundled sample survey under ``sample_data/``."""
    return data_dir("sample_data") / name


def user_guide_path() -> Path:
    """The user guide (docs/user_guide.md), shown by Help → User guide."""
    return data_dir("docs") / "user_guide.md"
