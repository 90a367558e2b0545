"""Three or more waves: each question of the latest wave followed back through the earlier ones.

Waves are matched in consecutive pairs (first with second, second with third, ...). A question of the
last wave is traced back link by link; at each earlier wave its figure counts the last wave's counted
answers (mapped by answer key), and is left out, with the reason, where the question was not asked or
cannot be compared with the latest wave's (a scale of another shape). Questions of the last wave with no
counted answers (free text, demographics) have no trend.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey
from feedback_gui.core.waves.comparability import harmonise
from feedback_gui.core.waves.figures import WaveFigure, wave_figure
from feedback_gui.core.waves.matching import COMPARABLE_TYPES, WaveMatching


@dataclass(frozen=True)
class TrendPoint:
    """One wave's point of a trend: the figure, or None with a note saying why there is none."""

    wave: str
    question_id: str | None
    text: str | None
    figure: WaveFigure | None
    method: str | None = None  # how this wave's question was matched to the next wave's (None for the last)
    status: str | None = None
    note: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready form; figure keys are at the top level, null when there is no figure."""
        f = self.figure
        return {"wave": self.wave, "id": self.question_id, "text": self.text,
                "numerator": f.numerator if f else None, "denominator": f.denominator if f else None,
                "percent": f.percent if f else None, "ci95": list(f.ci95) if f else None,
                "method": self.method, "status": self.status, "note": self.note}


@dataclass(frozen=True)
class Trend:
    """A question of the latest wave across all waves, oldest first."""

    question_id: str
    text: str
    counted: tuple[str, ...]
    points: tuple[TrendPoint, ...]

    @property
    def shown(self) -> tuple[TrendPoint, ...]:
        """The points with a figure."""
        return tuple(p for p in self.points if p.figure is not None)

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"id": self.question_id, "text": self.text, "counted": list(self.counted),
                "points": [p.to_dict() for p in self.points]}


def question_trends(
    surveys: Sequence[Survey], matchings: Sequence[WaveMatching],
    counted: Mapping[str, Sequence[str]] | None = None, analysis: AnalysisSettings = DEFAULT_SETTINGS,
) -> tuple[Trend, ...]:
    """Trends of the last wave's questions through ``matchings`` (one per consecutive pair of ``surveys``)."""
    counted = counted or {}
    last = surveys[-1]
    labels = [m.old_wave for m in matchings] + [matchings[-1].new_wave]
    trends = []
    for question in last.questions:
        chosen = tuple(counted.get(question.id, question.counted))
        if question.type not in COMPARABLE_TYPES or not chosen:
            continue
        now = wave_figure(last, question, chosen, analysis)
        points = [TrendPoint(labels[-1], question.id, question.text, now, note=None if now else "no relevant answers")]
        current: str | None = question.id
        for index in range(len(matchings) - 1, -1, -1):
            pair = matchings[index].pair_for_new(current) if current else None
            if pair is None:
                current = None
                points.append(TrendPoint(labels[index], None, None, None, note="not asked (or not matched)"))
                continue
            current = pair.old.id
            earlier = surveys[index].question(current)
            fit = harmonise(earlier, question, labels[index], labels[-1], chosen)
            figure = wave_figure(surveys[index], earlier, fit.counted_old, analysis) if fit.comparable else None
            note = fit.reason if not fit.comparable else (None if figure else "no relevant answers")
            points.append(TrendPoint(labels[index], earlier.id, earlier.text, figure, pair.method, pair.status, note))
        trends.append(Trend(question.id, question.text, chosen, tuple(reversed(points))))
    return tuple(trends)
