"""The widgets of the Comments panel and where they sit; :class:`CommentsPanel` wires them to the analysis.

Top: title, summary and the redaction switch, then the question and codebook choosers. Left: themes (with a
table one key away) and proposed themes, a column that folds sideways to give the comments its width.
Right: the filter bar, what learning from the user's corrections did (when it has something to say), the
comment table with the relabel row, and below it the quotes of the chosen
theme beside the word cloud (with its list of words), a section that folds to its title on a short screen
so that the table shows at least eight comments. What is folded and where the splitters are is remembered
per screen (:mod:`feedback_gui.gui.layout_memory`). Every control has a mnemonic or sits in the tab order,
and an accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.comments import LABELS
from feedback_gui.gui import sizing, style
from feedback_gui.gui.comments.describe import LEGEND, NAMES, SYMBOLS, colour
from feedback_gui.gui.comments.models import CommentTableModel, sentiment_dot
from feedback_gui.gui.comments.widgets.filter_bar import CommentFilterBar
from feedback_gui.gui.comments.widgets.learning_bar import LearningBar
from feedback_gui.gui.comments.widgets.quotes import QuotesView
from feedback_gui.gui.comments.widgets.table import CommentTable
from feedback_gui.gui.comments.widgets.theme_list import ThemeListView
from feedback_gui.gui.comments.widgets.word_cloud import WordCloudView
from feedback_gui.gui.layout_memory import remember
from feedback_gui.gui.widgets.collapsible import CollapsibleSection

LEAST_CERTAIN_PAGE = 20  # "Least confident" lists this many comments, and this many more at a time
LEFT_EM = 16  # the themes side, in font heights (240 pixels with a 10-point font)
TABLE_WIDER_EM = 10  # how much wider the themes side gets while it shows the table of counts
QUOTES_FOLD_BELOW = QSize(0, 900)  # on a screen shorter than this (logical pixels), quotes and words start folded


def muted(label: QLabel, delta: float = -1) -> QLabel:
    """Secondary text: softer colour, smaller, wrapped."""
    return style.mute(label, delta)


def heading(text: str, parent: QWidget) -> QLabel:
    """A section title."""
    label = QLabel(text, parent)
    label.setFont(style.scaled_font(1, bold=True))
    return label


def shrinkable(box: QComboBox, widest: int) -> QComboBox:
    """A chooser as wide as its longest choice (up to ``widest`` pixels) when there is room, narrower when
    there is not (its choices are then cut short)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    box.setMaximumWidth(widest)
    return box


def toggle(text: str, tip: str, parent: QWidget) -> QPushButton:
    """A small checkable button that swaps a picture for its table."""
    button = QPushButton(text, parent)
    button.setCheckable(True)
    button.setAutoDefault(False)
    button.setToolTip(tip)
    button.setAccessibleDescription(tip)
    return button


def boxed(parent: QWidget, *rows: object) -> QFrame:
    """A rounded box (as the Waves panel's) holding widgets and layouts, top to bottom."""
    box = QFrame(parent)
    box.setObjectName("detailBox")
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 8, 12, 10)
    layout.setSpacing(4)
    for row in rows:
        if isinstance(row, QWidget):
            layout.addWidget(row, 1 if isinstance(row, (QuotesView, WordCloudView)) else 0)
        else:
            layout.addLayout(row)  # type: ignore[arg-type]
    return box


class CommentsLayout(QWidget):
    """Builds and places every widget of the Comments panel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("Comments", self)
        self.title.setFont(style.scaled_font(7, bold=True))
        self.summary = QLabel(self)
        self.summary.setFont(style.scaled_font(0.5))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Comments summary")
        self.question_box = QComboBox(self)
        self.question_box.setAccessibleName("Questions analysed")
        shrinkable(self.question_box, 290)
        self.codebook_box = QComboBox(self)
        self.codebook_box.setAccessibleName("Codebook of themes")
        shrinkable(self.codebook_box, 340)
        self.edit_button = QPushButton("Edit codeboo&k…", self)
        self.edit_button.setToolTip("Add, rename, merge or remove themes and edit their keywords; export or import")
        self.personal_check = QCheckBox("Show &names and contact details", self)
        self.personal_check.setToolTip("Off: names, contact details and case, PNC and prison numbers are hidden "
                                       "([NAME], [PHONE], [CASE REF] …). Turning it on asks first.")
        self.personal_check.setAccessibleDescription(self.personal_check.toolTip())
        self.status = muted(QLabel(self), 0)
        self.status.setAccessibleName("Analysis status")
        self.again_button = QPushButton("Analyse &again", self)
        self.again_button.setAutoDefault(False)
        self.again_button.hide()
        self.empty = muted(QLabel(self), 1)
        self._build_left()
        self._build_right()
        self.body = QSplitter(Qt.Orientation.Horizontal, self)
        self.body.addWidget(self.left)
        self.body.addWidget(self.right)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([sizing.em(LEFT_EM), sizing.em(50)])
        self.body.setChildrenCollapsible(False)
        remember(self.body, "comments/body")
        self._place()

    def _build_left(self) -> None:
        column = QWidget(self)
        self.themes = ThemeListView(column)
        self.themes_toggle = toggle("&Table", "Show the theme counts as a table (T on the list)", column)
        self.themes_toggle.toggled.connect(lambda on: on != self.themes.showing_table() and self.themes.show_table(on))
        self.themes.tableShown.connect(self._themes_table_shown)
        self.left = CollapsibleSection("Th&emes", column, self, sideways=True, buddy=self.themes.list)
        self.left.add_header_widget(self.themes_toggle)
        remember(self.left, "comments/themes")
        self.legend = muted(QLabel(LEGEND, column), -1.5)
        self.legend.setAccessibleName("Key: " + ", ".join(f"{SYMBOLS[k]} means {k}" for k in LABELS))
        self.discovered = QListWidget(column)
        self.discovered.setAccessibleName("Possible new themes")
        self.discovered.setWordWrap(True)
        self.discovered.setMaximumHeight(4 * self.discovered.fontMetrics().lineSpacing() + 12)
        discovered_label = heading("Poss&ible new themes", column)
        discovered_label.setBuddy(self.discovered)
        self.discovered_note = muted(QLabel(column), -1.5)
        self.adopt_button = QPushButton("A&dopt as theme…", column)
        self.adopt_button.setToolTip("Add the selected proposal to the codebook as a theme, its words as keywords")
        self.adopt_button.setEnabled(False)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.legend)
        layout.addWidget(self.themes, 4)
        layout.addSpacing(6)
        layout.addWidget(discovered_label)
        layout.addWidget(self.discovered_note)
        layout.addWidget(self.discovered)
        layout.addWidget(self.adopt_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _themes_table_shown(self, on: bool) -> None:
        """The table needs more room than the bars: widen the left side while it is shown."""
        self.themes_toggle.setChecked(on)
        if self.left.is_collapsed():
            return
        total = sum(self.body.sizes())
        left = sizing.em(LEFT_EM + (TABLE_WIDER_EM if on else 0))
        if total > left:
            self.body.setSizes([left, total - left])

    def _build_right(self) -> None:
        self.right = QWidget(self)
        self.filters = CommentFilterBar(self, page=LEAST_CERTAIN_PAGE)
        self.filter_note = muted(QLabel(self.right), -0.5)
        self.filter_note.setAccessibleName("Comments shown")
        self.more_button = QPushButton(f"Show {LEAST_CERTAIN_PAGE} more", self.right)
        self.more_button.setAutoDefault(False)
        self.more_button.setToolTip(f"List the next {LEAST_CERTAIN_PAGE} least confident comments too")
        self.more_button.hide()
        self.learning_bar = LearningBar(self.right)
        self.table_model = CommentTableModel(lambda index, label: self.session.relabel(index, label), self)
        self.table = CommentTable(self.table_model, self.right)
        remember(self.table.horizontalHeader(), "comments/columns")
        self.relabel_box = QComboBox(self.right)
        self.relabel_box.setAccessibleName("Sentiment of the selected comment")
        for label in LABELS:
            self.relabel_box.addItem(sentiment_dot(colour(label), 10), f"{SYMBOLS[label]} {NAMES[label]}", label)
        relabel_label = QLabel("Rela&bel as:", self.right)
        relabel_label.setBuddy(self.relabel_box)
        self.selected_note = muted(QLabel(self.right), -0.5)
        self.selected_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        relabel_row = QHBoxLayout()
        relabel_row.addWidget(self.selected_note, 1)
        relabel_row.addWidget(relabel_label)
        relabel_row.addWidget(self.relabel_box)
        table_area = QWidget(self.right)
        table_layout = QVBoxLayout(table_area)
        table_layout.setContentsMargins(0, 0, 0, 4)
        table_layout.setSpacing(4)
        table_layout.addWidget(self.table, 1)
        table_layout.addLayout(relabel_row)
        self.quotes = QuotesView(self.right)
        self.quotes_title = heading("Quotes", self.right)
        self.cloud = WordCloudView(self.right)
        self.words_toggle = toggle("&Words list", "Show the cloud's words as a list (T on the cloud)", self.right)
        self.words_toggle.toggled.connect(lambda on: on != self.cloud.showing_list() and self.cloud.show_list(on))
        self.cloud.listShown.connect(self.words_toggle.setChecked)
        cloud_head = QHBoxLayout()
        cloud_head.addWidget(heading("Words", self.right), 1)
        cloud_head.addWidget(self.words_toggle)
        cloud_note = muted(QLabel("Blue: mostly in positive comments, orange and vermillion: negative, grey: "
                                  "neutral. Click a word to list its comments.", self.right), -1.5)
        bottom = QSplitter(Qt.Orientation.Horizontal, self.right)
        bottom.addWidget(boxed(bottom, self.quotes_title, self.quotes))
        bottom.addWidget(boxed(bottom, cloud_head, self.cloud, cloud_note))
        bottom.setChildrenCollapsible(False)
        remember(bottom, "comments/bottom")
        self.extras = CollapsibleSection("Quotes and words", bottom, self.right, fold_below=QUOTES_FOLD_BELOW,
                                         buddy=self.quotes, toggle_outside=True)
        relabel_row.insertWidget(0, self.extras.button)  # its toggle sits below the table, left of the relabel box
        remember(self.extras, "comments/extras")
        self.split = QSplitter(Qt.Orientation.Vertical, self.right)
        self.split.addWidget(table_area)
        self.split.addWidget(self.extras)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setChildrenCollapsible(False)
        remember(self.split, "comments/split")
        layout = QVBoxLayout(self.right)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(4)
        note_row = QHBoxLayout()
        note_row.addWidget(self.filter_note, 1)
        note_row.addWidget(self.filters.least_button, 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        note_row.addWidget(self.filters.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.filters)
        layout.addWidget(self.learning_bar)
        layout.addLayout(note_row)
        layout.addWidget(self.split, 1)

    def _place(self) -> None:
        controls = QHBoxLayout()
        question_label = QLabel("&Question:", self)
        question_label.setBuddy(self.question_box)
        codebook_label = QLabel("&Codebook:", self)
        codebook_label.setBuddy(self.codebook_box)
        controls.addWidget(question_label)
        controls.addWidget(self.question_box, 3)
        controls.addSpacing(12)
        controls.addWidget(codebook_label)
        controls.addWidget(self.codebook_box, 3)
        controls.addWidget(self.edit_button)
        controls.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.again_button)
        heading_row = QHBoxLayout()  # the summary beside the title: the comments get the height
        heading_row.setSpacing(16)
        heading_row.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBottom)
        heading_row.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        heading_row.addWidget(self.personal_check, 0, Qt.AlignmentFlag.AlignBottom)  # beside what it hides
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 20, 8)
        layout.setSpacing(6)
        layout.addLayout(heading_row)
        layout.addLayout(controls)
        layout.addLayout(status_row)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.body, 1)


__all__ = ["CommentsLayout", "boxed", "heading", "muted", "toggle"]
