"""Benchmarks: a survey beside the CSPS 2024 national figures or a benchmark of the user's own.

    from feedback_gui.core.insight.benchmarks import compare_with_benchmark
    comparison = compare_with_benchmark(survey, "csps-2024-probation", project=project)

Modules: :mod:`.sets` (loading figures), :mod:`.matching` (pairing wordings), :mod:`.decisions` (the user's
confirmations in the project), :mod:`.measures` (what to count), :mod:`.significance` (the tests),
:mod:`.wording` (sentences) and :mod:`.compare` (putting them together).
"""

from feedback_gui.core.insight.benchmarks.compare import (
    BenchmarkComparison,
    BenchmarkItem,
    Unmatched,
    compare_with_benchmark,
)
from feedback_gui.core.insight.benchmarks.decisions import (
    BenchmarkDecisions,
    forget_benchmark_decision,
    record_benchmark_decision,
)
from feedback_gui.core.insight.benchmarks.sets import BUILT_IN, OGL, BenchmarkRow, BenchmarkSet, load_benchmark

__all__ = ["BUILT_IN", "OGL", "BenchmarkComparison", "BenchmarkDecisions", "BenchmarkItem", "BenchmarkRow",
           "BenchmarkSet", "Unmatched", "compare_with_benchmark", "forget_benchmark_decision", "load_benchmark",
           "record_benchmark_decision"]
