"""Sizes in units of the app's font, so that widths and heights follow the system's text size.

A fixed number of pixels is right for one font only: with Windows' text made larger (or a 12-point system
font), a 210-pixel sidebar or a 330-pixel card no longer holds its words. Layout code asks here instead:
:func:`em` for a length in font heights, :func:`chars` for the width of so many average characters,
:func:`lines` for the height of so many lines of text. Everything is in logical pixels (Qt scales them to
the screen's device pixels), so the same numbers hold at 100%, 125%, 150% and 200%.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

READABLE_CHARS = 28  # a text column narrower than this many characters is hard to read


def _metrics(font: QFont | None) -> QFontMetricsF:
    return QFontMetricsF(font if font is not None else QApplication.font())


def em(count: float, font: QFont | None = None) -> int:
    """``count`` font heights (the app font's, or ``font``'s), in logical pixels."""
    return round(count * _metrics(font).height())


def chars(count: float, font: QFont | None = None) -> int:
    """The width of ``count`` average characters of running text, in logical pixels."""
    return round(count * _metrics(font).averageCharWidth())


def lines(count: float, font: QFont | None = None) -> int:
    """The height of ``count`` lines of text (line spacing included), in logical pixels."""
    return round(count * _metrics(font).lineSpacing())


def readable_width(font: QFont | None = None) -> int:
    """The narrowest a column of running text should be (:data:`READABLE_CHARS` characters)."""
    return chars(READABLE_CHARS, font)


__all__ = ["READABLE_CHARS", "chars", "em", "lines", "readable_width"]
