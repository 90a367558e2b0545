"""Where the window opens and what it remembers per screen: fitted to the screen's available geometry,
maximised when small, restored as the user left it only where that still fits."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication

from feedback_gui.gui.window_geometry import (
    LAST_SCREEN_KEY,
    MARGIN,
    Placement,
    choose_screen,
    first_placement,
    fits,
    is_small,
    placement_key,
    preferred_size,
    screen_key,
)

PREFERRED = QSize(1275, 795)


def test_a_screen_is_small_when_the_preferred_window_leaves_no_margin() -> None:
    roomy = QSize(PREFERRED.width() + 2 * MARGIN, PREFERRED.height() + 2 * MARGIN)
    assert not is_small(roomy, PREFERRED)
    assert is_small(QSize(roomy.width() - 1, roomy.height()), PREFERRED)
    assert is_small(QSize(roomy.width(), roomy.height() - 1), PREFERRED)


def test_first_placement_centres_on_a_large_screen_and_maximises_on_a_small_one() -> None:
    frame = QMargins(8, 32, 8, 8)
    large = QRect(0, 0, 1920, 1040)
    placed = first_placement(large, PREFERRED, frame)
    assert not placed.maximised and placed.geometry.size() == PREFERRED
    assert placed.frame_rect().center() == large.center() and fits(placed, large)
    small = QRect(0, 0, 1093, 582)  # 1366×768 at 125%, less the taskbar
    placed = first_placement(small, PREFERRED, frame)
    assert placed.maximised and fits(placed, small)  # un-maximised, it still fits


def test_a_window_fits_only_inside_the_available_geometry() -> None:
    available = QRect(0, 0, 1280, 680)
    exact = Placement(QRect(8, 32, 1264, 640), QMargins(8, 32, 8, 8))
    assert exact.frame_rect() == available and fits(exact, available)
    assert not fits(Placement(QRect(8, 32, 1265, 640), QMargins(8, 32, 8, 8)), available)  # a pixel wider
    assert not fits(Placement(QRect(8, 33, 1264, 640), QMargins(8, 32, 8, 8)), available)  # a pixel lower
    assert not fits(Placement(QRect(7, 32, 1264, 640), QMargins(8, 32, 8, 8)), available)  # a pixel left


def test_a_placement_survives_the_settings_and_a_damaged_one_is_ignored() -> None:
    placement = Placement(QRect(10, 20, 800, 600), QMargins(1, 30, 1, 1), True)
    assert Placement.from_list([str(v) for v in placement.to_list()]) == placement  # ini files keep text
    for damaged in (None, "junk", [1, 2, 3], [0, 0, 0, 600, 0, 0, 0, 0, 0], ["a"] * 9):
        assert Placement.from_list(damaged) is None


def test_the_window_opens_at_the_preferred_size_centred_on_a_monitor(make_window) -> None:  # noqa: ANN001
    window = make_window()
    available = window.screen().availableGeometry()
    assert not window.isMaximized()
    assert window.size() == preferred_size()
    assert available.contains(window.frameGeometry())
    assert abs(window.geometry().center().x() - available.center().x()) <= 10


def test_the_window_reopens_where_it_was_closed(make_window, settings: QSettings) -> None:  # noqa: ANN001
    window = make_window()
    window.setGeometry(100, 120, 1000, 700)
    window.close()
    key = screen_key(window.screen())
    assert settings.value(LAST_SCREEN_KEY) == key and settings.value(placement_key(key))
    again = make_window()
    assert again.geometry() == QRect(100, 120, 1000, 700) and not again.isMaximized()


def test_a_maximised_window_reopens_maximised_with_its_normal_size_kept(make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.setGeometry(100, 120, 1000, 700)
    window.showMaximized()
    window.close()
    again = make_window()
    assert again.isMaximized()
    again.showNormal()
    assert again.geometry() == QRect(100, 120, 1000, 700)


def test_a_place_that_no_longer_fits_is_not_restored(make_window, settings: QSettings) -> None:  # noqa: ANN001
    screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = make_window().windowHandle().frameMargins()  # the title bar and borders round the window
    inner = available.marginsRemoved(frame)
    too_wide = Placement(QRect(inner.x(), inner.y(), inner.width() + 1, 600), frame)  # a docked monitor's, say
    settings.setValue(placement_key(screen_key(screen)), too_wide.to_list())
    window = make_window()
    assert window.size() == preferred_size() and available.contains(window.frameGeometry())
    just_fits = Placement(QRect(inner.x(), inner.y(), inner.width(), 600), frame)
    settings.setValue(placement_key(screen_key(screen)), just_fits.to_list())
    assert make_window().geometry() == just_fits.geometry


def test_a_screen_no_longer_there_gives_way_to_the_primary(make_window, settings: QSettings) -> None:  # noqa: ANN001
    settings.setValue(LAST_SCREEN_KEY, "DELL_U2720Q_2560x1440")  # docked last time; undocked now
    settings.setValue(placement_key("DELL_U2720Q_2560x1440"), [1920, 0, 2400, 1300, 0, 30, 0, 0, 0])
    assert choose_screen(settings) is QGuiApplication.primaryScreen()
    window = make_window()
    assert window.screen().availableGeometry().contains(window.frameGeometry())
    assert window.size() == preferred_size()


def test_each_screen_keeps_its_own_place(settings: QSettings) -> None:
    screen = QGuiApplication.primaryScreen()
    key = screen_key(screen)
    size = screen.geometry().size()
    assert key.endswith(f"_{size.width()}x{size.height()}")  # the same screen at another resolution is another
    assert "/" not in key and " " not in key
