"""What a panel is, for the main window: a key, a menu title, and a factory taking the app state.

A panel is any QWidget built as ``factory(state, parent)``. It reads the state and listens to its
signals. If it has ``show_target(target)``, the window calls it when another panel asks to show
something there (``state.request_panel("questions", question_id)``). Long work goes through
``state.runner.run(work, label, on_result=...)`` (progress after 0.5 s, Cancel, one-line errors).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from feedback_gui.gui.state import AppState

PanelFactory = Callable[[AppState, QWidget | None], QWidget]


@dataclass(frozen=True)
class PanelSpec:
    """A panel the window can show."""

    key: str  # used by state.request_panel
    title: str  # with a mnemonic: "&Overview"
    factory: PanelFactory
    description: str = ""

    @property
    def plain_title(self) -> str:
        """The title without its mnemonic marker."""
        return self.title.replace("&&", "\0").replace("&", "").replace("\0", "&")
