"""The Comments panel's background work: analyse the comments (core), apply the user's labels, learn from them
(:mod:`~feedback_gui.gui.comments.learn_run`) and draw the word cloud.

Runs on a worker thread, so it touches no Qt. The cloud's terms remember the *indices* of the comments
that use them (not respondent rows), so a click on a word selects exactly those comments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from feedback_gui.core.comments import (
    Codebook,
    CommentAnalysis,
    CommentInput,
    RenderedCloud,
    WordCloudData,
    analyse_comments,
    cloud_terms,
    render_cloud,
)
from feedback_gui.core.comments.inputs import codebook_for
from feedback_gui.core.comments.relabel import Relabelling
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.core.survey import Survey
from feedback_gui.gui.comments.arrays import filter_index
from feedback_gui.gui.comments.learn_run import Learned, learn

CLOUD_SIZE = (900, 470)  # the word cloud's layout in pixels (drawn cloud_scale times larger, then scaled to fit)
CLOUD_WORDS = 45


@dataclass(frozen=True)
class CommentsRun:
    """One background run: the analysis without user labels, and the word cloud of its answered comments."""

    analysis: CommentAnalysis
    cloud: WordCloudData  # each term's "rows" are indices into analysis.comments
    picture: RenderedCloud
    relabelling: Relabelling  # the analysis with the user's labels, a relabel costing milliseconds
    learned: Learned | None = None  # with learning from the user's labels (None: no labels, or learning off)


def run_comments(inputs: Sequence[CommentInput], codebook: Codebook | None, survey: Survey, redact: bool = True,
                 corrections: Mapping[object, str] | None = None, progress: ProgressFn = no_progress,
                 cloud_scale: float = 1.0, learning: bool = True) -> CommentsRun:
    """Analyse comments (with ``codebook``, or the built-in one that suits the survey), apply the user's labels
    (``corrections``, a copy the window does not change meanwhile), learn from them (unless ``learning`` is
    False) and draw the cloud, ``cloud_scale`` times :data:`CLOUD_SIZE` (the screen's device pixel ratio: sharp
    at 150% and 200%)."""
    if codebook is None:
        codebook = codebook_for(survey, inputs)
    learns = bool(corrections) and learning
    analysis = analyse_comments(inputs, codebook, redact=redact,
                                progress=sub_progress(progress, 0.0, 0.7 if learns else 0.85))
    answered = [(i, c) for i, c in enumerate(analysis.comments) if c.answered]
    cloud = cloud_terms([c.text for _, c in answered], [c.sentiment.compound for _, c in answered],
                        [i for i, _ in answered])
    relabelling = Relabelling(analysis, corrections)
    learned = learn(analysis, corrections or {}, progress=sub_progress(progress, 0.72, 0.88)) if learns else None
    if learned is None:  # the table's filter and sort arrays, built here, not on the GUI thread (learn builds
        index = filter_index(relabelling.analysis)  # those of the analysis it shows)
        index.orders()
        index.keys()
    progress(0.9)
    picture = render_cloud(cloud, width=CLOUD_SIZE[0], height=CLOUD_SIZE[1], max_words=CLOUD_WORDS, scale=cloud_scale)
    progress(1.0)
    return CommentsRun(analysis, cloud, picture, relabelling, learned)


__all__ = ["CLOUD_SIZE", "CLOUD_WORDS", "CommentsRun", "run_comments"]
