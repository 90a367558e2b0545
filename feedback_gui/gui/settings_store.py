"""Where the app keeps its own settings (QSettings), and the recent-files list.

Tests never touch the real settings: set ``FEEDBACK_GUI_SETTINGS`` to an ini file path, or pass a
QSettings to the main window.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

ORGANISATION = "Feedback Analyser"
APPLICATION = "Feedback Analyser"
SETTINGS_ENV = "FEEDBACK_GUI_SETTINGS"
RECENT_KEY = "recentFiles"
RECENT_LIMIT = 8


def app_settings() -> QSettings:
    """The app's settings: the ini file named by $FEEDBACK_GUI_SETTINGS, else the user's own."""
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def read_bool(settings: QSettings, key: str, default: bool) -> bool:
    """A boolean setting (ini files store them as text)."""
    value = settings.value(key, default)
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes")
    return bool(value)


class RecentFiles:
    """The most recently opened files, newest first, kept in QSettings."""

    def __init__(self, settings: QSettings, limit: int = RECENT_LIMIT) -> None:
        self.settings = settings
        self.limit = limit

    def paths(self) -> list[Path]:
        """Recent files, newest first."""
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value]
        return [Path(v) for v in (value or []) if v]

    def add(self, path: Path) -> None:
        """Put ``path`` at the top of the list."""
        text = str(Path(path).resolve())
        kept = [str(p) for p in self.paths() if str(p) != text]
        self._store([text, *kept][: self.limit])

    def remove(self, path: Path) -> None:
        """Forget ``path`` (e.g. it no longer exists)."""
        text = str(Path(path).resolve())
        self._store([str(p) for p in self.paths() if str(p) != text])

    def clear(self) -> None:
        """Forget every recent file."""
        self._store([])

    def _store(self, values: list[str]) -> None:
        self.settings.setValue(RECENT_KEY, values)
        self.settings.sync()
