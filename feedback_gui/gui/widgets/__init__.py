"""Reusable widgets: headline cards, charts, the counted-answers chooser, the breakdown view."""
