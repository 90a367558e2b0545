"""App start to window shown, measured in a fresh process through the real entry point.

    python benchmarks/startup.py            # the figures, as one JSON line (run_suite.py runs this)
    python benchmarks/startup.py --imports  # cold import time of each heavy module, each in a fresh process

The parent passes the wall-clock moment it started the process ($FB_LAUNCHED), so "shown" includes the
interpreter's own start. The child creates the QApplication as the app does, watches for the first
paint of the main window, then runs ``feedback_gui.cli.main([])`` exactly as ``feedback-gui`` does
(which opens the bundled sample survey) and also records when that survey's figures are on screen.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

LAUNCHED = float(os.environ.get("FB_LAUNCHED", "0")) or time.time()
HEAVY = ("numpy", "pandas", "pyarrow", "scipy.stats", "sklearn", "nltk", "openpyxl", "fastexcel", "wordcloud",
         "matplotlib", "PySide6.QtWidgets", "PySide6.QtCharts")
TIMEOUT_S = 120


def _loaded_heavy() -> list[str]:
    return [name for name in HEAVY if name in sys.modules]


def child() -> None:
    """Run the app and print when its window first painted and when the sample survey was open."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow, QWidget

    from feedback_gui.gui.app import create_application

    app = create_application()
    figures: dict = {}

    def finish() -> None:
        sys.stdout.write(json.dumps(figures) + "\n")
        sys.stdout.flush()
        os._exit(0)  # a background reader may still run; the measurement is done

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            if "shown_s" not in figures and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                    and isinstance(obj.window(), QMainWindow):
                window = obj.window()
                figures["shown_s"] = time.time() - LAUNCHED
                figures["heavy_loaded_when_shown"] = _loaded_heavy()
                opener = getattr(window, "opener", None)
                if opener is not None:
                    opener.opened.connect(lambda _loaded: (figures.update(sample_open_s=time.time() - LAUNCHED),
                                                           QTimer.singleShot(0, finish)))
                else:
                    QTimer.singleShot(0, finish)
            return False

    watch = Watch()
    app.installEventFilter(watch)
    QTimer.singleShot(TIMEOUT_S * 1000, finish)
    from feedback_gui.cli import main

    main([])


def import_times() -> dict[str, float]:
    """Cold import time of each heavy module (with its own dependencies), each in a fresh interpreter."""
    out = {}
    for name in HEAVY:
        code = f"import time; t = time.perf_counter(); import {name}; print(time.perf_counter() - t)"
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        out[name] = float(done.stdout.strip()) if done.returncode == 0 else float("nan")
    return out


if __name__ == "__main__":
    if "--imports" in sys.argv:
        print(json.dumps(import_times()))
    else:
        child()
