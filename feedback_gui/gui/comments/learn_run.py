"""Learning from the user's corrections, in the background: the comments like those relabelled scored again.

Runs on a worker thread, so it touches no Qt. :func:`learn` asks the core
(:func:`~feedback_gui.core.comments.learning.rescore_with_corrections`) to re-score the analysis *without*
the user's labels with the project's corrections weighted in, and returns a
:class:`~feedback_gui.core.comments.relabel.Relabelling` whose base is that analysis with the labels learning
moved (and none of the user's): the next relabels apply to it in milliseconds, and the learned labels stay
while the next learning run works. Nothing is written anywhere: the corrections are read from a copy.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from feedback_gui.core.comments import CommentAnalysis
from feedback_gui.core.comments.learning import rescore_with_corrections
from feedback_gui.core.comments.relabel import Relabelling
from feedback_gui.core.comments.sentiment import LABELS
from feedback_gui.core.comments.summaries import summarise_themes
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.gui.comments.arrays import FilterIndex, filter_index


@dataclass(frozen=True)
class Learned:
    """One learning run: what it learned from, and the analysis to show with the labels it moved."""

    corrections: Mapping[str, str]  # the project's corrections it used (a copy)
    relabelling: Relabelling  # base: the analyser's labels with learning's moves; .analysis: with the user's labels
    changed: tuple[int, ...]  # comments (indices) whose label learning moved (not those the user labelled)
    examples: int  # the user's corrections that matched a comment of the analysis
    index: FilterIndex  # the table's arrays of relabelling.analysis, built here, not on the GUI thread
    learning: bool = True  # False: learning was off, the labels are the analyser's and the user's

    @property
    def analysis(self) -> CommentAnalysis:
        """The analysis to show: learning's labels and the user's."""
        return self.relabelling.analysis


def learn(analysis: CommentAnalysis, corrections: Mapping[str, str], *, learning: bool = True,
          progress: ProgressFn = no_progress) -> Learned:
    """Re-score ``analysis`` (the analyser's, without the user's labels) with ``corrections`` weighted in
    (``learning`` False: the user's labels only). Raises ``Cancelled`` through ``progress``."""
    kept: dict[object, str] = {key: label for key, label in corrections.items()}
    base, changed, examples = analysis, tuple[int, ...](), 0
    if learning and kept:
        rescored = rescore_with_corrections(analysis, kept, progress=sub_progress(progress, 0.0, 0.75))
        changed, examples = rescored.changed, rescored.examples
        if changed:
            comments = list(analysis.comments)
            for i in changed:
                comments[i] = rescored.analysis.comments[i]
            base = replace(analysis, comments=tuple(comments))  # counts and themes: see below
    progress(0.8)
    relabelling = Relabelling(base, kept)
    if relabelling.analysis is base and base is not analysis:  # no user label shows: the base itself is shown
        counts = dict.fromkeys(LABELS, 0)
        for c in base.comments:
            counts[c.sentiment.label] += c.answered
        base = replace(base, themes=summarise_themes(base.comments, base.codebook), sentiment_counts=counts)
        relabelling = Relabelling(base, kept)
    progress(0.9)
    index = filter_index(relabelling.analysis)
    index.orders()
    index.keys()
    progress(1.0)
    return Learned(dict(corrections), relabelling, tuple(changed), examples, index, learning)


__all__ = ["Learned", "learn"]
