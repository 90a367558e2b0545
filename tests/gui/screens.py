"""Virtual screens for Qt's offscreen platform, and running the app on one in a fresh process.

The offscreen platform reads its screens from a JSON file (``offscreen:configfile=...``): a name, a size in
device pixels and a device pixel ratio. ``QT_SCALE_FACTOR`` scales everything as Windows' display scaling
does (150%: a 1920×1080 panel is 1280×720 logical pixels), and must be set before the QApplication exists,
hence a subprocess for each scale. The taskbar is modelled by leaving its height out of the screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROBE = HERE / "layout_probe.py"
TASKBAR = 40  # device pixels a Windows taskbar takes at the bottom of the screen


@dataclass(frozen=True)
class Screen:
    """A screen as Qt's offscreen platform will make it: its size in device pixels, less the taskbar, and the
    scale factor of the display settings."""

    name: str
    width: int
    height: int
    scale: float = 1.0

    @property
    def logical(self) -> tuple[int, int]:
        """Its size in logical pixels (what the app lays out in)."""
        return round(self.width / self.scale), round(self.height / self.scale)


DESKTOP = Screen("desktop", 1920, 1080 - TASKBAR)  # a 1080p monitor at 100%: where the other GUI tests run
FULL_HD_150 = Screen("laptop", 1920, 1080 - TASKBAR, 1.5)  # 1280×693 logical; the 1280×680 is below
LAPTOP_1280_680 = Screen("laptop", 1920, 1020, 1.5)  # exactly 1280×680 logical pixels
LAPTOP_1093_582 = Screen("laptop", 1366, 728, 1.25)  # 1366×768 at 125% less the taskbar: 1093×582 logical
HIGH_DPI_200 = Screen("laptop", 2560, 1360, 2.0)  # 1280×680 logical at 200%


def write_config(folder: Path, *screens: Screen) -> Path:
    """A configuration file for the offscreen platform with these screens (the first is the primary)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ("screens-" + "-".join(f"{s.width}x{s.height}" for s in screens) + ".json")
    entries, x = [], 0
    for screen in screens:
        entries.append({"name": screen.name, "x": x, "y": 0, "width": screen.width, "height": screen.height,
                        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1.0})
        x += screen.width
    path.write_text(json.dumps({"screens": entries}), encoding="utf-8")
    return path


def platform(config: Path) -> str:
    """The value of QT_QPA_PLATFORM that puts the app on the screens of ``config``."""
    return f"offscreen:configfile={config}"


def run_probe(folder: Path, screens: Screen | tuple[Screen, ...], *arguments: str, timeout: int = 300) -> dict:
    """Run :mod:`layout_probe` (the real window on the User Voice sample) on ``screens`` (the first is the
    primary; all at the first one's scale) in a fresh process and return what it measured. ``folder`` holds
    the screen file, settings and app data of the run: a second run in it finds what the first saved."""
    screens = screens if isinstance(screens, tuple) else (screens,)
    config = write_config(folder, *screens)
    screen = screens[0]
    env = {**os.environ, "QT_QPA_PLATFORM": platform(config), "QT_SCALE_FACTOR": str(screen.scale),
           "FEEDBACK_GUI_SETTINGS": str(folder / "settings.ini"), "FEEDBACK_GUI_DATA": str(folder / "data"),
           "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    out = folder / "probe.json"
    done = subprocess.run([sys.executable, str(PROBE), str(out), *arguments], env=env, capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)
    if done.returncode != 0 or not out.exists():
        raise AssertionError(f"the probe failed ({done.returncode}):\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return json.loads(out.read_text(encoding="utf-8"))


__all__ = ["DESKTOP", "FULL_HD_150", "HIGH_DPI_200", "LAPTOP_1093_582", "LAPTOP_1280_680", "Screen", "platform",
           "run_probe", "write_config"]
