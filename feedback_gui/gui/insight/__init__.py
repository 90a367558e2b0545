"""The Insight panel (to come): the engagement index, eNPS, key drivers and benchmarks.

Its panel, session, item models, dialogs and widgets go in this package, as in the other panel packages
(``gui/comments/``, ``gui/waves/`` …); the figures themselves are worked out in the core. What a panel package
may import is in ``feedback_gui/gui/README.md``: shared gui modules and the core, never another panel's package.
"""
