"""Draw the app icon (a speech bubble holding a bar chart) as resources/icons/app.png and app.ico.

    python installer/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

BLUE = (0, 114, 178, 255)  # Okabe-Ito blue
ORANGE = (230, 159, 0, 255)
WHITE = (255, 255, 255, 255)
ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def draw(size: int = 512) -> Image.Image:
    """The icon at ``size`` pixels."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    s = size / 512
    pen.rounded_rectangle([24 * s, 40 * s, 488 * s, 400 * s], radius=72 * s, fill=BLUE)
    pen.polygon([(120 * s, 380 * s), (110 * s, 488 * s), (230 * s, 390 * s)], fill=BLUE)
    bars = [(110, 250), (190, 170), (270, 210), (350, 110)]
    for i, (x, top) in enumerate(bars):
        pen.rounded_rectangle([x * s, top * s, (x + 56) * s, 330 * s], radius=10 * s,
                              fill=ORANGE if i == 3 else WHITE)
    return image


def main() -> None:
    """Write the PNG and the multi-size Windows icon."""
    ICONS.mkdir(parents=True, exist_ok=True)
    big = draw(512)
    big.save(ICONS / "app.png")
    big.save(ICONS / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
