"""`feedback-gui --help` and `--version` import no subcommand and nothing heavy; a subcommand imports only its own."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("scipy", "sklearn", "PySide6", "openpyxl", "nltk", "pandas", "feedback_gui.commands.headlines")
CODE = """
import json, sys
from feedback_gui.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in %r if m in sys.modules)), file=sys.stderr)
"""


def _imported_after(*argv: str) -> tuple[str, list[str]]:
    done = subprocess.run([sys.executable, "-c", CODE % (HEAVY,), *argv], capture_output=True, text=True, timeout=120)
    return done.stdout, json.loads(done.stderr.strip().splitlines()[-1])


@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_import_nothing_heavy(flag: str) -> None:
    out, imported = _imported_after(flag)
    assert imported == []
    if flag == "--help":
        for name in ("headlines", "audit", "comments", "compare", "equality", "export"):
            assert name in out
    else:
        assert out.startswith("feedback-gui ")


def test_a_subcommand_help_imports_only_its_own_module() -> None:
    out, imported = _imported_after("headlines", "--help")
    assert "--sheet" in out
    assert "feedback_gui.commands.headlines" in imported
    assert not {"scipy", "sklearn", "PySide6", "nltk"} & set(imported)
