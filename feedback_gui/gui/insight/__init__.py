"""The Insight panel: the engagement index, eNPS and the user's own indices and theme scores, and what
matters most (key drivers with intervals, the priority matrix).

- ``panel.py``: :class:`~feedback_gui.gui.insight.panel.InsightPanel`, the layout and what a click does;
- ``session.py``: what is shown and the work in the background; defining indices (undoable);
- ``run.py``: the work itself (no Qt); ``models.py``: the tables' item models; ``describe.py``: its words;
- ``dialogs.py``: defining an index or theme; ``widgets/``: the cards, the driver table, the priority matrix.

The figures are worked out in the core (``feedback_gui.core.insight``).
"""
