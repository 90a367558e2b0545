"""Which comments the Comments panel lists: the filter its choices build, applied to the comment table.

:class:`CommentsListing` is mixed into :class:`~feedback_gui.gui.comments.panel.CommentsPanel` (it uses the
panel's widgets, ``session`` and ``filter``). Choosing a theme, a sentiment, a word of the cloud or a proposed
theme, the least confident or the comments learning changed, or typing a search, changes the filter
(:class:`~feedback_gui.gui.comments.filter.CommentFilter`); the table, the filter bar's counts, the note under
it and the quotes then show what passes it, and the selected comment stays selected while it is listed.
The least confident are listed least sure first (the table sorted by its Confidence column).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from feedback_gui.gui.comments.filter import (
    CommentFilter,
    answered_count,
    describe_filter,
    theme_counts,
    unreviewed_count,
    visible_indices,
)
from feedback_gui.gui.comments.layout import LEAST_CERTAIN_PAGE
from feedback_gui.gui.comments.models import CommentTableModel


class CommentsListing:
    """Filtering the comment table by theme, sentiment, word of the cloud, proposed theme and search."""

    def set_filter(self, chosen: CommentFilter) -> None:
        """Show the comments that pass ``chosen``."""
        self.filter = chosen
        self._apply_filter()

    def _apply_filter(self, relabelled: int | None = None) -> None:
        analysis = self.session.analysis
        keep = self.table.current_comment()
        keep_row = self.table.currentIndex().row()
        self.table_model.original = self.session.analysers_label
        # a relabel (or learning) changes which comments pass the filter only through their sentiment, whether
        # the user labelled them and whether learning moved them
        chosen, corrections = self.filter, self.session.state.project.sentiment_corrections
        same_filter = relabelled is not None and not (chosen.sentiment or chosen.least_certain or chosen.learned)
        indices = None if same_filter else visible_indices(analysis, chosen, corrections)
        if relabelled is not None and analysis is not None and (indices is None or self._same_comments(indices)):
            self.table_model.refresh(analysis)  # the same rows: they stay where they are
            shown = self.table_model.rowCount()
        else:
            indices = indices if indices is not None else visible_indices(analysis, chosen, corrections)
            shown = len(indices)
            self.table_model.set_rows(analysis, indices)
            header = self.table.horizontalHeader()
            if header.sortIndicatorSection() >= 0:
                self.table_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        row = self.table_model.row_of(keep) if keep is not None else None
        if row is None and relabelled is not None and keep_row >= 0 and self.table_model.rowCount():
            row = min(keep_row, self.table_model.rowCount() - 1)  # the relabelled comment left: select the next
        if row is not None:
            self.table.selectRow(row)
        theme = self.filter.theme
        counts = theme_counts(analysis, theme) if analysis else {}
        self.filters.set_counts(counts, sum(counts.values()))
        self.filters.set_sentiment(self.filter.sentiment)
        total = answered_count(analysis) if analysis else 0
        unreviewed = unreviewed_count(analysis, chosen, corrections) if chosen.least_certain else None
        self.filter_note.setText(describe_filter(chosen, shown, total, unreviewed) if analysis else "")
        self.more_button.setVisible(bool(chosen.least_certain) and (unreviewed or 0) > shown)
        self.filters.set_least_certain(bool(chosen.least_certain))
        self.learning_bar.show_button.setChecked(chosen.learned)
        self.filters.clear_button.setEnabled(chosen.active)
        self.quotes.show_quotes(analysis, theme)
        self.quotes_title.setText("Quotes" if not theme or theme.startswith("\x00") else f"Quotes: {theme}")
        self._show_selected()

    def _same_comments(self, indices: list[int]) -> bool:
        """True when the table shows (in any order) exactly ``indices`` (in file order)."""
        return len(indices) == self.table_model.rowCount() and _same(indices, self.table_model.indices())

    def choose_theme(self, theme: str | None) -> None:
        """List the comments of a theme (None: every theme)."""
        if theme != self.filter.theme:
            self.themes.select(theme)
            self.set_filter(self.filter.with_(theme=theme))

    def choose_sentiment(self, label: str | None) -> None:
        """List only comments of one sentiment (None: every sentiment)."""
        self.set_filter(self.filter.with_(sentiment=label))

    def choose_word(self, term: str) -> None:
        """List the comments using a word of the cloud."""
        run = self.session.run
        if run is None:
            return
        self.cloud.canvas.chosen = term
        self.cloud.canvas.update()
        self.discovered.setCurrentRow(-1)
        self.set_filter(self.filter.without_subset().with_(
            subset=frozenset(run.cloud.rows_for(term)), subset_name=f"the word “{term}”", word=term))

    def choose_discovered(self, row: int) -> None:
        """List the comments of a proposed theme."""
        analysis = self.session.analysis
        if analysis is None or not 0 <= row < len(analysis.discovered):
            return
        found = analysis.discovered[row]
        self.cloud.choose(None)
        self.set_filter(self.filter.without_subset().with_(
            subset=frozenset(found.members), subset_name=f"the proposed theme “{', '.join(found.terms[:3])}”"))

    def choose_least_certain(self, on: bool) -> None:
        """List the comments the analyser is least sure of (a page of them, least sure first), or stop."""
        if on:
            self.table.horizontalHeader().setSortIndicator(CommentTableModel.CONFIDENCE, Qt.SortOrder.AscendingOrder)
        self.set_filter(self.filter.with_(least_certain=LEAST_CERTAIN_PAGE if on else 0))

    def show_more(self) -> None:
        """List the next page of least confident comments too, and select the first of them."""
        if not self.filter.least_certain:
            return
        first = self.table_model.rowCount()
        self.set_filter(self.filter.with_(least_certain=self.filter.least_certain + LEAST_CERTAIN_PAGE))
        if first < self.table_model.rowCount():
            self.table.selectRow(first)
            self.table.scrollTo(self.table_model.index(first, 0))

    def choose_learned(self, on: bool) -> None:
        """List only the comments learning from the corrections relabelled (or every comment again)."""
        self.set_filter(self.filter.with_(learned=on))

    def clear_filters(self) -> None:
        """Show every comment."""
        self.cloud.choose(None)
        self.discovered.setCurrentRow(-1)
        self.filters.search.blockSignals(True)
        self.filters.search.clear()
        self.filters.search.blockSignals(False)
        self.themes.select(None)
        self.set_filter(CommentFilter())


def _same(in_file_order: list[int], shown: list[int]) -> bool:
    """True when the table shows (in any order) exactly these comments (given in file order)."""
    return len(in_file_order) == len(shown) and np.array_equal(np.sort(np.asarray(shown, dtype=np.int64)),
                                                               np.asarray(in_file_order, dtype=np.int64))


__all__ = ["CommentsListing"]
