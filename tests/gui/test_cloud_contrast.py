"""Words of the cloud stay legible on the dark and high-contrast themes (WCAG 4.5:1), keeping their hue."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from feedback_gui.core.comments.cloud import SENTIMENT_COLOURS
from feedback_gui.gui.comments.widgets.cloud_canvas import contrast, on_background, readable
from feedback_gui.gui.themes import dark_palette, high_contrast_palette


@pytest.mark.parametrize("palette", [dark_palette, high_contrast_palette])
def test_every_sentiment_colour_is_legible_on_the_theme(qapp, palette) -> None:  # noqa: ANN001
    base = palette().color(QPalette.ColorRole.Base).getRgb()[:3]
    for _, colour, meaning in SENTIMENT_COLOURS:
        original = QColor(colour).getRgb()[:3]
        shown = readable(original, base)
        assert contrast(shown, base) >= 4.5, meaning
        if contrast(original, base) >= 4.5:
            assert shown == tuple(float(c) for c in original)  # a legible colour is left alone


def test_the_picture_draws_a_dark_blue_word_lighter_on_a_dark_background(qapp) -> None:  # noqa: ANN001
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#FFFFFF"))
    for x in range(10, 30):
        for y in range(5, 15):
            image.setPixelColor(x, y, QColor("#0072B2"))
    background = QColor("#202020")
    shown = on_background(image, [("help", 8, 3, 25, 14)], {"help": "#0072B2"}, background)
    word = shown.pixelColor(20, 10).getRgb()[:3]
    assert contrast(word, background.getRgb()[:3]) >= 4.5 > contrast((0, 114, 178), background.getRgb()[:3])
    assert shown.pixelColor(2, 2).getRgb()[:3] == background.getRgb()[:3]
    assert word[2] > word[1] > word[0]  # still blue
