"""The window opens before the heavy analysers load: they are imported when first used."""

from __future__ import annotations

import os
import subprocess
import sys

HEAVY = ("nltk", "sklearn", "openpyxl", "wordcloud", "matplotlib", "scipy", "pptx", "docx")  # scipy.stats: 0.75 s
CODE = """
import sys
import feedback_gui.cli
from feedback_gui.gui.app import create_application
from feedback_gui.gui.main_window import MainWindow
app = create_application()
window = MainWindow()
print(sorted(m for m in %r if m in sys.modules))
"""


def test_opening_the_window_loads_none_of_the_analysers(tmp_path) -> None:  # noqa: ANN001
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FEEDBACK_GUI_SETTINGS=str(tmp_path / "s.ini"),
               FEEDBACK_GUI_DATA=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", CODE % (HEAVY,)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip().splitlines()[-1] == "[]"
