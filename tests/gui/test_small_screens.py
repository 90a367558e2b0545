"""The window on the laptops leaders have: 1080p at 150% (1280×680 logical pixels once the taskbar is
taken off) and 1366×768 at 125% (1093×582), and a 200% screen. Each runs the real app in a fresh process
(the scale factor must be set before Qt starts; see ``screens.py``) and asserts what a user would see.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .screens import HIGH_DPI_200, LAPTOP_1093_582, LAPTOP_1280_680, Screen, run_probe

pytestmark = pytest.mark.slow

PANELS = ("overview", "questions", "comments", "waves", "equality", "insight")
ROUNDING = 1  # logical pixels: a screen of 1366 device pixels at 125% is 1092.8 logical pixels wide
LEAST_COMMENT_ROWS = 8
LEAST_QUESTION_SHARE = 0.5  # of the table's width, for the question text (it had four characters before)


@pytest.fixture(scope="module", params=[LAPTOP_1280_680, LAPTOP_1093_582, HIGH_DPI_200],
                ids=["1280x680@150%", "1093x582@125%", "1280x680@200%"])
def seen(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Screen, dict]:
    """What the probe measured on one screen, with fresh settings (the first time the app opens there)."""
    screen: Screen = request.param
    return screen, run_probe(tmp_path_factory.mktemp("probe"), screen)


def inside(rect: list[int], area: list[int], slack: int = ROUNDING) -> bool:
    """True when ``rect`` (x, y, width, height) lies in ``area``, give or take ``slack`` pixels of rounding."""
    x, y, w, h = rect
    ax, ay, aw, ah = area
    return x >= ax - slack and y >= ay - slack and x + w <= ax + aw + slack and y + h <= ay + ah + slack


def test_the_screen_is_the_one_asked_for(seen: tuple[Screen, dict]) -> None:
    screen, found = seen
    width, height = screen.logical
    assert abs(found["screen"]["available"][2] - width) <= ROUNDING
    assert abs(found["screen"]["available"][3] - height) <= ROUNDING
    assert found["screen"]["dpr"] == pytest.approx(screen.scale)


def test_the_first_window_fits_the_screen_maximised(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    assert found["window"]["maximised"]
    assert inside(found["window"]["frame"], found["screen"]["available"])
    least_width, least_height = found["window"]["least"]  # it could not be made to fit if it needed more
    assert least_width <= found["screen"]["available"][2] and least_height <= found["screen"]["available"][3]


def test_the_sidebar_starts_collapsed_only_on_the_narrow_screen(seen: tuple[Screen, dict]) -> None:
    screen, found = seen
    narrow = screen.logical[0] < 1200
    assert found["sidebar"]["collapsed"] == narrow
    assert found["toggled"]["collapsed"] != narrow  # and the other way round when asked
    collapsed, expanded = sorted([found["sidebar"]["width"], found["toggled"]["width"]])
    assert collapsed * 3 < expanded  # icons only: a third of the width or less


def test_every_panel_fits_without_a_sideways_scroll_bar(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    assert set(PANELS) <= set(found["panels"])  # and any panel added since
    for key, panel in found["panels"].items():
        assert panel["scroll_bars"] == [], key
        assert panel["least_width"] <= panel["width"] and panel["least_height"] <= panel["height"], key
    assert found["waves"]["scroll_bars"] == []  # comparing two waves of the staff survey
    assert found["cloud"]["scroll_bars"] == []  # with quotes and words unfolded


def test_with_a_benchmark_the_overview_and_questions_still_fit(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    benchmark = found["benchmark"]  # the staff survey against the Probation Service's CSPS 2024 figures
    for key in ("overview", "questions"):
        assert benchmark[key]["scroll_bars"] == [], key
        assert benchmark[key]["least_width"] <= benchmark[key]["width"], key
    assert benchmark["chooser_inside"] and benchmark["source_shown"]
    column = benchmark["column"]  # the question text keeps its room: the difference column gives way, or is whole
    assert column["text_share"] >= LEAST_QUESTION_SHARE
    assert column["hidden"] or column["right"] <= column["viewport"]


def test_the_insight_panel_fits_with_its_key_drivers(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    insight = found["insight"]  # the staff survey: engagement and eNPS cards, six drivers, the matrix
    assert insight["scroll_bars"] == []
    assert insight["least_width"] <= insight["width"] and insight["least_height"] <= insight["height"]
    assert insight["cards"] == 2 and insight["cards_height"] >= insight["card_height"]  # a whole row of cards
    assert insight["visible_rows"] >= 3 and insight["rows"] == 6  # the top three drivers at least, unscrolled


def test_with_the_sidebar_the_other_way_everything_still_fits(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    toggled = found["toggled"]
    assert inside(toggled["frame"], found["screen"]["available"])
    assert toggled["least"][0] <= found["screen"]["available"][2]
    assert all(bars == [] for bars in toggled["scroll_bars"].values()), toggled["scroll_bars"]


def test_the_question_text_gets_the_room(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    questions = found["questions"]
    assert questions["text_share"] >= LEAST_QUESTION_SHARE
    assert questions["text_width"] >= questions["readable"]


def test_at_least_eight_comments_show_at_once(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    comments = found["comments"]
    assert comments["rows"] > LEAST_COMMENT_ROWS  # enough comments to fill the table
    assert comments["visible_rows"] >= LEAST_COMMENT_ROWS
    assert comments["extras_folded"]  # on a short screen quotes and words start folded under the table


def test_overview_cards_take_the_columns_that_fit(seen: tuple[Screen, dict]) -> None:
    _screen, found = seen
    assert found["overview"]["columns"] == 2 and found["overview"]["cards"] == 4


def test_the_word_cloud_is_drawn_at_the_screens_pixels(seen: tuple[Screen, dict]) -> None:
    screen, found = seen
    cloud = found["cloud"]
    assert cloud["device_pixel_ratio"] == pytest.approx(screen.scale)
    assert cloud["picture_width"] == round(900 * screen.scale)  # the layout (900 pixels) drawn at the ratio
    assert cloud["picture_width"] >= cloud["shown_width"] * screen.scale  # shrunk to fit, never enlarged


def test_charts_and_icons_are_drawn_at_the_screens_pixels(seen: tuple[Screen, dict]) -> None:
    screen, found = seen
    chart, icon = found["chart"], found["icon"]
    assert chart["grab_ratio"] == pytest.approx(screen.scale)
    assert abs(chart["grab_width"] - chart["widget_width"] * screen.scale) <= 1
    assert abs(icon["width"] - icon["logical"] * screen.scale) <= 1  # painted for the ratio, not enlarged


def test_a_laptop_undocked_from_a_large_monitor_opens_fitted_to_its_own_screen(tmp_path: Path) -> None:
    monitor = Screen("monitor", 2560, 1400)
    laptop = Screen("laptop", 1366, 728)
    docked = run_probe(tmp_path, (laptop, monitor), "--quick", "--move-to-screen", "1")
    assert docked["moved_to"][0] >= 1366  # closed on the monitor, at a size only the monitor holds
    assert docked["moved_to"][2] > 1366
    again = run_probe(tmp_path, (laptop, monitor), "--quick")
    assert again["window"]["frame"] == docked["moved_to"] and not again["window"]["maximised"]  # as it was left
    undocked = run_probe(tmp_path, laptop, "--quick")
    assert undocked["window"]["maximised"]
    assert inside(undocked["window"]["frame"], undocked["window"]["screen"])
