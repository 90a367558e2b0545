"""The panels of the main window, in the order of the sidebar and the View menu, and what a panel is.

A panel is any QWidget built as ``factory(state, parent)``. It reads the state and listens to its
signals. If it has ``show_target(target)``, the window calls it when another panel asks to show
something there (``state.request_panel("questions", question_id)``). Long work goes through
``state.runner.run(work, label, on_result=...)`` (progress after 0.5 s, Cancel, one-line errors).

Each panel lives in its own package (``gui/overview/``, ``gui/comments/`` …; see ``gui/README.md``).
Adding a panel is one line in :func:`builtin_panels`; its shortcut (Ctrl+1, Ctrl+2 …) follows its place.
A panel's package is imported only when the window builds the panels.
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


def builtin_panels() -> list[PanelSpec]:
    """Every panel the app ships, in order."""
    from feedback_gui.gui.comments.panel import CommentsPanel
    from feedback_gui.gui.equality.panel import EqualityPanel
    from feedback_gui.gui.insight.panel import InsightPanel
    from feedback_gui.gui.overview.panel import OverviewPanel
    from feedback_gui.gui.questions.panel import QuestionsPanel
    from feedback_gui.gui.waves.panel import WavesPanel

    return [
        PanelSpec("overview", "&Overview", OverviewPanel, "Headline figures for every question"),
        PanelSpec("questions", "&Questions", QuestionsPanel, "Every question: chart, counted answers, breakdown"),
        PanelSpec("comments", "&Comments", CommentsPanel, "What people wrote: themes, sentiment, quotes, word cloud"),
        PanelSpec("waves", "&Waves", WavesPanel, "Compare survey waves: what changed and whether it is significant"),
        PanelSpec("equality", "&Equality", EqualityPanel, "Who answered, weighting, and who is treated differently"),
        PanelSpec("insight", "&Insight", InsightPanel, "Engagement index, eNPS, and what matters most (key drivers)"),
    ]


__all__ = ["PanelFactory", "PanelSpec", "builtin_panels"]
