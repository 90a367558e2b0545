"""The desktop app: Qt adapters over the pure core.

Nothing here parses a file or computes a figure; panels read :class:`~feedback_gui.gui.state.AppState`,
which calls the core (long work through :mod:`feedback_gui.gui.workers`).
"""
