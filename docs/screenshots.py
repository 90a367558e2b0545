"""Render screenshots of the app offscreen: the Overview on the bundled staff survey → docs/overview.png.

    python docs/screenshots.py                 # docs/overview.png
    python docs/screenshots.py --panel questions --question "workload" --out /tmp/questions.png
    python docs/screenshots.py --panel equality --sample user_voice_2024.xlsx --out docs/equality.png
    python docs/screenshots.py --panel waves --question "openness" --out docs/waves.png
    python docs/screenshots.py --panel comments --sample user_voice_2024.xlsx --out docs/comments.png
    python docs/screenshots.py --panel insight --out docs/insight.png
    python docs/screenshots.py --theme dark --out docs/overview-dark.png
    python docs/screenshots.py --benchmark csps-2024-probation --out docs/overview-benchmark.png
    python docs/screenshots.py --panel questions --question workload --benchmark csps-2024-probation \
        --size 1500x900 --out docs/questions-benchmark.png
    python docs/screenshots.py --theme high-contrast --out docs/overview-high-contrast.png
    python docs/screenshots.py --screen 1366x728 --panel comments --sample user_voice_2024.xlsx \
        --out docs/laptop-1366x768-comments.png       # a 1366×768 laptop (less a 40-pixel taskbar) at 100%
    python docs/screenshots.py --screen 1920x1040 --scale 1.5 --panel questions --question workload \
        --out docs/laptop-1920x1080-150-questions.png  # a 1080p laptop at 150%

With ``--screen`` the window opens on a virtual screen of that many device pixels (at ``--scale``, as
Windows' display scaling) exactly as the app opens on a user's screen: fitted, maximised when small, the
sidebar and sections as they start there. The PNG has the screen's device pixels. Without it, the window
is ``--size`` logical pixels. Uses a throw-away settings file, so the user's own settings and recent files
are untouched.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DOCS = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    """Open the sample in the real window, wait for the import, and save a PNG of the window."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS / "overview.png")
    parser.add_argument("--panel", default="overview", help="panel key (overview, questions, ...)")
    parser.add_argument("--question", help="in the Questions panel, the question whose text contains this (in the "
                        "Insight panel, the outcome)")
    parser.add_argument("--sample", default="staff_survey_2024.xlsx")
    parser.add_argument("--preview", action="store_true", help="capture the Question types dialog instead")
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--screen", help="a virtual screen, WIDTHxHEIGHT device pixels (taskbar excluded)")
    parser.add_argument("--scale", type=float, default=1.0, help="with --screen: the display scaling (1.5 = 150%%)")
    parser.add_argument("--expand", action="store_true", help="in the Comments panel, unfold quotes and words")
    parser.add_argument("--benchmark", help="compare with this benchmark first (a built-in name or a CSV)")
    parser.add_argument("--theme", default="default", choices=("default", "dark", "high-contrast"),
                        help="the app's theme (default: the light one, as offscreen has no system theme)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as folder:
        os.environ["FEEDBACK_GUI_SETTINGS"] = str(Path(folder) / "settings.ini")
        if args.screen:  # before the QApplication exists: Qt reads both when it starts
            width, height = (int(v) for v in args.screen.split("x"))
            config = Path(folder) / "screen.json"
            config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                                       "height": height, "dpr": 1.0}]}), encoding="utf-8")
            os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
            os.environ["QT_SCALE_FACTOR"] = str(args.scale)
        from PySide6.QtCore import QEventLoop, QSettings, QTimer

        if args.theme != "default":  # the theme is a setting: the app starts in it
            QSettings(os.environ["FEEDBACK_GUI_SETTINGS"], QSettings.Format.IniFormat).setValue(
                "appearance/theme", args.theme)

        from feedback_gui.gui.app import create_application
        from feedback_gui.gui.main_window import MainWindow

        app = create_application([sys.argv[0]])
        window = MainWindow(settings=QSettings(os.environ["FEEDBACK_GUI_SETTINGS"], QSettings.Format.IniFormat))
        if not args.screen:
            width, height = (int(v) for v in args.size.split("x"))
            window.resize(width, height)
        window.show()
        loop = QEventLoop()
        window.runner.finished.connect(lambda _task: loop.quit())
        window.open_sample(args.sample)
        QTimer.singleShot(60_000, loop.quit)
        loop.exec()
        if not window.state.has_survey:
            print("the sample did not open", file=sys.stderr)
            return 1
        if args.benchmark:  # choose it (as on the Overview) and wait for the comparison
            from feedback_gui.gui.benchmark import benchmark_session

            window.ask_before_close = False  # the choice is an unsaved edit: close without asking
            session, done = benchmark_session(window.state), QEventLoop()
            session.compared.connect(lambda result: result is not None and done.quit())
            session.failed.connect(lambda _message: done.quit())
            session.choose(args.benchmark, on_error=lambda message: print(message, file=sys.stderr) or done.quit())
            QTimer.singleShot(60_000, done.quit)
            done.exec()
        window.show_panel(args.panel)
        if args.question and args.panel != "comments":
            panel = window.panels["questions"]
            panel.select(window.state.survey.find_question(args.question).id)
        if args.panel == "equality":  # compare with the sample caseload profile and wait for the analysis
            window.ask_before_close = False  # the chosen reference is an unsaved edit: close without asking
            done = QEventLoop()
            window.panels["equality"].updated.connect(done.quit)
            window.panels["equality"].use_sample_reference()
            QTimer.singleShot(60_000, done.quit)
            done.exec()
        if args.panel == "waves":  # add the sample 2023 wave, wait for the comparison, select --question
            window.ask_before_close = False  # the added wave is an unsaved edit: close without asking
            waves, done = window.panels["waves"], QEventLoop()
            waves.session.compared.connect(lambda result: result is not None and done.quit())
            waves.bar.add_sample_wave()
            QTimer.singleShot(60_000, done.quit)
            done.exec()
            if args.question:
                waves.review.select(window.state.survey.find_question(args.question).id)
            waves.review.table.setFocus()
        if args.panel == "comments":  # wait for the analysis; --question names the theme to choose
            comments, done = window.panels["comments"], QEventLoop()
            comments.updated.connect(done.quit)
            QTimer.singleShot(60_000, done.quit)
            done.exec()
            comments.choose_theme(args.question or comments.themes.model.key_at(1))  # the first theme
            comments.table.selectRow(0)
            comments.table.setFocus()
            if args.expand:
                comments.extras.set_collapsed(False)
        if args.panel == "insight":  # wait for the key drivers; --question names the outcome (an index or question)
            insight = window.panels["insight"]
            session = insight.session
            done = QEventLoop()
            insight.updated.connect(lambda: session.drivers is not None and not session.running and done.quit())
            QTimer.singleShot(60_000, done.quit)
            if session.drivers is None or session.running:
                done.exec()
            if args.question:
                choice = next(c for c in session.cards.outcomes if args.question.casefold() in c.label.casefold())
                session.choose_outcome(choice)
                if session.running:
                    done.exec()
            insight.table.setFocus()
        target = window.show_question_types() if args.preview else window
        for _ in range(5):
            app.processEvents()
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not target.grab().save(str(args.out)):
            print(f"could not write {args.out}", file=sys.stderr)
            return 1
        print(f"wrote {args.out} ({target.width()}x{target.height()})")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
