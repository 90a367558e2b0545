"""Import benchmark (run by hand, not a test): read a national-size survey, compute every headline.

    python benchmarks/bench_import.py                 # 350,000 rows
    python benchmarks/bench_import.py 1000 10000 100000 350000

A shortcut for ``python benchmarks/run_suite.py --only import headlines --sizes ...``: for each size and
format (xlsx, csv), each in a fresh process, the fastest raw reader of the same file, read_survey and the
ratio between them (target <= 1.5), every headline (target <= 1 s), a breakdown, and the peak memory of
both readers against the loaded frame (target <= 2x). See run_suite.py for the whole suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run_suite import main  # noqa: E402

if __name__ == "__main__":
    sizes = sys.argv[1:] or ["350000"]
    raise SystemExit(main(["--only", "import", "headlines", "--sizes", *sizes]))
