"""Who answered: one card per characteristic with a table, a chart (respondents against the population) and
the inspectorate-style findings. Every chart turns into a table of the same numbers with one key (T on the
chart, or Alt+T anywhere in the panel).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.analysis.breakdown import NOT_STATED
from feedback_gui.core.analysis.wording import confidence_text
from feedback_gui.core.equality.report import Representativeness
from feedback_gui.core.equality.representation import IN_LINE, Representation
from feedback_gui.gui import sizing, style
from feedback_gui.gui.equality.models import RepresentationModel
from feedback_gui.gui.equality.widgets.share_chart import ShareChart, headline
from feedback_gui.gui.widgets.reflow import ReflowRow


def muted_label(text: str, parent: QWidget, points: float = -1) -> QLabel:
    """A wrapped label in the secondary text colour."""
    return style.mute(QLabel(text, parent), points)


def fit_table(table: QTableView, width: bool = False, first_column_limit: int = 0) -> None:
    """Make a table exactly as tall as its rows (and, with ``width``, at least as wide as its columns, the first
    column elided beyond ``first_column_limit`` pixels)."""
    rows = table.model().rowCount()
    height = table.horizontalHeader().sizeHint().height() + sum(table.rowHeight(r) for r in range(rows))
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)
    if width:
        header = table.horizontalHeader()
        sizes = [max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) + 4
                 for c in range(table.model().columnCount())]
        if first_column_limit and sizes and sizes[0] > first_column_limit:
            sizes[0] = first_column_limit
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(0, first_column_limit)
        table.setMinimumWidth(sum(sizes) + 2 * table.frameWidth() + 2)


def rule_text(confidence: float = 0.95) -> str:
    """When a group is flagged, naming the confidence level of the respondents' interval."""
    return (f"A group is under- or over-represented when the population's share lies outside the "
            f"{confidence_text(confidence)} interval of the respondents' share (Wilson). Respondents' shares are of "
            "those whose answer belongs to a group of the reference.")


def compared_note(value: Representation) -> str:
    """Who is compared on a characteristic, and who is not (the tooltip of "… respondents compared")."""
    left_out = [f"{n:,} did not say." if a == NOT_STATED else f"{n:,} answered “{a}”, which is no group of the "
                "reference." for a, n in value.not_compared]
    return " ".join([f"{value.base:,} of {value.respondents:,} respondents gave an answer that is a group of the "
                     "reference, and are compared.", *left_out, *(["They are not compared."] if left_out else [])])


class CharacteristicCard(QFrame):
    """One characteristic: title, test summary, table beside chart, findings and notes."""

    def __init__(self, value: Representation, population: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setObjectName("detailBox")
        title = QLabel(value.characteristic, self)
        title.setFont(style.scaled_font(2, bold=True))
        asked = muted_label(f"Asked as “{value.question_text}” · {value.base:,} of {value.respondents:,} "
                            "respondents compared", self)
        asked.setToolTip(compared_note(value))
        self.summary = QLabel(value.summary, self)
        self.summary.setWordWrap(True)
        self.model = RepresentationModel(self)
        self.model.set_representation(value, population)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(f"{value.characteristic}: who answered")
        self.table.setAccessibleDescription(value.summary)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 12)
        limit = self.table.fontMetrics().horizontalAdvance("Community order") + 24  # longer groups are elided
        fit_table(self.table, width=True, first_column_limit=limit)
        self.chart = ShareChart(self)
        self.findings = QLabel(self)
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.setAccessibleName(f"{value.characteristic} findings")
        lines = [g.finding for g in value.groups if g.flag != IN_LINE]
        self.findings.setText("\n".join(f"• {line}" for line in lines))
        self.findings.setVisible(bool(lines))
        self.notes = muted_label("\n".join(value.notes), self)
        self.notes.setVisible(bool(value.notes))
        self.chart.set_representation(value, population)
        row = ReflowRow(self, spacing=18)  # table beside chart, or the chart under the table in a narrow pane
        for widget in (self.table, self.chart):
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.chart.setMinimumWidth(sizing.em(12))
        row.add(self.table, 3)
        row.add(self.chart, 2)
        self.row = row
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 14)
        layout.setSpacing(6)
        for widget in (title, asked, self.summary):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addWidget(row)
        layout.addWidget(self.findings)
        layout.addWidget(self.notes)


class ProfileView(QScrollArea):
    """Every matched characteristic's card; protected characteristics first."""

    toggleRequested = Signal()  # T pressed on a chart or its table

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[CharacteristicCard] = []
        self.tables_shown = False
        self.setObjectName("detailScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        body.setObjectName("cardGrid")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 10, 10, 12)
        self.body.setSpacing(14)
        self.message = QLabel(body)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Who answered")
        self.unmatched = muted_label("", body)
        self.rule = muted_label(rule_text(), body)
        self.body.addWidget(self.message)
        self.body.addWidget(self.unmatched)
        self.body.addWidget(self.rule)
        self.body.addStretch(1)
        self.setWidget(body)

    def set_profile(self, profile: Representativeness | None, message: str = "") -> None:
        """Show a representativeness result, or a message instead."""
        for card in self.cards:
            self.body.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self.message.setText(message)
        self.message.setVisible(bool(message))
        shown = sorted(profile.characteristics, key=lambda r: r.protected is None) if profile else []
        for i, value in enumerate(shown):
            card = CharacteristicCard(value, profile.population, self.widget())  # type: ignore[union-attr]
            card.chart.show_table(self.tables_shown)
            card.chart.toggleRequested.connect(self.toggleRequested)
            self.cards.append(card)
            self.body.insertWidget(1 + i, card)
        if profile is not None and not shown:
            self.message.setText(f"No characteristic of {profile.source} matches a question of this survey.")
            self.message.setVisible(True)
        self.rule.setVisible(bool(shown))
        if shown and shown[0].groups:
            self.rule.setText(rule_text(shown[0].groups[0].confidence))
        widest = max((c.table.minimumWidth() for c in self.cards), default=0)
        for card in self.cards:  # tables line up from card to card
            card.table.setFixedWidth(widest)
        # the tables cannot reflow: the pane is never narrower than they need (the charts go under them first)
        least = max((c.minimumSizeHint().width() for c in self.cards), default=0)
        margins = self.body.contentsMargins()
        self.setMinimumWidth(least + margins.left() + margins.right() + self.verticalScrollBar().sizeHint().width()
                             + 2 * self.frameWidth() if least else 0)
        unmatched = profile.unmatched if profile else ()
        self.unmatched.setText(f"Not compared (no survey question matches): {', '.join(unmatched)}." if unmatched
                               else "")
        self.unmatched.setVisible(bool(unmatched))

    def card(self, characteristic: str) -> CharacteristicCard:
        """The card of a characteristic (case ignored)."""
        return next(c for c in self.cards if c.value.characteristic.casefold() == characteristic.casefold())

    def show_tables(self, on: bool) -> None:
        """Show every chart as a table (or as a chart again)."""
        self.tables_shown = on
        for card in self.cards:
            card.chart.show_table(on)


__all__ = ["CharacteristicCard", "ProfileView", "ShareChart", "headline"]
