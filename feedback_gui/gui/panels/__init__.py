"""The panels of the main window, in the order of the sidebar and the View menu.

Adding a panel is one line in :func:`builtin_panels`; its shortcut (Ctrl+1, Ctrl+2 …) follows its place.
"""

from __future__ import annotations

from feedback_gui.gui.panels.registry import PanelFactory, PanelSpec

__all__ = ["PanelFactory", "PanelSpec", "builtin_panels"]


def builtin_panels() -> list[PanelSpec]:
    """Every panel the app ships, in order."""
    from feedback_gui.gui.panels.comments import CommentsPanel
    from feedback_gui.gui.panels.equality import EqualityPanel
    from feedback_gui.gui.panels.overview import OverviewPanel
    from feedback_gui.gui.panels.questions import QuestionsPanel
    from feedback_gui.gui.panels.waves import WavesPanel

    return [
        PanelSpec("overview", "&Overview", OverviewPanel, "Headline figures for every question"),
        PanelSpec("questions", "&Questions", QuestionsPanel, "Every question: chart, counted answers, breakdown"),
        PanelSpec("comments", "&Comments", CommentsPanel, "What people wrote: themes, sentiment, quotes, word cloud"),
        PanelSpec("waves", "&Waves", WavesPanel, "Compare survey waves: what changed and whether it is significant"),
        PanelSpec("equality", "&Equality", EqualityPanel, "Who answered, weighting, and who is treated differently"),
    ]
