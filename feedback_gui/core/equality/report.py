"""The whole equality analysis of a survey: representativeness, optional weighting, disproportionality.

    reference = read_reference("caseload_profile.csv")
    report = equality_report(survey, reference, weight_by=["Gender", "Disability"])
    report.to_dict()   # what `feedback-gui equality --json` prints and the Equality panel shows
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from feedback_gui.core.equality.disproportionality import Disproportionality, disproportionality
from feedback_gui.core.equality.matching import CharacteristicMatch, match_reference
from feedback_gui.core.equality.reference import Reference
from feedback_gui.core.equality.representation import Representation, represent
from feedback_gui.core.equality.weighted import WeightedHeadline, weighted_headlines
from feedback_gui.core.equality.weighting import Weights, make_weights
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, Survey


@dataclass(frozen=True)
class Representativeness:
    """Every matched characteristic's comparison, and what in the reference matched nothing."""

    population: str  # "caseload"
    source: str  # the reference's file name
    characteristics: tuple[Representation, ...]
    unmatched: tuple[str, ...]  # reference characteristics no survey question matches
    matches: tuple[CharacteristicMatch, ...]

    def characteristic(self, name: str) -> Representation:
        """The comparison for a reference characteristic (case ignored)."""
        return next(r for r in self.characteristics if label_key(r.characteristic) == label_key(name))

    @property
    def findings(self) -> list[str]:
        """The under- and over-representation findings, in order."""
        return [g.finding for r in self.characteristics for g in r.groups if g.flag != "in line"]

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"population": self.population, "source": self.source,
                "characteristics": [r.to_dict() for r in self.characteristics],
                "unmatched_characteristics": list(self.unmatched), "matches": [m.to_dict() for m in self.matches]}


@dataclass(frozen=True)
class EqualityReport:
    """Representativeness, weighting (if asked) and disproportionality of one survey."""

    file: str
    respondents: int
    representativeness: Representativeness
    weights: Weights | None
    weighted: tuple[WeightedHeadline, ...]
    disproportionality: Disproportionality

    def to_dict(self) -> dict:
        """JSON-ready form (documented in feedback_gui.commands.equality)."""
        return {"file": self.file, "respondents": self.respondents,
                "representativeness": self.representativeness.to_dict(),
                "weighting": None if self.weights is None else {
                    "label": "weighted", "weights": self.weights.to_dict(),
                    "headlines": [h.to_dict() for h in self.weighted]},
                "disproportionality": self.disproportionality.to_dict()}


def representativeness(survey: Survey, reference: Reference, population: str = "caseload",
                       columns: Mapping[str, str] | None = None, aliases: Mapping[str, str] | None = None,
                       settings: AnalysisSettings = DEFAULT_SETTINGS) -> Representativeness:
    """Compare the respondents with the reference on every characteristic both have."""
    matches = match_reference(survey, reference, columns, aliases)
    found = tuple(represent(survey, m, reference.characteristic(m.characteristic), population, settings)
                  for m in matches if m.matched)
    unmatched = tuple(m.characteristic for m in matches if not m.matched)
    return Representativeness(population, reference.source, found, unmatched, matches)


def weighting_matches(survey: Survey, matches: Sequence[CharacteristicMatch],
                      names: Sequence[str]) -> list[CharacteristicMatch]:
    """The matched characteristics to weight by, each named by the reference or by the survey question."""
    chosen = []
    for name in names:
        hit = next((m for m in matches if label_key(m.characteristic) == label_key(name) and m.matched), None)
        if hit is None:
            try:
                question = survey.find_question(name)
            except KeyError:
                question = None
            hit = next((m for m in matches if question is not None and m.question_id == question.id), None)
        if hit is None:
            known = ", ".join(m.characteristic for m in matches if m.matched) or "none"
            raise FeedbackError(f"cannot weight by {name!r}: it matches no characteristic of both the survey "
                                f"and the reference (those are: {known})")
        chosen.append(hit)
    return chosen


def equality_report(survey: Survey, reference: Reference, *, population: str = "caseload",
                    questions: Sequence[Question] | None = None, weight_by: Sequence[str] = (),
                    cap: float | None = None, columns: Mapping[str, str] | None = None,
                    aliases: Mapping[str, str] | None = None, settings: AnalysisSettings = DEFAULT_SETTINGS,
                    progress: ProgressFn = no_progress) -> EqualityReport:
    """Everything the Equality panel and `feedback-gui equality` show."""
    profile = representativeness(survey, reference, population, columns, aliases, settings)
    progress(0.1)
    weights = None
    weighted: tuple[WeightedHeadline, ...] = ()
    if weight_by:
        chosen = weighting_matches(survey, profile.matches, weight_by)
        weights = make_weights(survey, chosen, reference, cap=cap, progress=sub_progress(progress, 0.1, 0.3))
        weighted = weighted_headlines(survey, weights, questions, settings)
    rates = disproportionality(survey, questions, settings, sub_progress(progress, 0.3, 1.0))
    return EqualityReport(survey.source.name, survey.respondents, profile, weights, weighted, rates)
