"""The Equality panel: who answered (against a reference profile), weighting, and who is treated differently.

- :mod:`.panel` the panel; :mod:`.widgets` its views (profile and share chart, weighting, rates and heatmap).
- :mod:`.run` the analyses the panel runs in the background; :mod:`.models` the Qt item models;
  :mod:`.describe` the words.

What a panel package may import is in ``feedback_gui/gui/README.md``: shared gui modules and the core, never
another panel's package.
"""
