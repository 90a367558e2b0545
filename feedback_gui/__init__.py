"""Feedback Analyser: survey analysis for probation delivery units."""

__version__ = "0.1.0"
