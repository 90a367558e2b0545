"""The Comments panel's edits: relabelling the selected comment, the codebook editor, adopting a proposed theme.

:class:`CommentsEditing` is mixed into :class:`~feedback_gui.gui.comments.panel.CommentsPanel` (it uses the
panel's widgets and ``session``). Every edit goes through the
:class:`~feedback_gui.gui.comments.session.CommentsSession`, which saves it in the project and puts it on the
undo stack; the panel shows the result when the session says so (``relabelled``, ``analysed``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QListWidgetItem

from feedback_gui.core.comments import LABELS, Codebook
from feedback_gui.core.errors import FeedbackError
from feedback_gui.gui.comments.codebook import CodebookDialog
from feedback_gui.gui.comments.describe import selected_text, summary_text
from feedback_gui.gui.comments.dialogs import ask_theme_name, edit_codebook
from feedback_gui.gui.describe import plural
from feedback_gui.gui.messages import show_message


class CommentsEditing:
    """Relabelling comments, editing the codebook, and the proposed themes with their adoption."""

    # --- the selected comment ------------------------------------------------------------------
    def _relabelled(self, index: int) -> None:
        analysis = self.session.analysis
        if analysis is None:
            return
        self.summary.setText(summary_text(analysis, len(self.session.chosen_questions())))
        self.themes.model.set_analysis(analysis)
        self._apply_filter(relabelled=index)
        self.updated.emit()

    def _show_selected(self) -> None:
        index = self.table.current_comment()
        analysis = self.session.analysis
        comment = analysis.comments[index] if analysis is not None and index is not None else None
        self.relabel_box.setEnabled(comment is not None)
        if comment is None:
            self.selected_note.setText("Select a comment to relabel its sentiment (or press F2 on its sentiment).")
            return
        self.relabel_box.setCurrentIndex(LABELS.index(comment.sentiment.label))
        self.selected_note.setText(selected_text(comment, self.session.analysers_label(index)))

    def relabel_selected(self, label: str | None) -> bool:
        """Give the selected comment a sentiment label (None: the analyser's own)."""
        index = self.table.current_comment()
        return index is not None and self.session.relabel(index, label)

    # --- codebook and proposed themes ----------------------------------------------------------
    def open_codebook_editor(self) -> CodebookDialog:
        """Open the codebook editor on the codebook in use (non-blocking); OK saves it in the project."""
        self.codebook_dialog = edit_codebook(self, self.session.codebook_in_use(), self.session.set_codebook)
        return self.codebook_dialog

    def _fill_discovered(self) -> None:
        analysis = self.session.analysis
        self.discovered.clear()
        for found in analysis.discovered if analysis else ():
            item = QListWidgetItem(f"{', '.join(found.terms[:4])} · {plural(found.count, 'comment')}", self.discovered)
            item.setToolTip(f"Proposed from comments no theme matched: {', '.join(found.terms)}. Enter lists them.")
        has = self.discovered.count() > 0
        self.discovered_note.setText("Proposed from the comments no theme matched. Choose one to list its comments."
                                     if has else "None: too few comments are left without a theme.")
        self.adopt_button.setEnabled(False)

    def _discovered_moved(self, row: int) -> None:
        self.adopt_button.setEnabled(row >= 0)
        if row >= 0:
            self.choose_discovered(row)

    def adopt_selected(self, name: str | None = None) -> QInputDialog | Codebook | None:
        """Make the selected proposed theme a theme: with ``name``, at once; else ask (name suggested)."""
        row = self.discovered.currentRow()
        analysis = self.session.analysis
        if analysis is None or not 0 <= row < len(analysis.discovered):
            return None
        if name:
            return self._adopt(row, name)
        self.adopt_dialog = ask_theme_name(self, analysis.discovered[row], lambda text: self._adopt(row, text))
        return self.adopt_dialog

    def _adopt(self, row: int, name: str) -> Codebook | None:
        if not name.strip():
            return None
        try:
            return self.session.adopt(row, name.strip())
        except FeedbackError as exc:
            show_message(self.window(), "Cannot adopt the theme", str(exc))
            return None


__all__ = ["CommentsEditing"]
