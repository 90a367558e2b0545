"""GUI responsiveness probe (a benchmark figure, not a timed test): the longest GUI-thread block at scale.

    python benchmarks/gui_probe.py                       # the 350,000-row national survey, xlsx
    python benchmarks/gui_probe.py --rows 20000 --format csv --json probe.json

Drives the real MainWindow offscreen, as a user would, while a 10 ms heartbeat on the GUI thread
records every late tick (and how much of it the GUI thread spent on the CPU: on a busy machine a block
can be mostly waiting for a core or for Python's lock): open the survey (MainWindow.open_path, with the
import preview), look at the Overview, the Questions panel, choose a question, break it down by another
demographic, filter the table, visit every other panel, wait for the comment analysis, relabel a comment
and undo it, and export to Excel through the export dialog's start(). Prints the longest block per phase
and where the GUI thread was when it happened. Target: <= 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]
_scratch = Path(tempfile.mkdtemp(prefix="fbprobe_"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FEEDBACK_GUI_SETTINGS", str(_scratch / "settings.ini"))
os.environ.setdefault("FEEDBACK_GUI_DATA", str(_scratch / "data"))

from gui_stalls import Heartbeat, PhaseStats  # noqa: E402
from measure import load_average  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from synthetic import ensure_files  # noqa: E402

TARGET_S = 0.100


def wait(signal: object = None, until: object = None, timeout_s: float = 600, settle_s: float = 0.5) -> bool:
    """Run the event loop until ``signal`` fires or ``until()`` is true, then ``settle_s`` more."""
    loop = QEventLoop()
    done = {"hit": signal is None and until is None}
    deadline = time.perf_counter() + timeout_s

    def hit(*_args: object) -> None:
        done["hit"] = True

    if signal is not None:
        signal.connect(hit)  # type: ignore[attr-defined]
    poll = QTimer()
    poll.setInterval(20)

    def check() -> None:
        if until is not None and until():  # type: ignore[operator]
            done["hit"] = True
        if done["hit"] or time.perf_counter() > deadline:
            poll.stop()
            QTimer.singleShot(int(settle_s * 1000), loop.quit)

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    if signal is not None:
        signal.disconnect(hit)  # type: ignore[attr-defined]
    return done["hit"]


def relabel(w: object, beat: Heartbeat, facts: dict) -> None:
    """Comments panel: wait for the analysis of every comment, relabel the first listed comment, undo it."""
    from feedback_gui.core.comments import LABELS

    beat.phase("Comments panel: wait for the analysis of every comment")
    w.show_panel("comments")  # type: ignore[attr-defined]
    panel = w.panels["comments"]  # type: ignore[attr-defined]
    start = time.perf_counter()
    wait(until=lambda: panel.session.analysis is not None and not panel.session.running, timeout_s=3600,
         settle_s=1.0)
    facts["comments_s"] = time.perf_counter() - start
    analysis = panel.session.analysis
    if analysis is None:
        return
    facts["comments"] = len(analysis.comments)
    panel.table.selectRow(0)
    wait(settle_s=0.3)
    index = panel.table.current_comment()
    label = LABELS[(LABELS.index(analysis.comments[index].sentiment.label) + 1) % len(LABELS)]
    beat.phase(f"relabel a comment ({len(analysis.comments):,} comments)")
    start = time.perf_counter()
    panel.relabel_selected(label)
    wait(until=lambda: panel.session.analysis.comments[index].sentiment.label == label, settle_s=1.0)
    facts["relabel_s"] = time.perf_counter() - start
    beat.phase("undo the relabel (Edit → Undo)")
    w.state.undo_stack.undo()  # type: ignore[attr-defined]
    wait(until=lambda: panel.session.analysis.comments[index].sentiment.label != label, settle_s=1.0)


def drive(window: object, path: Path, beat: Heartbeat, export_to: Path, skip_export: bool = False) -> dict:
    """The user's session, phase by phase; returns what happened (times, counts)."""
    facts: dict = {}
    w = window
    beat.start("open: read and analyse in the background, then show (with the import preview)")
    start = time.perf_counter()
    w.open_path(path)  # type: ignore[attr-defined]
    opened = wait(w.opener.opened, timeout_s=1800, settle_s=1.5)  # type: ignore[attr-defined]
    facts["open_s"] = time.perf_counter() - start
    if not opened:
        raise SystemExit("the survey did not open")
    if w.preview is not None:  # type: ignore[attr-defined]
        beat.phase("close the import preview")
        w.preview.close()  # type: ignore[attr-defined]
        wait(settle_s=0.3)
    beat.phase("Overview panel: show, scroll to the last card")
    w.show_panel("overview")  # type: ignore[attr-defined]
    wait(settle_s=0.5)
    overview = w.panels["overview"]  # type: ignore[attr-defined]
    bar = overview.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    wait(settle_s=0.5)
    facts["cards"] = len(overview.cards)
    beat.phase("Questions panel: show")
    w.show_panel("questions")  # type: ignore[attr-defined]
    wait(settle_s=0.5)
    questions = w.panels["questions"]  # type: ignore[attr-defined]
    survey = w.state.survey  # type: ignore[attr-defined]
    likert = [q for q in survey.questions if q.type == "likert"]
    beat.phase("choose a question (chart, counted answers, breakdown)")
    questions.select(likert[len(likert) // 2].id)
    wait(settle_s=0.5)
    demographics = survey.demographics
    if len(demographics) > 1:
        beat.phase("break the question down by another demographic")
        questions.detail.breakdown.choose(demographics[1].text)
        wait(settle_s=0.5)
    beat.phase("filter the questions table, then clear the filter")
    questions.search.setText("Statement 4")
    wait(settle_s=0.3)
    questions.search.clear()
    wait(settle_s=0.3)
    for key in [k for k in w.panels if k not in ("overview", "questions")]:  # type: ignore[attr-defined]
        beat.phase(f"{key.capitalize()} panel: show")
        w.show_panel(key)  # type: ignore[attr-defined]
        wait(settle_s=1.0)
    relabel(w, beat, facts)
    if skip_export:
        beat.stop()
        facts["gui_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return facts
    beat.phase("Excel export: open the dialog, start(), until done")
    w.show_panel("overview")  # type: ignore[attr-defined]
    dialog = w.export_dialog()  # type: ignore[attr-defined]
    wait(settle_s=0.3)
    dialog.path_edit.setText(str(export_to))
    start = time.perf_counter()
    task = dialog.start()
    finished = wait(until=lambda: task.done, timeout_s=3600, settle_s=1.0)
    facts["export_s"] = time.perf_counter() - start
    facts["export_ok"] = finished and dialog.result is not None
    message = getattr(dialog, "done_message", None)
    if message is not None:
        beat.phase("close the export message")
        message.close()
        wait(settle_s=0.3)
    beat.stop()
    facts["gui_peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # the app's own process
    facts["child_peak_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # its largest child
    return facts


def report(beat: Heartbeat, facts: dict, rows: int, fmt: str, load: tuple[float, float]) -> dict:
    """Print the table and return the figures."""
    longest = beat.longest()
    print(f"\nGUI responsiveness probe — {rows:,} rows × 65 columns ({fmt}), offscreen; load average "
          f"{load[0]:.2f} before, {load[1]:.2f} after; open took {facts.get('open_s', 0):.1f} s, export "
          f"{facts.get('export_s', 0):.1f} s ({'done' if facts.get('export_ok') else 'NOT done'}); "
          f"waited {facts.get('comments_s', 0):.1f} s more for the analysis of {facts.get('comments', 0):,} comments; "
          f"peak memory of "
          f"the app's process {facts.get('gui_peak_mb', 0):,.0f} MB, of its largest child process "
          f"{facts.get('child_peak_mb', 0):,.0f} MB.\n")
    print("| phase | seconds | longest GUI block (ms) | its GUI-thread CPU (ms) | blocks > 100 ms "
          "| where the GUI thread was |")
    print("|---|---:|---:|---:|---:|---|")
    for phase in beat.phases:
        gap = phase.longest
        print(f"| {phase.name} | {phase.seconds:.1f} | {gap.seconds * 1000 if gap else 0:.0f} "
              f"| {gap.cpu_s * 1000 if gap else 0:.0f} | {phase.over_100ms} "
              f"| {gap.where if gap and gap.seconds > 0.05 else ''} |")
    verdict = "met" if longest and longest.seconds <= TARGET_S else "NOT met"
    if longest:
        print(f"\nLongest GUI-thread block: {longest.seconds * 1000:.0f} ms during “{longest.phase}” at "
              f"{longest.at_s:.1f} s, in {longest.where} (target <= {TARGET_S * 1000:.0f} ms: {verdict}).")
    blocks = sorted((g for p in beat.phases for g in p.gaps), key=lambda g: -g.seconds)[:10]
    if blocks:
        print("\nLongest blocks (> 50 ms):")
        for g in blocks:
            print(f"- {g.seconds * 1000:.0f} ms ({g.cpu_s * 1000:.0f} ms of GUI-thread CPU) at {g.at_s:.1f} s, "
                  f"{g.phase}: {g.where}")
    return {"rows": rows, "format": fmt, "load": load, **facts,
            "longest_ms": longest.seconds * 1000 if longest else None,
            "longest_where": longest.where if longest else None, "longest_phase": longest.phase if longest else None,
            "phases": [_phase_dict(p) for p in beat.phases]}


def _phase_dict(p: PhaseStats) -> dict:
    longest = p.longest
    return {"name": p.name, "seconds": p.seconds, "longest_ms": longest.seconds * 1000 if longest else 0,
            "over_100ms": p.over_100ms, "where": longest.where if longest else "",
            "gaps": [(round(g.seconds * 1000), round(g.at_s, 2), g.where, round(g.cpu_s * 1000)) for g in p.gaps]}


def main() -> int:
    """Build the window, drive it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=350_000)
    parser.add_argument("--format", choices=("xlsx", "csv"), default="xlsx")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-export", action="store_true", help="stop before the Excel export")
    parser.add_argument("--no-trail", action="store_true",
                        help="no event filter naming the event being handled (it adds Python to every event)")
    args = parser.parse_args()
    csv_path, xlsx_path = ensure_files(args.rows)
    path = xlsx_path if args.format == "xlsx" else csv_path
    from feedback_gui.gui import app as app_module
    from feedback_gui.gui.main_window import MainWindow

    app_module.create_application()
    MainWindow.ask_before_close = False
    window = MainWindow()
    show = getattr(app_module, "show_window", None)  # as run_app shows it (older versions: plain show)
    show(window) if show else window.show()
    QApplication.processEvents()
    beat = Heartbeat(trail=not args.no_trail)
    load_before = load_average()
    facts = drive(window, path, beat, _scratch / "probe export.xlsx", args.no_export)
    figures = report(beat, facts, args.rows, args.format, (load_before, load_average()))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
