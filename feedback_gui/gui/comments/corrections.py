"""The user's corrections to the comment analysis: sentiment labels and the project's codebook, as undoable edits.

:class:`CommentsCorrections` is mixed into :class:`~feedback_gui.gui.comments.session.CommentsSession` (it
uses the session's ``state``, ``run``, ``analysis`` and signals). Every edit goes through two methods:
:meth:`~CommentsCorrections.set_correction` (one comment's label) and :meth:`~CommentsCorrections.set_codebook`
(the project's codebook). Both change the project through ``state.edit_project``, which puts the edit on the
undo stack; when undo or redo puts the corrections or the codebook back, they are applied again
(``state.projectRestored``). A relabel applies the changed corrections to the analysis (the comments relabelled
and their themes' counts and quotes, :class:`~feedback_gui.core.comments.relabel.Relabelling`), so it costs no
re-analysis and milliseconds on the GUI thread, then learning from the corrections is scheduled (in the
background, :mod:`~feedback_gui.gui.comments.learner`); a codebook edit analyses again.
"""

from __future__ import annotations

from functools import partial

from feedback_gui.core.comments import Codebook, comment_key
from feedback_gui.core.errors import FeedbackError
from feedback_gui.gui.comments.arrays import relabelled_index

CORRECTIONS, CODEBOOK = "sentiment_corrections", "codebook"  # the parts of the project edited here


def _write_correction(corrections: dict[str, str], key: str, label: str | None) -> None:
    if label is None:
        corrections.pop(key, None)
    else:
        corrections[key] = label


class CommentsCorrections:
    """Relabels and codebook edits (undoable), and the conveniences built on them."""

    # --- edits (undoable) ------------------------------------------------------------------------
    def correction(self, key: str) -> str | None:
        """The user's label for the comment with this key, if any."""
        return self.state.project.sentiment_corrections.get(key)

    def set_correction(self, key: str, label: str | None) -> None:
        """Edit: the user's label for one comment (None: back to the analyser's). Saved in the project."""
        corrections = self.state.project.sentiment_corrections
        if corrections.get(key) == label:
            return
        text = f"label a comment {label}" if label is not None else "put back the analyser's label of a comment"
        self.state.edit_project(text, CORRECTIONS, partial(_write_correction, corrections, key, label))
        self._reapply_corrections()

    def set_codebook(self, codebook: Codebook | None, text: str = "") -> None:
        """Edit: the project's own codebook (None: none, back to the automatic one). Analyses again.

        ``text`` names the edit in Edit → Undo (default: "edit the codebook").
        """
        data = codebook.to_dict() if codebook is not None else None
        text = text or ("edit the codebook" if codebook is not None else "remove the project's codebook")
        self.state.edit_project(text, CODEBOOK, lambda: setattr(self.state.project, "codebook", data))
        self._codebook_changed()

    def _codebook_changed(self) -> None:
        self.codebook_choice = self._saved_codebook_choice()
        self.choicesChanged.emit()
        self.refresh()

    def _reapply_corrections(self) -> None:
        """Show the analysis with the project's corrections as they are now (no analysing again), then learn
        from them in the background."""
        relabelling = self.relabelling()
        if relabelling is None:
            return
        old = self.analysis
        self.analysis, changed = relabelling.with_corrections(self.state.project.sentiment_corrections)
        if old is not None and self.analysis is not old:
            relabelled_index(old, self.analysis, changed)  # the table's arrays follow, not built again
        self.state.set_analysis("comments", self.analysis)
        self.relabelled.emit(min(changed, default=-1))
        self.schedule_learning()

    def _project_restored(self, part: str) -> None:
        if part == CORRECTIONS:
            self._reapply_corrections()
        elif part == CODEBOOK:
            self._codebook_changed()

    # --- conveniences built on the edits -------------------------------------------------------
    def relabel(self, index: int, label: str | None) -> bool:
        """Give comment ``index`` the label (None, or the label it has without the user's, removes the correction).

        The label it has without the user's is the analyser's, or the one learning gave it: a label that keeps
        the analyser's against learning is a correction too.
        """
        relabelling = self.relabelling()
        if relabelling is None or not 0 <= index < len(relabelling.base.comments):
            return False
        comment = relabelling.base.comments[index]
        if not comment.answered:
            return False
        key = comment_key(comment.row, comment.question)
        self.set_correction(key, None if label in (None, comment.sentiment.label) else label)
        return True

    def analysers_label(self, index: int) -> str | None:
        """The analyser's own label of comment ``index`` (before any correction)."""
        if self.run is None or not 0 <= index < len(self.run.analysis.comments):
            return None
        return self.run.analysis.comments[index].sentiment.label

    def adopt(self, discovered: int, name: str) -> Codebook:
        """Add proposed theme ``discovered`` to the codebook as ``name``, its top terms as keywords."""
        if self.analysis is None:
            raise FeedbackError("there is no analysis to adopt a theme from")
        found = self.analysis.discovered[discovered]
        codebook = self.codebook_in_use().add_theme(name, found.terms)
        self.set_codebook(codebook, f"add the theme “{name}”")
        return codebook


__all__ = ["CODEBOOK", "CORRECTIONS", "CommentsCorrections"]
