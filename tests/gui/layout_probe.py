"""Open the real window on the User Voice sample and measure what a user would see, panel by panel; write it
as JSON. Run by :func:`tests.gui.screens.run_probe` in a fresh process on a virtual screen (``QT_QPA_PLATFORM``
and ``QT_SCALE_FACTOR`` set before the QApplication exists).

    python tests/gui/layout_probe.py OUT.json [--shots FOLDER] [--quick] [--move-to-screen N]

``--quick`` only opens the window (no survey) and records where it opened; ``--move-to-screen N`` then moves
it to screen N (as a user drags it to a monitor) before closing, so the next run finds that place saved.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QThreadPool, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

TIMEOUT_S = 120


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def _until(app: QApplication, done, what: str) -> None:  # noqa: ANN001
    start = time.monotonic()
    while not done():
        if time.monotonic() - start > TIMEOUT_S:
            raise SystemExit(f"timed out waiting for {what}")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def scroll_bars(panel: QWidget) -> list[str]:
    """The scroll areas of a panel showing a horizontal scroll bar (by name)."""
    areas = panel.findChildren(QAbstractScrollArea)
    return [f"{type(a).__name__}:{a.objectName() or a.accessibleName()}" for a in areas
            if a.isVisible() and a.horizontalScrollBar().isVisible()]


def measure(window, app: QApplication, shots: Path | None) -> dict:  # noqa: ANN001
    """Everything the layout tests assert, with the window as it opened."""
    from feedback_gui.gui.widgets.text_columns import text_share, visible_rows

    screen = window.screen()
    found: dict = {"screen": {"available": _rect(screen.availableGeometry()), "dpr": screen.devicePixelRatio()},
                   "window": {"frame": _rect(window.frameGeometry()), "maximised": window.isMaximized(),
                              "least": [window.minimumSizeHint().width(), window.minimumSizeHint().height()]},
                   "sidebar": {"collapsed": window.side.is_collapsed(), "width": window.side.width()},
                   "panels": {}}
    for key in (spec.key for spec in window.panel_specs):  # every panel, a new one too
        window.show_panel(key)
        panel = window.panels[key]
        if key == "comments":
            _until(app, lambda p=panel: p.session.analysis is not None and not p.session.running, "the comments")
        if key == "equality":
            panel.use_sample_reference()
            _until(app, lambda p=panel: bool(p.profile.cards), "the equality profile")
        _settle(app)
        hint = panel.minimumSizeHint().expandedTo(panel.minimumSize())
        found["panels"][key] = {"scroll_bars": scroll_bars(panel), "least_width": hint.width(),
                                "width": panel.width(), "least_height": hint.height(), "height": panel.height()}
        if key == "questions":
            table = panel.table
            from feedback_gui.gui.questions.models import QuestionTableModel
            from feedback_gui.gui.sizing import readable_width

            found["questions"] = {"text_share": text_share(table, QuestionTableModel.TEXT),
                                  "text_width": table.columnWidth(QuestionTableModel.TEXT),
                                  "readable": readable_width(table.font())}
        if key == "comments":
            found["comments"] = {"visible_rows": visible_rows(panel.table), "rows": panel.table_model.rowCount(),
                                 "extras_folded": panel.extras.is_collapsed(),
                                 "themes_folded": panel.left.is_collapsed()}
        if key == "overview":
            found["overview"] = {"columns": panel.grid_host.columns, "cards": len(panel.cards)}
        if shots is not None:
            window.grab().save(str(shots / f"{key}.png"))
    comments = window.panels["comments"]
    window.show_panel("comments")
    comments.extras.set_collapsed(False)  # quotes and word cloud shown, given the room: is the cloud sharp?
    comments.left.set_collapsed(True)
    _settle(app)
    comments.split.setSizes([1, 10_000])
    _settle(app)
    canvas = comments.cloud.canvas
    shown = canvas.picture_rect()
    found["cloud"] = {"picture_width": canvas.pixmap.width(), "shown_width": shown.width(),
                      "device_pixel_ratio": canvas.devicePixelRatioF(),
                      "scroll_bars": scroll_bars(comments)}
    window.show_panel("questions")
    _settle(app)
    view = window.panels["questions"].detail.chart.chart_view
    picture = view.grab()
    found["chart"] = {"grab_width": picture.width(), "widget_width": view.width(),
                      "grab_ratio": picture.devicePixelRatio()}
    icon = window.sidebar.item(0).icon().pixmap(window.sidebar.iconSize(), screen.devicePixelRatio())
    found["icon"] = {"width": icon.width(), "logical": window.sidebar.iconSize().width(),
                     "ratio": icon.devicePixelRatio()}
    return found


def measure_waves(window, app: QApplication, shots: Path | None) -> dict:  # noqa: ANN001
    """The Waves panel comparing the bundled staff surveys (2023 against 2024)."""
    loop = QEventLoop()
    window.opener.opened.connect(lambda *_: loop.quit())
    window.open_sample("staff_survey_2024.xlsx")
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    window.show_panel("waves")
    waves = window.panels["waves"]
    waves.bar.add_sample_wave()
    _until(app, lambda: waves.session.comparison is not None and waves.review.model.rowCount() > 0, "the waves")
    _settle(app)
    if shots is not None:
        window.grab().save(str(shots / "waves-compared.png"))
    return {"scroll_bars": scroll_bars(waves), "least_width": waves.minimumSizeHint().width(),
            "width": waves.width()}


def measure_benchmark(window, app: QApplication, shots: Path | None) -> dict:  # noqa: ANN001
    """The Overview and the Questions panel with the Probation Service's CSPS 2024 figures chosen (the staff
    survey open): the chooser, the benchmark lines and column must fit too."""
    from feedback_gui.gui.benchmark import benchmark_session
    from feedback_gui.gui.questions.models import QuestionTableModel
    from feedback_gui.gui.widgets.text_columns import text_share

    session = benchmark_session(window.state)
    window.show_panel("overview")
    session.choose("csps-2024-probation")
    _until(app, lambda: session.comparison is not None and not session.running, "the benchmark")
    _settle(app)
    found: dict = {}
    for key in ("overview", "questions"):
        window.show_panel(key)
        _settle(app)
        panel = window.panels[key]
        hint = panel.minimumSizeHint().expandedTo(panel.minimumSize())
        found[key] = {"scroll_bars": scroll_bars(panel), "least_width": hint.width(), "width": panel.width()}
        if key == "overview":
            chooser = panel.chooser
            found["chooser_inside"] = panel.rect().contains(chooser.geometry()) and chooser.isVisible()
            found["source_shown"] = panel.source.isVisible() and bool(panel.source.text())
        if shots is not None:
            window.grab().save(str(shots / f"{key}-benchmark.png"))
    table = window.panels["questions"].table
    column = QuestionTableModel.BENCHMARK
    found["column"] = {"hidden": table.isColumnHidden(column),
                       "right": table.columnViewportPosition(column) + table.columnWidth(column),
                       "viewport": table.viewport().width(), "text_share": text_share(table, QuestionTableModel.TEXT)}

    return found


def measure_insight(window, app: QApplication, shots: Path | None) -> dict:  # noqa: ANN001
    """The Insight panel on the staff survey (open), once its cards and key drivers are shown."""
    window.show_panel("insight")
    insight = window.panels["insight"]
    _until(app, lambda: insight.session.drivers is not None and not insight.session.running, "the key drivers")
    _settle(app)
    if shots is not None:
        window.grab().save(str(shots / "insight-drivers.png"))
    hint = insight.minimumSizeHint().expandedTo(insight.minimumSize())
    table = insight.table
    shown_rows = sum(1 for r in range(table.model().rowCount())
                     if table.rowViewportPosition(r) >= 0
                     and table.rowViewportPosition(r) + table.rowHeight(r) <= table.viewport().height())
    return {"scroll_bars": scroll_bars(insight), "least_width": hint.width(), "width": insight.width(),
            "least_height": hint.height(), "height": insight.height(), "cards": len(insight.cards),
            "cards_height": insight.card_scroll.height(),
            "card_height": max(c.height() for c in insight.cards), "rows": table.model().rowCount(),
            "visible_rows": shown_rows, "matrix_folded": insight.matrix_section.is_collapsed()}


def main(argv: list[str] | None = None) -> int:
    """Open the window as the app does, measure, optionally expand the sidebar and measure again."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--move-to-screen", type=int)
    args = parser.parse_args(argv)
    from feedback_gui.gui.app import create_application, show_window
    from feedback_gui.gui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    MainWindow.ask_before_close = False
    window = MainWindow()
    show_window(window)
    _settle(app)
    if args.quick:
        found = {"screens": [_rect(s.availableGeometry()) for s in app.screens()],
                 "window": {"frame": _rect(window.frameGeometry()), "maximised": window.isMaximized(),
                            "screen": _rect(window.screen().availableGeometry())},
                 "sidebar": {"collapsed": window.side.is_collapsed()}}
        if args.move_to_screen is not None:
            target = app.screens()[args.move_to_screen].availableGeometry()
            window.showNormal()
            window.setGeometry(target.x() + 100, target.y() + 80, target.width() - 300, target.height() - 200)
            _settle(app)
            found["moved_to"] = _rect(window.frameGeometry())
        window.close()
        args.out.write_text(json.dumps(found, indent=1), encoding="utf-8")
        return 0
    loop = QEventLoop()
    window.opener.opened.connect(lambda *_: loop.quit())
    window.open_sample("user_voice_2024.xlsx")
    QTimer.singleShot(TIMEOUT_S * 1000, loop.quit)
    loop.exec()
    if args.shots is not None:
        args.shots.mkdir(parents=True, exist_ok=True)
    found = measure(window, app, args.shots)
    window.set_sidebar_collapsed(not window.side.is_collapsed())  # the other way: does everything still fit?
    _settle(app)
    found["toggled"] = {"collapsed": window.side.is_collapsed(), "width": window.side.width(),
                        "frame": _rect(window.frameGeometry()),
                        "least": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
                        "scroll_bars": {}}
    for key in (spec.key for spec in window.panel_specs):
        window.show_panel(key)
        _settle(app)
        found["toggled"]["scroll_bars"][key] = scroll_bars(window.panels[key])
    window.set_sidebar_collapsed(not window.side.is_collapsed())  # back as it opened
    found["waves"] = measure_waves(window, app, args.shots)
    found["benchmark"] = measure_benchmark(window, app, args.shots)
    found["insight"] = measure_insight(window, app, args.shots)
    window.close()
    QThreadPool.globalInstance().waitForDone(30_000)
    args.out.write_text(json.dumps(found, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
