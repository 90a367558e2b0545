"""Build the briefing pack in one call: a PowerPoint deck or a Word report, chosen by the file's extension.

    result = build_briefing(survey, "Staff survey 2024.pptx", by="What is your grade?", waves=comparison)

Long work reports ``progress(fraction)``; a progress function that raises
:class:`~feedback_gui.core.errors.Cancelled` stops the build, and no file (not even a half-written one)
is left behind. Problems the user can fix raise :class:`~feedback_gui.core.errors.FeedbackError` with a
one-line reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.export.context import ExportContext
from feedback_gui.core.export.saving import check_target, write_atomically
from feedback_gui.core.export.sources import as_dict, comments_dict, find_question
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.core.report.benchmark import BenchmarkComparison
from feedback_gui.core.report.content import briefing_content, is_user_voice
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import CATEGORICAL_TYPES, QuestionType, Survey

FORMATS = {".pptx": "PowerPoint", ".docx": "Word"}


@dataclass(frozen=True)
class BriefingResult:
    """What was written: the file, its format, how many native charts (deck) or pictures (document)."""

    path: Path
    format: str  # "PowerPoint" or "Word"
    charts: int
    sections: tuple[str, ...]
    user_voice: bool
    suppressed: dict[str, list[str]]
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"path": str(self.path), "format": self.format, "charts": self.charts, "sections": list(self.sections),
                "user_voice": self.user_voice, "suppressed": {k: list(v) for k, v in self.suppressed.items()},
                "notes": list(self.notes)}


def briefing_format(path: str | Path) -> str:
    """"PowerPoint" or "Word" from the file's extension, or a FeedbackError."""
    path = Path(path)
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        raise FeedbackError(f"{path.name}: a briefing is written to a file ending in .pptx (PowerPoint) or .docx "
                            "(Word)") from None


def _analysed(survey: Survey, redact: bool, progress: ProgressFn) -> object:
    """The comments analysed as the Excel export analyses them, without theme discovery (the pack shows the
    codebook's themes only)."""
    from feedback_gui.core.comments import analyse_comments
    from feedback_gui.core.comments.inputs import codebook_for, comment_inputs

    inputs = comment_inputs(survey)
    return analyse_comments(inputs, codebook_for(survey, inputs), redact=redact, discover=False, progress=progress)


def build_briefing(
    survey: Survey,
    path: str | Path,
    *,
    by: str | None = None,
    waves: object = None,
    benchmark: BenchmarkComparison | dict | None = None,
    comments: object = None,
    title: str | None = None,
    redact: bool = True,
    settings: AnalysisSettings = DEFAULT_SETTINGS,
    progress: ProgressFn = no_progress,
) -> BriefingResult:
    """Write the briefing for ``survey`` to ``path`` (.pptx or .docx) and say what was written.

    ``by`` names the demographic for the breakdown (id or text); ``waves`` is a waves comparison (the
    result of ``compare_waves(old, survey)`` or its dict); ``benchmark`` a benchmark comparison;
    ``comments`` the comments analysis the app already holds (analysed here when None); ``redact`` as
    the Excel export's redaction setting.
    """
    path = Path(path)
    kind = briefing_format(path)
    check_target(path)
    ctx = ExportContext(survey, settings, headlines(survey, settings, sub_progress(progress, 0.0, 0.1)), redact=redact)
    if by is not None:
        ctx.by = find_question(survey, by)
        if ctx.by.type not in CATEGORICAL_TYPES:
            raise FeedbackError(f"cannot break down by {ctx.by.text!r}: it is {ctx.by.type.replace('_', ' ')}, "
                                "not a question with a set of answers")
    if comments is None and survey.of_type(QuestionType.FREE_TEXT):
        comments = _analysed(survey, redact, sub_progress(progress, 0.1, 0.6))
    if comments is not None:
        ctx.comments = comments_dict(survey, comments, redact=redact, progress=sub_progress(progress, 0.1, 0.6))
    ctx.waves = as_dict(waves)
    progress(0.6)
    content = briefing_content(ctx, user_voice=is_user_voice(survey), title=title, benchmark=benchmark,
                               progress=sub_progress(progress, 0.6, 0.7))
    written = sub_progress(progress, 0.7, 0.99)
    charts = [0]

    def write(target: Path) -> None:
        if kind == "PowerPoint":
            from feedback_gui.core.report.slides import write_pptx

            charts[0] = write_pptx(content, target, written)
        else:
            from feedback_gui.core.report.document import write_docx

            charts[0] = write_docx(content, target, written)

    write_atomically(path, write)
    progress(1.0)
    return BriefingResult(path, kind, charts[0], tuple(dict.fromkeys(s.title for s in content.sections)),
                          content.user_voice, dict(content.suppressed), content.notes)
