"""Import benchmark (run by hand, not a test): read a national-size survey, compute every headline.

    python benchmarks/bench_import.py                 # 350,000 rows
    python benchmarks/bench_import.py 1000 10000 100000 350000

For each size and format (xlsx, csv) it reports, each measured in a fresh process:
- raw: the fastest raw reader of the same file (fastexcel -> Arrow for xlsx, pyarrow.csv for csv),
- import: feedback_gui's read_survey (header detection, type inference, normalised categoricals),
  and the ratio import / raw (target <= 1.5),
- headlines: every question's counts, headline and Wilson interval (target <= 1 s),
- breakdown: one question by a demographic, with suppression,
- peak memory of the import process above its start, against the loaded frame (target <= 2x).
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def child(mode: str, path: str) -> dict:
    """Run one measurement in this (fresh) process and return its figures."""
    import pandas as pd  # noqa: F401 - imported before the baseline so import cost is not counted

    if mode == "raw":
        import fastexcel
        import pyarrow.csv as pacsv

        base = _rss_mb()
        start = time.perf_counter()
        if path.endswith(".xlsx"):
            frame = fastexcel.read_excel(path).load_sheet(0).to_pandas()
        else:
            frame = pacsv.read_csv(path).to_pandas()
        seconds = time.perf_counter() - start
        return {"seconds": seconds, "peak_mb": _peak_mb() - base,
                "frame_mb": frame.memory_usage(deep=True).sum() / 2**20, "rows": len(frame)}
    from feedback_gui.core.analysis.breakdown import breakdown
    from feedback_gui.core.analysis.proportions import headlines
    from feedback_gui.core.importing import read_survey

    base = _rss_mb()
    start = time.perf_counter()
    survey = read_survey(path)
    seconds = time.perf_counter() - start
    peak = _peak_mb() - base
    frame_mb = survey.responses.memory_usage(deep=True).sum() / 2**20
    start = time.perf_counter()
    results = headlines(survey)
    headline_seconds = time.perf_counter() - start
    question = next(q for q in survey.questions if q.type == "likert")
    start = time.perf_counter()
    breakdown(survey, question, survey.demographics[0])
    breakdown_seconds = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": peak, "frame_mb": frame_mb, "rows": survey.respondents,
            "questions": len(results), "headline_seconds": headline_seconds, "breakdown_seconds": breakdown_seconds}


def measure(mode: str, path: Path) -> dict:
    """Run a measurement in a fresh interpreter."""
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(sizes: list[int]) -> None:
    """Print the benchmark table."""
    from synthetic import ensure_files

    print("| rows | format | raw reader s | import s | ratio | headlines s | breakdown s | "
          "raw reader peak MB | import peak MB | raw frame MB | import peak / raw frame |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        csv_path, xlsx_path = ensure_files(n)
        for path in (xlsx_path, csv_path):
            raw = measure("raw", path)
            ours = measure("import", path)
            print(f"| {n:,} | {path.suffix[1:]} | {raw['seconds']:.2f} | {ours['seconds']:.2f} | "
                  f"{ours['seconds'] / raw['seconds']:.2f} | {ours['headline_seconds']:.2f} | "
                  f"{ours['breakdown_seconds']:.3f} | {raw['peak_mb']:.0f} | {ours['peak_mb']:.0f} | "
                  f"{raw['frame_mb']:.0f} | "
                  f"{ours['peak_mb'] / raw['frame_mb']:.2f} |", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], sys.argv[3])))
    else:
        main([int(a) for a in sys.argv[1:]] or [350_000])
