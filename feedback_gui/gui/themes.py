"""Themes: light, dark and high contrast palettes, following the system's choice unless the user picks one.

The system's choice comes from Qt (``QStyleHints.colorScheme()`` for dark, the accessibility hints'
contrast preference for high contrast, and on Windows the high-contrast switch itself). Following the
system's high contrast on Windows keeps the user's own system colours; elsewhere, and when chosen in
Settings, the high-contrast palette is white on black with yellow for focus and selection.

Every focusable widget shows a thick outline in the theme's focus colour while it has the keyboard
focus (:class:`FocusRing`), whatever its own style draws; and Tab always leaves a table for the next
control (arrow keys move between cells), so the keyboard is never trapped in one.
"""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from feedback_gui.gui import style
from feedback_gui.gui.contrast_style import HighContrastStyle
from feedback_gui.gui.focus_ring import FocusRing, wants_ring
from feedback_gui.gui.style import THEME_PROPERTY

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high-contrast"
CHOICES = {SYSTEM: "Follow the system", LIGHT: "Light", DARK: "Dark", HIGH_CONTRAST: "High contrast"}


def _palette(colours: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.PlaceholderText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return palette


R = QPalette.ColorRole


def light_palette() -> QPalette:
    """Fusion's light palette, with Okabe–Ito blue for selection."""
    palette = QPalette(QApplication.style().standardPalette())
    for role in (R.Highlight, R.Accent):
        palette.setColor(role, QColor(style.OKABE_ITO["blue"]))
    palette.setColor(R.HighlightedText, QColor("#FFFFFF"))
    palette.setColor(R.Link, QColor("#005A8C"))
    palette.setColor(R.PlaceholderText, QColor("#6B6B6B"))
    return palette


def dark_palette() -> QPalette:
    """A dark palette: light grey text on near-black, Okabe–Ito sky blue for selection and links."""
    return _palette({
        R.Window: "#1E1F22", R.WindowText: "#E6E6E6", R.Base: "#26282C", R.AlternateBase: "#2D3035",
        R.Text: "#E6E6E6", R.Button: "#2F3237", R.ButtonText: "#E6E6E6", R.BrightText: "#FFFFFF",
        R.Light: "#4A4E55", R.Midlight: "#3C4046", R.Mid: "#55595F", R.Dark: "#151618", R.Shadow: "#0B0B0C",
        R.Highlight: style.OKABE_ITO["sky_blue"], R.HighlightedText: "#000000", R.Accent: style.OKABE_ITO["sky_blue"],
        R.Link: style.OKABE_ITO["sky_blue"], R.LinkVisited: style.OKABE_ITO["reddish_purple"],
        R.ToolTipBase: "#2F3237", R.ToolTipText: "#E6E6E6", R.PlaceholderText: "#A0A4AA",
    }, "#8A8E95")


def high_contrast_palette() -> QPalette:
    """White on black; yellow for focus, selection and links (black text on the yellow)."""
    return _palette({
        R.Window: "#000000", R.WindowText: "#FFFFFF", R.Base: "#000000", R.AlternateBase: "#1A1A1A",
        R.Text: "#FFFFFF", R.Button: "#000000", R.ButtonText: "#FFFFFF", R.BrightText: "#FFFF00",
        R.Light: "#FFFFFF", R.Midlight: "#FFFFFF", R.Mid: "#FFFFFF", R.Dark: "#FFFFFF", R.Shadow: "#FFFFFF",
        R.Highlight: "#FFFF00", R.HighlightedText: "#000000", R.Accent: "#FFFF00",
        R.Link: "#FFFF00", R.LinkVisited: "#FFFF00", R.ToolTipBase: "#000000", R.ToolTipText: "#FFFFFF",
        R.PlaceholderText: "#D0D0D0",
    }, "#A0A0A0")


def system_high_contrast() -> bool:
    """True when the system asks for high contrast."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is not None and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return True
    return sys.platform == "win32" and _windows_high_contrast()


def _windows_high_contrast() -> bool:
    import ctypes
    from ctypes import wintypes

    class HighContrast(ctypes.Structure):
        _fields_ = [("cbSize", wintypes.UINT), ("dwFlags", wintypes.DWORD), ("lpszDefaultScheme", wintypes.LPWSTR)]

    info = HighContrast(ctypes.sizeof(HighContrast), 0, None)
    ok = ctypes.windll.user32.SystemParametersInfoW(0x0042, ctypes.sizeof(info), ctypes.byref(info), 0)  # type: ignore[attr-defined]
    return bool(ok) and bool(info.dwFlags & 0x1)  # SPI_GETHIGHCONTRAST, HCF_HIGHCONTRASTON


def system_theme() -> str:
    """The theme the system asks for: high contrast, dark or light."""
    if system_high_contrast():
        return HIGH_CONTRAST
    return DARK if QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark else LIGHT


def current_theme() -> str:
    """The theme in effect (light when none was applied)."""
    app = QApplication.instance()
    return str(app.property(THEME_PROPERTY) or LIGHT) if app is not None else LIGHT


class ThemeManager(QObject):
    """Applies the chosen theme to the application and keeps the focus ring on the focused widget."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.choice = SYSTEM
        self.system_palette = QPalette(app.palette())  # before any theme replaced it
        self.base_style = app.style().name()  # Fusion; high contrast draws every control's edge over it
        self.contrast_style: HighContrastStyle | None = None
        self.ring: FocusRing | None = None
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: self._system_changed())
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(lambda _pref: self._system_changed())
        app.focusChanged.connect(self._focus_changed)

    def apply(self, choice: str) -> str:
        """Use ``choice`` (system, light, dark, high-contrast); returns the theme now in effect."""
        self.choice = choice if choice in CHOICES else SYSTEM
        theme = system_theme() if self.choice == SYSTEM else self.choice
        old = QPalette(self.app.palette())
        was_high_contrast = current_theme() == HIGH_CONTRAST
        if theme == HIGH_CONTRAST and self.choice == SYSTEM and sys.platform == "win32":
            palette = QPalette(self.system_palette)  # the user's own high-contrast colours
        else:
            palette = {LIGHT: light_palette, DARK: dark_palette, HIGH_CONTRAST: high_contrast_palette}[theme]()
        if theme == current_theme() and palette == old and self.app.styleSheet():
            return theme  # already in effect (setting a style sheet again re-polishes every widget: slow)
        self.app.setProperty(THEME_PROPERTY, theme)
        if theme == HIGH_CONTRAST and self.contrast_style is None:
            self.contrast_style = HighContrastStyle()
            self.app.setStyle(self.contrast_style)
        elif theme != HIGH_CONTRAST and self.contrast_style is not None:
            self.contrast_style = None
            self.app.setStyle(self.base_style)
        self.app.setPalette(palette)
        self.app.setStyleSheet(style.style_sheet(palette))
        _retint(old, was_high_contrast, palette)
        if self.ring is not None and shiboken6.isValid(self.ring):
            self.ring.update()
        return theme

    def _system_changed(self) -> None:
        if self.choice == SYSTEM:
            self.apply(SYSTEM)

    def _focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(now, QTableView):
            now.setTabKeyNavigation(False)  # Tab leaves a table for the next control; arrows move within it
        if self.ring is None or not shiboken6.isValid(self.ring):
            self.ring = None
        if not wants_ring(now):
            if self.ring is not None:
                self.ring.setWidget(None)
                self.ring.hide()
            return
        if self.ring is None:
            self.ring = FocusRing()
        self.ring.setWidget(now)
        self.ring.show()


def _retint(old: QPalette, was_high_contrast: bool, new: QPalette) -> None:
    """Widgets given the old theme's muted or accent text colour get the new theme's."""
    now_high_contrast = current_theme() == HIGH_CONTRAST
    pairs = {}
    for colour_of in (style.muted, style.accent):
        pairs[colour_of(old, was_high_contrast).rgb()] = colour_of(new, now_high_contrast)
    for widget in QApplication.allWidgets():
        palette = widget.palette()
        colour = palette.color(R.WindowText)
        if colour.rgb() in pairs and colour != new.color(R.WindowText):
            palette.setColor(R.WindowText, pairs[colour.rgb()])
            widget.setPalette(palette)


def manager(app: QApplication | None = None) -> ThemeManager:
    """The application's theme manager (made on first use)."""
    app = app or QApplication.instance()
    assert isinstance(app, QApplication)
    found = app.findChild(ThemeManager)
    return found if found is not None else ThemeManager(app)


def apply_theme(choice: str, app: QApplication | None = None) -> str:
    """Apply a theme choice to the application; returns the theme in effect."""
    return manager(app).apply(choice)


__all__ = ["CHOICES", "DARK", "HIGH_CONTRAST", "LIGHT", "SYSTEM", "FocusRing", "ThemeManager", "apply_theme",
           "current_theme", "dark_palette", "high_contrast_palette", "light_palette", "system_theme"]
