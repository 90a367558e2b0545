"""Subcommands of `feedback-gui`: one module each, registered with :func:`feedback_gui.cli.command`.

Every module in this package is imported by :func:`load_all`, so a new subcommand needs no edit here.
"""

from __future__ import annotations

import importlib
import pkgutil

# Listed for frozen builds, where the package's folder cannot be scanned.
KNOWN = ("headlines", "audit", "comments", "compare", "export", "equality")


def load_all() -> None:
    """Import every subcommand module."""
    names = {m.name for m in pkgutil.iter_modules(__path__)} or set(KNOWN)
    for name in sorted(names):
        try:
            importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise  # a missing dependency, not a missing subcommand
