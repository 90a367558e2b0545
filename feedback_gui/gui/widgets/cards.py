"""A headline card: the question, "59 out of 81 · 73%", the interval (95% by default), a bar and the sentence."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.analysis.wording import confidence_text, percent_text
from feedback_gui.gui import describe, style


class PercentBar(QWidget):
    """A thin bar filled to the headline percentage, with its interval drawn as a whisker.

    In high contrast every part takes a palette colour that contrasts with what is under it: the track is
    outlined in WindowText, the fill is Highlight, and the whisker is HighlightedText over the fill and
    WindowText over the track.
    """

    def __init__(self, percent: float, ci95: tuple[float, float], parent: QWidget | None = None,
                 confidence: float = 0.95) -> None:
        super().__init__(parent)
        self.percent, self.ci95, self.confidence = percent, ci95, confidence
        self.setFixedHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{percent_text(percent)}, {confidence_text(confidence)} interval "
                               f"{percent_text(ci95[0])} to {percent_text(ci95[1])}")

    def sizeHint(self) -> QSize:
        return QSize(200, 14)

    def paintEvent(self, event: object) -> None:  # noqa: ARG002 - Qt's signature
        palette, high_contrast = self.palette(), style.is_high_contrast()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, not high_contrast)  # crisp edges in high contrast
        width, mid = float(self.width() - 2), self.height() / 2
        track = QRectF(1, mid - 4, width, 8)
        fill = QRectF(1, mid - 4, max(8.0, width * self.percent / 100), 8)
        if high_contrast:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Window))
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Window).darker(112))
        painter.drawRoundedRect(track, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.accent(palette))
        painter.drawRoundedRect(fill, 4, 4)
        if high_contrast:  # two tones: dark on the (yellow) fill, light on the (black) track
            over_fill = QRectF(0, 0, fill.right(), self.height())
            self._whisker(painter, palette.color(QPalette.ColorRole.HighlightedText), 2.0, width, mid, over_fill)
            rest = QRectF(fill.right(), 0, self.width() - fill.right(), self.height())
            self._whisker(painter, palette.color(QPalette.ColorRole.WindowText), 2.0, width, mid, rest)
        else:
            self._whisker(painter, palette.color(QPalette.ColorRole.WindowText).lighter(140), 1.2, width, mid)
        painter.end()

    def _whisker(self, painter: QPainter, colour: QColor, thickness: float, width: float, mid: float,
                 clip: QRectF | None = None) -> None:
        """The interval as a line with end ticks, optionally only inside ``clip``."""
        painter.save()
        if clip is not None:
            painter.setClipRect(clip)
        pen = QPen(colour)
        pen.setWidthF(thickness)
        painter.setPen(pen)
        low, high = (1 + width * v / 100 for v in self.ci95)
        painter.drawLine(int(low), int(mid), int(high), int(mid))
        for x in (low, high):
            painter.drawLine(int(x), int(mid - 4), int(x), int(mid + 4))
        painter.restore()


class HeadlineCard(QFrame):
    """One question's headline; click (or Enter) to open the question."""

    activated = Signal(str)  # question id

    def __init__(self, result: QuestionResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert result.headline is not None
        self.question_id = result.id
        self.setObjectName("headlineCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        self.title = self._label("", style.scaled_font(0.5, bold=True))
        self.title.setMinimumHeight(3 * self.title.fontMetrics().lineSpacing())
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.percent_label = self._label("", style.scaled_font(12, bold=True))
        self.count_label = self._label("", style.scaled_font(1.5))
        self.interval_label = self._label("", style.scaled_font(-1), muted=True)
        self.sentence_label = self._label("", style.scaled_font(-1), muted=True)
        self.benchmark_label = self._label("", style.scaled_font(-1))  # the difference from a benchmark, if any
        self.benchmark_label.setAccessibleName("Compared with the benchmark")
        self.benchmark_label.hide()
        self.benchmark_sentence = ""
        figure = QHBoxLayout()
        figure.setSpacing(10)
        figure.addWidget(self.percent_label, 0, Qt.AlignmentFlag.AlignBaseline)
        figure.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBaseline)
        layout.addWidget(self.title)
        layout.addLayout(figure)
        self.bar_slot = QVBoxLayout()
        layout.addLayout(self.bar_slot)
        layout.addWidget(self.interval_label)
        layout.addWidget(self.sentence_label)
        layout.addWidget(self.benchmark_label)
        layout.addStretch(1)
        self.bar: PercentBar | None = None
        self.set_result(result)

    def _label(self, text: str, font: object, muted: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setFont(font)
        return style.mute(label) if muted else label

    def set_result(self, result: QuestionResult) -> None:
        """Show (new) figures for the card's question."""
        headline = result.headline
        assert headline is not None
        self.result = result
        self.title.setText(result.text)
        self.percent_label.setText(percent_text(headline.percent))
        accent = self.percent_label.palette()
        accent.setColor(QPalette.ColorRole.WindowText, QColor(style.accent(accent)))
        self.percent_label.setPalette(accent)
        self.count_label.setText(describe.figure_text(headline))
        self.interval_label.setText(describe.interval_text(headline))
        self.sentence_label.setText(headline.sentence)
        if self.bar is not None:
            self.bar.deleteLater()
        self.bar = PercentBar(headline.percent, headline.ci95, self, headline.confidence)
        self.bar_slot.addWidget(self.bar)
        tooltip = describe.figure_tooltip(result)
        for widget in (self, self.percent_label, self.count_label, self.interval_label, self.sentence_label, self.bar):
            widget.setToolTip(tooltip)
        self.setAccessibleName(f"{result.text}: {describe.headline_text(headline)}")
        self._describe()

    def set_benchmark(self, line: str | None, sentence: str = "", tooltip: str = "") -> None:
        """Show the difference from a benchmark under the sentence (None: no benchmark figure); ``sentence`` is
        the whole comparison, read out and copied with the headline's."""
        self.benchmark_label.setText(line or "")
        self.benchmark_label.setToolTip(tooltip)
        self.benchmark_label.setVisible(bool(line))
        self.benchmark_sentence = sentence if line else ""
        self._describe()

    def _describe(self) -> None:
        headline = self.result.headline
        assert headline is not None
        extra = f" {self.benchmark_sentence}" if self.benchmark_sentence else ""
        self.setAccessibleDescription(f"{headline.sentence} {describe.interval_text(headline)}.{extra}")

    def headline_text(self) -> str:
        """'59 out of 81 · 73%', as shown."""
        return f"{self.count_label.text()} · {self.percent_label.text()}"

    def copy_sentence(self) -> None:
        """Put the headline sentence on the clipboard (for a report)."""
        extra = f"\n{self.benchmark_sentence}" if self.benchmark_sentence else ""
        QGuiApplication.clipboard().setText(self.sentence_label.text() + extra)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.question_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.question_id)
        elif event.matches(QKeySequence.StandardKey.Copy):
            self.copy_sentence()
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event: object) -> None:
        menu = QMenu(self)
        menu.addAction("&Open question", lambda: self.activated.emit(self.question_id))
        menu.addAction("&Copy sentence", self.copy_sentence)
        menu.exec(event.globalPos())  # type: ignore[attr-defined]
