"""Subcommands of `feedback-gui`: one module each, imported only when its subcommand runs.

A subcommand module defines ``arguments(parser)`` (adds its arguments) and ``run(args) -> int`` (does the
work, returns the exit status). Register it in :data:`SUBCOMMANDS` with its one-line help: ``--help`` and
``--version`` read this table and import no subcommand module, so they stay as quick as Python itself.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# name -> one-line help, in the order `feedback-gui --help` lists them. The module is feedback_gui.commands.<name>.
SUBCOMMANDS: dict[str, str] = {
    "headlines": "headline proportions for every question",
    "audit": "case-audit scores, standard ratings and the overall score",
    "comments": "sentiment, themes, quotes and redaction of free-text comments",
    "compare": "compare survey waves question by question, with the significance of each change",
    "equality": "representativeness, weighting and disproportionality",
    "export": "export results to Excel with native, editable charts",
    "report": "a briefing pack: PowerPoint with editable charts, or a Word report",
    "drivers": "key drivers: which items move engagement (or another outcome) most",
    "benchmark": "compare with national benchmarks (CSPS 2024) or your own",
}


def load(name: str) -> ModuleType:
    """Import the module of one subcommand (it must be a key of :data:`SUBCOMMANDS`)."""
    if name not in SUBCOMMANDS:
        raise KeyError(name)
    return importlib.import_module(f"{__name__}.{name}")
