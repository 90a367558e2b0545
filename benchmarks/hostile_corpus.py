"""Run every hostile file through the importer and the headline analysis, one process each.

    python benchmarks/hostile_corpus.py [CORPUS_DIR]

Prints a table (file, outcome, seconds, peak memory) for the closing note of issue 7. Each file must
end in a result or a one-line reason within 10 s and 2 GB; the process is killed at 10 s.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LIMIT_SECONDS = 10
SIZE_LIMIT_FOR = {"over_size_limit.csv": 1024}  # the size-limit setting, lowered for this one file


def child(path: str) -> None:
    """Import one file and print its outcome as JSON (runs in a fresh process)."""
    from feedback_gui.core.analysis.proportions import headlines
    from feedback_gui.core.errors import FeedbackError
    from feedback_gui.core.importing import read_survey

    start = time.perf_counter()
    limit = SIZE_LIMIT_FOR.get(Path(path).name)
    try:
        survey = read_survey(path, **({"size_limit": limit} if limit else {}))
        results = headlines(survey)
        outcome = f"read: {survey.respondents} respondents, {len(results)} questions"
        ok = True
    except FeedbackError as exc:
        outcome, ok = f"refused: {exc}", True
    except Exception as exc:  # noqa: BLE001 - reported as a failure of the importer
        outcome, ok = f"CRASH {type(exc).__name__}: {exc}", False
    print(json.dumps({"outcome": outcome, "ok": ok, "seconds": time.perf_counter() - start,
                      "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))


def run(corpus: Path) -> list[dict]:
    """Run every file of the corpus; returns one row per file."""
    rows = []
    for path in sorted(corpus.iterdir()):
        start = time.perf_counter()
        try:
            done = subprocess.run([sys.executable, __file__, "--child", str(path)], capture_output=True,
                                  text=True, timeout=LIMIT_SECONDS + 5)
            row = json.loads(done.stdout.strip().splitlines()[-1]) if done.stdout.strip() else {
                "outcome": f"CRASH (exit {done.returncode}): {done.stderr.strip()[-200:]}", "ok": False,
                "seconds": time.perf_counter() - start, "peak_mb": float("nan")}
        except subprocess.TimeoutExpired:
            row = {"outcome": "HANG (killed)", "ok": False, "seconds": time.perf_counter() - start,
                   "peak_mb": float("nan")}
        row["file"] = path.name
        row["ok"] = row["ok"] and row["seconds"] <= LIMIT_SECONDS and (row["peak_mb"] or 0) <= 2048
        rows.append(row)
    return rows


def main() -> int:
    """Build the corpus if needed, run it and print the table."""
    if len(sys.argv) > 1:
        corpus = Path(sys.argv[1])
    else:
        from tests.data.hostile.make_corpus import build

        corpus = Path(tempfile.mkdtemp(prefix="hostile_"))
        build(corpus)
    rows = run(corpus)
    print("| file | outcome | seconds | peak MB |\n|---|---|---:|---:|")
    for row in rows:
        flag = "" if row["ok"] else " **FAIL**"
        print(f"| {row['file']} | {row['outcome'][:110]}{flag} | {row['seconds']:.2f} | {row['peak_mb']:.0f} |")
    failures = [r for r in rows if not r["ok"]]
    print(f"\n{len(rows)} files, {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        raise SystemExit(main())
