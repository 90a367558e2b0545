"""Colours and the application style sheet: Okabe–Ito colours, everything else taken from the palette.

The style sheet is built from the active QPalette (light, dark or high contrast: see
:mod:`feedback_gui.gui.themes`), so no colour in it is fixed but the accent, which is Okabe–Ito blue
(sky blue on a dark theme, and the palette's highlight, yellow, in high contrast). Chart colours come
from the colour-blind-safe Okabe–Ito set.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel

QLabelT = TypeVar("QLabelT", bound=QLabel)

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": "#000000", "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73",
    "yellow": "#F0E442", "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7",
}
SERIES = [OKABE_ITO[k] for k in ("blue", "orange", "bluish_green", "vermillion", "sky_blue", "reddish_purple",
                                  "yellow", "black")]
NEUTRAL = "#BBBBBB"
THEME_PROPERTY = "feedbackTheme"  # the theme in effect ("light", "dark", "high-contrast"), kept on the QApplication


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the current theme has a dark window background."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def is_high_contrast() -> bool:
    """True while the high-contrast theme is in effect."""
    app = QApplication.instance()
    return app is not None and app.property(THEME_PROPERTY) == "high-contrast"


def accent(palette: QPalette | None = None, high_contrast: bool | None = None) -> QColor:
    """The accent colour: Okabe–Ito blue, sky blue on a dark theme, the highlight (yellow) in high contrast."""
    palette = palette or QApplication.palette()
    if is_high_contrast() if high_contrast is None else high_contrast:
        return QColor(palette.color(QPalette.ColorRole.Highlight))
    return QColor(OKABE_ITO["sky_blue"] if is_dark(palette) else OKABE_ITO["blue"])


def focus_colour(palette: QPalette | None = None) -> QColor:
    """The colour of the outline around the widget with the keyboard focus."""
    return accent(palette)


def focus_width() -> float:
    """The width of the focus outline, in pixels: thicker in high contrast."""
    return 3.0 if is_high_contrast() else 2.0


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


def muted(palette: QPalette | None = None, high_contrast: bool | None = None) -> QColor:
    """Secondary text: the palette's text colour, softened towards the background (not in high contrast)."""
    palette = palette or QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    if is_high_contrast() if high_contrast is None else high_contrast:
        return QColor(text)
    back = palette.color(QPalette.ColorRole.Window)
    return QColor((text.red() * 62 + back.red() * 38) // 100, (text.green() * 62 + back.green() * 38) // 100,
                  (text.blue() * 62 + back.blue() * 38) // 100)


def mute(label: QLabelT, points_delta: float | None = None, wrap: bool = True) -> QLabelT:
    """Secondary text: ``label`` in the :func:`muted` colour (``points_delta`` points larger or smaller when given,
    wrapped unless ``wrap`` is False); returns the label."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted(palette))
    label.setPalette(palette)
    if points_delta is not None:
        label.setFont(scaled_font(points_delta))
    if wrap:
        label.setWordWrap(True)
    return label


def scaled_font(points_delta: float, bold: bool = False, base: QFont | None = None) -> QFont:
    """The application font, ``points_delta`` points larger (or smaller)."""
    font = QFont(base or QApplication.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() + points_delta))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def style_sheet(palette: QPalette | None = None) -> str:
    """The app's style sheet, every colour derived from ``palette`` (the theme's)."""
    palette = palette or QApplication.palette()
    dark, high = is_dark(palette), is_high_contrast()
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.WindowText)
    border = text if high else palette.color(QPalette.ColorRole.Mid) if dark else window.darker(118)
    sidebar = window if high else window.lighter(125) if dark else window.darker(106)
    hover = accent(palette)
    selected_text = palette.color(QPalette.ColorRole.HighlightedText) if high else text_on(hover)
    line = 2 if high else 1
    return f"""
QWidget#sidebar {{ background: {sidebar.name()}; border-right: {line}px solid {border.name()}; }}
QLabel#appName {{ padding: 18px 0px 10px 18px; }}
QListWidget#panelList {{ background: transparent; border: none; outline: 0; }}
QListWidget#panelList::item {{ padding: 9px 14px; margin: 1px 10px; border-radius: 6px; }}
QListWidget#panelList::item:selected {{ background: {hover.name()}; color: {selected_text.name()}; }}
QListWidget#panelList::item:hover:!selected {{ background: {(hover if high else border).name()};
    color: {(selected_text if high else text).name()}; }}
QListWidget#panelList:focus {{ border: none; }}
QListWidget#panelList[collapsed="true"]::item {{ padding: 9px 0px; margin: 1px 6px; }}
QPushButton#openButton[collapsed="true"] {{ margin: 0 6px; padding: 7px 0px; }}
QToolButton#collapseSidebar {{ padding: 4px; border-radius: 6px; }}
QFrame#headlineCard {{ background: {base.name()}; border: {line}px solid {border.name()}; border-radius: 10px; }}
QFrame#headlineCard:hover {{ border: {line}px solid {hover.name()}; }}
QFrame#headlineCard:focus {{ border: {line + 1}px solid {hover.name()}; }}
QPushButton#openButton {{ margin: 0 16px; padding: 7px 10px; border-radius: 6px; background: {base.name()};
    color: {text.name()}; border: {line}px solid {border.name()}; }}
QPushButton#openButton:hover, QPushButton#openButton:focus {{ border: {line}px solid {hover.name()}; }}
QFrame#detailBox {{ background: {base.name()}; border: {line}px solid {border.name()}; border-radius: 10px; }}
QScrollArea#cardScroll, QScrollArea#detailScroll {{ border: none; background: transparent; }}
QWidget#cardGrid {{ background: transparent; }}
QTableView {{ border: {line}px solid {border.name()}; border-radius: 6px; gridline-color: {border.name()}; }}
QTableView::item {{ padding: 3px 6px; }}
QHeaderView::section {{ padding: 5px 4px; border: none; border-bottom: {line}px solid {border.name()};
    background: {base.name()}; color: {text.name()}; font-weight: 600; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""
