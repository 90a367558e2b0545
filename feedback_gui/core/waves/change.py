"""The change in each matched question between two waves, with its significance.

For every matched pair that can be compared (see :mod:`.comparability`): the headline then and now,
the change in percentage points, a two-proportion test (:mod:`.significance`), its p-value, the
Benjamini–Hochberg adjusted p-value across all compared questions (when the setting is on), whether
the change is significant, and the sentence. Pairs that cannot be compared are kept apart with their
reason and each wave's own figure, never a change or a p-value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import QuestionType, Survey
from feedback_gui.core.waves.comparability import harmonise
from feedback_gui.core.waves.figures import WaveFigure, own_figure, wave_figure
from feedback_gui.core.waves.matching import QuestionMatch, WaveMatching
from feedback_gui.core.waves.settings import DEFAULT_WAVE_SETTINGS, WaveSettings
from feedback_gui.core.waves.significance import (
    ProportionTest,
    adjusted_p_values,
    compare_proportions,
    significance_note,
)
from feedback_gui.core.waves.trends import Trend
from feedback_gui.core.waves.wording import change_sentence, direction


@dataclass(frozen=True)
class QuestionChange:
    """A compared question: then, now, the change and whether it is significant."""

    match: QuestionMatch
    then: WaveFigure
    now: WaveFigure
    test: ProportionTest
    p_adjusted: float  # Benjamini–Hochberg adjusted when the setting is on, else the p-value
    significant: bool
    notes: tuple[str, ...] = ()

    @property
    def change_points(self) -> float:
        """Now minus then, in percentage points (unrounded)."""
        return self.now.percent - self.then.percent

    @property
    def direction(self) -> str:
        """up, down or unchanged (on the whole percentages as printed)."""
        return direction(self.then.percent, self.now.percent)

    @property
    def sentence(self) -> str:
        """"up from 48 out of 76 (63%) to 59 out of 81 (73%); not a significant change"."""
        return change_sentence((self.then.numerator, self.then.denominator),
                               (self.now.numerator, self.now.denominator), self.significant)

    def to_dict(self) -> dict:
        """JSON-ready form (one entry of "matched")."""
        return {**self.match.to_dict(), "comparable": True, "then": self.then.to_dict(), "now": self.now.to_dict(),
                "change_points": self.change_points, "direction": self.direction, **self.test.to_dict(),
                "p_adjusted": self.p_adjusted, "significant": self.significant, "sentence": self.sentence,
                "notes": list(self.notes)}


@dataclass(frozen=True)
class NotComparable:
    """A matched pair whose figures must not be compared, with the reason and each wave's own figure."""

    match: QuestionMatch
    reason: str
    then: WaveFigure | None
    now: WaveFigure | None
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready form (one entry of "not_comparable")."""
        return {**self.match.to_dict(), "comparable": False, "reason": self.reason,
                "then": self.then.to_dict() if self.then else None, "now": self.now.to_dict() if self.now else None,
                "notes": list(self.notes)}


@dataclass(frozen=True)
class _Tested:
    match: QuestionMatch
    then: WaveFigure
    now: WaveFigure
    test: ProportionTest
    notes: tuple[str, ...]


def compare_matched(
    old: Survey, new: Survey, matching: WaveMatching, settings: WaveSettings = DEFAULT_WAVE_SETTINGS,
    counted: Mapping[str, Sequence[str]] | None = None, analysis: AnalysisSettings = DEFAULT_SETTINGS,
    progress: ProgressFn = no_progress,
) -> tuple[tuple[QuestionChange, ...], tuple[NotComparable, ...]]:
    """Changes for the comparable pairs of ``matching`` and the pairs that cannot be compared.

    ``counted`` overrides the counted answers, keyed by the later wave's question id (labels as spelt
    in the later wave); by default each later-wave question's own counted answers are used for both waves.
    Demographics with no counted answers are left out of both lists (they are used for breakdowns).
    """
    counted = counted or {}
    tested: list[_Tested] = []
    refused: list[NotComparable] = []
    pairs = [p for p in matching.pairs if not p.free_text]
    for done, pair in enumerate(pairs, start=1):
        o, n = old.question(pair.old.id), new.question(pair.new.id)
        chosen = counted.get(n.id)
        if chosen is None and not n.counted and QuestionType.DEMOGRAPHIC in (o.type, n.type):
            continue
        fit = harmonise(o, n, matching.old_wave, matching.new_wave, chosen)
        then = wave_figure(old, o, fit.counted_old, analysis) if fit.comparable else None
        now = wave_figure(new, n, fit.counted_new, analysis) if fit.comparable else None
        if fit.comparable and (then is None or now is None):
            empty = matching.old_wave if then is None else matching.new_wave
            fit = replace(fit, reason=f"no relevant answers in {empty}")
        if fit.comparable:
            assert then is not None and now is not None  # else the reason was set above
            test = compare_proportions(then.numerator, then.denominator, now.numerator, now.denominator,
                                       settings.min_expected)
            tested.append(_Tested(pair, then, now, test, fit.notes))
        else:
            refused.append(NotComparable(pair, fit.reason or "", own_figure(old, o, settings=analysis),
                                         own_figure(new, n, fit.counted_new, analysis), fit.notes))
        progress(done / len(pairs))
    adjusted = adjusted_p_values([t.test.p_value for t in tested], settings.fdr)
    changes = tuple(QuestionChange(t.match, t.then, t.now, t.test, p, p <= settings.alpha, t.notes)
                    for t, p in zip(tested, adjusted, strict=True))
    return changes, tuple(refused)


@dataclass(frozen=True)
class WaveComparison:
    """Everything the Waves panel and `feedback-gui compare` show for two (or more) waves.

    ``changes``, ``not_comparable``, ``free_text`` and ``demographics`` describe the last two waves;
    ``trends`` (three or more waves) follows each question of the last wave back through the others.
    """

    waves: tuple[str, ...]
    settings: WaveSettings
    matching: WaveMatching
    changes: tuple[QuestionChange, ...]
    not_comparable: tuple[NotComparable, ...]
    trends: tuple[Trend, ...] = ()

    @property
    def free_text(self) -> tuple[QuestionMatch, ...]:
        """Matched free-text questions (for comparing comment themes)."""
        return tuple(p for p in self.matching.pairs if p.free_text)

    @property
    def demographics(self) -> tuple[QuestionMatch, ...]:
        """Matched demographics: what a breakdown then vs now can be made by."""
        return tuple(p for p in self.matching.pairs
                     if p.old.type == QuestionType.DEMOGRAPHIC and p.new.type == QuestionType.DEMOGRAPHIC)

    @property
    def significant(self) -> tuple[QuestionChange, ...]:
        """The changes that are significant."""
        return tuple(c for c in self.changes if c.significant)

    @property
    def significance_note(self) -> str:
        """How significance was decided, in a sentence."""
        return significance_note(len(self.changes), self.settings.fdr, self.settings.confidence_text)

    def to_dict(self) -> dict:
        """JSON-ready form: what `feedback-gui compare --json` prints."""
        m = self.matching
        return {
            "waves": list(self.waves), "old_wave": m.old_wave, "new_wave": m.new_wave,
            "settings": self.settings.to_dict(), "significance": self.significance_note,
            "matched": [c.to_dict() for c in self.changes],
            "not_comparable": [c.to_dict() for c in self.not_comparable],
            "free_text": [p.to_dict() for p in self.free_text],
            "demographics": [p.to_dict() for p in self.demographics],
            "unmatched_old": [q.text for q in m.unmatched_old], "unmatched_new": [q.text for q in m.unmatched_new],
            "rejected": [p.to_dict() for p in m.rejected],
            "trends": [t.to_dict() for t in self.trends],
        }
