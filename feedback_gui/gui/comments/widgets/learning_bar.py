"""The line above the comment table about learning from the user's corrections, shown only when it has news.

"Learning from your 3 corrections…" with Cancel while it runs; "Learning from your 3 corrections changed 12
other comments." with "Show them" (a switch: only those comments) when done; a cancelled or failed run says
so, with "Learn again". The words come from :func:`~feedback_gui.gui.comments.describe.learning_text`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


def _button(text: str, tip: str, parent: QWidget, name: str = "") -> QPushButton:
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    button.setToolTip(tip)
    button.setAccessibleName(name or text)
    button.setAccessibleDescription(tip)
    return button


class LearningBar(QWidget):
    """What learning from the corrections is doing or did, with its buttons (hidden while it has nothing to say)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Learning from your corrections")
        self.show_button = _button("Show them", "List only the comments whose label learning from your corrections "
                                   "changed (again to list every comment)", self, "Show the comments learning changed")
        self.show_button.setCheckable(True)
        self.cancel_button = _button("Cancel", "Stop learning; your own labels stay", self, "Cancel learning")
        self.again_button = _button("Learn again", "Re-score the comments like those you relabelled", self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        for button in (self.show_button, self.cancel_button, self.again_button):
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_news(self, text: str, *, changed: int = 0, running: bool = False, stopped: bool = False,
                  showing: bool = False) -> None:
        """Say ``text`` (empty: hide the bar); "Show them" when ``changed`` comments changed, Cancel while
        ``running``, "Learn again" once ``stopped`` (cancelled or failed); ``showing``: only those are listed."""
        self.note.setText(text)
        self.show_button.setVisible(bool(changed) and not running)
        self.show_button.setChecked(showing)
        self.cancel_button.setVisible(running)
        self.again_button.setVisible(stopped)
        self.setVisible(bool(text))
        self.setAccessibleDescription(text)


__all__ = ["LearningBar"]
