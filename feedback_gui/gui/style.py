"""Colours and the application style sheet: Okabe–Ito colours, everything else taken from the palette.

The style sheet is built from the current QPalette, so a dark or high-contrast system theme keeps
working; only the accent and chart colours are fixed, and they come from the colour-blind-safe
Okabe–Ito set.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7",
}
SERIES = [OKABE_ITO[k] for k in ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple",
                                  "yellow", "black")]
NEUTRAL = "#BBBBBB"


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the current theme has a dark window background."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def accent(palette: QPalette | None = None) -> QColor:
    """The accent colour: Okabe–Ito blue, or sky blue on a dark theme (for contrast)."""
    return QColor(OKABE_ITO["sky_blue"] if is_dark(palette) else OKABE_ITO["blue"])


def likert_colours(n: int) -> list[QColor]:
    """A diverging scale of ``n`` colours from Okabe–Ito blue (agree) through grey to vermillion."""
    positive = [QColor(OKABE_ITO["blue"]), QColor(OKABE_ITO["sky_blue"])]
    negative = [QColor(OKABE_ITO["orange"]), QColor(OKABE_ITO["vermillion"])]
    half = n // 2
    out = [_ramp(positive, i, half) for i in range(half)]
    if n % 2:
        out.append(QColor(NEUTRAL))
    out += [_ramp(negative, i, half) for i in range(half)]
    return out


def _ramp(ends: list[QColor], i: int, count: int) -> QColor:
    if count <= 1:
        return QColor(ends[0])
    t = i / (count - 1)
    a, b = ends
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def text_on(colour: QColor) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return QColor("#000000") if luminance > 0.45 else QColor("#FFFFFF")


def muted(palette: QPalette | None = None) -> QColor:
    """Secondary text: the palette's text colour, softened towards the background."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor((text.red() * 62 + back.red() * 38) // 100, (text.green() * 62 + back.green() * 38) // 100,
                  (text.blue() * 62 + back.blue() * 38) // 100)


def scaled_font(points_delta: float, bold: bool = False, base: QFont | None = None) -> QFont:
    """The application font, ``points_delta`` points larger (or smaller)."""
    font = QFont(base or QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() + points_delta))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def style_sheet(palette: QPalette | None = None) -> str:
    """The app's style sheet, derived from ``palette`` so system themes still apply."""
    palette = palette or QApplication.palette()
    dark = is_dark(palette)
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    border = palette.color(QPalette.ColorRole.Mid) if dark else window.darker(118)
    sidebar = window.lighter(115) if dark else window.darker(106)
    hover = accent(palette)
    selected_text = text_on(hover).name()
    return f"""
QWidget#sidebar {{ background: {sidebar.name()}; border-right: 1px solid {border.name()}; }}
QLabel#appName {{ padding: 18px 18px 10px 18px; }}
QListWidget#panelList {{ background: transparent; border: none; outline: 0; }}
QListWidget#panelList::item {{ padding: 9px 14px; margin: 1px 10px; border-radius: 6px; }}
QListWidget#panelList::item:selected {{ background: {hover.name()}; color: {selected_text}; }}
QListWidget#panelList::item:hover:!selected {{ background: {border.name()}; }}
QListWidget#panelList:focus {{ border: none; }}
QFrame#headlineCard {{ background: {base.name()}; border: 1px solid {border.name()}; border-radius: 10px; }}
QFrame#headlineCard:hover {{ border: 1px solid {hover.name()}; }}
QFrame#headlineCard:focus {{ border: 2px solid {hover.name()}; }}
QPushButton#openButton {{ margin: 0 16px; padding: 7px 10px; border-radius: 6px; background: {base.name()};
    border: 1px solid {border.name()}; }}
QPushButton#openButton:hover, QPushButton#openButton:focus {{ border: 1px solid {hover.name()}; }}
QFrame#detailBox {{ background: {base.name()}; border: 1px solid {border.name()}; border-radius: 10px; }}
QScrollArea#cardScroll, QScrollArea#detailScroll {{ border: none; background: transparent; }}
QWidget#cardGrid {{ background: transparent; }}
QTableView {{ border: 1px solid {border.name()}; border-radius: 6px; gridline-color: {border.name()}; }}
QTableView::item {{ padding: 3px 6px; }}
QHeaderView::section {{ padding: 5px 4px; border: none; border-bottom: 1px solid {border.name()};
    background: {base.name()}; font-weight: 600; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def apply_style(app: QApplication) -> None:
    """Give the application its font size, style and style sheet."""
    font = app.font()
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(style_sheet(app.palette()))
