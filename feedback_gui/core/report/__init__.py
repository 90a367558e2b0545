"""The briefing pack: a PowerPoint deck with native, editable charts, or a Word report in the inspectorate's voice.

    from feedback_gui.core.report import export_briefing
    result = export_briefing(survey, "Staff survey 2024.pptx", by="What is your grade?", waves=comparison,
                             progress=report)   # or "….docx"

Modules: :mod:`.build` (the one call), :mod:`.elsewhere` (the same in a process of its own for large
surveys), :mod:`.content` with :mod:`.questions`, :mod:`.extras`, :mod:`.benchmark` and :mod:`.methods`
(what the pack says, format-neutral, in :mod:`.model`), :mod:`.wording` (the inspectorate's register),
:mod:`.chart_data` (the numbers, colours and alt text of every chart), :mod:`.deck`, :mod:`.slide_charts`
and :mod:`.slides` (PowerPoint), :mod:`.docx_parts`, :mod:`.pictures` and :mod:`.document` (Word).
python-pptx, python-docx and matplotlib load only when a pack is written.
"""

from feedback_gui.core.report.benchmark import (
    BenchmarkComparison,
    BenchmarkRow,
    compare_with_benchmark,
    from_insight,
)
from feedback_gui.core.report.build import FORMATS, BriefingResult, briefing_format, build_briefing
from feedback_gui.core.report.elsewhere import ELSEWHERE_ROWS, build_elsewhere, export_briefing

__all__ = ["ELSEWHERE_ROWS", "FORMATS", "BenchmarkComparison", "BenchmarkRow", "BriefingResult", "briefing_format",
           "build_briefing", "build_elsewhere", "compare_with_benchmark", "export_briefing", "from_insight"]
