"""Benchmarks in the app: the benchmark chosen for the open survey, its comparison, the chooser and the review
of matches. A shared package, not a panel: the Overview, the Questions panel, the export dialogs (and the
Insight panel) read the comparison the same way.

- :mod:`.session`: :class:`BenchmarkSession` (one per state, :func:`benchmark_session`) holds the choice (in the
  project, undoable), runs the comparison in the background and puts it in the state:
  ``state.analysis("benchmark")`` is the core's ``BenchmarkComparison`` or None, announced by
  ``state.analysisChanged("benchmark")``.
- :mod:`.chooser`: the "Compare with:" combo box and its "Review matches…" button; :mod:`.menu`: Survey →
  Benchmark; :mod:`.review` (with :mod:`.models`): confirm, reject or pair matches by hand, undoably.
- :mod:`.describe`: the words shown with benchmark figures (differences, match status, the source line with its
  Open Government Licence attribution).
"""

from feedback_gui.gui.benchmark.session import ANALYSIS_KEY, BenchmarkSession, benchmark_session

__all__ = ["ANALYSIS_KEY", "BenchmarkSession", "benchmark_session"]
