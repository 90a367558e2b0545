"""Tests of the comment analytics core (feedback_gui.core.comments)."""
