"""Time the briefing pack for a national-scale survey (run by hand, never by the tests).

    python docs/report/measure_pack.py [--rows 350000] [--format pptx|docx] [--elsewhere] [--by "Which region"]

Reads the synthetic survey that ``benchmarks/synthetic.py`` writes (N rows x 65 columns: 60 rating items,
3 free-text columns, 2 demographics), then builds the pack, printing when each stage of the progress
began, the total, the peak memory of this process and the one-minute load average (the machine is shared).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=350_000)
    parser.add_argument("--format", choices=["pptx", "docx"], default="pptx")
    parser.add_argument("--elsewhere", action="store_true", help="build in a process of its own, as the app does")
    parser.add_argument("--by", default="Which region do you work in?")
    parser.add_argument("--given-comments", action="store_true",
                        help="analyse the comments first (timed apart) and hand them over, as the app does")
    args = parser.parse_args()
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.report import build_briefing, build_elsewhere

    csv_path = ROOT / "benchmarks" / "out" / f"survey_{args.rows}.csv"
    if not csv_path.exists():
        from synthetic import ensure_files

        csv_path = ensure_files(args.rows)[0]
    start = time.perf_counter()
    survey = read_survey(csv_path)
    print(f"read {survey.respondents} rows in {time.perf_counter() - start:.1f} s")
    marks: list[tuple[float, float]] = []
    stages = [(0.0, "headlines"), (0.1, "comments"), (0.6, "content"), (0.7, "writing")]

    def progress(fraction: float) -> None:
        if not marks or fraction >= marks[-1][0] + 0.05 or fraction == 1.0:
            marks.append((fraction, time.perf_counter()))

    options: dict = {}
    if args.given_comments:
        from feedback_gui.core.comments import analyse_comments
        from feedback_gui.core.comments.inputs import codebook_for, comment_inputs

        start = time.perf_counter()
        inputs = comment_inputs(survey)
        options["comments"] = analyse_comments(inputs, codebook_for(survey, inputs), discover=False)
        print(f"analysed {len(inputs)} comments first in {time.perf_counter() - start:.1f} s")
    build = build_elsewhere if args.elsewhere else build_briefing
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        result = build(survey, Path(folder) / f"national.{args.format}", by=args.by, progress=progress, **options)
        total = time.perf_counter() - start
        size = (Path(folder) / f"national.{args.format}").stat().st_size
    for floor, name in stages:
        began = next((t for f, t in marks if f >= floor), None)
        if began is not None:
            print(f"  {name:<10} from {began - start:6.1f} s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{result.format}: {result.charts} charts, {len(result.sections)} sections, {size / 1e6:.1f} MB in "
          f"{total:.1f} s{' (in its own process)' if args.elsewhere else ''}; peak memory here {peak:.0f} MB; "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
