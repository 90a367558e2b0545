"""The shape of the code stays as `feedback_gui/gui/README.md` says, checked statically over the source.

- The core never imports Qt or the gui.
- No panel package (`gui/comments/`, `gui/waves/` …) imports another panel's package.
- A shared gui module imports no panel package (only `gui/panels.py`, which builds the panel list).
- No feature-prefixed module (`comments_*.py`) sits at the top of `gui/` or `gui/widgets/`.

Every import statement counts: inside functions and under ``if TYPE_CHECKING`` too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "feedback_gui"
SHARED_PACKAGES = {"widgets", "preview", "benchmark"}  # sub-packages of gui/ that are not panels
QT = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "shiboken2", "qtpy")
PANEL_LIST = "feedback_gui.gui.panels"  # the one shared module that names every panel


def module_name(path: Path, root: Path) -> str:
    """``feedback_gui.gui.comments.panel`` for ``root/feedback_gui/gui/comments/panel.py``."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, root: Path) -> list[list[str]]:
    """The modules each import statement in ``path`` may name, the one it names first (relative imports
    resolved; ``from a import b`` gives ``a`` then ``a.b``, since ``b`` may be a module)."""
    name = module_name(path, root)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: list[list[str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [[alias.name] for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
                prefix = ".".join(base + ([node.module] if node.module else []))
            else:
                prefix = node.module or ""
            found.append([prefix, *(f"{prefix}.{alias.name}" for alias in node.names)])
    return found


def _within(module: str, package: str) -> bool:
    return module == package or module.startswith(package + ".")


def panel_packages(root: Path) -> list[str]:
    """The panel packages: every sub-package of ``feedback_gui/gui`` but the shared ones."""
    gui = root / "feedback_gui" / "gui"
    return sorted(f"feedback_gui.gui.{d.name}" for d in gui.iterdir()
                  if (d / "__init__.py").is_file() and d.name not in SHARED_PACKAGES)


def broken_rules(root: Path) -> list[str]:
    """One line per import (or module) that breaks a rule of the module docstring."""
    problems = []
    panels = panel_packages(root)
    gui = root / "feedback_gui" / "gui"
    for path in sorted((root / "feedback_gui").rglob("*.py")):
        name = module_name(path, root)
        statements = imports_of(path, root)
        if _within(name, "feedback_gui.core"):
            problems += [f"{name} imports {names[0]} (the core never imports Qt or the gui)" for names in statements
                         if any(m.split(".")[0] in QT or _within(m, "feedback_gui.gui") for m in names)]
        elif _within(name, "feedback_gui.gui"):
            own = next((p for p in panels if _within(name, p)), None)
            if own is None and name == PANEL_LIST:
                continue
            for other in panels:
                if other != own and any(_within(m, other) for names in statements for m in names):
                    whose = f"the {own.rsplit('.', 1)[1]} panel's" if own else "a shared"
                    problems.append(f"{name} ({whose} module) imports the {other.rsplit('.', 1)[1]} panel's package")
    for folder in (gui, gui / "widgets"):
        for path in sorted(folder.glob("*.py")):
            prefix = path.stem.split("_")[0]
            if "_" in path.stem and f"feedback_gui.gui.{prefix}" in panels:
                problems.append(f"{path.relative_to(root)} belongs in the {prefix} panel's package")
    return problems


def test_the_source_keeps_the_rules() -> None:
    assert panel_packages(PACKAGE.parent)[:1]  # the rules below are checked over real panel packages
    assert broken_rules(PACKAGE.parent) == []


def _write(root: Path, relative: str, text: str = "") -> None:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A small package keeping every rule."""
    for package in ("feedback_gui", "feedback_gui/core", "feedback_gui/gui", "feedback_gui/gui/widgets",
                    "feedback_gui/gui/waves", "feedback_gui/gui/comments"):
        _write(tmp_path, f"{package}/__init__.py")
    _write(tmp_path, "feedback_gui/core/sums.py", "import math\n")
    _write(tmp_path, "feedback_gui/gui/style.py", "from PySide6.QtGui import QColor\n")
    _write(tmp_path, "feedback_gui/gui/panels.py",
           "def builtin():\n    from feedback_gui.gui.waves.panel import WavesPanel\n")
    _write(tmp_path, "feedback_gui/gui/waves/panel.py",
           "from feedback_gui.core.sums import x\nfrom feedback_gui.gui import style\nfrom . import models\n")
    _write(tmp_path, "feedback_gui/gui/waves/models.py", "from ..widgets import cards\n")
    _write(tmp_path, "feedback_gui/gui/comments/panel.py", "from .models import Model\n")
    return tmp_path


def test_a_tree_keeping_the_rules_passes(tree: Path) -> None:
    assert broken_rules(tree) == []


@pytest.mark.parametrize(("relative", "text", "problem"), [
    ("feedback_gui/core/chart.py", "from PySide6 import QtCharts\n", "feedback_gui.core.chart imports PySide6"),
    ("feedback_gui/core/chart.py", "def f():\n    import shiboken6\n", "feedback_gui.core.chart imports shiboken6"),
    ("feedback_gui/core/chart.py", "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
     "    from feedback_gui.gui.state import AppState\n", "feedback_gui.core.chart imports feedback_gui.gui"),
    ("feedback_gui/gui/waves/dialogs.py", "from feedback_gui.gui.comments.models import Model\n",
     "feedback_gui.gui.waves.dialogs (the waves panel's module) imports the comments panel's package"),
    ("feedback_gui/gui/waves/dialogs.py", "def f():\n    from ..comments import panel\n",
     "feedback_gui.gui.waves.dialogs (the waves panel's module) imports the comments panel's package"),
    ("feedback_gui/gui/widgets/cards.py", "from feedback_gui.gui.waves import models\n",
     "feedback_gui.gui.widgets.cards (a shared module) imports the waves panel's package"),
    ("feedback_gui/gui/waves_chart.py", "", "waves_chart.py belongs in the waves panel's package"),
    ("feedback_gui/gui/widgets/comments_table.py", "", "comments_table.py belongs in the comments panel's package"),
])
def test_each_broken_rule_is_found(tree: Path, relative: str, text: str, problem: str) -> None:
    _write(tree, relative, text)
    found = broken_rules(tree)
    assert len(found) == 1 and problem in found[0], found


def test_a_shared_module_named_like_no_panel_is_allowed(tree: Path) -> None:
    _write(tree, "feedback_gui/gui/window_files.py", "from feedback_gui.gui import style\n")
    _write(tree, "feedback_gui/gui/widgets/bar_charts.py")
    assert broken_rules(tree) == []
