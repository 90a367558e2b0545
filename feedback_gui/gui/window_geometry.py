"""Where the main window opens: on a screen it fits, maximised when the screen is small, as the user left it.

The window's place is remembered per screen (:func:`screen_key`: the screen's name and its size in logical
pixels), in the app's settings, and restored only while it still fits that screen's available geometry
(the taskbar excluded): a laptop that was docked to a large monitor opens on its own screen, sized for it.
A screen seen for the first time gets :func:`first_placement`: the preferred size (in units of the app font,
so larger text gets a larger window) centred, or maximised when that would not leave a margin round it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import QMargins, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from feedback_gui.gui import sizing

PREFERRED_EM = (85, 53)  # the preferred window size in font heights (1280×800 with a 10-point font)
MARGIN = 48  # the room a preferred-size window leaves round it; with less, it opens maximised
LAST_SCREEN_KEY = "layout/lastScreen"
FRAME_ALLOWANCE = QMargins(8, 32, 8, 8)  # a title bar and borders, until the real ones are known


@dataclass(frozen=True)
class Placement:
    """A window's place: its client rectangle (without the frame), the frame round it, and maximised or not."""

    geometry: QRect
    frame: QMargins = field(default_factory=QMargins)
    maximised: bool = False

    def frame_rect(self) -> QRect:
        """The rectangle the window takes on the screen, title bar and borders included."""
        return self.geometry.marginsAdded(self.frame)

    def to_list(self) -> list[int]:
        """As stored in the settings."""
        g, f = self.geometry, self.frame
        return [g.x(), g.y(), g.width(), g.height(), f.left(), f.top(), f.right(), f.bottom(), int(self.maximised)]

    @classmethod
    def from_list(cls, values: object) -> Placement | None:
        """Read back :meth:`to_list` (None when the setting is missing or damaged)."""
        try:
            numbers = [int(v) for v in values]  # type: ignore[attr-defined]
        except (TypeError, ValueError):
            return None
        if len(numbers) != 9 or numbers[2] <= 0 or numbers[3] <= 0:
            return None
        x, y, w, h, left, top, right, bottom, maximised = numbers
        return cls(QRect(x, y, w, h), QMargins(left, top, right, bottom), bool(maximised))


def screen_key(screen: QScreen) -> str:
    """A settings-safe name for a screen at its current size: ``"DELL_U2720Q_2560x1440"``."""
    size = screen.geometry().size()
    name = re.sub(r"[^A-Za-z0-9]+", "_", screen.name()).strip("_") or "screen"
    return f"{name}_{size.width()}x{size.height()}"


def preferred_size() -> QSize:
    """The window size aimed for on a large screen, in logical pixels (it follows the app font)."""
    return QSize(sizing.em(PREFERRED_EM[0]), sizing.em(PREFERRED_EM[1]))


def is_small(available: QSize, preferred: QSize | None = None) -> bool:
    """True when a preferred-size window would not leave :data:`MARGIN` pixels round it on this screen."""
    preferred = preferred or preferred_size()
    return (available.width() < preferred.width() + 2 * MARGIN
            or available.height() < preferred.height() + 2 * MARGIN)


def first_placement(available: QRect, preferred: QSize | None = None,
                    frame: QMargins = FRAME_ALLOWANCE) -> Placement:
    """Where a window opens on a screen it has not been on: centred at the preferred size, or (on a small
    screen) maximised, its normal size then the available geometry less the margin."""
    preferred = preferred or preferred_size()
    small = is_small(available.size(), preferred)
    if small:
        outer = available.marginsRemoved(QMargins(MARGIN // 2, MARGIN // 2, MARGIN // 2, MARGIN // 2))
    else:
        outer = QRect(0, 0, preferred.width() + frame.left() + frame.right(),
                      preferred.height() + frame.top() + frame.bottom())
        outer.moveCenter(available.center())
    return Placement(outer.marginsRemoved(frame), frame, small)


def fits(placement: Placement, available: QRect) -> bool:
    """True when the window, frame included, lies wholly inside the screen's available geometry."""
    return available.contains(placement.frame_rect())


def current_placement(window: QWidget) -> Placement:
    """The window's place now (its normal geometry when it is maximised)."""
    handle = window.windowHandle()
    frame = handle.frameMargins() if handle is not None else QMargins()
    maximised = window.isMaximized()
    geometry = window.normalGeometry() if maximised or window.isFullScreen() else window.geometry()
    if not geometry.isValid():
        geometry = window.geometry()
    return Placement(QRect(geometry), frame, maximised)


def window_screen(window: QWidget) -> QScreen:
    """The screen the window is on (the primary screen before it is shown)."""
    return window.screen() or QGuiApplication.primaryScreen()


def choose_screen(settings: QSettings) -> QScreen:
    """The screen the window opens on: the one it was last closed on, if it is still there, else the primary."""
    last = settings.value(LAST_SCREEN_KEY, "")
    for screen in QGuiApplication.screens():
        if screen_key(screen) == last:
            return screen
    return QGuiApplication.primaryScreen()


def placement_key(screen_name: str) -> str:
    """Where a screen's window placement is kept in the settings."""
    return f"layout/{screen_name}/window"


def place_window(window: QWidget, settings: QSettings) -> bool:
    """Put a window (not yet shown) where it was last on the chosen screen if that still fits, else where
    :func:`first_placement` says. True when a remembered place was restored."""
    screen = choose_screen(settings)
    available = screen.availableGeometry()
    saved = Placement.from_list(settings.value(placement_key(screen_key(screen))))
    restored = saved is not None and fits(saved, available)
    placement = saved if restored and saved is not None else first_placement(available)
    window.setGeometry(placement.geometry)
    state = window.windowState() & ~Qt.WindowState.WindowMaximized
    window.setWindowState(state | Qt.WindowState.WindowMaximized if placement.maximised else state)
    return restored


def remember_window(window: QWidget, settings: QSettings) -> str:
    """Keep the window's place for the screen it is on; returns that screen's key."""
    key = screen_key(window_screen(window))
    settings.setValue(placement_key(key), current_placement(window).to_list())
    settings.setValue(LAST_SCREEN_KEY, key)
    return key


__all__ = ["MARGIN", "Placement", "choose_screen", "current_placement", "first_placement", "fits", "is_small",
           "place_window", "preferred_size", "remember_window", "screen_key", "window_screen"]
