"""Subcommands of `feedback-gui`; importing this package registers them."""

from feedback_gui.commands import audit, headlines  # noqa: F401
