"""Packaging hook: ship the top-level resources/ and sample_data/ folders inside the wheel.

Metadata lives in pyproject.toml. An installed wheel finds these files under
feedback_gui/_data/ (see feedback_gui/core/resources.py); a source checkout uses them in place.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

_FOLDERS = ("resources", "sample_data")
_FILES = ("docs/user_guide.md",)
_SKIP = shutil.ignore_patterns("__pycache__", "*.pyc", "*.py")


class BuildWithData(build_py):
    """build_py that also copies the data folders into the package."""

    def run(self) -> None:
        super().run()
        root = Path(__file__).parent
        for folder in _FOLDERS:
            source = root / folder
            if source.is_dir():
                target = Path(self.build_lib) / "feedback_gui" / "_data" / folder
                shutil.copytree(source, target, dirs_exist_ok=True, ignore=_SKIP)
        for name in _FILES:
            target = Path(self.build_lib) / "feedback_gui" / "_data" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / name, target)


setup(cmdclass={"build_py": BuildWithData})
