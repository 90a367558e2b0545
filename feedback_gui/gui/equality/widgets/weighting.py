"""Weighting: choose one to three characteristics (and an optional cap); see weighted headlines beside the
unweighted ones with the effective sample size, always labelled "Weighted", and how the weights match.

Every check box has a mnemonic (a letter no other control of the panel or the menu bar uses, see
:func:`~feedback_gui.gui.mnemonics.with_mnemonics`), and the tab order follows the reading order: the boxes, the
cap, the tables.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.equality.phrases import and_list, lower_name
from feedback_gui.core.equality.report import EqualityReport
from feedback_gui.core.equality.weighting import MAX_VARIABLES, POST_STRATIFICATION
from feedback_gui.gui import describe, style
from feedback_gui.gui.equality.models import MarginModel, WeightedModel
from feedback_gui.gui.equality.widgets.profile import fit_table, muted_label
from feedback_gui.gui.mnemonics import mnemonic_letter, with_mnemonics  # (shared: kept importable here)

EXPLAIN = ("Weighting makes the respondents' profile match the reference, so each group counts as much as its share "
           "of the population. Weighted figures are estimates: report them beside the unweighted figures, say they "
           "are weighted, and give the effective sample size (how many unweighted respondents the weighted "
           "figures are worth).")


def _table(model: object, name: str, parent: QWidget) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)  # type: ignore[arg-type]
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class WeightingView(QScrollArea):
    """The weighting choice and its weighted headlines."""

    choiceChanged = Signal(list, object)  # characteristic names, cap (float or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("cardGrid")
        self.setAccessibleName("Weighting")
        self.boxes: list[QCheckBox] = []
        self.names: list[str] = []  # each box's characteristic (its text has a mnemonic)
        self.reserved: set[str] = set()  # mnemonics the rest of the window uses (set by the panel)
        self.explain = muted_label(EXPLAIN, body, 0)
        self.choices = QHBoxLayout()
        self.choices.setSpacing(14)
        self.choices.addWidget(QLabel("Weight by (up to three):", body))
        self.choices.addStretch(1)
        self.cap = QDoubleSpinBox(body)
        self.cap.setRange(1.0, 20.0)
        self.cap.setSingleStep(0.5)
        self.cap.setDecimals(1)
        self.cap.setSpecialValueText("no cap")
        self.cap.setSuffix(" × average")
        self.cap.setAccessibleName("Cap weights at")
        self.cap.setAccessibleDescription("No weight may exceed this multiple of the average weight")
        self.cap.valueChanged.connect(self._changed)
        self.cap_label = cap_label = QLabel("&Cap weights at:", body)
        cap_label.setBuddy(self.cap)
        self.choices.addWidget(cap_label)
        self.choices.addWidget(self.cap)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.summary.setFont(style.scaled_font(1, bold=True))
        self.summary.setAccessibleName("Weighting summary")
        self.notes = muted_label("", body)
        self.model = WeightedModel(self)
        self.table = _table(self.model, "Weighted headlines beside unweighted", body)
        self.table.setWordWrap(False)
        self.margins_title = QLabel("How the weights match the reference", body)
        self.margins_title.setFont(style.scaled_font(0.5, bold=True))
        self.margin_model = MarginModel(self)
        self.margins = _table(self.margin_model, "Weighting margins", body)
        self.margins.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.margins.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 10, 12)
        layout.setSpacing(10)
        layout.addWidget(self.explain)
        layout.addLayout(self.choices)
        for widget in (self.message, self.summary, self.notes, self.table, self.margins_title, self.margins):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft if widget is self.margins else Qt.AlignmentFlag(0))
        layout.addStretch(1)
        self.setWidget(body)
        self._order_tabs()
        self.set_result(None, "")

    def set_options(self, names: Sequence[str], chosen: Sequence[str], cap: float | None) -> None:
        """Offer these characteristics to weight by, with ``chosen`` ticked (no signal is emitted).

        The boxes are kept when the names are the same, so keyboard focus stays where it was."""
        if self.names != list(names):
            for box in self.boxes:
                self.choices.removeWidget(box)
                box.deleteLater()
            self.boxes, self.names = [], list(names)
            texts = with_mnemonics(names, self.reserved | {mnemonic_letter(self.cap_label.text()) or ""})
            for i, (name, text) in enumerate(zip(names, texts, strict=True)):
                box = QCheckBox(text, self.widget())
                box.setAccessibleName(name)
                box.setAccessibleDescription(f"Weight the respondents to the reference's {lower_name(name)} profile")
                box.toggled.connect(self._changed)
                self.boxes.append(box)
                self.choices.insertWidget(1 + i, box)
            self._order_tabs()
        wanted = {c.casefold() for c in chosen}
        for box, name in zip(self.boxes, self.names, strict=True):
            box.blockSignals(True)
            box.setChecked(name.casefold() in wanted)
            box.blockSignals(False)
        self.cap.blockSignals(True)
        self.cap.setValue(cap or 1.0)
        self.cap.blockSignals(False)
        self._limit()

    def chosen(self) -> list[str]:
        """The ticked characteristics, in order."""
        return [name for box, name in zip(self.boxes, self.names, strict=True) if box.isChecked()]

    def box(self, name: str) -> QCheckBox:
        """The check box of a characteristic (case ignored); KeyError if there is none."""
        for box, known in zip(self.boxes, self.names, strict=True):
            if known.casefold() == name.casefold():
                return box
        raise KeyError(name)

    def cap_value(self) -> float | None:
        """The weight cap, or None."""
        return None if self.cap.value() <= 1.0 else self.cap.value()

    def set_result(self, report: EqualityReport | None, message: str) -> None:
        """Show a report's weighting (or a message instead)."""
        weights = report.weights if report else None
        self.message.setText(message)
        self.message.setVisible(bool(message))
        for widget in (self.summary, self.notes, self.table, self.margins_title, self.margins):
            widget.setVisible(weights is not None)
        if report is None or weights is None:
            self.model.set_headlines([])
            self.margin_model.set_margins([])
            return
        method = "post-stratification" if weights.method == POST_STRATIFICATION else "raking"
        values = weights.weights
        self.summary.setText(
            f"Weighted by {and_list([lower_name(c) for c in weights.characteristics])} ({method}): effective "
            f"sample size {weights.effective_sample_size:.1f} of {describe.plural(report.respondents, 'respondent')}"
            f"; weights from {min(values):.2f} to {max(values):.2f}.")
        self.summary.setToolTip(
            f"The weighted figures are worth about {weights.effective_sample_size:.1f} unweighted respondents "
            f"(Kish's effective sample size) of the {describe.plural(report.respondents, 'respondent')}. Each "
            "weighted figure counts only the respondents relevant to its question; hover over a row for its "
            "numerator, denominator and the answers left out.")
        self.notes.setText("\n".join(weights.notes))
        self.notes.setVisible(bool(weights.notes))
        self.model.set_headlines(report.weighted)
        self.margin_model.set_margins(weights.margins)
        fit_table(self.table)
        fit_table(self.margins, width=True)
        self.margins.setMaximumWidth(self.margins.minimumWidth())

    def tab_stops(self) -> list[QWidget]:
        """The view and its controls in reading order: the boxes left to right, the cap, then the tables."""
        return [self, *self.boxes, self.cap, self.table, self.margins]

    def _order_tabs(self) -> None:
        chain = self.tab_stops()
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _limit(self) -> None:
        full = len(self.chosen()) >= MAX_VARIABLES
        for box in self.boxes:
            box.setEnabled(box.isChecked() or not full)

    def _changed(self) -> None:
        self._limit()
        self.choiceChanged.emit(self.chosen(), self.cap_value())


__all__ = ["WeightingView", "mnemonic_letter", "with_mnemonics"]
