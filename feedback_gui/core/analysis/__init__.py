"""Analyses over a Survey: proportions, breakdowns, case-audit ratings."""
